package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FigureTiesTest {
    private static final String HAWKEYE = "Hawkeye: Efficient Reasoning with Model Collaboration\nFurthermore, HAWKEYE can accelerate end-to-end "
            + "reasoning by up to 3.4x on complex math tasks while reducing inference cost by up to 60%.";
    private static final String QUIET = "Quiet-STaR\nWe find zero-shot improvements on GSM8K (5.9%rightarrow10.9%) and CommonsenseQA (36.3%rightarrow47.2%).";
    private static final String EMPO = "Right Question is Already Half the Answer\nSpecifically, EMPO boosts the accuracy of Qwen2.5-Math-7B Base "
            + "from 30.7\\% to 48.1\\% on mathematical benchmarks and improves truthfulness accuracy of Qwen2.5-7B Instruct from 87.16\\% to "
            + "97.25\\% on TruthfulQA.";
    private static final String KG = "FinReflectKG\nKG-guided retrieval boosts correctness scores by approximately 24 percent while reducing "
            + "token utilization by approximately 84.5 percent.";
    private static final String CLIMB = "The Climb\nManually flipping 40% of the reward function's outputs in math tasks still allows a "
            + "model to converge rapidly.";

    @Test
    void should_find_figures_a_claim_swaps_between_two_measures() {
        assertEquals(List.of("accelerates reasoning by up to 60%", "inference cost by 3.4x"),
                FigureTies.misbound("Hawkeye accelerates reasoning by up to 60% while reducing inference cost by 3.4x.", HAWKEYE));
        assertEquals(List.of("correctness by about 84.5 percent", "tokens by 24 percent"),
                FigureTies.misbound("It boosts correctness by about 84.5 percent while cutting tokens by 24 percent.", KG));
    }

    @Test
    void should_find_figures_a_claim_moves_to_another_benchmark_or_model() {
        assertEquals(List.of("CommonsenseQA from 5.9% to 10.9%"), FigureTies.misbound("Quiet-STaR improves CommonsenseQA from 5.9% to 10.9%.", QUIET));
        assertEquals(List.of("TruthfulQA accuracy from 30.7% to 48.1%"), FigureTies.misbound("EMPO improves TruthfulQA accuracy from 30.7% to 48.1%.", EMPO));
        String forking = "Beyond the 80/20 Rule\nWe improve RLVR, significantly surpassing full-gradient updates on the Qwen3-32B (+11.04 on AIME'25 and"
                + " +7.71 on AIME'24) and Qwen3-14B (+4.79 on AIME'25 and +5.21 on AIME'24) models.";
        assertEquals(List.of("Qwen3-14B by +11.04"), FigureTies.misbound("Training on forking tokens improves Qwen3-14B by +11.04 on AIME 2025.", forking),
                "another size of the model holds the figure, though both name the benchmark");
        assertEquals(List.of(), FigureTies.misbound("Training on forking tokens improves Qwen3-32B by +11.04 on AIME 2025.", forking));
        assertEquals(List.of(), FigureTies.misbound("It improves Qwen3-14B by +4.79 on AIME'25.", forking));
        assertEquals(List.of(), FigureTies.misbound("Restricting updates to forking tokens improves Qwen3-32B by 7.71 on AIME'24.", forking),
                "a figure in the 32B's brackets is the 32B's, though the 14B's name follows it");
        assertEquals(List.of(), FigureTies.misbound("It improves Qwen3-14B by +7.71 on AIME 2024.", forking),
                "the source's loose reading ties +7.71 to the 14B named after it too: the claim has the benefit of the doubt");
    }

    /** Another model's figure, owned by its name in the source, credited to the paper's own subject. */
    @Test
    void should_find_a_figure_the_source_states_of_another_model() {
        String mobile = "MobileLLM-R1: Exploring the Limits of Sub-Billion Language Model Reasoners\nMobileLLM-R1-950M achieves an AIME score of 15.5,"
                + " despite being trained on only 11.7% of the tokens compared to Qwen3's proprietary 36T-token corpus. We pre-train with 4.2T tokens.";
        assertEquals(List.of("36T"), FigureTies.misbound("MobileLLM-R1 was pre-trained on 36T tokens.", mobile));
        assertEquals(List.of(), FigureTies.misbound("MobileLLM-R1 was pre-trained on 4.2T tokens.", mobile), "its own count");
        assertEquals(List.of(), FigureTies.misbound("Qwen3 was pretrained on a 36T-token corpus.", mobile), "the owner named");
        assertEquals(List.of(), FigureTies.misbound("MobileLLM-R1 uses 11.7% of the tokens of Qwen3's 36T corpus.", mobile));
        String klear = "Klear-Reasoner: Advancing Reasoning\nKlear-Reasoner scores 90.5% on AIME 2024 and 83.2% on AIME 2025.";
        assertEquals(List.of(), FigureTies.misbound("Klear-Reasoner scores 90.5%.", klear), "a benchmark a figure is on does not own it");
    }

    @Test
    void should_find_a_figure_borrowed_for_a_subject_its_sentence_never_speaks_of() {
        assertEquals(List.of("rates in medical chatbots by 40%"),
                FigureTies.misbound("Reinforcement learning reduces hallucination rates in medical chatbots by 40%.", CLIMB));
        assertEquals(List.of("augmentation lowers legal costs by 84.5 percent"), FigureTies.misbound("Retrieval augmentation lowers legal costs by 84.5 percent.", KG));
    }

    @Test
    void should_pass_figures_tied_as_the_source_ties_them_in_other_words() {
        for (String claim : List.of("Hawkeye cuts inference cost by up to 60%.", "Hawkeye makes reasoning up to 3.4x faster while cutting inference cost by 60%.",
                "Costs fall by 60% and reasoning runs 3.4x faster.", "Quiet-STaR improves GSM8K from 5.9% to 10.9%.",
                "With Quiet-STaR, zero-shot CommonsenseQA accuracy rises from 36.3% to 47.2%.", "EMPO improves math accuracy from 30.7% to 48.1%.",
                "EMPO lifts Qwen2.5-7B Instruct from 87.16% to 97.25% on TruthfulQA.", "Correctness improves by about 24% and token use falls by 84.5%.",
                "Flipping 40% of the rewards still lets the model converge.", "Hawkeye is 3.4x faster.")) {
            assertEquals(List.of(), FigureTies.misbound(claim, HAWKEYE + "\n" + QUIET + "\n" + EMPO + "\n" + KG + "\n" + CLIMB), claim);
        }
    }

    @Test
    void should_leave_a_name_the_source_never_writes_to_the_name_checks() {
        // The paper's figure, credited to another paper: a misnaming, which the name checks tell, not a figure of something else.
        assertEquals(List.of(), FigureTies.misbound("EMPO achieves a 68 percent relative improvement in Pass@1 on AIME 2024 with Llama3.1-8B.",
                "ETTRL\nCompared with the baseline, our approach enables Llama3.1-8B to achieve a 68 percent relative improvement in Pass at 1 metric"
                        + " on the AIME 2024 benchmark."));
    }

    @Test
    void should_read_lists_editions_deltas_and_enumerations_as_the_source_means_them() {
        // "respectively" pairs figures and names in order, which is no tie by nearness.
        assertEquals(List.of(), FigureTies.misbound("The method improves the 32B model by 8% and the 1.5B model by 4%.",
                "T\nWe achieve 4% and 8% absolute improvements on the 32B and 1.5B models respectively."));
        // Names listed before figures listed: each may be either's.
        assertEquals(List.of(), FigureTies.misbound("Saturn-1.5B gains +4.9 on average.", "T\nSaturn-1.5B and Saturn-7B improve average scores by +4.9 and +1.8."));
        // A figure list with its measure named once: "by an average of 30%, and up to 70%".
        assertEquals(List.of(), FigureTies.misbound("ARM cuts tokens by up to 70%.", "T\nIt reduces tokens by an average of 30%, and up to 70%, while keeping accuracy."));
        // A benchmark's edition is part of its name, and a delta in brackets part of the change it follows.
        assertEquals(List.of(), FigureTies.misbound("Training yields an improvement of 26.9% on AMC 2023.", "T\nGains of 16.0% on MATH-500, 26.9% on AMC 2023, and 20.0% on AIME 2024."));
        assertEquals(List.of(), FigureTies.misbound("It gives Llama-8B a +10.0 boost.", "T\nWe improve Qwen-7B from 54.0 to 61.3 (+7.3) and Llama-8B from 43.7 to 53.7 (+10.0)."));
        // Enumerators and small counts are no results.
        assertEquals(List.of(), FigureTies.misbound("MIO trains in stages: (1) alignment pre-training and (2) interleaved pre-training.",
                "T\nOur method has (1) a planner and (2) a solver, trained on 4 GPUs."));
    }

    @Test
    void should_say_nothing_of_figures_the_source_does_not_state() {
        assertEquals(List.of(), FigureTies.misbound("Hawkeye cuts inference cost by 70%.", HAWKEYE), "an unstated figure is Numbers' to report");
        assertEquals(List.of(), FigureTies.misbound("Hawkeye is efficient.", HAWKEYE));
        assertEquals(List.of(), FigureTies.misbound("", ""));
    }

    @Test
    void should_read_a_hostile_text_at_once() {
        String hostile = "by 1% and 2% on A-1 while ".repeat(3_000) + "(1) 5.9%rightarrow".repeat(2_000);
        assertTimeoutPreemptively(Duration.ofSeconds(5), () -> FigureTies.misbound(hostile.substring(0, 20_000), hostile));
    }

    /** A measure in other words is the same measure: "runs 4.05 times faster" of "a 4.05times inference speedup". */
    @Test
    void should_read_a_measure_said_in_other_words_as_the_same() {
        String internVl = "These enable InternVL3.5 to achieve up to a +16.0% gain in overall reasoning performance and a 4.05times inference speedup.";
        assertEquals(List.of(), FigureTies.misbound("InternVL3.5 runs 4.05 times faster.", internVl));
        assertEquals(List.of("medical chatbot hallucinations by 16.0%"), FigureTies.misbound("It cuts medical chatbot hallucinations by 16.0%.", internVl),
                "words of no measure of the sentence's");
    }
}
