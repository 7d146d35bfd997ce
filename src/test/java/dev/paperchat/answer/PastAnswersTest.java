package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import java.util.List;
import org.junit.jupiter.api.Test;

class PastAnswersTest {
    private static final List<Turn> TWO_LISTS = List.of(
            new Turn("user", "which papers reason in a latent space?"),
            new Turn("assistant", "Papers in the collection that address this:\n- Coconut: a [1]\n- SoftCoT: b [2]\n- SwiReasoning: c [3]"),
            new Turn("user", "which of them are training-free?"),
            new Turn("assistant", "Of the 3 papers in the last list, 2 mention \"training-free\":\n- SoftCoT: b [2]\n- SwiReasoning: c [3]"),
            new Turn("user", "thanks"),
            new Turn("assistant", "Ask a question about the papers in the collection."));

    private static Question asked(String text) {
        return new Question(text, TWO_LISTS, 8, AnswerMode.EXTRACTIVE, null);
    }

    @Test
    void should_ask_a_question_that_points_into_an_earlier_list_right_after_that_list() {
        Question first = PastAnswers.atPointedList(asked("tell me more about the third one from the first list"));
        assertEquals("tell me more about the third one", first.text());
        assertEquals(TWO_LISTS.subList(0, 2), first.history());
        assertEquals(TWO_LISTS.subList(0, 2), PastAnswers.atPointedList(asked("who wrote the second one in your original answer?")).history());
        assertEquals(TWO_LISTS.subList(0, 4), PastAnswers.atPointedList(asked("the first one of the second list")).history());
        assertEquals(TWO_LISTS.subList(0, 2), PastAnswers.atPointedList(asked("and the third one in the earlier list?")).history(),
                "the list before the last");
        assertEquals("which of those use Qwen?", PastAnswers.atPointedList(asked("which of the first list use Qwen?")).text(), "narrowed as the last list is");
        assertEquals("what was the third paper?", PastAnswers.atPointedList(asked("in your original answer, what was the third paper?")).text());
    }

    @Test
    void should_leave_a_question_that_points_to_no_list_there_is() {
        Question plain = asked("tell me more about the third one");
        assertSame(plain, PastAnswers.atPointedList(plain));
        Question third = asked("the first one of the third list");
        assertSame(third, PastAnswers.atPointedList(third), "two lists only");
        Question none = new Question("the second one from the first list", List.of(), 8, AnswerMode.EXTRACTIVE, null);
        assertSame(none, PastAnswers.atPointedList(none));
    }

    /** "compare the first two" after a list narrowed to one paper: the reader means the list before it, which has them. */
    @Test
    void should_read_items_past_the_end_of_a_narrowed_list_in_the_longer_list_before_it() {
        List<Turn> narrowed = List.of(TWO_LISTS.get(0), TWO_LISTS.get(1), new Turn("user", "and which of those use a verifier?"),
                new Turn("assistant", "Of the 3 papers in the last list, 1 mentions \"verifier\":\n- SwiReasoning: c [1]"));
        PastAnswers.Repointed firstTwo = PastAnswers.atLongerList(new Question("compare the first two", narrowed, 8, AnswerMode.EXTRACTIVE, null)).orElseThrow();
        assertEquals(narrowed.subList(0, 2), firstTwo.question().history());
        assertEquals("compare the first two", firstTwo.question().text());
        assertEquals("The last list had 1 paper, so the items pointed to are those of the list before it, of 3.", firstTwo.notice());
        assertEquals(narrowed.subList(0, 2), PastAnswers.atLongerList(new Question("tell me more about the third one", narrowed, 8, AnswerMode.EXTRACTIVE, null))
                .orElseThrow().question().history());
        for (String kept : List.of("tell me more about the first one", "compare them", "tell me more about the fifth one")) {
            assertEquals(java.util.Optional.empty(), PastAnswers.atLongerList(new Question(kept, narrowed, 8, AnswerMode.EXTRACTIVE, null)), kept);
        }
    }

    @Test
    void should_tell_a_count_that_listed_only_the_first_of_the_papers_it_counted() {
        List<Turn> counted = List.of(new Turn("user", "how many papers mention Qwen?"), new Turn("assistant",
                "39 or more papers in the collection mention \"Qwen\" in the title or abstract; the first 8:\n- SynLogic: a [1]"));
        assertEquals(java.util.Optional.of("Qwen"), PastAnswers.countedBeyondListed(counted));
        List<Turn> whole = List.of(new Turn("user", "how many papers mention ReMax?"), new Turn("assistant",
                "2 papers in the collection mention \"ReMax\" in the title or abstract:\n- A: a [1]\n- B: b [2]"));
        assertEquals(java.util.Optional.empty(), PastAnswers.countedBeyondListed(whole), "every paper counted is listed");
        List<Turn> after = List.of(counted.get(0), counted.get(1), new Turn("user", "which papers study RL?"),
                new Turn("assistant", "Papers in the collection that address this:\n- A: a [1]"));
        assertEquals(java.util.Optional.empty(), PastAnswers.countedBeyondListed(after), "the last answer is a list of its own");
    }
}
