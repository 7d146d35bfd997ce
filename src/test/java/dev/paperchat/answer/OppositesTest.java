package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class OppositesTest {

    @Test
    void should_find_a_claim_that_says_the_opposite_of_its_sentence() {
        assertEquals(Optional.of("the cited sentence says the opposite (\"outperform\")"),
                Opposites.of("NoThinking underperforms Thinking.", "NoThinking outperforms Thinking with budget forcing.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"improvement\")"),
                Opposites.of("Quiet-STaR hurts zero-shot accuracy.", "We find zero-shot improvements on GSM8K.", false));
        assertEquals(Optional.of("the cited sentence says this is not so"),
                Opposites.of("Soft Thinking requires additional training.", "We introduce Soft Thinking, a training-free method.", false));
        assertEquals(Optional.of("the cited sentence says this is not so"), Opposites.of("DPO requires fitting a reward model.",
                "DPO is stable, eliminating the need for fitting a reward model.", false));
    }

    @Test
    void should_let_a_claim_pass_that_its_sentence_agrees_with() {
        assertTrue(Opposites.of("EMPO gives a large improvement in math accuracy.", "EMPO improves math accuracy without any degradation.", false).isEmpty(),
                "a word of the claim's own side, and an opposite the sentence denies");
        assertTrue(Opposites.of("Pruning causes no degradation in accuracy.", "Pruning gives a 2% improvement in accuracy.", false).isEmpty(),
                "a claim that denies something is read by its caller");
        assertTrue(Opposites.of("Soft Thinking is a training-free method.", "We introduce Soft Thinking, a training-free method.", false).isEmpty());
    }
}
