package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class DimensionTest {
    @Test
    void should_read_what_a_choice_compares_and_the_sentences_that_report_it() {
        Dimension speed = Dimension.asked("which of Hawkeye and R2R is faster?").orElseThrow();
        assertTrue(speed.reportedBy("It delivers a 2.8x wall-clock speedup."));
        assertFalse(speed.reportedBy("It is much faster."), "a figure decides it");
        assertFalse(speed.reportedBy("It surpasses R1-7B by 1.6x in accuracy."), "another dimension's figure");
        assertTrue(Dimension.asked("which one needs less memory?").orElseThrow().reportedBy("It cuts the KV cache by 50%."));
        assertTrue(Dimension.asked("which is more accurate on AIME?").orElseThrow().reportedBy("It reaches 15.5 accuracy on AIME."));
        assertTrue(Dimension.asked("compare Quiet-STaR and Coconut").isEmpty(), "no dimension named");
        for (String byTokens : List.of("Which is better for reducing tokens, PEAR or LASER-D?", "which gives the biggest token reduction?",
                "which one has shorter outputs?")) {
            assertEquals("cost", Dimension.asked(byTokens).orElseThrow().name(), byTokens);
        }
        assertTrue(Dimension.asked("Compare Best-of-N and Self-Consistency").isEmpty(), "a method's name");
        Dimension memory = Dimension.asked("which of Hawkeye and R2R needs less memory?").orElseThrow();
        assertFalse(memory.reportedBy("We combine R1-1.5B and R1-32B models of this size."), "the digits of model names are no figure");
        assertTrue(speed.reportedBy("It achieves 1.5-2.5times speedup."));
        assertTrue(speed.reportedBy("It cuts inference time by 30%."));
        assertFalse(speed.reportedBy("Test-time scaling lifts accuracy by 5.2%."), "the test-time of test-time scaling is no speed");
        assertFalse(speed.reportedBy("It is 2.5 times more accurate."), "the times of a ratio are no speed");
        assertFalse(speed.reportedBy("For the first time, a 7B model obtains 94.0 pass@1 accuracy."), "the first time is no speed");
        assertTrue(speed.reportedBy("It reduces inference time by 51.9% on BIRD."));
        Dimension accuracy = Dimension.asked("which is the most accurate?").orElseThrow();
        assertFalse(accuracy.reportedBy("We evaluate models of up to 1.1 billion parameters against ARMs."), "the gain inside against");
        assertFalse(accuracy.reportedBy("It improves reasoning on every benchmark we tried, with the model trained for a long time on data drawn from many"
                + " sources, and it cuts attention FLOPs by up to 47%."), "a figure of another clause, far from the word");
        assertTrue(accuracy.reportedBy("Klear-Reasoner scores well, scoring 90.5% on AIME 2024."), "a score reported by its verb");
        assertTrue(accuracy.reportedBy("It detects inflation with a success rate reaching up to 94.7%."), "a success rate is an accuracy");
        for (String bySpeed : List.of("reduces latency the most", "reports the largest reduction in inference time", "speeds up training the most")) {
            assertEquals("speed", Dimension.asked(bySpeed).orElseThrow().name(), bySpeed);
        }
        assertEquals("memory or size", Dimension.asked("is most memory efficient").orElseThrow().name(), "memory, not the cost of \"efficient\"");
        assertEquals("cost", Dimension.asked("are the most token efficient").orElseThrow().name());
        for (String byLength : List.of("shortens responses the most", "cuts response length the most", "biggest reduction in reasoning length")) {
            assertEquals("cost", Dimension.asked(byLength).orElseThrow().name(), byLength);
        }
        assertTrue(Dimension.asked("which one is the most memory-efficient?").isPresent());
        assertTrue(Dimension.asked("which one uses the fewest tokens?").isPresent());
        assertFalse(Dimension.asked("which one needs less memory?").orElseThrow().reportedBy("Through systematic parameter optimization, it reaches 100% success."),
                "parameter optimization is no size");
    }
}
