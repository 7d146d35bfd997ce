package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import java.util.List;
import org.junit.jupiter.api.Test;

class StatedFiguresTest {

    @Test
    void should_read_decimal_figures_and_percentages_but_not_years_sizes_or_names() {
        assertEquals(List.of("83.1", "85"), StatedFigures.in("which paper shows 83.1% functional correctness, or 85 % and 83.1 again?"));
        assertEquals(List.of("90.5"), StatedFigures.in("a score of 90.5\\\\% in LaTeX"));
        assertEquals(List.of(), StatedFigures.in("papers from 2024 on Qwen2.5 with 7B parameters and GPT-4"));
        assertEquals(List.of(), StatedFigures.in("version 1.2.3 of Llama3.1"));
        assertEquals(List.of("68"), StatedFigures.in("Llama 3.1 8B achieves a 68% relative improvement on Qwen-2.5"), "versions");
    }

    @Test
    void should_say_when_a_paper_states_none_of_the_precise_figures_asked_about() {
        Paper paper = Paper.of("TraPO", "TraPO reaches 42.6% average accuracy, against 38.3% before.", List.of(), null, null, null, null, new Source("t", 1));
        assertFalse(StatedFigures.noneStated("which paper reports 42.6% accuracy?", paper));
        assertTrue(StatedFigures.noneStated("which paper reports 97.3% accuracy?", paper));
        assertFalse(StatedFigures.noneStated("which paper reaches 97% accuracy?", paper), "a round figure may be a loose paraphrase");
        assertTrue(StatedFigures.anyStated(List.of("42.6"), "it reaches 42.60% on average"));
        assertFalse(StatedFigures.anyStated(List.of(), "it reaches 42.6%"));
    }
}
