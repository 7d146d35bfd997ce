package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class ScoreOnTest {
    private static Optional<ScoreOn> on(String benchmark, String abstractText) {
        return ScoreOn.in(Paper.of("A paper", abstractText, List.of(), null, null, null, null, new Source("t", 1)), benchmark);
    }

    private static void assertScore(String figure, String benchmark, String abstractText) {
        assertFigure(figure, false, benchmark, abstractText);
    }

    private static void assertGain(String figure, String benchmark, String abstractText) {
        assertFigure(figure, true, benchmark, abstractText);
    }

    private static void assertFigure(String figure, boolean gain, String benchmark, String abstractText) {
        ScoreOn score = on(benchmark, abstractText).orElseThrow(() -> new AssertionError("no figure on " + benchmark + ": " + abstractText));
        assertEquals(figure, score.figure(), abstractText);
        assertEquals(gain, score.gain(), (gain ? "a gain: " : "a score: ") + abstractText);
    }

    @Test
    void should_read_a_benchmark_s_editions_by_year() {
        String text = "We reach 90.5% on AIME 2024, 46.7% on AIME24, 40% on AIME'25, 95.0 on MATH-500 and AIME-2023 too; AIME is hard.";
        assertEquals(Set.of("AIME 2023", "AIME 2024", "AIME 2025"), ScoreOn.editionsIn(text, "AIME"));
        assertEquals(Set.of(), ScoreOn.editionsIn(text, "MATH"), "MATH-500 is no year's");
        assertEquals(Set.of(), ScoreOn.editionsIn(text, "AIME 2024"), "a year asked is asked");
    }

    @Test
    void should_read_the_score_a_sentence_ties_to_the_benchmark() {
        assertScore("90.5%", "AIME 2024", "We study RL. It reasons well, scoring 90.5\\% on AIME 2024, 83.2\\% on AIME 2025 and 66.0% on LiveCodeBench V5.");
        assertScore("83.2%", "AIME 2025", "It reasons well, scoring 90.5% on AIME 2024, 83.2% on AIME2025 and 66.0% on LiveCodeBench V5.");
        assertScore("94.0", "MATH-500", "With OREAL, a 7B model can obtain 94.0 pass@1 accuracy on MATH-500 through RL.");
        assertScore("85.1%", "AIME 2025", "RL improves the model's performance on AIME-2025 from 70.9% to 85.1% and more.");
        assertScore("72.9%", "MathVista", "It improves Qwen2.5-VL-7B (e.g., 66.3 % \u2192 72.9 % on MathVista).");
        assertScore("44.5%", "GSM8K", "Our method improves PASS@100 from 35.5% to 44.5% for GSM8K, and 27.6% to 36.2% for MathQA.");
        assertScore("74.2%", "AIME 2024", "For example, on the challenging AIME24 exam, our approach reaches 74.2% Pass@1 using few tokens.");
        // One who surpasses others "with" a score states a score.
        assertScore("95.0", "MATH-500", "OREAL-32B also surpasses previous 32B models trained by distillation with 95.0 pass@1 accuracy on MATH-500.");
    }

    @Test
    void should_read_a_score_written_after_the_benchmark_s_name() {
        assertScore("10.9%", "GSM8K", "We find zero-shot improvements on GSM8K (5.9% \u2192 10.9%) and CommonsenseQA (36.3% \u2192 47.2%).");
        assertScore("89.4%", "MATH-500", "The 1.5B model's accuracy on MATH500 increases from 83.2% to 89.4%.");
        assertScore("76.0%", "MMMU", "Skywork-R1V3 achieves state-of-the-art results on MMMU, significantly improving from 64.3% to 76.0%.");
        assertScore("46.7%", "AIME 2024", "Rapid gains: AMC23 accuracy rising from 63% to 80% and AIME24 reaching 46.7%, surpassing o1-preview.");
        assertGain("30.1%", "MATH-500", "It improves accuracies on math (MATH-500: +30.1%, AMC23:+27.5%).");
        assertScore("56.7%", "AIME 2024", "The model achieves 56.7% (+40.0%) on AIME 2024 and 57.0% (+8.1%) on LiveCodeBench.");
    }

    @Test
    void should_take_a_paper_s_highest_score_and_keep_a_bracket_s_words_from_the_figure_after_it() {
        assertScore("95.0", "MATH-500", "With OREAL, a 7B model can obtain 94.0 pass@1 accuracy on MATH-500 through RL."
                + " OREAL-32B also surpasses previous 32B models trained by distillation with 95.0 pass@1 accuracy on MATH-500.");
        assertScore("65.8%", "MMVU", "Notably, TW-GRPO achieves 50.4% accuracy on CLEVRER (18.8% improvement over Video-R1) and 65.8% on MMVU.");
        assertEquals(Optional.empty(), on("AIME", "It reaches 83.2% on AIME'25 and 90.5% on AIME 2024."), "an edition is another benchmark");
        assertScore("61.9%", "BeyondAIME", "It improves performance on AIME2025 from 70.9% to 85.1% and on BeyondAIME from 50.7% to 61.9%.");
        assertScore("15.5", "AIME", "For example, MobileLLM-R1-950M achieves an AIME score of 15.5, compared to just 0.6 for OLMo-2-1.48B.");
    }

    @Test
    void should_tell_a_gain_over_a_baseline_from_a_score() {
        assertGain("11%", "AIME 2024", "PDR delivers the largest gains (e.g., +11% on AIME 2024 and +9% on AIME 2025).");
        // A list's later figures are of the kind of its first.
        assertGain("20.0%", "AIME 2024", "We achieve absolute performance gains of 16.0% on MATH-500, 26.9% on AMC 2023, and 20.0% on AIME 2024.");
        assertGain("30%", "AIME 2024", "Datarus achieves up to 30% higher accuracy on AIME 2024/2025 and LiveCodeBench.");
        assertGain("3%", "BIRD", "Our model outperforms larger models, e.g. o3-mini by 4% and Gemini-1.5-Pro-002 by 3% on the BIRD benchmark.");
        assertGain("21.9", "COCO", "Visual-RFT also exceeds the baseline by 21.9 on COCO's two-shot setting.");
    }

    @Test
    void should_prefer_a_paper_s_score_to_its_gain_whichever_comes_first() {
        assertScore("53.3%", "AIME 2024", "It gains +6.1 on AIME 2024 over its base. The final model reaches 53.3% on AIME 2024.");
    }

    @Test
    void should_find_no_figure_where_none_is_tied_to_the_benchmark() {
        for (String text : List.of("Experiments on AIME 2024, AIME 2025 and GPQA show substantial improvements.",
                "Our approach enables Llama3.1-8B to achieve a 68 percent relative improvement in Pass at 1 metric on the AIME 2024 benchmark.",
                "It achieves competitive math ability with the 7B Llama-2 model on the GSM8K dataset.",
                "We observe only a ~2% accuracy drop on MathVista's test-hard subset.",
                "It scores 94.0 on MATH-500.",
                "We reach 90.5% on AIME 2025.")) {
            String benchmark = text.contains("GSM8K") ? "GSM8K" : text.contains("MathVista") ? "MathVista" : text.contains("MATH-500") ? "MATH" : "AIME 2024";
            assertEquals(Optional.empty(), on(benchmark, text), text);
        }
    }

    @Test
    void should_order_scores_highest_first_then_gains_as_they_come() {
        ScoreOn low = on("GSM8K", "It reaches 61.2% on GSM8K.").orElseThrow();
        ScoreOn high = on("GSM8K", "It reaches 88.8% on GSM8K.").orElseThrow();
        ScoreOn gain = on("GSM8K", "It gains +30.0% on GSM8K.").orElseThrow();
        ScoreOn otherGain = on("GSM8K", "It improves by 2.0% on GSM8K.").orElseThrow();
        List<ScoreOn> ordered = List.of(gain, low, otherGain, high).stream().sorted(ScoreOn.SCORES_FIRST).toList();
        assertEquals(List.of(high, low, gain, otherGain), ordered);
    }
}
