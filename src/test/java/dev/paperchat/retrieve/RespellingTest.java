package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;
import org.junit.jupiter.api.Test;

class RespellingTest {
    /** A candidate only: "promise" would give "promize", which no paper writes, and a word the collection has is never respelled. */
    @Test
    void should_give_a_british_spelling_s_american_form_and_leave_other_words() {
        Map.of("memorisation", "memorization", "optimised", "optimized", "behaviour", "behavior", "centre", "center",
                        "catalogue", "catalog", "modelled", "modeled", "labelling", "labeling")
                .forEach((british, american) -> assertEquals(american, Respelling.american(british), british));
        for (String word : new String[] {"house", "four", "tree", "rise", "ball", "well", "vision"}) {
            assertEquals(word, Respelling.american(word), word);
        }
    }
}
