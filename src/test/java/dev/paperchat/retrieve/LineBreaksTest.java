package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Set;
import org.junit.jupiter.api.Test;

class LineBreaksTest {
    private static final Set<String> WORDS = Set.of("entropy", "exploration", "ability");

    @Test
    void should_join_a_word_broken_at_a_line_end_and_keep_the_hyphen_of_a_compound() {
        assertEquals("policy entropy collapses early and test-time exploration ability",
                LineBreaks.join("policy en-\ntropy collapses early and test-\r\n  time ex- \n  ploration abil\u00adity", WORDS::contains));
        assertEquals("the entropy", LineBreaks.join("the en\u00ad\ntropy", WORDS::contains), "a soft hyphen at a line end");
        assertEquals("Clip-Cov and KL-\nCov", LineBreaks.join("Clip-Cov and KL-\nCov", WORDS::contains), "a capital starts a new part");
        assertEquals("no break here", LineBreaks.join("no break here", w -> { throw new AssertionError("not asked"); }));
    }
}
