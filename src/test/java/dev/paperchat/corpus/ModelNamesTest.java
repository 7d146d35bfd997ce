package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;
import org.junit.jupiter.api.Test;

class ModelNamesTest {
    private static final String SOURCE = "We observe a sharp decline in OpenAI's o3-mini accuracy, from 86.6% on I-RAVEN, while "
            + "Qwen2.5-Math-7B and Llama 3.1 8B gain on GSM8K, AIME 2024 and CommonsenseQA under bfloat16. "
            + "Chain-of-Thought (CoT) and large language models (LLMs) are studied with Latent-Trajectory signals.";

    @Test
    void should_find_the_names_a_claim_gives_that_its_source_does_not() {
        assertEquals(List.of("GPT-4o"), ModelNames.unwritten("GPT-4o's accuracy declines sharply on I-RAVEN.", SOURCE), "a swapped model");
        assertEquals(List.of("o1-mini"), ModelNames.unwritten("o1-mini declines, as o1-mini does.", SOURCE), "once each");
        assertEquals(List.of("HellaSwag"), ModelNames.unwritten("It gains on CommonsenseQA and HellaSwag.", SOURCE), "a swapped benchmark");
        assertEquals(List.of("Qwen3-8B"), ModelNames.unwritten("Qwen3-8B gains on GSM8K.", SOURCE), "another version");
    }

    @Test
    void should_list_a_figure_of_an_unwritten_name_once_with_the_name() {
        assertEquals(List.of("30.7", "Qwen2.5-Math-7B"), Specifics.unstated("It boosts Qwen2.5-Math-7B from 30.7% to 58.1%.",
                "Scores reach 58.1% on LiveCodeBench."), "not \"7\" of the name on its own");
        assertEquals(List.of("7"), Specifics.unstated("A 7B model gains on GSM8K.", SOURCE.replace("7B", "")), "a size given alone is a figure");
    }

    @Test
    void should_take_a_name_written_otherwise_for_the_source_s() {
        assertEquals(List.of(), ModelNames.unwritten("Qwen-2.5-7B and Llama-3.1-8B gain on gsm8k.", SOURCE), "hyphens, spaces and case");
        assertEquals(List.of(), ModelNames.unwritten("It gains on AIME24 under BF16.", SOURCE), "a year's last digits, a format's short form");
        assertEquals(List.of(), ModelNames.unwritten("Latent-Trajectory signals help Chain-of-Thought in LLMs.", SOURCE));
        assertEquals(List.of(), ModelNames.unwritten("Chain-of-Thought helps.", "CoT helps."), "a name the source writes as its acronym");
    }

    /** An acronym alone is no name to check: a paraphrase uses the field's ("LoRA-style updates" for "low-rank weight update"). */
    @Test
    void should_leave_acronyms_and_plain_words_alone() {
        assertEquals(List.of(), ModelNames.unwritten("Prefixes escape the ceiling of LoRA-style updates, unlike RLHF and MMLU.", SOURCE));
        assertEquals(List.of(), ModelNames.unwritten("The Model Improves Reasoning.", SOURCE), "capitalised words are not names");
        assertEquals(List.of(), ModelNames.unwritten("", SOURCE));
        assertEquals(List.of("X1"), ModelNames.unwritten("X1 " + "a-".repeat(20_000), ""), "a long text stays linear");
    }

    @Test
    void should_find_a_name_in_any_spelling() {
        assertTrue(ModelNames.writesInAnySpelling("scores 94.2% on MATH-500 and AIME24", "MATH500"));
        assertTrue(ModelNames.writesInAnySpelling("scores 94.2% on MATH-500 and AIME24", "AIME"));
        assertTrue(ModelNames.writesInAnySpelling("we introduce LP-REG here", "Lp-Reg"));
        assertFalse(ModelNames.writesInAnySpelling("compared with GPT-4o", "GPT-4"), "another model");
        assertFalse(ModelNames.writesInAnySpelling("the mathematics of it", "MATH500"));
        assertTrue(ModelNames.writesInAnySpelling("reasoning LLMs", "LLM"), "a plural");
        assertTrue(ModelNames.writesInAnySpelling("a 68% gain on AIME 2024", "AIME24"), "a year written whole");
        assertTrue(ModelNames.writesInAnySpelling("a gain on AIME'24", "AIME2024"));
        assertTrue(ModelNames.writesInAnySpelling("We test on AIME'24 and AMC.", "AIME2024"), "before other words too");
        assertTrue(ModelNames.writesInAnySpelling("an LLM that reasons", "LLMs"));
        assertTrue(ModelNames.spelledOutIn("MoE", "a sparse mixture of experts"), "an acronym by the words it stands for");
        assertFalse(ModelNames.spelledOutIn("MoE", "a mixture of tokens"), "every letter a word's first");
    }
}
