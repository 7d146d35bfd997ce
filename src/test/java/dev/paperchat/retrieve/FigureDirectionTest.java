package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.api.Test;

class FigureDirectionTest {
    private static final String MIND = "Trained on the MATH dataset using R1-Distill models, MinD can achieve up to ~70% reduction in both output token usage"
            + " and time to first token (TTFT), while maintaining competitive performance on reasoning benchmarks.";
    private static final String RSD = "When applied to Qwen3-0.6B, direct distillation of s1K-1.1 reasoning trace data degrades average performance across"
            + " major reasoning benchmarks by 20.5%, while the same model trained on RSD-generated reasoning traces achieves meaningful improvements of 4.9%.";

    @Test
    void should_read_a_figure_given_as_a_change_the_other_way() {
        assertEquals(Optional.of("70% reduction"), FigureDirection.of("MinD increases time to first token by up to 70%.", MIND));
        assertEquals(Optional.of("degrades average performance across major reasoning benchmarks by 20.5%"),
                FigureDirection.of("Directly distilling s1K-1.1 traces into Qwen3-0.6B improves its average performance by 20.5%.", RSD));
        // The sentence says both ways: each figure is read with the change word of its own clause.
        assertEquals(Optional.of("improvements of 4.9%"), FigureDirection.of("Training on RSD-generated reasoning traces degrades Qwen3-0.6B by 4.9%.", RSD));
    }

    @Test
    void should_pass_a_change_said_the_same_way_or_of_something_else() {
        assertEquals(Optional.empty(), FigureDirection.of("MinD cuts time to first token by up to 70%.", MIND));
        assertEquals(Optional.empty(), FigureDirection.of("Training on RSD-generated reasoning traces improves Qwen3-0.6B by 4.9%.", RSD));
        // Less latency is a better one: an amount and a quality are no two sides of one change.
        assertEquals(Optional.empty(), FigureDirection.of("The method reduces decoding latency by 30%.", "The method improves decoding latency by 30%."));
        // The same figure of another thing, with nothing of the claim's around it.
        assertEquals(Optional.empty(), FigureDirection.of("Pruning raises accuracy by 12%.", "We observe a 12% drop in memory use for long inputs."));
        assertEquals(Optional.empty(), FigureDirection.of("CoLaR reduces reasoning chain length by 14.1%.",
                "On mathematical reasoning, CoLaR achieves 14.1% higher accuracy than latent-based baselines at comparable compression ratios."),
                "accuracy, not the chain's length");
        // A denial is the denial checks' to read; the digits of a name are no figure.
        assertEquals(Optional.empty(), FigureDirection.of("MinD does not increase time to first token by 70%.", MIND));
        assertEquals(Optional.empty(), FigureDirection.of("Qwen2.5 improves GSM8K accuracy.", "Qwen2.5 degrades GSM8K accuracy by 2.5 points."));
    }
}
