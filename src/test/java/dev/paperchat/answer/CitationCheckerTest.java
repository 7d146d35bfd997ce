package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class CitationCheckerTest {

    @Test
    void should_read_markers_with_spaces_inside_and_leave_a_bracketed_year_alone() {
        assertEquals(Set.of(2, 3, 4), CitationChecker.markers("Entropy is kept up [ 2 ] by clipping [3 , 4]."));
        assertEquals(Set.of(), CitationChecker.markers("Published in [2024], see [a] and []."));
    }

    @Test
    void should_split_claims_at_lines_and_keep_markers_after_a_full_stop_with_their_sentence() {
        assertEquals(List.of("A does X [1].", "B does Y [2][3]."), CitationChecker.claims("A does X. [1] B does Y. [2][3]"));
        assertEquals(List.of("A does X [1]", "B does Y [2]"), CitationChecker.claims("- A does X [1]\n- B does Y [2]"));
        assertEquals(List.of("Published in 2024.", "See [2]."), CitationChecker.claims("Published in 2024. See [2]."));
        assertEquals(List.of("A paragraph wrapped over two lines holds one claim [1].", "An item [2]", "Another [3]"),
                CitationChecker.claims("A paragraph wrapped over\ntwo lines holds one claim [1].\n- An item [2]\n1. Another [3]"));
        assertEquals(List.of("Coconut feeds the hidden state back [1]", "whereas Soft Thinking mixes embeddings [2]."),
                CitationChecker.claims("Coconut feeds the hidden state back [1], whereas Soft Thinking mixes embeddings [2]."), "a marker ends its clause's claim");
        assertEquals(List.of("According to [2], Lp-Reg regularizes the policy.", "As shown in [1], Clip-Cov clips tokens [1]", "whereas KL-Cov penalises them [3]."),
                CitationChecker.claims("According to [2], Lp-Reg regularizes the policy. As shown in [1], Clip-Cov clips tokens [1], whereas KL-Cov penalises them [3]."),
                "a clause that says only where the rest comes from cites the clause after it");
        assertEquals(List.of("In [3], the authors introduce dynamic masking.", "GRPO works [1]", "while PPO fails [2]."),
                CitationChecker.claims("In [3], the authors introduce dynamic masking. GRPO works [1], while PPO fails [2]."));
        assertEquals(List.of("It is similar to Quiet-STaR [1]", "but it needs no labels [2]."),
                CitationChecker.claims("It is similar to Quiet-STaR [1], but it needs no labels [2]."), "a short claim of its own is no lead-in");
        assertEquals(List.of("Similarly, EMPO improves reasoning [2]", "while TTRL needs no labels [3]."),
                CitationChecker.claims("Similarly, EMPO improves reasoning [2], while TTRL needs no labels [3]."));
        assertEquals(List.of("Building on [1], Lp-Reg protects rare tokens.", "Consistent with [3], entropy falls."),
                CitationChecker.claims("Building on [1], Lp-Reg protects rare tokens. Consistent with [3], entropy falls."));
        assertEquals(List.of("Both Coconut [1] and Soft Thinking [2] reason in a continuous space."),
                CitationChecker.claims("Both Coconut [1] and Soft Thinking [2] reason in a continuous space."));
    }

    @Test
    void should_read_each_table_row_as_a_claim_and_no_code_header_or_list_of_references() {
        assertEquals(List.of("Clip-Cov \u2014 clips high-covariance tokens [1]", "Lp-Reg \u2014 protects rare tokens [2]"), CitationChecker.claims(
                "| Method | What it does |\n|---|:---:|\n| Clip-Cov | clips high-covariance tokens [1] |\n| Lp-Reg | protects rare tokens [2] |"),
                "the header and its rule are no claims, and a wrong cell flags its own row only");
        assertEquals(List.of("Clip-Cov clips tokens [1].", "Both target entropy collapse [1][2]."),
                CitationChecker.claims("Clip-Cov clips tokens [1].\n```python\nloss = clip_cov(logits) # [1]\n```\nBoth target entropy collapse [1][2]."),
                "code is no claim, and its fence ends the paragraph before it");
        assertEquals(List.of("Lp-Reg protects rare tokens [2]."), CitationChecker.claims(
                "Lp-Reg protects rare tokens [2].\n\n**References**\n[1] The Entropy Mechanism of RL\n[2] Low-probability Tokens Sustain Exploration"));
        assertEquals(List.of("Lp-Reg protects rare tokens [2]."), CitationChecker.claims("Lp-Reg protects rare tokens [2].\n\n[2]: Low-probability Tokens"),
                "a footnote's definition");
    }

    @Test
    void should_read_a_footnote_superscript_as_a_marker_but_not_a_power() {
        assertEquals("Entropy collapses.[1] Lp-Reg keeps it[2].", CitationChecker.plainMarkers("Entropy collapses.\u00b9 Lp-Reg keeps it\u00b2."));
        assertEquals("It extends GRPO (Group Relative Policy Optimization)[3].", CitationChecker.plainMarkers("It extends GRPO (Group Relative Policy Optimization)\u00b3."));
        assertEquals("an area of 10\u00b2 tokens", CitationChecker.plainMarkers("an area of 10\u00b2 tokens"));
        for (String power : List.of("Self-attention costs O(n\u00b2) time [1].", "The fit has R\u00b2 = 0.93 [1].", "a loss in x\u00b2 [1]", "over 3 km\u00b2 [1]")) {
            assertEquals(power, CitationChecker.plainMarkers(power), "a power of a variable or a unit");
            assertEquals(power, CitationChecker.withValidMarkers(power, 1, new ArrayList<>()), "its exponent stays");
        }
    }

    @Test
    void should_change_nothing_of_an_answer_but_the_markers_it_removes() {
        String nested = "Two methods:\n- EMPO [1]\n    - nested item [1]\n\n    indented code\n";
        List<String> notices = new ArrayList<>();
        assertEquals(nested, CitationChecker.withValidMarkers(nested, 2, notices), "indentation is the answer's");
        assertEquals(List.of(), notices);
        assertEquals("Scores lie in 0..1 for every run [1] and the baseline is weaker [2].",
                CitationChecker.withValidMarkers("Scores lie in 0..1 for every run [1] and the baseline [9] is weaker [2].", 2, notices),
                "a range far from the removed marker stays");
        assertEquals("The baseline is weaker.\nNext line [1].", CitationChecker.withValidMarkers("The baseline is weaker [9].\nNext line [1].", 2, notices));
        assertEquals("Claim one.\nClaim two [1].", CitationChecker.withValidMarkers("Claim one.\n[7] Claim two [1].", 2, notices), "a marker that opens a line");
        assertEquals("Uses GRPO, with a KL term [2].", CitationChecker.withValidMarkers("Uses GRPO [5], with a KL term [2].", 2, notices));
    }

    @Test
    void should_read_a_range_of_sources_as_one_marker_each() {
        assertEquals("Both keep entropy up [1][2][3].", CitationChecker.expandRanges("Both keep entropy up [1-3].", 5));
        assertEquals("See [2][3] and [4].", CitationChecker.expandRanges("See [2 \u2013 3] and [4].", 5));
        assertEquals("Scores normalised to [0-1] [2].", CitationChecker.expandRanges("Scores normalised to [0-1] [2].", 5), "an interval");
        assertEquals("Beyond the sources [8-9].", CitationChecker.expandRanges("Beyond the sources [8-9].", 5));
        // A range that starts at a source and runs past them keeps its sources; the rest are removed and said to be.
        List<String> notices = new ArrayList<>();
        assertEquals("Partly beyond [4][5].", CitationChecker.withValidMarkers("Partly beyond [4-7].", 5, notices));
        assertEquals(List.of("Removed the LLM's citation marker(s) [6], [7]: they point to none of the 5 sources it was given."), notices);
        assertEquals("As Smith et al.", CitationChecker.withValidMarkers("As Smith et al. [9].", 5, new ArrayList<>()),
                "no second full stop where the marker was");
        assertEquals("Then... more [1].", CitationChecker.withValidMarkers("Then... more [1].", 5, new ArrayList<>()), "an ellipsis stays");
        assertEquals("Years [2020-2024] stay.", CitationChecker.expandRanges("Years [2020-2024] stay.", 5));
        assertEquals("Backwards [3-1] stays.", CitationChecker.expandRanges("Backwards [3-1] stays.", 5));
    }

    @Test
    void should_pair_quotation_marks_in_turn_and_check_only_quotes_of_three_words_or_more() {
        String source = "We propose two simple yet effective techniques, namely Clip-Cov and KL-Cov.";
        assertEquals(Optional.empty(), CitationChecker.misquoted("It builds on \"GRPO\" and adds what the authors call \"clipping\".", source));
        assertEquals(Optional.of("cited sources do not write the quoted words \u201cthree simple techniques\u201d"),
                CitationChecker.misquoted("It says \"GRPO\" and \"three simple techniques\".", source));
        assertEquals(Optional.of("cited sources do not write the quoted words \u201cthree simple techniques\u201d"),
                CitationChecker.misquoted("The authors\u2019 paper says \u2018three simple techniques\u2019.", source), "in single quotes, an apostrophe aside");
        assertEquals(Optional.empty(), CitationChecker.misquoted("It writes \u00abtwo simple yet effective techniques\u00bb.", source));
    }

}
