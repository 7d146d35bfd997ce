package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.junit.jupiter.api.Test;

class QuantityQuestionTest {

    @Test
    void should_not_count_a_paper_that_lacks_the_quantity_asked_for_as_evidence() {
        PaperHit titans = hit("Titans: Learning to Memorize at Test Time",
                "Titans scale to contexts of over 2M tokens. They beat Transformers on language modeling.", 1.0);
        assertFalse(QuantityQuestion.unanswered("How long a context do Titans handle?", titans.paper(), titans.sentences()));
        assertTrue(QuantityQuestion.unanswered("How many parameters does the largest Titans model have?", titans.paper(), titans.sentences()));
        assertFalse(Evidence.DEFAULT.judge("How many parameters does the largest Titans model have?", List.of(titans),
                List.of("titan"), Map.of("titan", 5.0), Set.of("titan"), Set.of(), 300).covered(), "named by its title, but no such number");
        assertTrue(QuantityQuestion.statesNewNumber("It catalogs 292k rules.", "How many rules does Social-Chem-101 hold?"));
        assertFalse(QuantityQuestion.statesNewNumber("Social-Chem-101 helps.", "How many rules does Social-Chem-101 hold?"));
        String asked = "What gain does ASTRO get on MATH-500?";
        assertFalse(QuantityQuestion.statesNewNumber("It is unclear how to boost other models including Llama 3.", asked), "a version");
        assertFalse(QuantityQuestion.statesNewNumber("It builds on STaR (Zelikman et al. 2022).", asked), "a year");
        assertFalse(QuantityQuestion.statesNewNumber("It addresses 1) the cost and 2) the fact that (3) holds.", asked), "an enumeration");
        assertTrue(QuantityQuestion.statesNewNumber("It gains 16.0% on MATH-500.", asked));
        assertTrue(Evidence.DEFAULT.judge("What do Titans do?", List.of(titans),
                List.of("titan"), Map.of("titan", 5.0), Set.of("titan"), Set.of(), 300).covered());
    }

    @Test
    void should_take_a_count_of_parameters_as_the_size_of_a_model() {
        PaperHit phi = hit("Phi-4-reasoning Technical Report", "We introduce Phi-4-reasoning, a 14-billion parameter reasoning model. It beats larger models.", 1.0);
        PaperHit lpReg = hit("Low-probability Tokens Sustain Exploration", "We introduce Lp-Reg. It trains stably for 1,000 steps.", 1.0);
        for (String question : List.of("what model sizes did they test?", "What size is Phi-4-reasoning?", "what model size does it use?")) {
            assertTrue(QuantityQuestion.asksForQuantity(question), question);
            assertFalse(QuantityQuestion.unanswered(question, phi.paper(), phi.sentences()), question);
            assertTrue(QuantityQuestion.unanswered(question, lpReg.paper(), lpReg.sentences()), "a count of steps is no size: " + question);
        }
        PaperHit tokens = hit("Pretraining Data", "We train on 5B tokens and 1M samples. It helps.", 1.0);
        assertTrue(QuantityQuestion.unanswered("What model size does it use?", tokens.paper(), tokens.sentences()), "tokens are no size of a model");
        assertFalse(QuantityQuestion.asksForQuantity("What counts as a hallucination?"), "a verb, not a count asked for");
        PaperHit small = hit("MobileLLM-R1", "MobileLLM-R1-950M reaches 15.5 on AIME. We release 140M to 950M models.", 1.0);
        assertFalse(QuantityQuestion.unanswered("What model sizes does MobileLLM-R1 come in?", small.paper(), small.sentences()));
    }

    @Test
    void should_take_a_percentage_as_the_accuracy_asked_for_but_keep_its_qualifiers() {
        PaperHit sql = hit("ReEx-SQL",
                "ReEx-SQL reasons with execution feedback. It achieves 88.8% on Spider and 64.9% on BIRD at the 7B scale.", 0);
        assertFalse(QuantityQuestion.unanswered("What accuracy does ReEx-SQL reach on Spider?", sql.paper(), sql.sentences()));
        assertFalse(QuantityQuestion.unanswered("What score does it get on BIRD?", sql.paper(), sql.sentences()));
        assertTrue(QuantityQuestion.unanswered("What average human accuracy does it report?", sql.paper(), sql.sentences()),
                "a percentage, but not a human one");
        assertTrue(QuantityQuestion.unanswered("How many GPU hours did training take?", sql.paper(), sql.sentences()));
    }

