package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import dev.paperchat.retrieve.PaperHit;
import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class QuestionFormTest {
    private static PaperHit top(double titleMatch) {
        return top(titleMatch, "A Paper");
    }

    private static PaperHit top(double titleMatch, String title) {
        Paper paper = Paper.of(title, "It does things.", List.of(), null, null, null, null, new Source("t", 1));
        return new PaperHit(paper, List.of(), 1.0, 1, 1, 0.8, titleMatch, List.of());
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "which methods avoid entropy collapse?",
            "Can a weaker or smaller model be used to make a stronger model reason better?",
            "How are people getting multimodal LLMs to answer questions about videos?",
            "How can I run RL fine-tuning for math reasoning when I have no reference answers?",
            "Why do thinking models still end up giving dangerous answers?",
            "What work gets reasoning LLMs to produce machine-checkable proofs?",
            "research on working out the likeliest hidden cause behind partial evidence",
            "Instead of scraping math problems, can we generate them with verifiable answers?",
            "If you swap familiar words for made-up ones, do LLMs still reason correctly?",
            "image captioning models that first assemble a sentence skeleton",
            "Reasoning models keep second-guessing. Which papers measure how much of it the model does?",
            "What are the limitations of process reward models?",
            "Is there a paper on distilling reasoning into small models?",
            "Find me a paper about entropy collapse",
            "What role does pretraining data play for reasoning? I'm after corpora and data selection.",
            "multimodal reasoning with reinforcement learning",
            "entropy collapse",
            "test-time scaling for code generation",
            "Give me an overview of all reinforcement learning methods for improving LLM reasoning",
            "Summarize the work on latent reasoning", "What is the state of the art in process reward models?",
            "anything on test-time scaling?", "Anything about reducing the inference cost of reasoning models?",
            "any work on reward hacking?", "what's out there on test-time scaling?", "what do we know about entropy collapse in RL for LLMs?",
            "what are the main approaches to efficient reasoning?",
            "what does the collection have on machine translation evaluation?",
            "what modifications to GRPO have been proposed?", "what alternatives to PPO are there?", "What has been proposed to stop entropy collapse?",
            "What has been done on label-free RL?", "what has been published about KV cache eviction?",
            "which variants of DPO handle reasoning?",
            "Multi-agent debate and collaboration between LLMs to improve reasoning",
            "Using a cheap small model together with a big model so that reasoning runs faster",
            "Changing a model's internal signals at run time to make it reason better, without retraining"})
    void should_answer_a_question_about_the_literature_with_its_papers(String question) {
        assertTrue(QuestionForm.asksForPapers(question, top(0)), question);
    }

    @ParameterizedTest
    @ValueSource(strings = {
            "What functional correctness does the Verilog model reach on VerilogEval?",
            "How many rules-of-thumb does the corpus contain?",
            "Which paper finds that planning sentences have outsized influence on the answer?",
            "Which paper shows that small models can reason when distilled from large models?",
            "What accuracy do the distilled models reach on GSM8K?",
            "the MEM1 paper on agents that keep a constant-size memory",
            "the coconut paper (chain of continuous thought)",
            "roads to rome paper - routing only the path-divergent tokens to a big model",
            "As fine-tuning data, pseudocode and flowcharts can work about as well as code.",
            "Sentence-level loops feed on themselves: every extra copy raises the odds of another.",
            "LLMs cannot reason at all",
            "RL makes reasoning models worse",
            "Test-time scaling helps small models.",
            "Scaling test-time compute improves accuracy on hard math problems",
            "Training on wrong reasoning traces still helps models learn to reason better on hard problems",
            "Does anything on the page explain the 80% figure in the abstract of the Hawkeye paper?"})
    void should_answer_a_question_about_one_paper_from_it(String question) {
        assertFalse(QuestionForm.asksForPapers(question, top(0)), question);
    }

    @Test
    void should_take_a_topic_that_holds_most_of_a_title_for_that_title() {
        String titans = "Titans: Learning to Memorize at Test Time";
        assertFalse(QuestionForm.asksForPapers("titans: learning to memorize at test-time", top(0.8, titans)));
        assertTrue(QuestionForm.asksForPapers("titans: learning to memorize at test-time", top(0.3, titans)));
        // A topic that shares a few of a title's words, beside words of its own, is still a topic.
        String hawkeye = "Hawkeye: Efficient Reasoning with Model Collaboration";
        assertFalse(QuestionForm.asksForPapers("efficient reasoning with model collaboration", top(0.8, hawkeye)));
        assertTrue(QuestionForm.asksForPapers("small model and large model collaboration for faster reasoning", top(0.6, hawkeye)));
        assertTrue(QuestionForm.asksForPapers("small model and large model collaboration for faster reasoning on math problems", top(0)),
                "eleven words typed into a search box");
        assertTrue(QuestionForm.isClaim("SpecReason reduced latency by a factor of three over plain speculative decoding"),
                "eleven words with a result in the past tense: a claim");
        assertTrue(QuestionForm.isClaim("R2R is 2.8 times faster than the large model on math benchmarks today"), "a figure: a claim");
    }

    /** Shapes that make naive patterns backtrack for minutes; a search reads every question's form. */
    /** A passage pasted from a draft, which the chat answers as one question: a lookup checks it claim by claim. */
    @Test
    void should_find_a_passage_of_claims_with_a_figure() {
        String passage = "ETTRL enables Llama3.1-8B to reach a 68 percent relative improvement on AIME 2024. Other work shows that a minimal"
                + " RL-free method can match full RL. Finally, Lp-Reg keeps on-policy training stable. Can you check these claims?";
        assertEquals(3, QuestionForm.passageClaims(passage).size());
        assertEquals(List.of(), QuestionForm.passageClaims("Lp-Reg keeps on-policy training stable. Clip-Cov clips high-covariance tokens."),
                "no figure: two statements may be a reader's own context before a question");
        assertEquals(List.of(), QuestionForm.passageClaims("I study latent reasoning in 2025. Which papers use continuous thoughts?"), "one statement");
        assertEquals(List.of(), QuestionForm.passageClaims("Lp-Reg reaches 60.17% on five math benchmarks."), "one claim is checked as one");
        assertEquals(List.of(), QuestionForm.passageClaims("Our dataset has 10,000 problems. Each problem has 4 solutions. What benchmark is similar to this?"),
                "a reader's own context before a question that asks for no check");
        assertEquals(2, QuestionForm.passageClaims("Lp-Reg keeps training stable for 10,000 steps. ETTRL gains 68% on AIME. Where are these from?").size());
        assertEquals(2, QuestionForm.passageClaims("Can you check these claims? Entropy minimization alone can improve reasoning without labels."
                + " Shorter thinking chains can be more accurate than long ones.").size(), "asked to check, claims need no figure");
    }

    @Test
    void should_ask_a_name_s_possessive_as_the_thing_of_the_name() {
        assertEquals("What is the learning rate of EMPO?", QuestionForm.possessiveAsOf("What is EMPO's learning rate?"));
        assertEquals("Who are the authors of Soft Thinking?", QuestionForm.possessiveAsOf("Who are Soft Thinking\u2019s authors?"));
        assertEquals("what was the speedup of R2R on AIME 2024?", QuestionForm.possessiveAsOf("what was R2R's speedup on AIME 2024?"));
        for (String other : List.of("What is the model's learning rate?", "How does EMPO's approach work?", "What is it's purpose?",
                "What are Google's papers about?", "What is Microsoft's newest paper?", "What was Meta's contribution to reasoning?",
                "What is EMPO's learning rate and what batch size does it use?")) {
            assertEquals(other, QuestionForm.possessiveAsOf(other), other);
        }
    }

    @Test
    void should_tell_a_courtesy_from_a_question() {
        for (String courtesy : List.of("thanks!", "Thank you so much.", "ok great", "hi", "Hello there", "thx", "bye",
                "thank you so much, that was really helpful", "great, thanks for the help!", "thanks, that's helpful!",
                "Thanks \u2014 that\u2019s exactly what I needed", "ok, all good, appreciated")) {
            assertTrue(QuestionForm.isCourtesy(courtesy), courtesy);
        }
        for (String question : List.of("thanks to RL?", "great results on math?", "hi-res image reasoning", "GRPO", "x", "ok so which methods use RL?",
                "thanks, what is GRPO?", "great, that's what GRPO needs?")) {
            assertFalse(QuestionForm.isCourtesy(question), question);
        }
    }

    @Test
    void should_read_the_form_of_a_hostile_10000_character_query_at_once() {
        List<String> hostile = List.of("what " + "A".repeat(10_000), "what " + "1".repeat(10_000), "'".repeat(10_000),
                ", ".repeat(5_000) + "?", "which " + "x ".repeat(5_000), "papers ".repeat(1_400), "what " + "aB-".repeat(3_300) + " does x achieve");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String query : hostile) QuestionForm.asksForPapers(query, top(0));
        });
        // And the readings of a question added since: a claim asked about, a record, a comparison, the pointers of a pair, a language.
        List<String> more = List.of("is it true that " + "a ".repeat(4_990), "i remember a paper claiming " + "x".repeat(9_900),
                "which one is " + "faster ".repeat(1_400), "the first and " + "first and ".repeat(900), "papers 1 and " + "1 and ".repeat(1_600),
                "bibtex ".repeat(1_400), "welche " + "der ".repeat(2_400), "12 " .repeat(3_300) + "steps");
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String query : more) {
                QuestionForm.claimIn(query);
                RecordQuestion.asks(query);
                Narrowing.condition(query);
                FollowUpRewriter.bothPointers(query);
                ForeignQuestion.asked(query);
                dev.paperchat.corpus.Numbers.countsAlike(query, query);
            }
        });
    }

    @ParameterizedTest
    @ValueSource(strings = {"Does VeriReason beat GPT-4?", "which methods does ETTRL combine?"})
    void should_answer_from_the_paper_a_question_names(String question) {
        assertFalse(QuestionForm.asksForPapers(question, top(1.0)), question);
    }

    @Test
    void should_tell_a_claim_to_check_from_a_question_a_request_and_a_topic() {
        for (String claim : List.of("Quiet-STaR shows that continued pretraining hurts CommonsenseQA accuracy.",
                "NoThinking underperforms Thinking when tokens are controlled", "EMPO raises Qwen 2.5 from 30.7% to 48.1%",
                "A paper showed that ReWOO improves HotpotQA accuracy by 9%", "ReWOO achieves 9x token efficiency on HotpotQA", "Orca 2 underperforms models of similar size", "Recent studies have found that shorter chains are more accurate",
                "A lightweight model speculating simple reasoning steps has been proposed to accelerate inference")) {
            assertTrue(QuestionForm.isClaim(claim), claim);
        }
        for (String notClaim : List.of("Does NoThinking underperform Thinking?", "which methods avoid entropy collapse", "entropy collapse in RL",
                "compare EMPO and Lp-Reg", "tell me about Coconut", "multimodal reasoning with reinforcement learning", "EMPO beats GRPO?",
                "Looking for papers that reduce KV cache memory by 50% without losing accuracy", "I need recent papers about GRPO training with 7B models on math",
                "Hello! which methods reduce hallucination in vision language models", "In GRPO, how is the advantage computed",
                "Please recommend work on process reward models for math reasoning", "Help me find papers on test-time scaling with fewer tokens",
                "A paper on entropy collapse", "Which paper showed that ReWOO improves HotpotQA accuracy?")) {
            assertFalse(QuestionForm.isClaim(notClaim), notClaim);
        }
    }

    @Test
    void should_ask_for_a_papers_bibtex_but_not_for_papers_that_cite_it() {
        for (String asked : List.of("get me the bibtex for it", "How do I cite Coconut?", "BibTeX of EMPO please", "what is its citation key?",
                "Lp-Reg, and how should I cite it?")) {
            assertTrue(RecordQuestion.asks(asked), asked);
        }
        for (String other : List.of("Which papers cite Quiet-STaR?", "who cites it?", "papers citing DPO", "What does EMPO cite as prior work?")) {
            assertFalse(RecordQuestion.asks(other), other);
        }
        assertEquals("The BibTeX entry of X [1]:\n```bibtex\n@misc{x}\n```", RecordQuestion.withMarker("The BibTeX entry of X:\n```bibtex\n@misc{x}\n```", 1));
        assertEquals("It is dated 2024. [2]", RecordQuestion.withMarker("It is dated 2024.", 2));
    }

    @Test
    void should_ask_where_a_paper_comes_from() {
        for (String asked : List.of("which organisation is behind General-Reasoner?", "Who is behind Klear-Reasoner?", "where is EMPO from?",
                "what lab made it?", "Which company released Phi-4-reasoning?", "where are the authors of Coconut from?",
                "What companies are behind these?", "who made the second one?")) {
            assertTrue(RecordQuestion.asks(asked), asked);
        }
        for (String other : List.of("Which organisations study reasoning?", "where do the gains come from?", "where does the improvement come from?",
                "which lab results hold up?", "where is the gain from distillation largest?", "Which labs are working on latent reasoning?",
                "where is the training data from?", "Which university is best represented?", "which team did the evaluation?",
                "What institutions are studying RLVR?", "Who released the training data for the benchmark?")) {
            assertFalse(RecordQuestion.asks(other), other);
        }
        Paper fromWaterloo = Paper.of("General-Reasoner", "We propose it.", List.of("Xueguang Ma"), 1, "2025-05-20", "University of Waterloo", null,
                new Source("t.jsonl", 1));
        assertEquals(Optional.of("General-Reasoner is from University of Waterloo in the collection's record. It is by Xueguang Ma (1 author)."),
                RecordQuestion.answer("who is behind General-Reasoner?", fromWaterloo, "General-Reasoner"));
    }

    @Test
    void should_read_the_claim_a_question_asks_about() {
        assertEquals(Optional.of("Hawkeye cuts inference cost by up to 80%"), QuestionForm.claimIn("Is it true that Hawkeye cuts inference cost by up to 80%?"));
        assertEquals(Optional.of("EMPO needs no labels at all"), QuestionForm.claimIn("Did a paper really show that EMPO needs no labels at all?"));
        assertEquals(Optional.of("entropy minimization alone improves reasoning."),
                QuestionForm.claimIn("A recent paper showed that entropy minimization alone improves reasoning."), "the framing is no part of the claim");
        assertEquals(Optional.of("flipping half the rewards still works"), QuestionForm.claimIn("can you verify whether flipping half the rewards still works"));
        assertEquals(Optional.of("shorter chains are more accurate"), QuestionForm.claimIn("Where did I read that shorter chains are more accurate?"));
        assertEquals(Optional.of("shorter chains are more accurate"), QuestionForm.claimIn("Which paper says that shorter chains are more accurate?"));
        assertEquals(Optional.of("shorter chains are more accurate"), QuestionForm.claimIn("Who showed that shorter chains are more accurate?"),
                "the source asked for by who or which paper, as by where");
        assertEquals(Optional.empty(), QuestionForm.claimIn("Which papers show that shorter chains are more accurate?"), "a list asked for");
        assertEquals(Optional.of("Phi-4-reasoning have 70 billion parameters"), QuestionForm.checkedClaim("Does Phi-4-reasoning have 70 billion parameters?", top(1.0)),
                "a yes-or-no question on figures of a paper it names");
        assertEquals(Optional.empty(), QuestionForm.checkedClaim("Does Phi-4-reasoning have 70 billion parameters?", top(0.3)), "of no paper named");
        assertEquals(Optional.empty(), QuestionForm.checkedClaim("Does Phi-4-reasoning need labels?", top(1.0)), "no figure: answered, not checked");
        assertEquals(Optional.empty(), QuestionForm.checkedClaim("Do several papers report 50% fewer tokens?", top(1.0)), "of the literature");
        assertEquals(Optional.of("Orca 2 underperforms models of similar size"), QuestionForm.claimIn("Orca 2 underperforms models of similar size"));
        assertEquals(Optional.of("RL only reweights what the base model already knows."),
                QuestionForm.claimIn("Somebody showed RL only reweights what the base model already knows. Where did I read that?"), "a claim, then its source asked for");
        assertEquals(Optional.of("the reflections of reasoning models rarely change the first answer."),
                QuestionForm.claimIn("I read somewhere that the reflections of reasoning models rarely change the first answer. Which paper?"));
        assertTrue(QuestionForm.asksForSource("where did I read that?"));
        assertTrue(QuestionForm.asksForSource("Which paper says that?"));
        assertFalse(QuestionForm.asksForSource("which paper uses Qwen?"));
        assertFalse(QuestionForm.asksForSource("who wrote it?"), "who wrote the paper the answer gave, its record says");
        for (String question : List.of("Is it true?", "Is it true that EMPO works?", "Which papers study entropy collapse?", "Is Coconut a latent method?", "",
                "Can you check the papers on entropy collapse for me", "Do any papers report accuracy above 90% on GSM8K?",
                "Is it true that few tokens matter in RL? I'm looking for analyses of this and methods that use it.",
                "Entropy collapse. Which paper?", "Which papers study entropy collapse? Which paper is best?")) {
            assertEquals(Optional.empty(), QuestionForm.claimIn(question), question);
        }
    }

    @Test
    void should_search_a_question_without_the_words_that_only_frame_it() {
        assertEquals("test-time scaling?", QuestionForm.searched("anything on test-time scaling?"));
        // Frames whose words no abstract's topic holds: "also known as the context size", "three main prompting styles".
        assertEquals("GRPO on Llama models?", QuestionForm.searched("what is known about GRPO on Llama models?"));
        assertEquals("efficient reasoning?", QuestionForm.searched("what are the main approaches to efficient reasoning?"));
        assertEquals("make chain-of-thought shorter?", QuestionForm.searched("What are the key ways to make chain-of-thought shorter?"));
        assertEquals("Which papers FLOP reductions?", QuestionForm.searched("Which papers report FLOP reductions?"), "what is reported, not that it is");
        assertEquals("Which papers shorten chains of thought?", QuestionForm.searched("Which papers shorten chains of thought, and what speedups do they report?"));
        assertEquals("Which papers report that RL helps?", QuestionForm.searched("Which papers report that RL helps?"), "what they report is the claim");
        assertEquals("reducing inference cost", QuestionForm.searched("Is there anything about reducing inference cost"));
        assertEquals("20% of tokens are enough for RLVR", QuestionForm.searched("Where did I read that 20% of tokens are enough for RLVR?"));
        assertEquals("latent reasoning?", QuestionForm.searched("Do you know anything about latent reasoning?"));
        assertEquals("entropy collapse", QuestionForm.searched("can you find me something on entropy collapse"));
        assertEquals("label-free RL?", QuestionForm.searched("What has been done on label-free RL?"));
        assertEquals("latent reasoning?", QuestionForm.searched("what work has been done on latent reasoning?"));
        assertEquals("Segment Anything on video", QuestionForm.searched("Segment Anything on video"));
        assertEquals("the sparse policy selection paper?", QuestionForm.searched("How do I cite the sparse policy selection paper?"));
        assertEquals("Coconut", QuestionForm.searched("get me the bibtex for Coconut"));
        assertEquals(Optional.of("test-time scaling"), QuestionForm.listedTopic("which papers study test-time scaling?"));
        assertEquals(Optional.of("entropy collapse"), QuestionForm.listedTopic("What methods address entropy collapse"));
        assertEquals(Optional.empty(), QuestionForm.listedTopic("which papers study how models reason about long math problems?"),
                "more than four words");
        assertEquals(Optional.of("GRPO"), QuestionForm.listedTopic("Which papers study GRPO?"), "a name too");
        assertEquals("reward hacking?", QuestionForm.searched("any work on reward hacking?"));
        assertEquals("reward hacking in RLVR?", QuestionForm.searched("what's out there on reward hacking in RLVR?"));
        assertEquals("entropy collapse", QuestionForm.searched("What do we know about entropy collapse"));
        assertEquals("test-time scaling", QuestionForm.searched("show me stuff on test-time scaling"));
        assertEquals("how are making models efficient?", QuestionForm.searched("how are people making models efficient?"));
        assertEquals("what are the main ways make chain-of-thought shorter?", QuestionForm.searched("what are the main ways people make chain-of-thought shorter?"));
        // A reader's plan is no topic: "read" would find READ, "start" papers that write it.
        assertEquals("test-time scaling?", QuestionForm.searched("what should I read first on test-time scaling?"));
        assertEquals("entropy collapse", QuestionForm.searched("I want to read about entropy collapse, where do I start?"));
        assertEquals("are there surveys on efficient reasoning?", QuestionForm.searched("are there surveys I should read on efficient reasoning?"));
        assertEquals("latent reasoning?", QuestionForm.searched("which papers should I start with on latent reasoning?"));
        assertEquals("GRPO?", QuestionForm.searched("what should I read to understand GRPO?"));
        assertEquals("what surveys are?", QuestionForm.searched("what surveys are in the collection?"));
        assertEquals("what are the limitations of GRPO?", QuestionForm.searched("what are the limitations of GRPO according to the collection?"));
        assertEquals("which papers study data collection?", QuestionForm.searched("which papers study data collection?"));
        assertEquals("20% of tokens are enough", QuestionForm.searched("Where did I read that 20% of tokens are enough?"), "a source asked for is no reading plan");
        assertEquals("Which norms do people follow?", QuestionForm.searched("Which norms do people follow?"), "people as the topic");
        assertEquals("citation recommendation with LLMs", QuestionForm.searched("citation recommendation with LLMs"), "a topic, no request for an entry");
        assertEquals("anything", QuestionForm.searched("anything"));
        // A reader checking a list's coverage, or asking for papers by a stance: the topic after the frame is searched.
        assertEquals("process reward models?", QuestionForm.searched("what's missing from this list: anything on process reward models?"));
        assertEquals("budget control", QuestionForm.searched("did you miss anything - budget control"));
        assertEquals("longer chains of thought are better", QuestionForm.searched("are there papers that disagree that longer chains of thought are better?"));
        assertEquals(Optional.of("RL teaches new skills"), QuestionForm.disputed("Which papers challenge the idea that RL teaches new skills?"));
        assertEquals(Optional.empty(), QuestionForm.disputed("are there papers that disagree with it?"), "a pointer is no claim");
        assertTrue(QuestionForm.disputesPointer("are there papers that disagree with it?"));
        assertFalse(QuestionForm.disputesPointer("which papers question the use of RL?"));
        assertEquals(Optional.empty(), QuestionForm.disputed("which papers disagree with each other about whether longer reasoning is better?"));
        assertEquals("what is missing in RL research?", QuestionForm.searched("what is missing in RL research?"), "no frame without its colon");
    }

    @Test
    void should_tell_a_question_asking_whether_from_one_asking_for_papers_or_for_a_way() {
        assertTrue(QuestionForm.asksWhether("do reflections in reasoning models ever change the answer?"));
        assertTrue(QuestionForm.asksWhether("Does reasoning hurt instruction following?"));
        assertTrue(QuestionForm.asksWhether("Is there evidence that RL only sharpens what the base model knows?"));
        assertTrue(QuestionForm.asksWhether("Is reflection in reasoning models mostly confirmatory?"));
        assertFalse(QuestionForm.asksWhether("Are there methods that shorten chains of thought?"), "asks for papers");
        assertFalse(QuestionForm.asksWhether("Is there work on auditing hidden reasoning tokens?"), "asks for papers");
        assertFalse(QuestionForm.asksWhether("Is anyone working on latent reasoning?"), "asks for papers");
        assertFalse(QuestionForm.asksWhether("Do methods exist to compress the KV cache of reasoning models?"), "asks for papers");
        assertFalse(QuestionForm.asksWhether("Can a small model and a large one collaborate to reason faster?"), "a method that does it answers");
        assertFalse(QuestionForm.asksWhether("which methods avoid entropy collapse?"));
    }
}
