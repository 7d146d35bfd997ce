package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import org.junit.jupiter.api.Test;

class TypoTest {
    @Test
    void should_take_a_dropped_letter_a_swap_a_neighbouring_key_or_a_doubled_letter_for_a_slip() {
        Map.of("vison", "vision", "wich", "which", "reinforcment", "reinforcement", "resaoning", "reasoning",
                "reasonimg", "reasoning", "reasonning", "reasoning", "reasoninhg", "reasoning", "entropy", "entropy")
                .forEach((typed, meant) -> assertTrue(Typo.plausible(typed, meant), typed + " for " + meant));
    }

    @Test
    void should_not_take_a_word_whose_difference_no_finger_makes_for_a_slip() {
        Map.of("parse", "pause", "parity", "party", "pure", "pore", "reasoning", "seasoning", "stripes", "strides")
                .forEach((typed, meant) -> assertFalse(Typo.plausible(typed, meant), typed + " for " + meant));
        assertFalse(Typo.plausible("caps", "cap"), "an s struck beside a p is no neighbour's key");
        assertFalse(Typo.plausible("a", "abc"), "two edits");
    }

    @Test
    void should_know_which_keys_touch() {
        assertTrue(Typo.adjacentKeys('n', 'm'));
        assertTrue(Typo.adjacentKeys('r', 'f'));
        assertTrue(Typo.adjacentKeys('a', 'q'));
        assertTrue(Typo.adjacentKeys('z', 's'));
        assertFalse(Typo.adjacentKeys('r', 'u'));
        assertFalse(Typo.adjacentKeys('q', 'p'));
        assertFalse(Typo.adjacentKeys('1', 'q'));
    }

    /** The index's stem shown and searched in the form the typo had. */
    @Test
    void should_give_the_collection_s_word_in_the_typed_form() {
        assertEquals("learning", Respelling.inTypedForm("lerning", "learn"));
        assertEquals("methods", Respelling.inTypedForm("methds", "method"));
        assertEquals("reducing", Respelling.inTypedForm("reduceing", "reduce"));
        assertEquals("process", Respelling.inTypedForm("proces", "process"), "a dropped letter, no plural");
        assertEquals("vision", Respelling.inTypedForm("vison", "vision"));
        assertEquals("grok", Respelling.inTypedForm("grokking", "grok"), "an inflection with its letter doubled");
        assertEquals("models", Respelling.inTypedForm("modles", "model"), "no '-es' after an l");
        assertEquals("problems", Respelling.inTypedForm("problmes", "problem"));
        assertEquals("matches", Respelling.inTypedForm("mtches", "match"), "'-es' after a hissing sound");
    }
}