    @Test
    void should_read_a_percentage_escaped_for_latex_and_a_score_asked_with_a_verb() {
        PaperHit klear = hit("Klear-Reasoner", "We present Klear-Reasoner. It reaches 90.5\\% on AIME 2024 and 83.2\\% on AIME 2025.", 0);
        assertEquals(Optional.of("score"), QuantityQuestion.quantityAsked("What does Klear-Reasoner score on AIME 2024?"));
        assertFalse(QuantityQuestion.unanswered("What does Klear-Reasoner score on AIME 2024?", klear.paper(), klear.sentences()),
                "the escaped percentage, in a sentence that does not repeat the name");
        assertFalse(QuantityQuestion.unanswered("What accuracy does Klear-Reasoner reach?", klear.paper(), klear.sentences()));
    }

    @Test
    void should_find_no_figure_on_a_benchmark_or_model_the_paper_never_names() {
        PaperHit klear = hit("Klear-Reasoner", "We present Klear-Reasoner. It reaches 90.5% on AIME 2024 and 83.2% on AIME 2025 with Qwen3-8B.", 0);
        assertEquals(List.of("GSM8K"), QuantityQuestion.unwrittenSettings("What did Klear-Reasoner score on GSM8K?", klear.paper()));
        assertTrue(QuantityQuestion.unanswered("What did Klear-Reasoner score on GSM8K?", klear.paper(), klear.sentences()));
        assertEquals(List.of("MMLU"), QuantityQuestion.unwrittenSettings("What accuracy does it reach on MMLU?", klear.paper()), "an acronym");
        assertEquals(List.of("Llama-3-8B"), QuantityQuestion.unwrittenSettings("What accuracy does it reach with Llama-3-8B?", klear.paper()));
        assertEquals(List.of(), QuantityQuestion.unwrittenSettings("What did Klear-Reasoner score on AIME 2025?", klear.paper()));
        assertEquals(List.of(), QuantityQuestion.unwrittenSettings("What did it score on AIME25 with Qwen3 8B?", klear.paper()), "other spellings");
        assertEquals(List.of(), QuantityQuestion.unwrittenSettings("What did it score on math benchmarks?", klear.paper()), "a topic, not a name");
        assertEquals(List.of(), QuantityQuestion.unwrittenSettings("Does Klear-Reasoner work on GSM8K?", klear.paper()), "no figure asked for");
        assertEquals(List.of("GPT-5"), QuantityQuestion.unwrittenSettings("What did GPT-5 score on AIME 2024?", klear.paper()), "the model asked of");
        assertEquals(List.of(), QuantityQuestion.unwrittenSettings("What did Qwen3-8B score on AIME 2024?", klear.paper()));
        // A score asked on a benchmark is any figure of a sentence that names it, whatever word it is given in.
        PaperHit scored = hit("Exploring the Limit of Outcome Reward", "We propose OREAL. OREAL-32B reaches 95.0 pass@1 accuracy on MATH-500.", 0);
        assertFalse(QuantityQuestion.unanswered("What does OREAL-32B score on MATH-500?", scored.paper(), scored.sentences()));
        assertTrue(QuantityQuestion.unanswered("What does OREAL-32B score on GSM8K?", scored.paper(), scored.sentences()));
        // A name and its size written apart: "With OREAL, ... a 7B model can obtain 94.0 pass@1".
        PaperHit oreal = hit("Exploring the Limit of Outcome Reward", "We propose OREAL. With OREAL, a 7B model can obtain 94.0 pass@1 on MATH-500.", 0);
        assertEquals(List.of(), QuantityQuestion.unwrittenSettings("What pass@1 does OREAL-7B get on MATH-500?", oreal.paper()));
        assertEquals(List.of("OREAL-32B"), QuantityQuestion.unwrittenSettings("What pass@1 does OREAL-32B get on MATH-500?", oreal.paper()),
                "a size the paper never writes");
        assertEquals(List.of("Klear-Reasoner-8B"), QuantityQuestion.unwrittenSettings("What did Klear-Reasoner-8B score on AIME 2024?",
                hit("Klear-Reasoner", "We present Klear-Reasoner. It reaches 90.5% on AIME 2024.", 0).paper()));
    }

