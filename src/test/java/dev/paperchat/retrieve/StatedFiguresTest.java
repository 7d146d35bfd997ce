package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import java.time.Duration;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

class StatedFiguresTest {
    private static final Paper TRAPO = Paper.of("TraPO", "TraPO reaches 42.6% average accuracy, against 38.3% before.", List.of(), null, null,
            null, null, new Source("t", 1));

    @Test
    void should_read_decimal_figures_and_percentages_but_not_years_sizes_or_versions() {
        assertEquals(List.of("83.1", "85"), StatedFigures.in("which paper shows 83.1% functional correctness, or 85 % and 83.1 again?"));
        assertEquals(List.of("90.5"), StatedFigures.in("a score of 90.5\\% in LaTeX"));
        assertEquals(List.of("3.5", "97.3"), StatedFigures.in("A 3.5% gain on MATH, GSM8K 97.3%"), "a percentage is no version, whatever comes before it");
        assertEquals(List.of(), StatedFigures.in("papers from 2024 on Qwen2.5 with 7B parameters and GPT-4"));
        assertEquals(List.of(), StatedFigures.in("version 1.2.3 of Llama3.1, how do 1.5B models do against gpt-3.5?"));
        assertEquals(List.of("68"), StatedFigures.in("Llama 3.1 8B achieves a 68% relative improvement on Qwen-2.5"), "versions");
    }

    @Test
    void should_say_when_a_question_asks_for_a_precise_percentage_the_paper_does_not_state() {
        assertFalse(StatedFigures.noneStated("which paper reports 42.6% accuracy?", TRAPO));
        assertTrue(StatedFigures.noneStated("which paper reports 97.3% accuracy?", TRAPO));
        assertFalse(StatedFigures.noneStated("which paper reaches 97% accuracy?", TRAPO), "a round figure may be a loose paraphrase");
        assertFalse(StatedFigures.noneStated("which paper uses a temperature of 0.6?", TRAPO), "a setting, not a result");
        assertFalse(StatedFigures.noneStated("TraPO raises accuracy to 97.3% on math", TRAPO), "a claim is checked, not turned away");
    }

    @Test
    void should_find_a_stated_figure_in_any_form_and_stay_fast_on_a_query_of_numbers() {
        assertTrue(StatedFigures.anyStated(List.of("42.6"), "it reaches 42.60% on average"));
        assertFalse(StatedFigures.anyStated(List.of("85", "85.0"), "it reaches 42.6% on average"));
        assertFalse(StatedFigures.anyStated(List.of(), "it reaches 42.6%"));
        String numbers = IntStream.range(0, 2000).mapToObj(i -> String.format("%d.%02d%%", i / 100, i % 100)).collect(Collectors.joining(" "));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            List<String> figures = StatedFigures.in(numbers);
            assertEquals(8, figures.size(), "a question gives a few figures");
            for (int i = 0; i < 100; i++) StatedFigures.anyStated(figures, numbers);
        });
    }
}
