package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class BenchmarkFiguresTest {
    private static final String KLEAR = "Klear-Reasoner exhibits exceptional reasoning abilities, scoring 90.5% on AIME 2024, 83.2% on AIME 2025, "
            + "66.0% on LiveCodeBench V5 and 58.1% on LiveCodeBench V6.";
    private static final String ULORL = "RL training with 128k-token outputs improves the model's performance on AIME2025 from 70.9\\% to 85.1\\% "
            + "and on BeyondAIME from 50.7\\% to 61.9\\%.";

    @Test
    void should_read_which_figure_a_text_states_on_which_benchmark() {
        assertEquals(List.of(new BenchmarkFigures.Stated("90.5", "AIME2024", "90.5% on AIME 2024"),
                new BenchmarkFigures.Stated("83.2", "AIME2025", "83.2% on AIME 2025"),
                new BenchmarkFigures.Stated("66", "LIVECODEBENCHV5", "66.0% on LiveCodeBench V5"),
                new BenchmarkFigures.Stated("58.1", "LIVECODEBENCHV6", "58.1% on LiveCodeBench V6")), BenchmarkFigures.in(KLEAR));
        assertEquals("BEYONDAIME", BenchmarkFigures.in(ULORL).get(3).benchmark());
        assertEquals("AIME2024", BenchmarkFigures.in("reaching 54.0 on AIME24").get(0).benchmark(), "a year in two digits");
        // A gain in brackets between a figure and its benchmark: "57.0% (+8.1%) on LiveCodeBench" is 57.0 on LiveCodeBench.
        assertEquals(List.of(new BenchmarkFigures.Stated("56.7", "AIME2024", "56.7% (+40.0%) on AIME 2024"),
                new BenchmarkFigures.Stated("57", "LIVECODEBENCH", "57.0% (+8.1%) on LiveCodeBench")),
                BenchmarkFigures.in("It achieves 56.7% (+40.0%) on AIME 2024 and 57.0% (+8.1%) on LiveCodeBench."));
    }

    @Test
    void should_find_a_claims_figure_tied_to_another_benchmark_than_its_source_ties_it_to() {
        assertEquals(List.of("90.5% on AIME 2025"), BenchmarkFigures.misbound("Klear-Reasoner scores 90.5% on AIME 2025.", KLEAR));
        assertEquals(List.of("from 50.7% to 61.9% on AIME2025"),
                BenchmarkFigures.misbound("UloRL improves Qwen3-30B-A3B on AIME2025 from 50.7% to 61.9%.", ULORL));
        // Tied as the source ties them, or to a benchmark named more loosely, or not tied at all: nothing to say here.
        for (String claim : List.of("Klear-Reasoner scores 90.5% on AIME 2024.", "Klear-Reasoner scores 90.5% on AIME.",
                "Klear-Reasoner reaches 90.5% on AIME24.", "Klear-Reasoner reaches 90.5% and 83.2%.", "It scores 77.0% on AIME 2025.",
                "UloRL improves AIME2025 from 70.9% to 85.1%.")) {
            assertEquals(List.of(), BenchmarkFigures.misbound(claim, KLEAR + " " + ULORL), claim);
        }
    }

    @Test
    void should_read_a_hostile_text_at_once() {
        String hostile = "1% on A".repeat(3_000) + " on B from 1% to 2%".repeat(2_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> BenchmarkFigures.misbound(hostile, hostile));
    }
}
