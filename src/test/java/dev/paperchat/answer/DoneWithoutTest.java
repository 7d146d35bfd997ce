package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DoneWithoutTest {
    @Test
    void should_read_what_the_papers_asked_for_do_without() {
        assertEquals(Optional.of(new DoneWithout(List.of("labels", "ground truth"))),
                DoneWithout.of("which papers train reasoning with RL without any labels or ground truth?"));
        assertEquals(Optional.of(new DoneWithout(List.of("training"))), DoneWithout.of("which methods improve reasoning without additional training?"));
        assertEquals(Optional.of(new DoneWithout(List.of("task-specific fine-tuning"))),
                DoneWithout.of("It raises zero-shot accuracy without any task-specific fine-tuning."));
    }

    @Test
    void should_leave_deeds_articles_and_long_clauses_alone() {
        for (String other : List.of("When an LLM does arithmetic in its head without writing steps, ...",
                "how can speech models think without a long silence before the spoken reply?",
                "are there models that pick a mode without the user having to flip a setting?",
                "recovers most of the gap without changing any weights.", "which methods avoid entropy collapse?",
                "which papers reason without explicit chains of thought in the latent space of the model?")) {
            assertEquals(Optional.empty(), DoneWithout.of(other), other);
        }
    }
}
