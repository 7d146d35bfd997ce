package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class TitleDifferenceTest {
    private static final String QUIET_STAR = "Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking";

    private static Optional<String> notice(String lookedUp, String title) {
        return TitleDifference.of(lookedUp, title).map(d -> d.notice(title));
    }

    @Test
    void should_name_the_words_a_reference_has_in_place_of_the_title_s() {
        assertEquals(Optional.of("The text looked up has \"Lies\" where the title found, \"Soft Tokens, Hard Truths\", has \"Truths\"."),
                notice("Soft Tokens, Hard Lies", "Soft Tokens, Hard Truths"));
        assertEquals(List.of(new TitleDifference.Replaced("Reason", "Think"), new TitleDifference.Replaced("Talking", "Speaking")),
                TitleDifference.of("Quiet-STaR: Language Models Can Teach Themselves to Reason Before Talking", QUIET_STAR).orElseThrow().replaced());
        assertEquals(Optional.of("The text looked up has \"Resaoning\" where the title found, \"Learning to Reason Efficiently\", has \"Reason\"."),
                notice("Learning to Resaoning Efficiently", "Learning to Reason Efficiently"), "a typo is the reference's to correct");
    }

    @Test
    void should_find_no_difference_in_spelling_search_forgives_alike_or_in_words_around_the_title() {
        for (String same : List.of(QUIET_STAR, "quiet star language models can teach themselves to think before speaking",
                "QuietSTaR: Language Models Can Teach Themselves to Think Before Speaking",
                "the Quiet-STaR paper: Language Models Can Teach Themselves to Think Before Speaking, by Zelikman et al. (2024)",
                "Language Models Can Teach Themselves to Think", "the Quiet STaR paper")) {
            assertEquals(Optional.empty(), notice(same, QUIET_STAR), same);
        }
        assertEquals(Optional.empty(), notice("A Practical 2-Stage Recipe for Math LLMs", "A Practical Two-Stage Recipe for Math LLMs"));
        assertEquals(Optional.empty(), notice("Rethinking RL for LLM Reasoning", "Rethinking Reinforcement Learning for LLM Reasoning"));
    }

    @Test
    void should_leave_another_title_to_ranking() {
        assertEquals(Optional.empty(), notice("Soft Thinking in Large Models", "Soft Tokens, Hard Truths"), "too few words shared");
        assertEquals(Optional.empty(), notice("Alpha Beta Gamma Delta one two three four", "Alpha Beta Gamma Delta five six seven eight"),
                "four replaced words: no reference to correct");
        assertEquals(Optional.empty(), notice("", QUIET_STAR));
    }
}
