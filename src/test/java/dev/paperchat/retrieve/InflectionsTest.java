package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class InflectionsTest {

    @Test
    void should_relate_a_word_to_its_regular_inflections_both_ways() {
        for (List<String> pair : List.of(List.of("flip", "flipping"), List.of("flip", "flipped"), List.of("teach", "teaching"),
                List.of("make", "making"), List.of("model", "models"), List.of("pass", "passes"), List.of("reason", "reasoning"))) {
            assertTrue(Inflections.related(pair.get(0), pair.get(1)), pair.toString());
            assertTrue(Inflections.related(pair.get(1), pair.get(0)), pair.toString());
        }
        // Another word, a derivation, or too short to tell.
        for (List<String> pair : List.of(List.of("thin", "think"), List.of("reason", "reasoner"), List.of("a", "as"), List.of("", "s"))) {
            assertFalse(Inflections.related(pair.get(0), pair.get(1)), pair.toString());
        }
    }
}