    @Test
    void should_read_a_list_question_that_asks_a_figure_of_each_paper() {
        assertTrue(QuantityQuestion.ofPapers("Which papers shorten chains of thought, and what speedups do they report?"));
        assertTrue(QuantityQuestion.ofPapers("What methods cut inference cost, and how much faster are they?"));
        assertFalse(QuantityQuestion.ofPapers("How many parameters does the largest Titans model have?"));
        assertFalse(QuantityQuestion.ofPapers("Which paper reports the largest speedup?"));
    }

    /** The papers asked for are searched by their topic: "report" and "speedups" would rank papers that report anything or speed anything up. */
    @Test
    void should_split_the_papers_asked_for_from_the_figures_asked_of_them() {
        assertEquals(Optional.of("Which papers shorten chains of thought?"),
                QuantityQuestion.papersAsked("Which papers shorten chains of thought, and what speedups do they report?"));
        assertEquals(Optional.of("Which approaches cut inference cost?"), QuantityQuestion.papersAsked("Which approaches cut inference cost, and by what percentage?"));
        assertEquals(Optional.of("What methods make reasoning models cheaper?"),
                QuantityQuestion.papersAsked("What methods make reasoning models cheaper and how much faster are they?"));
        assertEquals(Optional.empty(), QuantityQuestion.papersAsked("Which papers shorten chains of thought?"), "no figure asked");
        assertEquals(Optional.empty(), QuantityQuestion.papersAsked("Which papers use GRPO, and what do they propose?"), "no figure asked");
        assertEquals(Optional.empty(), QuantityQuestion.papersAsked("What speedups do efficient methods report?"), "no list asked first");
        assertEquals(Optional.empty(), QuantityQuestion.papersAsked("Which papers, and how much faster?"), "no topic to search");
    }

    /** "What numbers does X report?" asks for its figures, whichever they are; an abstract of none lacks what was asked. */
    @Test
    void should_take_any_figure_for_the_numbers_or_results_asked_for() {
        PaperHit empo = withSentences(hit("EMPO", "We propose EMPO. It boosts Qwen2.5-Math-7B from 30.7% to 48.1% on math.", 0));
        PaperHit wordy = withSentences(hit("Adaptive Deep Reasoning", "We propose a method. It switches between short and long chains.", 0));
        for (String question : List.of("what numbers does it report?", "What figures does the paper report?")) {
            assertFalse(QuantityQuestion.unanswered(question, empo.paper(), empo.sentences()), question);
            assertTrue(QuantityQuestion.unanswered(question, wordy.paper(), wordy.sentences()), question);
        }
    }

