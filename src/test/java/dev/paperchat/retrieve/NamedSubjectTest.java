package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import dev.paperchat.index.PaperAnalyzer;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class NamedSubjectTest {
    private static final PaperAnalyzer ANALYZER = new PaperAnalyzer();

    private static Paper paper(String title, String abstractText) {
        return Paper.of(title, abstractText, List.of(), null, null, null, null, new Source("t", 1));
    }

    @Test
    void should_write_a_benchmark_s_year_by_its_last_two_digits_too() {
        Pattern aime = NamedSubject.writing("AIME 2024");
        for (String written : List.of("on AIME 2024", "on AIME2024", "on AIME24 and", "+7.71 on AIME'24)", "AIME-24", "AIME 2024/2025")) {
            assertTrue(aime.matcher(written).find(), written);
        }
        for (String other : List.of("on AIME 2025", "AIME25", "AIME'241", "on AIME")) {
            assertFalse(aime.matcher(other).find(), other);
        }
    }

    /** "AIME24", "AIME2024" and "AIME 2024" are one benchmark, as are "MATH500", "Math500", "MATH-500" and "MATH 500": counted alike. */
    @Test
    void should_write_a_name_joined_to_its_number_as_every_spelling_of_it() {
        assertEquals("AIME 2024", NamedSubject.apart("AIME24"));
        assertEquals("AIME 2024", NamedSubject.apart("AIME2024"));
        assertEquals("AMC 2023", NamedSubject.apart("AMC23"));
        assertEquals("MATH 500", NamedSubject.apart("MATH-500"));
        assertEquals("Math 500", NamedSubject.apart("Math500"));
        assertEquals("Llama 3", NamedSubject.apart("Llama3"), "a version, as \"Llama 3\" writes it");
        assertEquals("GPT 4", NamedSubject.apart("GPT-4"));
        for (String kept : List.of("GSM8K", "Qwen2.5", "AIME 2024", "o1-preview", "R1", "DeepSeek-R1")) assertEquals(kept, NamedSubject.apart(kept), kept);
        for (String name : List.of("AIME24", "AIME2024", "AIME 2024")) {
            Pattern aime = NamedSubject.writing(name);
            assertTrue(List.of("on AIME 2024", "on AIME2024", "on AIME24 and", "AIME'24").stream().allMatch(w -> aime.matcher(w).find()), name);
            assertFalse(aime.matcher("AIME25").find(), name);
        }
        for (String name : List.of("MATH500", "Math500", "MATH-500", "MATH 500")) {
            Pattern math = NamedSubject.writing(name);
            assertTrue(List.of("MATH500", "Math500", "MATH-500", "MATH 500").stream().allMatch(w -> math.matcher("on " + w + ".").find()), name);
        }
        assertFalse(NamedSubject.writing("STaR").matcher("StAR").find(), "capitals still tell a name apart when no number follows");
    }

    @Test
    void should_read_the_one_name_a_question_asks_about() {
        assertEquals(Optional.of("Tree of Thoughts"), NamedSubject.asked("What does Tree of Thoughts do?"));
        assertEquals(Optional.of("Chain-of-Verification"), NamedSubject.asked("what does Chain-of-Verification do?"));
        assertEquals(Optional.of("ReAct"), NamedSubject.asked("How does ReAct work?"));
        assertEquals(Optional.of("Self-Consistency"), NamedSubject.asked("What is Self-Consistency?"));
        assertEquals(Optional.of("Coconut"), NamedSubject.asked("Tell me about Coconut"));
        for (String notAName : List.of("what does coconut do?", "What is the effect of entropy?", "What does EMPO score on AIME 2024?",
                "How does RL change the entropy of Qwen models?", "What do reasoning models do when they overthink?")) {
            assertEquals(Optional.empty(), NamedSubject.asked(notAName), notAName);
        }
        assertEquals(Optional.empty(), NamedSubject.asked("What is " + "Big ".repeat(100) + "?"), "a long question is no name");
    }

    @Test
    void should_read_a_name_typed_in_lower_case_by_its_shape() {
        assertEquals(Optional.of("self-refine"), NamedSubject.termAsked("explain self-refine"));
        assertEquals(Optional.of("chain-of-verification"), NamedSubject.termAsked("What is chain-of-verification?"));
        // A topic's words, which papers write in other orders: "collapse of entropy" as "entropy collapse".
        for (String topic : List.of("what is model collapse?", "what is overthinking in reasoning models?", "what is the role of entropy?",
                "explain collapse of entropy", "what is role of entropy?", "what is best-of-n sampling?", "What is Self-Refine?", "what is grpo?",
                "how do I cite self-refine?")) {
            assertEquals(Optional.empty(), NamedSubject.termAsked(topic), topic);
        }
    }

    @Test
    void should_tell_a_name_used_as_its_paper_from_the_name_of_a_method() {
        for (String calling : List.of("the DPO paper", "What does the DPO paper propose?", "dpo's paper", "DPO paper", "Which paper introduced DPO?",
                "Who proposed DPO?")) {
            assertTrue(NamedSubject.callsPaper(calling, "DPO"), calling);
        }
        for (String method : List.of("Which papers extend DPO?", "What is DPO?", "DPO papers", "cDPO paper", "the DPO-like paper",
                "Which paper introduced DPO for video?", "")) {
            assertFalse(NamedSubject.callsPaper(method, "DPO"), method);
        }
    }

    @Test
    void should_tell_a_name_a_paper_proposes_from_one_it_builds_on_or_beats() {
        Paper markovian = paper("The Markovian Thinker", "Reasoning is long. We propose Markovian Thinking, a paradigm in which the policy advances.");
        assertTrue(NamedSubject.introducedBy("Markovian Thinking", markovian));
        Paper ettrl = paper("ETTRL", "Test-time RL explores poorly. To address this, we introduce an entropy-based mechanism through two strategies: "
                + "Entropy-fork Tree Majority Rollout (ETMR) and Entropy-based Advantage Reshaping (EAR).");
        assertTrue(NamedSubject.introducedBy("Entropy-fork Tree Majority Rollout", ettrl), "far from the verb, in its sentence");
        Paper quiet = paper("Quiet-STaR", "We present Quiet-STaR, a generalization of STaR in which LMs learn to generate rationales.");
        assertTrue(NamedSubject.introducedBy("Quiet-STaR", quiet));
        assertFalse(NamedSubject.introducedBy("STaR", quiet), "a generalization of it");
        assertFalse(NamedSubject.introducedBy("ReAct", paper("X", "We propose X, which outperforms ReAct on HotpotQA.")), "what it beats");
        assertFalse(NamedSubject.introducedBy("ReAct", paper("X", "ReAct interleaves reasoning and acting. We study it.")), "no proposal sentence");
        Paper arm = paper("ARM", "To train ARM, we introduce Ada-GRPO, an adaptation of Group Relative Policy Optimization (GRPO), which addresses collapse.");
        assertFalse(NamedSubject.introducedBy("GRPO", arm), "the acronym of what it adapts");
        Paper tim = paper("Beyond Context Limits", "We propose the Thread Inference Model (TIM), a family of LLMs trained for recursive "
                + "reasoning, and TIMRUN, an inference runtime.");
        assertTrue(NamedSubject.introducedBy("TIMRUN", tim), "an \"and\" lists it as proposed too");
        assertFalse(NamedSubject.introducedBy("LRMs", paper("Analogy", "This work presents a first evaluation of two state-of-the-art "
                + "Large Reasoning Models (LRMs), OpenAI's o3-mini and DeepSeek R1, on analogical reasoning.")), "what it evaluates");
        assertTrue(NamedSubject.introducedBy("Ada-GRPO", arm));
        assertTrue(NamedSubject.introducedBy("ToT", paper("ToT", "We introduce a new framework, Tree of Thoughts (ToT), which generalizes CoT.")), "its own long form");
        assertTrue(NamedSubject.introducedBy("EMPO", paper("EMPO", "We propose entropy minimized policy optimization (EMPO), for reasoning.")), "in lower case");
    }

    @Test
    void should_find_a_name_in_a_paper_by_its_words_in_a_row_or_a_cased_word_as_written() {
        Paper datarus = paper("Datarus-R1", "In agentic mode the model produces ReAct-tagged steps. Models react to feedback.");
        assertTrue(NamedSubject.mentionedBy("ReAct", datarus, ANALYZER));
        assertFalse(NamedSubject.mentionedBy("ReAct", paper("Other", "Models react to feedback."), ANALYZER), "a verb is not the name");
        Paper tot = paper("Deliberate problem solving", "We propose the tree-of-thoughts framework.");
        assertTrue(NamedSubject.mentionedBy("Tree of Thoughts", tot, ANALYZER));
        assertFalse(NamedSubject.mentionedBy("Tree of Thoughts", paper("Base models", "Thinking models learn when to think; a decision tree."), ANALYZER));
    }

    @Test
    void should_read_the_name_a_claim_opens_with() {
        assertEquals(Optional.of("Constitutional AI"), NamedSubject.claimSubject("Constitutional AI reduces harmful outputs."));
        assertEquals(Optional.of("Tree of Thoughts"), NamedSubject.claimSubject("Tree of Thoughts beats chain of thought."));
        assertEquals(Optional.empty(), NamedSubject.claimSubject("Training on low-entropy tokens hurts."), "a sentence's first capital alone");
        assertEquals(Optional.empty(), NamedSubject.claimSubject("What IoU does the melt pond U-Net reach?"), "a question word is no part of a name");
        assertEquals(Optional.empty(), NamedSubject.claimSubject("Does Hawkeye Model cut costs?"));
        assertEquals(Optional.empty(), NamedSubject.claimSubject("Entropy minimization improves reasoning."));
        assertEquals(Optional.empty(), NamedSubject.claimSubject("What is Tree of Thoughts?"), "a question about a name is read apart");
        assertEquals(Optional.empty(), NamedSubject.claimSubject("Aa Bb ".repeat(166) + "x"));
    }

    @Test
    void should_read_a_claim_s_first_word_as_a_name_only_when_no_text_writes_it_in_lower_case() {
        List<String> texts = List.of("On public benchmarks Datarus surpasses similar models.", "Reasoning helps; reasoning models think.");
        assertEquals(Optional.of("Datarus"), NamedSubject.openingName("Datarus improves accuracy by 49%", texts));
        assertEquals(Optional.empty(), NamedSubject.openingName("Reasoning improves accuracy", texts), "written in lower case");
        assertEquals(Optional.empty(), NamedSubject.openingName("Datarus improves accuracy", List.of("Datarus: a model.")), "never inside a sentence");
        assertEquals(Optional.empty(), NamedSubject.openingName("Datarus Improves", texts), "no word in lower case after it");
        assertEquals(Optional.empty(), NamedSubject.openingName("Da" + "x".repeat(10_000) + " y", texts));
    }

    @Test
    void should_read_the_names_inside_a_statement() {
        assertEquals(List.of("Stockfish"), NamedSubject.namesInside("A 2B model beat Stockfish at chess in March."));
        assertEquals(List.of("GPT-4o", "MATH"), NamedSubject.namesInside("Models like GPT-4o fail. They, MATH aside, do. \"Quoted\" not: Opening (Bracketed)"));
        assertEquals(List.of(), NamedSubject.namesInside("The Erdős dataset is large."), "spelled otherwise by abstracts");
        assertEquals(List.of("CoT"), NamedSubject.namesInside("As Wei et al. showed, and work by Lightman too, CoT helps."), "authors cited are none");
        assertTrue(NamedSubject.states("A 2B model beat Stockfish at chess."));
        for (String question : List.of("Which models beat Stockfish?", "does it beat Stockfish", "Models that beat Stockfish?")) {
            assertFalse(NamedSubject.states(question), question);
        }
    }

    @Test
    void should_read_the_name_a_question_calls_a_paper_by() {
        assertEquals(Optional.of("STaR"), NamedSubject.paperCalled("What accuracy does the STaR paper get on CommonsenseQA?"));
        assertEquals(Optional.of("DeepSeek-R1"), NamedSubject.paperCalled("What did DeepSeek-R1's paper find?"));
        assertEquals(Optional.of("DPO"), NamedSubject.paperCalled("what does the DPO paper propose"));
        assertEquals(Optional.of("Let's Verify Step by Step"), NamedSubject.paperCalled("What accuracy does the Let's Verify Step by Step paper report?"));
        assertEquals(Optional.of("Chain-of-Thought Hub"), NamedSubject.paperCalled("What did the Chain-of-Thought Hub paper find?"));
        assertEquals(Optional.of("Quiet STaR"), NamedSubject.paperCalled("what does the Quiet STaR paper propose"));
        for (String q : new String[] {"A paper found that RL helps.", "This paper is about RL.", "Which paper introduced Coconut?", "the coconut paper",
                "Is there an RL paper on exploration?", "Any good LLM paper about math?",
                "The Best paper award went to RL.", "Read the paper by Wang"}) {
            assertEquals(Optional.empty(), NamedSubject.paperCalled(q), q);
        }
    }

    @Test
    void should_tell_a_name_given_as_an_example_from_the_subject() {
        assertTrue(NamedSubject.asExample("Automated theorem proving in formal languages like Lean", "Lean"));
        assertTrue(NamedSubject.asExample("RL for proof assistants such as Coq or Lean", "Lean"));
        assertTrue(NamedSubject.asExample("provers, e.g. Isabelle, that check proofs", "Isabelle"));
        assertFalse(NamedSubject.asExample("A 2B model beat Stockfish at chess", "Stockfish"));
        assertFalse(NamedSubject.asExample("Lean proofs written like poems", "Lean"));
    }
}
