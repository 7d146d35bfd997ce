package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class NarrowingTest {

    @Test
    void should_read_what_the_listed_papers_should_say() {
        assertEquals(Optional.of("use Qwen"), Narrowing.condition("which of these use Qwen?"));
        assertEquals(Optional.of("use a KL penalty"), Narrowing.condition("and which of those use a KL penalty?"));
        assertEquals(Optional.of("evaluate on GSM8K"), Narrowing.condition("Which of those papers evaluate on GSM8K"));
        assertEquals(Optional.of("use Gemini"), Narrowing.condition("do any of them use Gemini?"));
        assertEquals(Optional.of("report code results"), Narrowing.condition("What of the above methods report code results?"));
    }

    @Test
    void should_leave_other_questions_alone() {
        assertEquals(Optional.empty(), Narrowing.condition("which methods use Qwen?"));
        assertEquals(Optional.empty(), Narrowing.condition("which of these?"));
        assertEquals(Optional.empty(), Narrowing.condition("compare them"));
        assertEquals(Optional.empty(), Narrowing.condition("which of these use " + "Qwen ".repeat(60)), "a long text is a question of its own");
    }
}