    @Test
    void should_ask_for_any_metric_a_system_is_said_to_achieve() {
        assertEquals(Optional.of("nDCG@10"), QuantityQuestion.quantityAsked("What nDCG@10 does Rank-R1 achieve on BRIGHT?"));
        assertEquals(Optional.of("functional correctness"),
                QuantityQuestion.quantityAsked("What functional correctness does VeriReason reach on VerilogEval?"));
        assertEquals(Optional.empty(), QuantityQuestion.quantityAsked("What does Rank-R1 do?"));
        assertEquals(Optional.of("learning rate"), QuantityQuestion.quantityAsked("What learning rate did EMPO use?"));
        assertEquals(Optional.of("learning rate"), QuantityQuestion.quantityAsked("What is the learning rate of Lp-Reg?"));
        assertEquals(Optional.of("learning rate"), QuantityQuestion.quantityAsked("what is the best learning rate for LoRA fine-tuning of Llama?"),
                "the best, optimal or typical value of a quantity is that quantity");
        assertEquals(Optional.of("sampling temperature"), QuantityQuestion.quantityAsked("What is the optimal sampling temperature for reasoning models?"));
        assertEquals(Optional.of("batch size"), QuantityQuestion.quantityAsked("What is the typical batch size for GRPO training?"));
        assertEquals(Optional.empty(), QuantityQuestion.quantityAsked("What is the best paper on learning rate warmup?"), "papers asked for, not a rate");
        assertEquals(Optional.empty(), QuantityQuestion.quantityAsked("What are the recommended papers about sample size?"));
        assertEquals(Optional.of("sampling temperature"), QuantityQuestion.quantityAsked("What sampling temperature does it decode at?"));
        assertEquals(Optional.empty(), QuantityQuestion.quantityAsked("What methods do papers propose to achieve shorter traces?"),
                "a purpose, not a result reported");
        for (String question : List.of("What methods do papers report for shorter traces?", "What method does the paper report for it?",
                "What evidence do the authors report for emergent abilities?", "What conclusion do the authors reach about scaling?",
                "What answer does the model reach?", "What else do papers report about reward hacking?", "What results did Coconut get?")) {
            assertEquals(Optional.empty(), QuantityQuestion.quantityAsked(question), question);
        }
        for (String question : List.of("What BLEU does it get on WMT?", "What F1 scores do they report?", "What solve rate does it reach?",
                "What gains does ASTRO report on MATH-500?", "What speedups does it achieve?",
                "what numbers does Adaptive Deep Reasoning report?", "What figures does it report?")) {
            assertTrue(QuantityQuestion.quantityAsked(question).isPresent(), question);
        }
        assertEquals(Optional.empty(), QuantityQuestion.quantityAsked("How much of the trace is wasted?"));
        assertEquals(Optional.empty(), QuantityQuestion.quantityAsked("Does it matter how many or which GPUs you run on?"));

        PaperHit vague = hit("Rank-R1", "Rank-R1 reranks with reasoning. Experiments on TREC DL and BRIGHT show it is highly effective.", 0);
        PaperHit stated = hit("Rank-R1", "Rank-R1 reranks with reasoning. It reaches an nDCG@10 of 35.2 on BRIGHT.", 0);
        assertTrue(QuantityQuestion.unanswered("What nDCG@10 does Rank-R1 achieve on BRIGHT?", vague.paper(), vague.sentences()));
        assertFalse(QuantityQuestion.unanswered("What nDCG@10 does Rank-R1 achieve on BRIGHT?", stated.paper(), stated.sentences()));
    }

    @Test
    void should_take_any_number_in_the_best_sentences_for_a_gain_or_a_vague_measure() {
        String text = "ReWOO decouples reasoning from observations. It reaches 5x token efficiency and a 4% accuracy improvement on HotpotQA.";
        PaperHit rewoo = new PaperHit(Paper.of("ReWOO", text, List.of(), null, null, null, null, new Source("f", 1)),
                List.of(), 1, 1, 1, 0.9, 0, List.of(new SentenceHit(1, 45, text.length(), text.substring(45), 1.0)));
        for (String question : List.of("What speedup does ReWOO report on HotpotQA?", "What performance does ReWOO reach on HotpotQA?",
                "How much improvement does ReWOO bring?")) {
            assertTrue(QuantityQuestion.quantityAsked(question).isPresent(), question);
            assertFalse(QuantityQuestion.unanswered(question, rewoo.paper(), rewoo.sentences()), question);
        }
        assertTrue(QuantityQuestion.unanswered("What speedup does ReWOO report?", rewoo.paper(), List.of()), "no number among the best sentences");
    }

    /** Abstracts write small counts in words: "seven benchmarks", "six datasets". */
    @Test
    void should_take_a_count_in_words_as_the_number_asked_for() {
        PaperHit search = withSentences(hit("SubSearch", "SubSearch rewards intermediate steps. Experiments on seven benchmarks show gains.", 1.0));
        assertFalse(QuantityQuestion.unanswered("How many benchmarks does SubSearch use?", search.paper(), search.sentences()));
        assertTrue(QuantityQuestion.statesNewNumber("Experiments on seven benchmarks show gains.", "How many benchmarks does SubSearch use?"));
        assertTrue(QuantityQuestion.unanswered("How many datasets does SubSearch use?", search.paper(), search.sentences()), "no count of datasets");
        PaperHit one = withSentences(hit("Solo", "Solo is one of the benchmarks we study.", 1.0));
        assertTrue(QuantityQuestion.unanswered("How many benchmarks does Solo use?", one.paper(), one.sentences()), "\"one of\" counts nothing");
    }

