package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class NumbersTest {
    private static final String SOURCE = "UloRL trains Qwen3-30B-A3B with 128k-token outputs for around 1,000 steps, "
            + "a 2.06x speed-up, from 0.61 to 0.79 with two losses.";

    /** Thousands set apart by a space ("144 000", as SI writes them) are one number; a year and a count after it are two. */
    @Test
    void should_read_thousands_set_apart_by_spaces() {
        String datarus = "The generator produced 144 000 tagged notebook episodes in 2024.";
        assertEquals(List.of(), Numbers.unstated("It produced 144,000 tagged notebook episodes.", datarus));
        assertEquals(List.of(), Numbers.unstated("It produced 144000 episodes.", datarus));
        assertEquals(List.of(), Numbers.unstated("It produced 144\u202f000 episodes.", "It produced 144,000 episodes."));
        assertEquals(List.of("144"), Numbers.unstated("It produced 144 episodes.", datarus));
        assertEquals(List.of(), Numbers.unstated("In 2024 it produced episodes.", "In 2024 100 papers were read."), "a year is no group");
        assertEquals(List.of("15", "405"), Numbers.unstated("The Llama 3 405B model was pre-trained on 15 trillion tokens.", "Llama 3 reads tokens."),
                "a version and a size, not 3,405");
    }

    /** A factor said by a verb is a figure: stated by its word, or a figure about it. */
    @Test
    void should_read_halves_and_doubles_as_figures() {
        String rag = "RAG has shown strong capability in reducing AI generative hallucinations.";
        assertEquals(List.of("halves"), Numbers.unstated("Retrieval-augmented generation halves hallucinations in legal question answering.", rag));
        assertEquals(List.of(), Numbers.unstated("It halves hallucinations.", "It cuts hallucinations by 48%."), "about half");
        assertEquals(List.of(), Numbers.unstated("It halves hallucinations.", "Hallucinations are halved."));
        assertEquals(List.of("halves"), Numbers.unstated("It halves hallucinations.", "It cuts hallucinations by 30%."));
        assertEquals(List.of(), Numbers.unstated("The method doubles throughput.", "The method delivers a 2.1x throughput gain."));
        assertEquals(List.of(), Numbers.unstated("The method doubled throughput.", "Throughput is twice that of the baseline."));
        assertEquals(List.of("tripled"), Numbers.unstated("Accuracy tripled.", "Accuracy rose by 40%."));
    }

    @Test
    void should_find_the_numbers_a_claim_gives_that_its_source_does_not() {
        assertEquals(List.of(), Numbers.unstated("It runs about 1000 steps with 2 losses, from 0.61 to 0.790.", SOURCE), "the same numbers written otherwise");
        assertEquals(List.of("256k"), Numbers.unstated("Outputs of 256k tokens help.", SOURCE));
        assertEquals(List.of(), Numbers.unstated("It trains for 1k steps on 128k-token outputs.", SOURCE), "1k is 1,000");
        assertEquals(List.of(), Numbers.unstated("It trains for 1 thousand steps on 128 thousand-token outputs.", SOURCE), "1 thousand is 1k");
        assertEquals(List.of("300k"), Numbers.unstated("Outputs of 300 thousand tokens help.", SOURCE));
        assertEquals(List.of("3"), Numbers.unstated("Segment rollout gives a 3x speed-up.", SOURCE), "not the 3 of Qwen3 or A3B");
        assertEquals(List.of(), Numbers.unstated("GPT-4o and o3-mini were tried.", SOURCE), "a name's digits are no figures");
        assertEquals(List.of("68"), Numbers.unstated("It gains 68% in Pass@1 and maj@16.", SOURCE), "nor a metric's");
        assertEquals(List.of("0.95"), Numbers.unstated("It goes from 0.61 to 0.95.", SOURCE));
        assertEquals(List.of(), Numbers.unstated("It trains with two losses in a twenty-questions game.", SOURCE), "small numbers in words are prose");
    }

    /** "ninety percent", "seventy-five", "ten thousand steps", "2.8X", "5times": figures in the other ways writers give them. */
    @Test
    void should_read_figures_written_in_words_or_with_other_units() {
        String hawkeye = "It reduces inference cost by up to 60% and trains for around 1,000 steps, with 75 tasks.";
        assertEquals(List.of("90"), Numbers.unstated("It cuts inference cost by up to ninety percent.", hawkeye));
        assertEquals(List.of(), Numbers.unstated("It cuts inference cost by up to sixty percent.", hawkeye));
        assertEquals(List.of("10000"), Numbers.unstated("It trains for about ten thousand steps.", hawkeye));
        assertEquals(List.of(), Numbers.unstated("It trains for one thousand steps on seventy-five tasks.", hawkeye));
        assertEquals(List.of("70", "85"), Numbers.unstated("It goes from seventy to eighty-five percent.", SOURCE));
        assertEquals(List.of(), Numbers.unstated("a 2.8x increase", "up to a 2.8X increase"));
        assertEquals(List.of(), Numbers.unstated("up to 5x fewer tokens", "attends to up to 5times fewer tokens"));
        assertEquals(List.of(), Numbers.unstated("a 2.5x speed-up", "a 1.5-2.5times speed-up"));
        assertEquals(List.of(), Numbers.unstated("reducing attended tokens by up to 5x", "reducing the number of attended tokens by up to 5times and delivering"
                + " 1.5times end-to-end speedup"), "glued, a factor whatever follows it");
        assertEquals(2, Numbers.count("from seventy to 85 percent with two losses"), "two losses is no figure");
    }

    /** "17.1pp" is 17.1 points, written without a space, as "17.1 pp" and "17.1%" are. */
    @Test
    void should_check_a_small_count_where_the_source_counts_the_same_thing_otherwise() {
        String lpReg = "It reaches 60.17% average accuracy on five math benchmarks, with two losses.";
        assertEquals(List.of("7"), Numbers.unstated("It is tested on seven math benchmarks.", lpReg));
        assertEquals(List.of("3"), Numbers.unstated("It uses 3 losses.", lpReg), "in digits too");
        assertEquals(List.of(), Numbers.unstated("It is tested on five math benchmarks.", lpReg));
        assertEquals(List.of(), Numbers.unstated("It is tested on three tasks.", lpReg), "a count of what the source never counts is prose");
        assertEquals(List.of(), Numbers.unstated("It proposes one method.", lpReg), "nor is one a count to check");
        assertEquals(List.of(), Numbers.unstated("It wins on three benchmarks.", "Across five benchmarks it wins on 3 of them."),
                "a count the source writes of a part of what it counts");
        assertEquals(List.of(), Numbers.unstated("It keeps two items.", "It runs five iterations."), "items are no iterations");
    }

    @Test
    void should_read_a_factor_as_the_ratio_of_two_figures_of_one_sentence() {
        String markovian = "At 96K average thinking length, we estimate 27 H100-months for LongCoT-RL versus 7 for Delethink. It uses 4 GPUs.";
        assertEquals(List.of(), Numbers.unstated("Delethink is roughly four times cheaper than LongCoT-RL.", markovian));
        assertEquals(List.of(), Numbers.unstated("Delethink is about 3.9x cheaper.", markovian));
        assertEquals(List.of("6"), Numbers.unstated("Delethink is six times cheaper than LongCoT-RL.", markovian));
        assertEquals(List.of("2.8"), Numbers.unstated("It is 2.8x faster.", "It cuts FLOPs by 30 to 50% and length by up to 40%, while preserving 86 to 100%."),
                "30 and 86 are of two things");
        assertEquals(List.of("4.6"), Numbers.unstated("RAP is 4.6x cheaper.", "It uses 9.3% of the training data, reducing computational costs by over 43%."),
                "two figures of two things set against nothing");
        assertEquals(List.of("4.3"), Numbers.unstated("SEAL reduces reasoning tokens by 4.3x.", "SEAL reduces reasoning tokens by 11.8% to 50.4%."), "a range");
        assertEquals(List.of(), Numbers.unstated("It nearly doubles accuracy, a 1.9x gain.", "Accuracy rises from 30.7 to 58.1."), "a change from one to the other");
        assertEquals(List.of(), Numbers.unstated("It shortens outputs 1.19x.", "Average output length is reduced from 5439 tokens to 4583 tokens."),
                "a change of a counted thing");
        assertEquals(List.of("6.1"), Numbers.unstated("LASER-D achieves a 6.1x improvement on AIME2024.", "LASER-D achieves a +6.1 improvement on AIME2024."),
                "a gain is no factor");
        assertEquals(List.of("5.2"), Numbers.unstated("It is up to 5.2x faster.", "It improves accuracy by 5.2%."), "a factor is no share");
        assertEquals(List.of("6.59"), Numbers.unstated("DR. SAF delivers a 6.59x reduction in training time.",
                "OpenTSLM models outperform baselines, reaching 69.9 F1 in sleep staging and 65.4 in HAR, compared to 9.05 and 52.2."),
                "two F1 scores set against each other are no ratio of training time");
        assertEquals(List.of(), Numbers.unstated("Accuracy rises to 58.1%.", "Accuracy rises from 30.7 to 58.1."), "a decimal written without its unit");
        assertEquals(List.of("3.4"), Numbers.unstated("R2R delivers a 3.4x wall-clock speedup.",
                "With 5.6B activated parameters, R2R surpasses R1-7B by 1.6x. It delivers a 2.8x wall-clock speedup."), "5.6B and 1.6x are of two units");
    }

    @Test
    void should_read_a_benchmark_s_year_after_an_apostrophe_as_its_name() {
        assertEquals(List.of(), Numbers.unstated("It gains 11 points on AIME'24.", "It gains 11 points on AIME 2024."));
        assertEquals(List.of(), Numbers.unstated("It gains 11 points on AIME 2025 and 7.71 on AIME 2024.",
                "It gains 11.04 points on AIME'25 and 7.71 on AIME'24."));
        assertEquals(List.of("12"), Numbers.unstated("It gains 12 points on AIME'24.", "It gains 11 points on AIME 2024."));
    }

    @Test
    void should_read_points_written_against_the_figure() {
        String mot = "MoT yields an average accuracy gain of up to +11.7pp over single-modality baselines.";
        assertEquals(List.of("17.1"), Numbers.unstated("MoT achieves up to 17.1pp average accuracy gain", mot));
        assertEquals(List.of(), Numbers.unstated("MoT achieves up to 11.7pp average accuracy gain", mot));
        assertEquals(List.of(), Numbers.unstated("MoT gains 11.7 points", mot));
    }

    /** "5,000 steps" is no number of tokens: a figure and what it counts go together. */
    @Test
    void should_tell_whether_a_source_counts_what_the_claims_figure_counts() {
        String tokens = "It cuts token usage from approximately 5,000 to 3,000 tokens.";
        assertFalse(Numbers.countsAlike("Lp-Reg trains stably for 5,000 steps.", tokens));
        assertTrue(Numbers.countsAlike("Lp-Reg trains stably for 5,000 steps.", "It trains stably for 5000 steps and more."));
        assertTrue(Numbers.countsAlike("It uses 5,000 tokens.", "Outputs of 5,000 tokens."));
        assertTrue(Numbers.countsAlike("It reaches 5,000 and more.", tokens), "no noun after the figure");
        assertTrue(Numbers.countsAlike("It saves 24% of tokens.", "It saves 24% of compute."), "a percentage counts no noun");
        assertTrue(Numbers.countsAlike("It runs 3 steps.", "It names no such figure."), "a figure the source lacks is unstated, not miscounted");
    }

    /** A sentence that states the claim's figure of something else is no source of it. */
    @Test
    void should_tell_whether_a_source_states_the_figure_of_what_the_claim_speaks_of() {
        String accuracy = "Our results show AMC23 accuracy rising from 63% to 80% and AIME24 reaching 46.7%. It costs $42 in training.";
        assertFalse(Numbers.statedInContext("Hawkeye cuts inference cost by up to 80%.", accuracy), "cost is said, but not near the 80%");
        assertTrue(Numbers.statedInContext("Its accuracy rises to 80% on AMC23.", accuracy));
        String listed = "It reduces time consumption by 90%, sampled problems by 80%, and tuned token usage by 99%.";
        assertFalse(Numbers.statedInContext("LASER-D reduces token usage by 80%.", listed), "the 80% of an enumeration is of its own clause");
        assertTrue(Numbers.statedInContext("It cuts sampled problems by 80%.", listed));
        assertFalse(Numbers.statedInContext("It improves reasoning by 80%.", "Phi-4-reasoning scores 80% on AIME."),
                "a name's parts are no words of the context");
        assertFalse(Numbers.statedInContext("It saves 24% of tokens.", "No figure here at all."));
        assertTrue(Numbers.statedInContext("Coconut is trained on ProsQA.", "We train on ProsQA."), "no figure to read in context");
        assertTrue(Numbers.statedInContext("Repetitions are rare in human text (e.g., 0.02% in Wikitext-103).",
                "There are few repetitions in human corpora (e.g., 0.02% in Wikitext-103)."), "no word near the claim's figure to read it by");
    }

    /** A version written apart from its name ("Llama 3.1", "AIME 2024") is the one the source writes with it ("Llama3.1-8B", "AIME2024"). */
    @Test
    void should_take_a_name_s_version_written_apart_for_the_one_written_with_it() {
        String source = "ETTRL lets Llama3.1-8B reach a 68 percent relative improvement on AIME2024 and Qwen3 beat GPT-4.";
        assertEquals(List.of(), Numbers.unstated("Llama 3.1 8B improves by 68% on AIME 2024.", source));
        assertEquals(List.of(), Numbers.unstated("Qwen 3 beats GPT 4 and Llama-3.1.", source));
        assertEquals(List.of(), Numbers.unstated("A 1.5B model reached 46.7% on AIME 2024.", "It reaches 46.7% on AIME24 with a 1.5B model."),
                "a year written short");
        assertEquals(List.of("2025"), Numbers.unstated("A 1.5B model reached 46.7% on AIME 2025.", "It reaches 46.7% on AIME24 with a 1.5B model."));
        assertEquals(List.of("3.2"), Numbers.unstated("Llama 3.2 8B improves by 68%.", source), "another version");
        assertEquals(List.of("3"), Numbers.unstated("It gives a 3x speed-up over Qwen.", source), "a figure after no name");
        assertEquals(List.of(), Numbers.unstated("It rose from 5.9% to 10.9%.", "GSM8K (5.9%rightarrow10.9%)"), "LaTeX's arrow without its backslash");
    }

    /** A figure's unit is part of what it says: "24%" is not stated by "24 million", nor "7x" by "7B", nor "5%" by "five datasets". */
    @Test
    void should_read_a_size_in_a_model_s_name_as_that_model_s() {
        String phi = "We introduce Phi-4-reasoning, a 14-billion parameter model that outperforms DeepSeek-R1-Distill-Llama-70B.";
        assertEquals(List.of("70"), Numbers.unstated("Phi-4-reasoning is a 70-billion parameter model.", phi), "70B is Llama's size");
        assertEquals(List.of("70"), Numbers.unstated("Phi-4-reasoning is a 70B model.", phi));
        // A claim that names no model is of whichever model the paper sizes so.
        String mobile = "MobileLLM-R1-950M scores 15.5 on AIME.";
        assertEquals(List.of(), Numbers.unstated("A 950M-parameter model scored 15.5 on AIME.", mobile));
        assertEquals(List.of(), Numbers.unstated("A 950M-parameter model scored 15.5 on AIME24 and GSM8K.", mobile), "benchmarks after the size are no subject");
        assertEquals(List.of("950"), Numbers.unstated("Qwen3, a 950M-parameter model, scored 15.5 on AIME.", mobile), "it names another");
        assertEquals(List.of(), Numbers.unstated("Phi-4-reasoning beats the 70B Llama model.", phi), "a claim that names the model");
        assertEquals(List.of(), Numbers.unstated("Phi-4-reasoning is a 14B model.", phi), "14-billion is 14B");
        assertEquals(List.of(), Numbers.unstated("Phi-4-reasoning has 14 billion parameters.", phi));
        assertEquals(List.of(), Numbers.unstated("It lifts Qwen2.5-7B by 5%.", "It lifts Qwen2.5-Math-7B by 5%."), "a claim that names the family");
    }

    @Test
    void should_need_a_figure_s_unit_in_the_source() {
        String source = "It holds 24 million pages and five datasets, trains a 7B model 3 times faster, and cuts tokens by 24.5%, +11.04 on AIME.";
        assertEquals(List.of("24"), Numbers.unstated("It cuts tokens by 24 percent.", "It holds 24 million pages."));
        assertEquals(List.of(), Numbers.unstated("It cuts tokens by 24%.", source), "24.5% cut to a whole number");
        assertEquals(List.of(), Numbers.unstated("It cuts tokens by about 25%.", source), "24.5% rounded");
        assertEquals(List.of(), Numbers.unstated("It gains about 11 points on AIME.", source), "+11.04 rounded; points of a score");
        // A decimal rounded to fewer decimals, as writers round: "79.3%" of "79.27%", "8.7 points" of "+8.68".
        assertEquals(List.of(), Numbers.unstated("It reaches 79.3% pass@1 and gains 8.7 points.", "It reaches 79.27% pass@1, +8.68 accuracy points."));
        assertEquals(List.of(), Numbers.unstated("Accuracy rises from 87.2% to 97.3%.", "Accuracy rises from 87.16% to 97.25%."));
        assertEquals(List.of("79.2"), Numbers.unstated("It reaches 79.2% pass@1.", "It reaches 79.27% pass@1."), "79.27 rounds to 79.3");
        assertEquals(List.of("8.7"), Numbers.unstated("It gains 8.7%.", "It gains 8.68 billion."), "a rounding keeps its unit");
        assertEquals(List.of("7"), Numbers.unstated("It is 7x more efficient.", source), "7B is a size, not a factor");
        assertEquals(List.of(), Numbers.unstated("It trains 3-fold faster.", source), "3 times is 3-fold");
        // "100 times" after a verb counts tries, a number like any other; before "faster" or "fewer" it is a factor.
        assertEquals(List.of(), Numbers.unstated("They resampled each sentence 100 times.", "We resample each sentence across 100 rollouts."));
        assertEquals(List.of("100"), Numbers.unstated("It is 100 times faster.", "We resample each sentence across 100 rollouts."));
        assertEquals(List.of("7"), Numbers.unstated("It was sampled 7 times.", "We sample 8 rollouts."));
        assertEquals(List.of(), Numbers.unstated("It is 3x better.", "It is 3 times better."), "before any comparative");
        assertEquals(List.of(), Numbers.unstated("It is 3x stronger.", "It is 3 times stronger."));
        assertEquals(List.of("5"), Numbers.unstated("It gains 5% on average.", source), "five datasets are no 5%");
        assertEquals(List.of(), Numbers.unstated("It uses 5 datasets and a 7 billion parameter model.", source), "a count, and 7B in words");
        assertEquals(List.of("17"), Numbers.unstated("It needs 17% of the data.", "It needs 1.7% of the data."), "17 is no rounding of 1.7");
        assertEquals(List.of(), Numbers.unstated("Accuracy rises from 30.7% to 58.1%.", "Accuracy rises from 30.7 to 58.1 on MATH."),
                "a decimal needs no unit in the source");
        assertEquals(List.of(), Numbers.unstated("It scores about 5 points above the baseline.", "It is nearly 5 absolute points higher."));
        // A rounded decimal keeps its unit, and a version is no decimal to round.
        assertEquals(List.of("24"), Numbers.unstated("Accuracy rises by 24%.", "It holds 24.3 million pages."));
        assertEquals(List.of("7"), Numbers.unstated("It reduces error by 7x.", "It trains a 6.5B model."));
        assertEquals(List.of("3"), Numbers.unstated("It gives a 3x speed-up.", "It uses Llama 3.1."));
        assertEquals(List.of("4"), Numbers.unstated("It improves accuracy by 4%.", "It outperforms GPT-3.5."));
        assertEquals(List.of(), Numbers.unstated("It reaches 24 on the benchmark.", "It reaches 24.3% on the benchmark."), "a claim without a unit");
        assertEquals(List.of("9"), Numbers.unstated("ReWOO is nine times more token efficient.", "ReWOO achieves 5x token efficiency."),
                "a number in words with a unit is a figure");
        assertEquals(List.of(), Numbers.unstated("ReWOO is five times more token efficient.", "ReWOO achieves 5x token efficiency."));
        // Numbers in words have units too.
        assertEquals(List.of(), Numbers.unstated("ReWOO is 3x more token efficient and 5% better, 10x cheaper.",
                "ReWOO is three times more token efficient, five percent better and ten-fold cheaper."));
        String dotted = "1.".repeat(5000);
        assertEquals(List.of("1"), Numbers.unstated("It gives 1.", dotted), "one long version-like run, read without overflowing the stack");
        assertTrue(Numbers.sameKind("It needs 17% of the data.", "It uses only 1.7% of the data."));
        assertFalse(Numbers.sameKind("It needs 17% of the data.", "It uses 17k samples."));
        assertFalse(Numbers.sameKind("It needs 17 samples.", "It uses 17 samples."), "a figure without a unit has no kind");
    }
}
