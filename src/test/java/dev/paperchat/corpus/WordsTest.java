package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class WordsTest {

    @Test
    void should_find_a_name_only_as_words_of_their_own() {
        assertTrue(Words.holds("STaR's method bootstraps", "STaR", false));
        assertFalse(Words.holds("models start reasoning", "STaR", false), "not inside a word");
        assertTrue(Words.holds("produces ReAct-tagged steps", "ReAct", true));
        assertFalse(Words.holds("models react to feedback", "ReAct", true), "its capitals tell it apart");
        assertTrue(Words.holds("models react to feedback", "ReAct", false));
        assertTrue(Words.holds("a C++ (or x.y) name", "x.y", false), "no regex in the name");
        assertEquals("What is Coconut?", Words.named("quiet-star").matcher("What is Quiet-STaR?").replaceAll("Coconut"));
    }
}