    /** "How much memory does it save?" asks for a change, which an abstract states by what it reduces: "KV cache size by 50%". */
    @Test
    void should_take_any_number_in_the_best_sentences_for_what_a_method_saves_or_reduces() {
        PaperHit lazy = withSentences(hit("LazyEviction", "LazyEviction delays eviction. It reduces KV cache size by 50% with no loss.", 1.0));
        for (String question : List.of("how much memory does LazyEviction save?", "How much memory does LazyEviction reduce?",
                "how much latency does it cut?")) {
            assertFalse(QuantityQuestion.unanswered(question, lazy.paper(), lazy.sentences()), question);
        }
        assertTrue(QuantityQuestion.asksForChange("how much memory does LazyEviction save?"));
        assertFalse(QuantityQuestion.asksForChange("how much memory does LazyEviction need?"));
        assertFalse(QuantityQuestion.asksForChange("How many GPUs does PEAR need to reduce response length?"), "a count, whatever follows it");
        assertFalse(QuantityQuestion.asksForChange("How much memory does it need to cut latency?"));
        PaperHit counted = withSentences(hit("PEAR", "PEAR shapes rewards. Experiments across four benchmarks show that PEAR reduces response length.", 1.0));
        assertTrue(QuantityQuestion.unanswered("How much faster is PEAR?", counted.paper(), counted.sentences()),
                "a count of what was studied is no figure of a change");
        assertTrue(QuantityQuestion.unanswered("how much response length does PEAR cut?", counted.paper(), counted.sentences()));
        assertTrue(QuantityQuestion.statesChange("It reduces KV cache size by 50% with no loss."));
        assertFalse(QuantityQuestion.statesChange("It reduces the KV cache size."), "no number");
        assertFalse(QuantityQuestion.statesChange("It uses 50% of the KV cache."), "no change");
        PaperHit plain = withSentences(hit("Plain", "Plain delays eviction. It keeps accuracy.", 1.0));
        assertTrue(QuantityQuestion.unanswered("how much memory does Plain save?", plain.paper(), plain.sentences()), "no number at all");
    }

    /** "How much faster is X?" asks for a change as much as "how much memory does X save?" does. */
    @Test
    void should_read_a_comparative_or_a_change_named_as_a_question_after_a_change() {
        for (String question : List.of("how much faster is R2R?", "What speedup does R2R achieve?", "what wall-clock speedup does R2R report?",
                "how many fewer tokens does it use?", "How much cheaper is ReasonMaxxer to train?")) {
            assertTrue(QuantityQuestion.asksForChange(question), question);
        }
        for (String question : List.of("how many parameters does it have?", "how much power does it draw?", "what accuracy does R2R reach?")) {
            assertFalse(QuantityQuestion.asksForChange(question), question);
        }
        assertTrue(QuantityQuestion.statesChange("It cuts training cost by roughly three orders of magnitude."), "a magnitude in words");
        assertTrue(QuantityQuestion.statesChange("It halves the memory."));
        assertTrue(QuantityQuestion.statesChange("TraPO reaches 42.6% average accuracy, surpassing the best baseline (38.3%)."), "a gain over another");
        assertFalse(QuantityQuestion.statesChange("Experiments across four benchmarks show that it reduces response length."),
                "a count of what was studied is no size of a change");
        assertTrue(QuantityQuestion.namesMeasureAsked("a reduction in training cost of three orders of magnitude", "how much cheaper is it?"));
        assertFalse(QuantityQuestion.namesMeasureAsked("only 1-3% of tokens change, recovering the accuracy gain", "how much cheaper is it?"));
        assertFalse(QuantityQuestion.namesMeasureAsked("a reduction in training cost", "how much memory does it save?"), "no comparative");
    }

    /** The hit with its abstract's sentences as its best, last first, as a question after figures ranks them. */
    private static PaperHit withSentences(PaperHit hit) {
        String text = hit.paper().abstractText();
        List<dev.paperchat.corpus.Span> spans = dev.paperchat.corpus.Sentences.split(text);
        List<SentenceHit> sentences = new ArrayList<>();
        for (int i = spans.size() - 1; i >= 0; i--) sentences.add(new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), spans.get(i).of(text), 1));
        return new PaperHit(hit.paper(), List.of(), 1, 1, 1, 0.9, 0, sentences);
    }

    private static PaperHit hit(String title, String abstractText, double titleMatch) {
        return new PaperHit(Paper.of(title, abstractText, List.of(), null, null, null, null, new Source("f", 1)),
                List.of(), 1, 1, 1, 0.9, titleMatch, List.of());
    }
}
