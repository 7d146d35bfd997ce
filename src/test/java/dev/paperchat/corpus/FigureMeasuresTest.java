package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureMeasuresTest {
    private static final String HAWKEYE = "Hawkeye can accelerate end-to-end reasoning by up to 3.4x on complex math tasks while reducing inference cost by up to 60%.";
    private static final String MEM1 = "MEM1-7B improves performance by 3.5x while reducing memory usage by 3.7x compared to Qwen2.5-14B-Instruct.";
    private static final String DELTA = "DELTA matches full attention in accuracy, while reducing the number of attended tokens by up to 5times and"
            + " delivering 1.5times end-to-end speedup.";

    @Test
    void should_find_a_figure_given_to_another_measure_than_the_paper_gives_it() {
        assertEquals(List.of("cost by up to 3.4x"), FigureMeasures.misbound("Hawkeye reduces inference cost by up to 3.4x", HAWKEYE));
        assertEquals(List.of("speeds up reasoning by up to 60%"), FigureMeasures.misbound("Hawkeye speeds up reasoning by up to 60%", HAWKEYE));
        assertEquals(List.of("memory usage by 3.5x"), FigureMeasures.misbound("MEM1 reduces memory usage by 3.5x", MEM1));
        assertEquals(List.of("5x end-to-end speedup"), FigureMeasures.misbound("DELTA delivers a 5x end-to-end speedup", DELTA),
                "a measure's word after its figure, written to it");
        assertEquals(List.of("6.59x reduction in training time"), FigureMeasures.misbound("It gives a 6.59x reduction in training time",
                "The framework also delivers a 6.59x gain in token efficiency and a 5x reduction in training time."));
    }

    @Test
    void should_read_the_largest_saving_or_speed_up_a_text_states() {
        assertEquals("3.4x", FigureMeasures.largest(HAWKEYE, "speed").orElseThrow().written());
        assertEquals("60%", FigureMeasures.largest(HAWKEYE, "tokens or cost").orElseThrow().written());
        assertEquals("3.7x", FigureMeasures.largest(MEM1, "memory").orElseThrow().written());
        assertEquals("5x", FigureMeasures.largest(DELTA, "tokens or cost").orElseThrow().written());
        assertEquals("92.31%", FigureMeasures.largest("It cuts tokens by 5x, and cuts token generation by 92.31%.", "tokens or cost").orElseThrow().written(),
                "a 92.31% saving is more than 5x fewer (80%)");
        assertEquals(Optional.empty(), FigureMeasures.largest("This drop occurred despite spending 3.4x more reasoning tokens.", "tokens or cost"),
                "more tokens save nothing");
        assertEquals(Optional.empty(), FigureMeasures.largest("It sustains throughput while manipulating up to 90% of the KV cache in GPU memory.", "memory"));
        assertEquals(Optional.empty(), FigureMeasures.largest("It is 2x slower than the baseline.", "speed"));
        assertEquals("51.9% less time (2.08x)", FigureMeasures.largest("It reduces inference time by 51.9% on BIRD.", "speed").orElseThrow().written(),
                "the time of a run is its speed");
        assertEquals("60% less time (2.5x)", FigureMeasures.largest("It is 1.9x faster and reduces latency by 60%.", "speed").orElseThrow().written(),
                "time cut by 60% is a 2.5x speed-up");
        String arm = "Not only does it improve inference efficiency through reduced token generation, but it also brings a 2x speedup in training.";
        assertEquals(Optional.empty(), FigureMeasures.largest(arm, "speed", List.of(java.util.regex.Pattern.compile("(?i)infer"))),
                "the clause of the figure names training, not inference");
        assertEquals("2x", FigureMeasures.largest(arm, "speed", List.of(java.util.regex.Pattern.compile("(?i)train"))).orElseThrow().written());
        assertEquals(Optional.empty(), FigureMeasures.largest("At test time, it gains 12% for the first time.", "speed"));
        assertEquals("70%", FigureMeasures.largest("It reduces tokens by an average of 30%, and up to 70%, while keeping accuracy.", "tokens or cost")
                .orElseThrow().written(), "a figure listed after another is of its measure");
    }

    @Test
    void should_read_the_bound_a_question_puts_on_a_measure() {
        FigureMeasures.Bound half = FigureMeasures.bound("cut reasoning tokens by more than 50%").orElseThrow();
        assertEquals("tokens or cost", half.measure());
        assertEquals("above 50%", half.written());
        assertEquals(true, half.passes(FigureMeasures.Stated.of(new java.math.BigDecimal("63"), false, true)));
        assertEquals(false, half.passes(FigureMeasures.Stated.of(new java.math.BigDecimal("50"), false, true)));
        assertEquals(true, half.passes(FigureMeasures.Stated.of(new java.math.BigDecimal("5"), true, true)), "5x fewer is an 80% saving");
        assertEquals(false, half.passes(FigureMeasures.Stated.of(new java.math.BigDecimal("1.5"), true, true)), "1.5x fewer is a 33% saving");
        assertEquals("speed", FigureMeasures.bound("are faster than 3x").orElseThrow().measure());
        assertEquals("of at least 2x", FigureMeasures.bound("give a speedup of at least 2x").orElseThrow().written());
        assertEquals(Optional.empty(), FigureMeasures.bound("save the most memory"));
    }

    @Test
    void should_pass_a_figure_of_the_measure_the_paper_gives_it() {
        for (String claim : List.of("Hawkeye accelerates reasoning by up to 3.4x", "Hawkeye cuts inference cost by 60%", "MEM1 improves performance by 3.5x",
                "MEM1 needs 3.7x less memory", "DELTA reduces attended tokens by up to 5x", "DELTA gives a 1.5x speedup end to end",
                "Hawkeye reaches 3.4x", "a 60% saving")) {
            String source = claim.startsWith("MEM1") ? MEM1 : claim.startsWith("DELTA") ? DELTA : HAWKEYE;
            assertEquals(List.of(), FigureMeasures.misbound(claim, source), claim);
        }
        assertEquals(List.of(), FigureMeasures.misbound("It is 2x faster", "It reaches 2x the accuracy and is 2x faster."),
                "a figure the paper gives to either measure");
        // "improvement" measures nothing by itself, and a sentence before is no clause of the figure.
        assertEquals(List.of(), FigureMeasures.misbound("It improves inference speed by 23.9%", "It brings a 23.9% improvement in inference speed."));
        assertEquals(List.of(), FigureMeasures.misbound("Think Less delivers a 6.59x gain in token efficiency",
                "It cuts tokens and raises accuracy. The framework also delivers a 6.59x gain in token efficiency and a 5x reduction in training time."));
        assertEquals(List.of(), FigureMeasures.misbound("It uses 28% fewer tokens", "Accuracy improved -- using 28% fewer tokens."));
    }

    /** A range's top is its figure: "1.5-2.5times speedup" is a speed, which no memory saving of "1.5-2.5x" is. */
    @Test
    void should_read_the_top_of_a_range_with_its_measure() {
        String specReason = "SpecReason achieves 1.5-2.5times speedup over vanilla LRM inference while improving accuracy by 1.0-9.9%."
                + " Compared to speculative decoding without SpecReason, their combination yields an additional 19.4-44.2% latency reduction.";
        assertEquals(List.of("memory by 1.5-2.5x"), FigureMeasures.misbound("SpecReason reduces memory by 1.5-2.5x.", specReason));
        assertEquals(List.of("accuracy by 19.4-44.2%"), FigureMeasures.misbound("SpecReason improves accuracy by 19.4-44.2%.", specReason));
        assertEquals(List.of(), FigureMeasures.misbound("SpecReason reduces latency by a further 19.4-44.2%.", specReason));
        assertEquals(List.of(), FigureMeasures.misbound("SpecReason gives a 1.5-2.5x speedup.", specReason));
    }
}
