package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import org.junit.jupiter.api.Test;

class NamesAskedTest {

    @Test
    void should_read_a_question_for_the_models_or_benchmarks_a_paper_names() {
        assertEquals(Optional.of(NamesAsked.Kind.MODELS), NamesAsked.of("On which models was LASER-D evaluated?"));
        assertEquals(Optional.of(NamesAsked.Kind.MODELS), NamesAsked.of("which model sizes did LASER-D test?"));
        assertEquals(Optional.of(NamesAsked.Kind.BENCHMARKS), NamesAsked.of("what benchmark did ETTRL evaluate on?"));
        assertEquals(Optional.of(NamesAsked.Kind.BENCHMARKS), NamesAsked.of("Which datasets does Lp-Reg use?"));
        assertEquals(Optional.empty(), NamesAsked.of("Which methods avoid entropy collapse?"));
        assertEquals(Optional.empty(), NamesAsked.of("Which benchmark study reports that bigger models are not better?"), "a paper that is a benchmark");
        assertEquals(Optional.empty(), NamesAsked.of("which " + "models ".repeat(100)), "too long to be one question");
        // The words that ask, not what a sentence should hold: "model", and the verbs ("use", "evaluated on", "trained").
        for (String word : new String[] {"models", "use", "used", "evaluated", "tested", "trained", "reports"}) {
            String term = QueryTerms.all(new dev.paperchat.index.PaperAnalyzer(), "", word).get(0);
            assertTrue(NamesAsked.isKindWord(term), word + " as " + term);
        }
        assertFalse(NamesAsked.isKindWord(QueryTerms.all(new dev.paperchat.index.PaperAnalyzer(), "", "entropy").get(0)));
    }

    @Test
    void should_count_the_names_a_sentence_gives() {
        String models = "which models did SEAL test?";
        assertEquals(2, NamesAsked.names(NamesAsked.Kind.MODELS, "Experiments across models (DeepSeek-R1-Distill and QwQ-32B-Preview) validate SEAL.", models));
        assertEquals(1, NamesAsked.names(NamesAsked.Kind.MODELS, "Large Language Models, such as OpenAI's o1-series, reason.", models));
        assertEquals(2, NamesAsked.names(NamesAsked.Kind.BENCHMARKS, "ReEx-SQL achieves 88.8% on Spider and 64.9% on BIRD.", "what benchmark did ReEx-SQL use?"),
                "what a score is on is a benchmark");
    }

    @Test
    void should_tell_a_sentence_that_names_models_or_benchmarks() {
        String question = "On which models was LASER-D evaluated?";
        assertTrue(NamesAsked.names(NamesAsked.Kind.MODELS, "Experiments on DeepSeek-R1-Distill-Qwen-1.5B and -7B show gains.", question) > 0);
        assertTrue(NamesAsked.names(NamesAsked.Kind.MODELS, "We train a 7B model.", question) > 0, "a size names a model");
        assertEquals(0, NamesAsked.names(NamesAsked.Kind.MODELS, "The resulting method is termed LASER-D.", question));
        String benchmark = "what benchmark did ETTRL evaluate on?";
        for (String sentence : new String[] {"It gains 6.1 on AIME2024.", "It improves on the AIME 2024 benchmark.", "It scores on GPQA-Diamond.",
                "It solves HumanEval tasks.", "It reaches 80% on MATH-500.", "It reaches 80% on Math500.", "It wins on Arena-Hard.", "It scores 40 on Omni-Math and AIME.",
                "ReEx-SQL achieves 88.8% on Spider and 64.9% on BIRD at the 7B scale."}) {
            assertTrue(NamesAsked.names(NamesAsked.Kind.BENCHMARKS, sentence, benchmark) > 0, sentence);
        }
        for (String sentence : new String[] {"Large Language Models reason.", "We use CoT and SFT with RLVR.", "Entropy-fork Tree Majority Rollout helps.",
                "It runs Llama3.1-8B.", "The ETTRL method is better.", "NVIDIA trains it.",
                "In the Self-Taught Reasoner (STaR), useful thinking is learned."}) {
            assertEquals(0, NamesAsked.names(NamesAsked.Kind.BENCHMARKS, sentence, benchmark), sentence);
        }
    }

    @Test
    void should_tell_a_paper_whose_abstract_names_none_of_what_is_asked() {
        Paper unnamed = Paper.of("Hawkeye: Efficient Reasoning with Model Collaboration", "We propose Hawkeye. It cuts costs on complex math tasks.",
                List.of(), 0, null, null, null, new Source("t.jsonl", 1));
        Paper named = Paper.of("LASER", "We propose LASER. It gains 6.1 on AIME2024 with Qwen2.5-7B.", List.of(), 0, null, null, null, new Source("t.jsonl", 2));
        assertTrue(NamesAsked.unanswered("which benchmarks does Hawkeye evaluate on?", unnamed));
        assertFalse(NamesAsked.unanswered("which models did Hawkeye use?", unnamed), "models go by too many names to tell their absence");
        assertFalse(NamesAsked.unanswered("which benchmarks does LASER evaluate on?", named));
        assertFalse(NamesAsked.unanswered("which models did LASER use?", named));
        assertFalse(NamesAsked.unanswered("how does Hawkeye work?", unnamed), "no names asked for");
        assertEquals(OptionalInt.of(1), NamesAsked.evaluationSentence(unnamed), "It cuts costs on complex math tasks.");
        Paper resulted = Paper.of("Skywork-R1V3", "We introduce Skywork-R1V3. It achieves state-of-the-art results on MMMU, improving from 64.3% to 76.0%.",
                List.of(), 0, null, null, null, new Source("t.jsonl", 4));
        assertFalse(NamesAsked.unanswered("which benchmarks does Skywork-R1V3 use?", resulted), "what its results are on is a benchmark");
        Paper opened = Paper.of("SpecReason", "Recent advances have improved performance on complex tasks. We propose SpecReason."
                + " Across a variety of reasoning benchmarks, SpecReason achieves 1.5-2.5x speedup.", List.of(), 0, null, null, null, new Source("t.jsonl", 3));
        assertEquals(OptionalInt.of(2), NamesAsked.evaluationSentence(opened), "its benchmarks, not the field's tasks of its opening");
    }

    @Test
    void should_tell_a_sentence_that_says_what_was_tested_without_naming_it() {
        assertTrue(NamesAsked.saysWhatWasTested(NamesAsked.Kind.MODELS, "Across three model families, six scales, and six math benchmarks, it wins."));
        assertTrue(NamesAsked.saysWhatWasTested(NamesAsked.Kind.MODELS, "We run experiments with several open LLMs."));
        assertTrue(NamesAsked.saysWhatWasTested(NamesAsked.Kind.BENCHMARKS, "Experiments show that Coconut augments the LLM."));
        assertFalse(NamesAsked.saysWhatWasTested(NamesAsked.Kind.MODELS, "Reinforcement learning has become the standard for large language models."));
        assertFalse(NamesAsked.saysWhatWasTested(NamesAsked.Kind.BENCHMARKS, "Across three model families, six scales, it wins."));
    }
}
