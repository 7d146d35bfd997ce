package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class FollowUpRewriterTest {
    private final FollowUpRewriter rule = new FollowUpRewriter(null, null);

    private static List<Turn> asked(String... questions) {
        return Arrays.stream(questions).flatMap(q -> Stream.of(new Turn("user", q), new Turn("assistant", "…"))).toList();
    }

    @Test
    void should_keep_the_subject_of_the_question_a_chain_of_follow_ups_began_with() {
        List<Turn> history = asked("which methods avoid entropy collapse?", "and which of those use a KL penalty?");
        assertEquals("which methods avoid entropy collapse? and which of those use a KL penalty? what about their results?",
                rule.standalone("what about their results?", history, false));
    }

    /** "thanks!" or "???" asked nothing to follow up on; a passage that pastes its claims points to them, not to the last answer. */
    @Test
    void should_pass_over_courtesies_and_keep_a_passage_of_claims_whole() {
        List<Turn> thanked = new ArrayList<>(asked("which methods avoid entropy collapse?"));
        for (String courtesy : List.of("thanks!", "???")) thanked.addAll(List.of(new Turn("user", courtesy), new Turn("assistant", Assistant.COURTESY_REPLY)));
        assertEquals("which methods avoid entropy collapse? and which of those use a KL penalty?",
                rule.standalone("and which of those use a KL penalty?", thanked, false));
        assertEquals(List.of(), FollowUpRewriter.withoutCourtesies(thanked.subList(2, 6)), "nothing asked before");
        String passage = "Can you check these claims? LazyEviction reduces KV cache size by 80%. Hawkeye cuts inference cost by up to 60%.";
        assertEquals(passage, rule.standalone(passage, asked("Where did I read that flipping 40% of the rewards still works?"), false));
    }

    @Test
    void should_start_from_the_last_question_that_stands_alone() {
        List<Turn> history = asked("how do models learn to think before speaking?", "which methods avoid entropy collapse?");
        assertEquals("which methods avoid entropy collapse? and which of those use a KL penalty?",
                rule.standalone("and which of those use a KL penalty?", history, false));
        assertEquals("what is test-time scaling?", rule.standalone("what is test-time scaling?", history, false), "no follow-up");
        assertEquals("and which of those?", rule.standalone("and which of those?", List.of(), false), "nothing to follow");
        assertEquals("Is it true that RL makes reasoning models worse?",
                rule.standalone("Is it true that RL makes reasoning models worse?", history, false), "an it that points to nothing");
        assertEquals("which methods avoid entropy collapse? does it work on vision tasks?",
                rule.standalone("does it work on vision tasks?", history, false));
    }

    @Test
    void should_swap_the_subject_when_the_question_named_the_paper_by_the_short_name_its_label_spells_out() {
        String onCoconut = "Chain of Continuous Thought (Coconut) (\"Training Large Language Models to Reason in a Continuous Latent Space\"): We introduce Coconut. [1]";
        List<Turn> history = List.of(new Turn("user", "What is Coconut?"), new Turn("assistant", onCoconut));
        assertEquals("What is Quiet-STaR?", rule.standalone("and what about Quiet-STaR?", history, false));
        List<Turn> longForm = List.of(new Turn("user", "What is Chain of Continuous Thought?"), new Turn("assistant", onCoconut));
        assertEquals("What is EMPO?", rule.standalone("What about EMPO?", longForm, false));
    }

    @Test
    void should_read_it_as_the_name_the_conversation_asks_about() {
        List<Turn> whatIs = asked("What is EMPO?");
        assertEquals("what benchmarks did EMPO use?", rule.standalone("what benchmarks did it use?", whatIs, false));
        assertEquals("how does EMPO compare to TTRL?", rule.standalone("how does it compare to TTRL?", whatIs, false));
        assertEquals("what are EMPO's limitations?", rule.standalone("what are its limitations?", whatIs, false));
        assertEquals("which papers use GRPO for video?", rule.standalone("which papers use it for video?", asked("What does GRPO stand for?"), false));
        // The subject stays through the follow-ups that named it, and through a question swapped to another name.
        assertEquals("which papers improve on GRPO?",
                rule.standalone("which papers improve on it?", asked("what is GRPO?", "who introduced it?"), false));
        String onEmpo = "Entropy Minimized Policy Optimization (EMPO) (\"Right Question is Already Half the Answer\"): We propose EMPO. [1]";
        List<Turn> swapped = List.of(new Turn("user", "What is EMPO?"), new Turn("assistant", onEmpo),
                new Turn("user", "and what about TTRL?"), new Turn("assistant", "TTRL is a term that papers of the collection use. [1]"));
        assertEquals("what benchmarks did TTRL use?", rule.standalone("what benchmarks did it use?", swapped, false));
        // A question that names its subject, or a new one between, leaves "it" to the rules before.
        assertEquals("Is it true that EMPO needs no labels?", rule.standalone("Is it true that EMPO needs no labels?", whatIs, false));
        assertEquals("which methods avoid entropy collapse? does it work on vision tasks?",
                rule.standalone("does it work on vision tasks?", asked("What is EMPO?", "which methods avoid entropy collapse?"), false));
        // A record question of another paper ends the subject; small talk read as an acronym ("really?") is none; "IT-Bench" is a name.
        assertFalse(rule.standalone("what benchmarks did it use?", asked("What is EMPO?", "When was Coconut published?"), false).contains("EMPO use"));
        assertFalse(rule.standalone("what benchmarks did it use?", asked("What is EMPO?", "really?"), false).contains("REALLY"));
        assertFalse(rule.standalone("what about IT-Bench?", whatIs, false).contains("EMPO-Bench"));
    }

    @Test
    void should_search_the_claim_before_a_question_for_its_source() {
        List<Turn> history = List.of(new Turn("user", "RL only reweights what the base model already knows."), new Turn("assistant", "ReasonMaxxer: ... [1]"));
        assertEquals("RL only reweights what the base model already knows.", rule.standalone("where did I read that?", history, false));
        List<Turn> asked = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", "- Lp-Reg: one. [1]"));
        assertEquals("Which paper says that?", rule.standalone("Which paper says that?", asked, false), "no claim before: nothing to search for it");
    }

    @Test
    void should_ask_a_question_of_they_after_an_answer_about_one_paper_of_that_paper() {
        String onLpReg = "Low-probability Regularization (Lp-Reg) (\"Low-probability Tokens Sustain Exploration\"): We introduce Lp-Reg. [1]";
        List<Turn> history = List.of(new Turn("user", "tell me more about Lp-Reg"), new Turn("assistant", onLpReg));
        assertEquals("what model sizes did Lp-Reg test?", rule.standalone("what model sizes did they test?", history, false));
        assertEquals("which benchmarks do Lp-Reg use?", rule.standalone("which benchmarks do they use?", history, false));
        String onQuiet = "Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves\"): We present Quiet-STaR. [1]";
        assertEquals("what benchmarks did Quiet-STaR use?",
                rule.standalone("what benchmarks did they use?", List.of(new Turn("user", "What is Quiet-STaR?"), new Turn("assistant", onQuiet)), false));
        assertEquals("which benchmarks exist for code, and how are they built?",
                rule.standalone("which benchmarks exist for code, and how are they built?", List.of(), false), "its own antecedent");
        List<Turn> narrowed = List.of(new Turn("user", "which of them are from 2024?"), new Turn("assistant",
                "Of the 8 papers in the last list, 1 is dated 2024:\n- Chain of Continuous Thought (Coconut) (2024-12-09): We introduce Coconut. [1]"));
        assertEquals(Optional.of("The last list of papers had 1 paper, so \"compare them\" is of that one alone"),
                FollowUpRewriter.fewerItems("compare them", narrowed));
        assertEquals(Optional.empty(), FollowUpRewriter.unnamedItem("compare them", narrowed), "asked of the one paper there is");
        List<Turn> related = List.of(new Turn("user", "What is the capital of France?"), new Turn("assistant",
                "The collection does not seem to cover this question. Possibly related:\n- Attention Is All You Need [1]\n- Coral Reef Forecasts [2]"));
        assertEquals("Which papers shorten chains of thought, and what speedups do they report?",
                rule.standalone("Which papers shorten chains of thought, and what speedups do they report?", related, false),
                "they are the papers it asks for, not the last answer's");
    }

    @Test
    void should_ask_a_record_question_of_the_one_paper_the_last_answer_was_about_when_no_question_named_it() {
        String onVeriReason = "VeriReason (\"VeriReason: Reinforcement Learning with Testbench Feedback\"): It achieves 83.1% functional correctness. [1]";
        List<Turn> history = List.of(new Turn("user", "which paper has 83.1% functional correctness?"), new Turn("assistant", onVeriReason));
        assertEquals("who wrote \"VeriReason: Reinforcement Learning with Testbench Feedback\"?", rule.standalone("who wrote it?", history, false));
        assertEquals("when was \"VeriReason: Reinforcement Learning with Testbench Feedback\" published?",
                rule.standalone("when was this paper published?", history, false));
        // After a claim's source was asked for, "who wrote it?" asks the authors of the paper found, not for the source again.
        List<Turn> afterClaim = List.of(new Turn("user", "Where did I read that 83.1% functional correctness is reached?"), new Turn("assistant", onVeriReason));
        assertEquals("who wrote \"VeriReason: Reinforcement Learning with Testbench Feedback\"?", rule.standalone("who wrote it?", afterClaim, false));
        // Two questions on, the record is still asked of the paper alone, not as the questions joined (which asked for benchmarks).
        List<Turn> twoOn = List.of(new Turn("user", "What is Thought Cloning?"), new Turn("assistant", "Thought Cloning (\"Thought Cloning: Learning to Think\"): We introduce Thought Cloning. [1]"),
                new Turn("user", "what benchmarks did it use?"),
                new Turn("assistant", "The abstract of Thought Cloning (\"Thought Cloning: Learning to Think\") names no benchmarks; the full paper may. [1]"));
        assertEquals("who wrote \"Thought Cloning: Learning to Think\"?", rule.standalone("who wrote it?", twoOn, false));
        assertEquals("which paper has 83.1% functional correctness? what about its results?",
                rule.standalone("what about its results?", history, false), "no record question: joined as before");
        List<Turn> afterList = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", "- Lp-Reg: one. [1]\n- Clip-Cov: two. [2]"));
        assertEquals("which methods avoid entropy collapse? who wrote it?", rule.standalone("who wrote it?", afterList, false), "a list names no one paper");
        List<Turn> start = List.of(new Turn("user", "how do models start reasoning?"), new Turn("assistant", "STaR (\"STaR: Bootstrapping Reasoning\"): It bootstraps. [1]"));
        assertEquals("who wrote \"STaR: Bootstrapping Reasoning\"?", rule.standalone("who wrote it?", start, false), "\"start\" does not name STaR");
        // A history the client wrote may hold anything: a label of 40,000 spaces costs no more than a short one.
        List<Turn> hostile = List.of(new Turn("user", "x"), new Turn("assistant", "x" + " ".repeat(40_000) + "y (\"T\"): z"));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            rule.standalone("who wrote it?", hostile, false);
            rule.standalone("and what about Coconut?", hostile, false);
        });
    }

    /** "and what about Coconut?" after an answer on Quiet-STaR asks the same of Coconut, and "it" is then Coconut alone. */
    @Test
    void should_swap_a_named_subject_into_the_question_about_one_paper_and_keep_it_for_the_next_follow_up() {
        String onQuietStar = "Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\"): We present Quiet-STaR. [1]";
        List<Turn> history = List.of(new Turn("user", "What is Quiet-STaR?"), new Turn("assistant", onQuietStar));
        assertEquals("What is Coconut?", rule.standalone("and what about Coconut?", history, false));
        assertEquals("What is DeepSeek-R1?", rule.standalone("How about DeepSeek-R1", history, false));
        List<Turn> swapped = new ArrayList<>(history);
        swapped.add(new Turn("user", "and what about Coconut?"));
        swapped.add(new Turn("assistant", "Chain of Continuous Thought (Coconut) (\"Training Large Language Models to Reason in a Continuous Latent Space\"): We introduce Coconut. [1]"));
        assertEquals("who wrote \"Training Large Language Models to Reason in a Continuous Latent Space\"?", rule.standalone("who wrote it?", swapped, false));
        // By its title too: the question named the paper by it.
        List<Turn> byTitle = List.of(new Turn("user", "what does Attention Is All You Need propose?"),
                new Turn("assistant", "\"Attention Is All You Need\": We propose the Transformer. [1]"));
        assertEquals("what does GPT-4 Technical Report propose?", rule.standalone("what about GPT-4 Technical Report?", byTitle, false));
        String longTitle = "Incentivizing Reasoning for Advanced Instruction-Following of Large Language Models with Verifiable Rewards";
        assertEquals("what does " + longTitle + " propose?", rule.standalone("what about " + longTitle + "?", byTitle, false), "a title of any length");
        for (String title : List.of("InternVL3.5: Advancing Open-Source Multimodal Models", "Do LLMs Really Adapt to Domains? An Ontology Learning Perspective",
                "\"InternVL3.5: Advancing Open-Source Multimodal Models\"")) {
            assertEquals("what does " + title + " propose?", rule.standalone("what about " + title + "?", byTitle, false), "stops inside a title");
        }
        assertEquals("what does Attention Is All You Need propose? what about methods that teach models to reason silently, evaluated on GSM8K?",
                rule.standalone("what about methods that teach models to reason silently, evaluated on GSM8K?", byTitle, false),
                "a description that holds a name somewhere is no name");
        // Not a name: more of the same paper. After a list answer, or a question that did not name the paper: joined as before.
        assertEquals("What is Quiet-STaR? what about the training data?", rule.standalone("what about the training data?", history, false));
        assertEquals("what about Quiet-STaR's results?", rule.standalone("what about its results?", history, false), "its: the name asked about");
        List<Turn> afterList = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", "- Lp-Reg: one. [1]\n- Clip-Cov: two. [2]"));
        assertEquals("which methods avoid entropy collapse? what about GRPO?", rule.standalone("what about GRPO?", afterList, false));
        List<Turn> unnamed = List.of(new Turn("user", "tell me about the quiet star paper"), new Turn("assistant", onQuietStar));
        assertEquals("tell me about the quiet star paper and what about Coconut?", rule.standalone("and what about Coconut?", unnamed, false));
    }

    /** After a record question, "and what about Coconut?" asks the record of Coconut. */
    @Test
    void should_ask_a_question_of_they_of_each_of_the_few_papers_the_last_answer_was_about() {
        List<Turn> compared = List.of(new Turn("user", "What is Quiet-STaR?"), new Turn("assistant", "Quiet-STaR (\"Quiet-STaR: ...\"): one. [1]"),
                new Turn("user", "how does it compare to Coconut?"),
                new Turn("assistant", "- Quiet-STaR (\"Quiet-STaR: ...\"): one. [1]\n- Coconut (\"Training ...\"): two. [2]"));
        assertEquals("what benchmarks did Quiet-STaR and Coconut use?", rule.standalone("what benchmarks did they use?", compared, false));
        assertEquals("what are Quiet-STaR and Coconut's limitations?", rule.standalone("what are their limitations?", compared, false));
        assertEquals("which of them use GSM8K?", FollowUpRewriter.papersOfLastAnswer("which of them use GSM8K?", compared), "a choice among them");
        List<Turn> longList = List.of(new Turn("user", "which methods avoid entropy collapse?"),
                new Turn("assistant", "- A: a. [1]\n- B: b. [2]\n- C: c. [3]\n- D: d. [4]\n- E: e. [5]"));
        assertEquals("which methods avoid entropy collapse? what benchmarks did they use?",
                rule.standalone("what benchmarks did they use?", longList, false), "five papers are a topic's list, joined as before");
    }

    @Test
    void should_ask_a_record_question_again_of_the_name_swapped_in() {
        List<Turn> who = List.of(new Turn("user", "Who wrote Quiet-STaR?"), new Turn("assistant",
                "The collection's record of Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves\") does not name its authors (it counts 6 authors). [1]"));
        assertEquals("Who wrote Coconut?", rule.standalone("and what about Coconut?", who, false));
        List<Turn> when = List.of(new Turn("user", "When was ASTRO published?"), new Turn("assistant",
                "ASTRO (\"ASTRO: Teaching Language Models to Reason\") is dated 2025-07-01 in the collection. [1]"));
        assertEquals("When was SWE-RL published?", rule.standalone("what about SWE-RL?", when, false));
    }

    /** A BibTeX entry or a record's answer ("names no organisation", "has no date") is about one paper, as any other: "it" after it is that paper. */
    @Test
    void should_read_a_record_answer_as_about_its_paper() {
        List<Turn> bibtex = List.of(new Turn("user", "What is Quiet-STaR?"), new Turn("assistant", "Quiet-STaR (\"Quiet-STaR: Language Models\"): one. [1]"),
                new Turn("user", "give me the bibtex"),
                new Turn("assistant", "The BibTeX entry of Quiet-STaR (\"Quiet-STaR: Language Models\") [1]:\n```bibtex\n@misc{a,\n}\n```"));
        assertEquals("how does Quiet-STaR compare to Coconut?", rule.standalone("how does it compare to Coconut?", bibtex, false));
        assertEquals("tell me more about Quiet-STaR", rule.standalone("tell me more", bibtex, false));
        List<Turn> organisation = List.of(new Turn("user", "where is Quiet-STaR from?"), new Turn("assistant",
                "The collection's record of Quiet-STaR (\"Quiet-STaR: Language Models\") names no organisation. [1]"));
        assertEquals("how does Quiet-STaR work?", rule.standalone("how does it work?", organisation, false));
        List<Turn> undated = List.of(new Turn("user", "when was Quiet-STaR published?"), new Turn("assistant",
                "The collection's record of Quiet-STaR (\"Quiet-STaR: Language Models\") has no date. [1]"));
        assertEquals("how does Quiet-STaR work?", rule.standalone("how does it work?", undated, false));
    }

    /** Each swap reads the topic before it, once: a long conversation of swaps costs no more than its length. */
    @Test
    void should_read_a_long_chain_of_swaps_in_linear_time() {
        List<Turn> history = new ArrayList<>(List.of(new Turn("user", "What is Quiet-STaR?"),
                new Turn("assistant", "Quiet-STaR (\"Quiet-STaR: Language Models\"): We present Quiet-STaR. [1]")));
        for (int i = 0; i < 200; i++) {
            history.add(new Turn("user", "and what about Method" + i + "?"));
            history.add(new Turn("assistant", "Method" + i + " (\"Method" + i + ": A Paper\"): We present Method" + i + ". [1]"));
        }
        String question = org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> rule.standalone("and what about Coconut?", history, false));
        assertEquals("What is Coconut?", question);
    }

    /** What an LLM's rewrite holds: its question, not a preamble, an answer or a question back to the reader. */
    @Test
    void should_read_one_question_out_of_a_rewrite_and_none_out_of_a_question_back() {
        assertEquals(Optional.of("Which entropy-based methods use majority voting?"),
                FollowUpRewriter.oneQuestion("Sure! Here is the standalone question:\n**Which entropy-based methods use majority voting?**"));
        for (String back : List.of("Could you clarify which paper you mean?", "Do you mean Lp-Reg or Clip-Cov?",
                "Are you asking about the first paper?", "Please specify which method you mean?")) {
            assertEquals(Optional.empty(), FollowUpRewriter.oneQuestion(back), back);
        }
    }

    /** A rewrite that brings names the conversation never wrote is another question: the rule's join is searched instead. */
    @Test
    void should_take_a_rewrite_only_when_the_conversation_wrote_its_names() {
        List<Turn> history = List.of(new Turn("user", "What is Lp-Reg?"), new Turn("assistant", "Lp-Reg regularizes the policy [1]."),
                new Turn("user", "Is it better than Clip-Cov?"), new Turn("assistant", "Lp-Reg outperforms Clip-Cov on math [1]."));
        assertTrue(FollowUpRewriter.grounded("Why is Lp-Reg better than Clip-Cov?", "and why?", history));
        assertTrue(FollowUpRewriter.grounded("Why is LP-REG better than Clip Cov?", "and why?", history), "in another spelling");
        assertFalse(FollowUpRewriter.grounded("Why is GRPO better than PPO?", "and why?", history), "names the conversation never wrote");
        assertTrue(FollowUpRewriter.grounded("Why is it better than PPO?", "and why is it better than PPO?", history), "the follow-up's own name");
    }

    @Test
    void should_not_ask_a_record_question_again_in_the_follow_ups_after_it() {
        List<Turn> history = asked("What is Quiet-STaR?", "who wrote it?");
        assertEquals("does Quiet-STaR use Qwen?", rule.standalone("does it use Qwen?", history, false), "it: the name asked about, past the record question");
        assertEquals("What is Quiet-STaR? when was it published?", rule.standalone("when was it published?", history, false));
        assertEquals("Coconut does it use Qwen?", rule.standalone("does it use Qwen?", asked("When was Coconut published?", "who wrote it?"), false),
                "a chain that began with a record question is about its paper");
        assertEquals("Tell me about the Lp-Reg paper. who are the authors?",
                rule.standalone("who are the authors?", asked("Tell me about the Lp-Reg paper"), false), "a record question of its own");
        assertEquals("Low-probability Regularization (Lp-Reg). who wrote it?",
                rule.standalone("who wrote it?", asked("Low-probability Regularization (Lp-Reg)"), false));
    }

    @Test
    void should_read_no_item_in_the_citations_and_notes_an_agent_passes_back_with_an_answer() {
        // MCP's text gives an answer's citations and notes after it; an agent keeps that text as the turn.
        List<Turn> history = List.of(new Turn("user", "which papers study latent reasoning?"), new Turn("assistant",
                "Papers in the collection that address this:\n- Chain of Continuous Thought (Coconut): It reasons in latent space. [1]\n"
                        + "- SoftCoT++: It scales soft thoughts. [2]\n\nCitations:\n[1] Training LLMs to Reason [id a]: \"It reasons.\"\n"
                        + "[2] SoftCoT++: Test-Time Scaling [id b]: \"It scales.\"\n\nNotes:\n- The papers read: Coconut; SoftCoT++.\n"));
        assertEquals(List.of("Chain of Continuous Thought (Coconut)", "SoftCoT++"), PastAnswers.lastListItems(history));
        assertEquals("tell me more about SoftCoT++", rule.standalone("tell me more about the last one", history, false), "not \"The papers read\"");
    }

    @Test
    void should_name_the_item_of_the_last_list_answer_that_an_ordinal_points_to() {
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant",
                "Papers in the collection that address this:\n- Clip-Cov (also KL-Cov): It clips tokens. [1]\n"
                        + "- Low-probability Regularization (Lp-Reg): It keeps rare tokens. [3]\n- SIREN: It is selective. [4]"));
        assertEquals("tell me more about Low-probability Regularization (Lp-Reg)", rule.standalone("tell me more about the second one", history, false));
        assertEquals("does Clip-Cov beat SIREN?", rule.standalone("does the first method beat the last one?", history, false));
        assertEquals("what does Clip-Cov need?", rule.standalone("what does paper 1 need?", history, false));
        assertEquals("what does Low-probability Regularization (Lp-Reg) need?", rule.standalone("what does paper 3 need?", history, false),
                "paper 3 is the line marked [3], the second in the list");
        assertEquals("what does Low-probability Regularization (Lp-Reg) need?", rule.standalone("what does paper three need?", history, false),
                "paper three is paper 3");
        assertEquals(Optional.of("The last list of papers had 3 papers, so \"paper 2\" names none"),
                FollowUpRewriter.unnamedItem("tell me more about paper 2", history), "no line is marked [2]");
        assertEquals("compare Clip-Cov and Low-probability Regularization (Lp-Reg)", rule.standalone("compare the first and the second", history, false));
        assertEquals("what about Low-probability Regularization (Lp-Reg) and SIREN?", rule.standalone("what about the second and third ones?", history, false));
        assertEquals("tell me more about SIREN", rule.standalone("tell me more about number four", history, false), "the line marked [4]");
        assertEquals("is the first step hard?", rule.standalone("is the first step hard?", List.of(history.get(1)), false), "an ordinal of something else");
        assertEquals("which methods avoid entropy collapse? what about the fifth one?",
                rule.standalone("what about the fifth one?", history, false), "no fifth item: a follow-up as any other");
        assertEquals("the first paper on RL", rule.standalone("the first paper on RL", List.of(), false), "no list to point into");
        assertEquals(Optional.of("The last list of papers had 3 papers, so \"the fifth one\" names none"),
                FollowUpRewriter.unnamedItem("what about the fifth one?", history));
        for (String pair : List.of("compare the second one to the fifth one", "compare the fifth one to the second one")) {
            assertEquals(Optional.of("The last list of papers had 3 papers, so \"the fifth one\" names none"),
                    FollowUpRewriter.unnamedItem(pair, history), "each pointer, in either order: " + pair);
        }
        assertEquals(Optional.of("No answer so far listed papers, so \"the second one\" names none"),
                FollowUpRewriter.unnamedItem("and the second one?", List.of(new Turn("user", "what is GRPO?"), new Turn("assistant", "GRPO is ... [1]"))));
        List<Turn> walked = new ArrayList<>(history);
        walked.addAll(List.of(new Turn("user", "tell me more about the first one"),
                new Turn("assistant", "Clip-Cov (\"The Entropy Mechanism of Reinforcement Learning\"): It clips tokens. [1]")));
        assertEquals("tell me more about SIREN", rule.standalone("and the third one?", walked, false),
                "the list is walked past an answer about one of its papers, and the question before asked again of the item");
        assertEquals("how does Clip-Cov compare to SIREN?", rule.standalone("how does it compare to the third one?", walked, false),
                "'it' is the paper of the last answer, the ordinal the list's");
        assertEquals("is Clip-Cov's loss like SIREN's?", rule.standalone("is its loss like the third one's?", walked, false));
        List<Turn> untitled = new ArrayList<>(history);
        untitled.addAll(List.of(new Turn("user", "tell me more about the first one"),
                new Turn("assistant", "\"The Entropy Mechanism of Reinforcement Learning\": It clips tokens. [1]")));
        assertEquals("how does \"The Entropy Mechanism of Reinforcement Learning\" compare to SIREN?",
                rule.standalone("how does it compare to the third one?", untitled, false), "an answer whose paper has no name but its title");
        assertEquals("is it true that Clip-Cov beats SIREN?", rule.standalone("is it true that it beats the third one?", walked, false),
                "the 'it' of 'is it true' points to nothing");
        walked.addAll(List.of(new Turn("user", "and the third one?"), new Turn("assistant", "SIREN (\"Selective Entropy\"): It is selective. [1]")));
        assertEquals("who wrote \"Selective Entropy\"?", rule.standalone("who wrote it?", walked, false),
                "the record of the item the last answer was about, the 'and' of the question before notwithstanding");
        assertEquals(Optional.empty(), FollowUpRewriter.unnamedItem("tell me more about the second one", history));
        assertEquals(Optional.empty(), FollowUpRewriter.unnamedItem("the first paper on RL", List.of()), "no conversation yet");
        assertEquals(Optional.of("There is no earlier answer, so \"the second one\" names no paper"),
                FollowUpRewriter.unnamedItem("tell me more about the second one", List.of()), "a question that only points, with nothing to point into");
        assertEquals(Optional.of("There is no earlier answer, so \"the first two\" names no paper"),
                FollowUpRewriter.unnamedItem("compare the first two", List.of()));
        assertEquals(Optional.of("No answer so far listed papers, so \"compare them\" names none"),
                FollowUpRewriter.unnamedItem("compare them", List.of(new Turn("user", "what is GRPO?"), new Turn("assistant", "GRPO is ... [1]"))));
        assertEquals(Optional.empty(), FollowUpRewriter.unnamedItem("compare the first two", history), "a list to compare from");
        assertEquals(Optional.empty(), FollowUpRewriter.unnamedItem("the top three methods for KV cache compression", List.of()), "asks anew");
        assertEquals(Optional.empty(), FollowUpRewriter.unnamedItem("what are the last two papers?", List.of()), "no comparison: searched");
        List<Turn> singles = List.of(new Turn("user", "What is Quiet-STaR?"), new Turn("assistant", "Quiet-STaR (\"Quiet-STaR: A\"): one. [1]"),
                new Turn("user", "what about Coconut?"), new Turn("assistant", "Coconut (\"Training B\"): two. [1]"));
        assertEquals(Optional.empty(), FollowUpRewriter.unnamedItem("compare them", singles), "the papers asked about one by one");
        assertEquals("compare Quiet-STaR and Coconut", rule.standalone("compare them", singles, false));
        assertEquals("compare Quiet-STaR and Coconut", rule.standalone("compare both", singles, false));
        assertEquals("compare Quiet-STaR and Coconut", rule.standalone("how are they different?", singles, false));
        assertEquals("compare Quiet-STaR and Coconut", rule.standalone("what's the difference?", singles, false));
        List<Turn> listThenSingles = new ArrayList<>(List.of(new Turn("user", "papers on KV cache compression"),
                new Turn("assistant", "Papers in the collection that address this:\n- LazyEviction: one. [1]\n- DELTA: two. [2]\n- TIM: three. [3]")));
        listThenSingles.addAll(singles);
        assertEquals("compare Quiet-STaR and Coconut", rule.standalone("compare the two", listThenSingles, false), "the papers asked about since the list");
        assertEquals(Optional.empty(), FollowUpRewriter.fewerItems("compare the first two", history));
        List<Turn> one = List.of(new Turn("user", "which of those use Qwen?"), new Turn("assistant",
                "Of the 7 papers in the last list, 1 mentions \"Qwen\":\n- Ultra-Long Output Reinforcement Learning (UloRL): It uses Qwen3. [1]"));
        assertEquals(Optional.of("The last list of papers had 1 paper, so \"the first two\" is that one"),
                FollowUpRewriter.fewerItems("compare the first two", one));
        List<Turn> dated = List.of(new Turn("user", "which of those were published in 2025?"), new Turn("assistant",
                "Of the 7 papers in the last list, 2 are dated 2025:\n- ETTRL (also ETMR) (2025-08-15): We introduce ETMR. [1]\n- TraPO (2025-12): We propose TraPO. [2]"));
        assertEquals("compare ETTRL and TraPO", rule.standalone("compare the first two", dated, false), "a line's date is no part of its name");
        for (String only : List.of("the third one", "and the second one?", "tell me more about the 5th paper", "who wrote the second one?")) {
            assertTrue(FollowUpRewriter.onlyPointsToItem(only), only);
        }
        assertFalse(FollowUpRewriter.onlyPointsToItem("what about the fifth one on vision?"), "it asks of vision too");
    }

    @Test
    void should_read_an_earlier_question_that_named_an_item_as_the_item_it_named() {
        List<Turn> history = List.of(new Turn("user", "which papers make small models reason better with larger ones?"), new Turn("assistant",
                "Papers in the collection that address this:\n- Reverse Speculative Decoding (RSD): It lets the small model lead. [1]\n"
                        + "- LightReasoner: It finds where the small model errs. [2]"),
                new Turn("user", "tell me more about the second one"), new Turn("assistant", "LightReasoner finds critical reasoning moments [1]."));
        // "tell me more about LightReasoner" asks what LightReasoner is, as "What is LightReasoner?" does: "it" is LightReasoner.
        assertEquals("does LightReasoner work on vision tasks?", rule.standalone("does it work on vision tasks?", history, false));
    }

    @Test
    void should_join_the_question_that_stands_alone_and_at_most_three_follow_ups_of_it() {
        List<Turn> history = asked("entropy collapse", "and those with KL?", "and those with clipping?", "and those on math?", "and those on code?");
        assertEquals("entropy collapse and those with clipping? and those on math? and those on code? and their results?",
                rule.standalone("and their results?", history, false));
    }

    @Test
    void should_take_a_question_that_names_what_its_pronoun_stands_for_as_standing_alone() {
        List<Turn> history = asked("How do continuous thought vectors help reasoning?");
        for (String alone : List.of(
                "Does asking a model to think step by step help or hurt how well it obeys detailed constraints?",
                "Which financial QA benchmarks exist, and how are they built?",
                "Sentence-level loops feed on themselves: every extra copy of a sentence raises the odds that the model emits it again.")) {
            assertEquals(alone, rule.standalone(alone, history, false));
        }
        for (String followUp : List.of("does it work on vision tasks?", "Tell me more about its training data", "How do they compare with PPO?",
                "What dataset did they use?", "what are their limitations?")) {
            assertEquals("How do continuous thought vectors help reasoning? " + followUp, rule.standalone(followUp, history, false));
        }
    }

    @Test
    void should_name_several_items_of_the_last_list_for_the_first_few_or_them_all() {
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant",
                "Papers in the collection that address this:\n- Clip-Cov: It clips tokens. [1]\n- Lp-Reg: It keeps rare tokens. [3]\n"
                        + "- SIREN: It is selective. [4]"));
        assertEquals("compare Clip-Cov and Lp-Reg", rule.standalone("compare the first two", history, false));
        assertEquals("how do Lp-Reg and SIREN differ?", rule.standalone("how do the last two differ?", history, false));
        assertEquals("compare Clip-Cov, Lp-Reg and SIREN", rule.standalone("compare the top three papers", history, false));
        assertEquals("compare Clip-Cov, Lp-Reg and SIREN", rule.standalone("compare the first four", history, false), "as many as listed");
        assertEquals("compare Clip-Cov, Lp-Reg and SIREN", rule.standalone("Compare them.", history, false));
        assertEquals("compare Clip-Cov, Lp-Reg and SIREN", rule.standalone("contrast these papers", history, false));
    }

    /** An LLM's list, bulleted or numbered, with its names in bold or none: "the second one" names its second line. */
    @Test
    void should_name_the_items_of_an_llm_s_list() {
        for (String answer : List.of("Two methods:\n- Clip-Cov keeps the policy exploring [1].\n- Lp-Reg protects low-probability tokens [2].",
                "Two methods:\n1. **Clip-Cov**: keeps the policy exploring [1].\n2. **Lp-Reg**: protects low-probability tokens [2].",
                "* **Clip-Cov** \u2014 keeps the policy exploring [1]\n* **Lp-Reg** \u2014 protects low-probability tokens [2]",
                "Here are some:\n1. **Clip-Cov** clips tokens\n2. **Lp-Reg** regularizes low-prob tokens",
                "Of the 7 papers in the last list, 2 mention \"Tencent\":\n- Clip-Cov (from Tencent): One. [1]\n- Lp-Reg (from Tencent): Two. [2]")) {
            List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", answer));
            assertTrue(rule.standalone("tell me more about the second one", history, false).startsWith("tell me more about Lp-Reg"), answer);
        }
    }

    @Test
    void should_point_into_a_possibly_related_list_by_whole_titles_and_keep_a_named_subject_for_the_next_record_question() {
        List<Turn> history = new ArrayList<>(List.of(new Turn("user", "which papers use graph neural networks?"), new Turn("assistant",
                "The collection does not seem to cover this question. Possibly related:\n- Attention Is All You Need [1]\n"
                        + "- Coral Reef Bleaching Forecasts with Graph Neural Networks [2]\n- Über die Größe: Linear-Time Transformers [3]")));
        assertEquals(List.of("Attention Is All You Need", "Coral Reef Bleaching Forecasts with Graph Neural Networks", "Über die Größe"),
                PastAnswers.lastListItems(history));
        assertEquals("who wrote Attention Is All You Need?", rule.standalone("who wrote the first one?", history, false));
        history.addAll(List.of(new Turn("user", "who wrote the first one?"), new Turn("assistant", "\"Attention Is All You Need\" is by A. [1]")));
        assertEquals("when was \"Attention Is All You Need\" published?", rule.standalone("when was it published?", history, false),
                "the subject keeps its own small words");
    }

    /** A list of figures labels each paper with its figure: "compare the first two" compares the papers, not "System-1.5 Reasoning, 92.31%". */
    @Test
    void should_read_a_figure_list_s_items_without_their_figures() {
        List<Turn> history = List.of(new Turn("user", "Which methods cut reasoning tokens by more than 50%?"), new Turn("assistant",
                "Of the 101 papers found for cost, 3 state figures for it above 50%; the largest stated is 92.31%, System-1.5 Reasoning's [1]:\n"
                        + "- System-1.5 Reasoning, 92.31%: It reduces token generation by 92.31% on average. [1]\n"
                        + "- Compressed Latent Reasoning (CoLaR), 82.8%: It reduces chain length by 82.8%. [2]\n"
                        + "- ReEx-SQL, 51.9% less time (2.08x): It reduces inference time by 51.9%. [3]"));
        assertEquals(List.of("System-1.5 Reasoning", "Compressed Latent Reasoning (CoLaR)", "ReEx-SQL"), PastAnswers.lastListItems(history));
    }

    /** An agent's list of names alone ("1. ETTRL") is a list: "the third one" is its third, not the third of what paperchat would list. */
    @Test
    void should_read_a_list_of_names_alone_as_its_items() {
        for (String list : List.of("1. ETTRL\n2. PEAR\n3. TraPO", "Three stand out:\n- ETTRL\n- PEAR\n- TraPO.")) {
            List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant", list));
            assertEquals(List.of("ETTRL", "PEAR", "TraPO"), PastAnswers.lastListItems(history), list);
        }
        List<Turn> statements = List.of(new Turn("user", "how do I avoid entropy collapse?"),
                new Turn("assistant", "- Use a KL penalty on the policy updates\n- Keep the learning rate low for longer"));
        assertEquals(List.of(), PastAnswers.lastListItems(statements), "a line of five words or more is a statement, no name");
        List<Turn> replies = List.of(new Turn("user", "does RL help reasoning?"), new Turn("assistant", "1. Yes, RL helps\n2. But only with rewards"));
        assertEquals(List.of(), PastAnswers.lastListItems(replies), "a reply is no name");
    }

    @Test
    void should_ask_the_question_before_of_the_item_a_bare_pointer_names() {
        String compared = "- Chain of Continuous Thought (Coconut) (\"Training Large Language Models to Reason in a Continuous Latent Space\"): One. [1]\n"
                + "- Soft Thinking (\"Soft Thinking: Unlocking the Reasoning Potential of LLMs\"): Two. [2]\n"
                + "- SoftCoT++ (\"SoftCoT++: Test-Time Scaling with Soft Chain-of-Thought Reasoning\"): Three. [3]";
        List<Turn> history = new ArrayList<>(List.of(new Turn("user", "Compare Coconut, Soft Thinking and SoftCoT++"), new Turn("assistant", compared)));
        assertEquals(List.of("Chain of Continuous Thought (Coconut)", "Soft Thinking", "SoftCoT++"), PastAnswers.lastListItems(history),
                "a comparison's line names its paper before the quoted title");
        assertEquals("when was SoftCoT++ published?", rule.standalone("when was the third one published?", history, false));
        history.add(new Turn("user", "when was the third one published?"));
        history.add(new Turn("assistant", "SoftCoT++ (\"SoftCoT++: Test-Time Scaling with Soft Chain-of-Thought Reasoning\") is dated 16 May in the collection. [1]"));
        assertEquals("when was Chain of Continuous Thought (Coconut) published?", rule.standalone("and the first one?", history, false));
        List<Turn> afterEntries = List.of(new Turn("user", "Compare Coconut, Soft Thinking and SoftCoT++"), new Turn("assistant", compared),
                new Turn("user", "bibtex for the first two"), new Turn("assistant", "- Coconut: Its BibTeX entry [1]:\n```bibtex\n@misc{a}\n```"));
        assertEquals("bibtex for SoftCoT++", rule.standalone("and the third one?", afterEntries, false), "the question before asked of the first few");
        List<Turn> afterRecord = List.of(new Turn("user", "Compare Coconut, Soft Thinking and SoftCoT++"), new Turn("assistant", compared),
                new Turn("user", "tell me more about the second one"), new Turn("assistant", "Soft Thinking: Two. [1]"),
                new Turn("user", "give me the bibtex"), new Turn("assistant", "The BibTeX entry of Soft Thinking [1]:\n```bibtex\n@misc{a}\n```"));
        assertEquals("give me the bibtex of Chain of Continuous Thought (Coconut)?", rule.standalone("and the first one?", afterRecord, false),
                "a record question that pointed to no item, of the item now pointed to");
        List<Turn> afterIt = List.of(new Turn("user", "Compare Coconut, Soft Thinking and SoftCoT++"), new Turn("assistant", compared),
                new Turn("user", "what benchmarks does it use?"), new Turn("assistant", "Soft Thinking: Two. [1]"));
        assertEquals("what benchmarks does SoftCoT++ use?", rule.standalone("and the third one?", afterIt, false), "its \"it\" is the item now");
    }

    @Test
    void should_read_each_of_a_list_as_they() {
        assertEquals("how much faster are they?", FollowUpRewriter.eachAsThey("how much faster is each?"));
        assertEquals("how much memory do they save?", FollowUpRewriter.eachAsThey("how much memory does each save?"));
        assertEquals("how much memory do they save?", FollowUpRewriter.eachAsThey("how much memory does each one save?"));
        assertEquals("what speedup do they report?", FollowUpRewriter.eachAsThey("what speedup does each of them report?"));
        assertEquals("what is the speedup of each of them?", FollowUpRewriter.eachAsThey("what is the speedup of each?"));
        assertEquals("Which papers evaluate each step?", FollowUpRewriter.eachAsThey("Which papers evaluate each step?"), "each of something else");
        assertEquals("What is their speedup?", FollowUpRewriter.eachAsThey("What is each method's speedup?"));
        for (String other : List.of("How is each step verified in SpecReason?", "Does each token get the same compute?", "Is each reasoning step scored?")) {
            assertEquals(other, FollowUpRewriter.eachAsThey(other), "each of something else: " + other);
        }
    }

    @Test
    void should_read_a_sort_by_date_as_a_choice_of_the_newest_or_oldest_first() {
        for (String newest : List.of("sort them by date", "order the list by year, newest first", "please sort by date", "sort them from the most recent")) {
            assertEquals(Optional.of(true), FollowUpRewriter.dateChoiceAsked(newest), newest);
        }
        for (String oldest : List.of("sort them chronologically", "order them by date, oldest first", "list them by year from the earliest")) {
            assertEquals(Optional.of(false), FollowUpRewriter.dateChoiceAsked(oldest), oldest);
        }
        for (String other : List.of("sort them", "list them", "sort them by accuracy", "list the newest papers on RL")) {
            assertEquals(Optional.empty(), FollowUpRewriter.dateChoiceAsked(other), other);
        }
    }

    @Test
    void should_ask_a_record_question_of_the_one_paper_a_list_of_one_holds() {
        List<Turn> history = List.of(new Turn("user", "Which papers are from DeepMind?"),
                new Turn("assistant", "Papers in the collection from DeepMind:\n- Fantastic Reasoning Behaviors and Where to Find Them: We study. [1]"));
        assertEquals("when was \"Fantastic Reasoning Behaviors and Where to Find Them\" published?", rule.standalone("when was it published?", history, false));
    }

    /** "does it mention GSM8K?" and then "does it mention CommonsenseQA?": the answer between keeps the paper asked about. */
    @Test
    void should_keep_the_paper_of_an_answer_that_says_whether_it_mentions_something() {
        String title = "Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking";
        for (String answer : List.of("Quiet-STaR (\"" + title + "\") mentions \"GSM8K\": In particular, ...",
                "Quiet-STaR (\"" + title + "\") does not mention \"ImageNet\" in its title, abstract or organisation.")) {
            List<Turn> history = List.of(new Turn("user", "does it mention GSM8K?"), new Turn("assistant", answer));
            assertEquals(Optional.of(title), PastAnswers.lastPaperTitle(history), answer);
        }
    }

    /** "which papers build on it?" after an answer about one paper asks about that paper: "papers" is what is asked for, no antecedent. */
    @Test
    void should_read_it_after_the_papers_asked_for_as_the_paper_before() {
        List<Turn> history = List.of(new Turn("user", "What is Coconut?"), new Turn("assistant", "Chain of Continuous Thought (Coconut) (\"Training"
                + " Large Language Models to Reason in a Continuous Latent Space\"): We introduce Coconut. [1]"));
        for (String asked : List.of("which papers build on it?", "which papers cite it?", "which methods extend it?")) {
            assertTrue(rule.standalone(asked, history, false).contains("Coconut"), asked + " -> " + rule.standalone(asked, history, false));
        }
        assertEquals("which papers study RL and how do they scale?", rule.standalone("which papers study RL and how do they scale?", history, false),
                "its own words before the pronoun");
    }
    @Test
    void should_point_to_both_items_of_a_pair_written_with_one_pointer() {
        assertEquals("compare the first and the third", FollowUpRewriter.bothPointers("compare the first and third"));
        assertEquals("compare the first and the third one", FollowUpRewriter.bothPointers("compare the first and the third one"));
        assertEquals("compare paper 1 and paper 3", FollowUpRewriter.bothPointers("compare papers 1 and 3"));
        assertEquals("compare paper 2 and paper 5", FollowUpRewriter.bothPointers("compare papers 2, 5"));
        assertEquals("the second or the fourth paper?", FollowUpRewriter.bothPointers("the second or fourth paper?"));
        assertEquals("the first and thirdly", FollowUpRewriter.bothPointers("the first and thirdly"), "no ordinal");
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant",
                "Papers in the collection that address this:\n- Clip-Cov: It clips. [1]\n- Lp-Reg: It regularises. [2]\n- EMPO: It minimises. [3]"));
        assertEquals("compare Clip-Cov and EMPO", rule.standalone("compare the first and third", history, false));
        assertEquals("compare Clip-Cov and EMPO", rule.standalone("compare papers 1 and 3", history, false));
        // After a comparison of two picked from it, "the third one" is still the list's; "them" are the two.
        List<Turn> picked = new ArrayList<>(history);
        picked.add(new Turn("user", "compare the first two"));
        picked.add(new Turn("assistant", "- Clip-Cov (\"The Entropy Mechanism\"): It clips. [1]\n- Lp-Reg (\"Low-probability Tokens\"): It regularises. [2]"));
        assertEquals("tell me more about EMPO", rule.standalone("tell me more about the third one", picked, false));
        assertEquals(List.of("Clip-Cov", "Lp-Reg"), PastAnswers.lastListItems(picked));
    }

    @Test
    void should_ask_it_of_each_paper_after_a_comparison() {
        List<Turn> history = List.of(new Turn("user", "Compare Quiet-STaR and Coconut"), new Turn("assistant",
                "- Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\"): We present Quiet-STaR. [1]\n"
                        + "- Chain of Continuous Thought (Coconut) (\"Training Large Language Models to Reason in a Continuous Latent Space\"): "
                        + "We introduce Coconut. [2]"));
        assertTrue(PastAnswers.lastAnswerCompared(history));
        assertEquals("when was Quiet-STaR and Chain of Continuous Thought (Coconut) published?", rule.standalone("when was it published?", history, false));
        assertEquals("what benchmarks does Quiet-STaR and Chain of Continuous Thought (Coconut) use?",
                rule.standalone("what benchmarks does it use?", history, false));
        List<Turn> one = List.of(new Turn("user", "What is Quiet-STaR?"), new Turn("assistant",
                "Quiet-STaR (\"Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking\"): We present Quiet-STaR. [1]"));
        assertFalse(PastAnswers.lastAnswerCompared(one), "an answer about one paper");
        List<Turn> list = List.of(new Turn("user", "which methods avoid entropy collapse?"), new Turn("assistant",
                "Papers in the collection that address this:\n- Clip-Cov: It clips. [1]\n- Lp-Reg: It regularises. [2]"));
        assertFalse(PastAnswers.lastAnswerCompared(list), "a list answer, whose \"it\" is no paper of it");
        // "which one is faster?": a choice between the papers compared, asked of them by name.
        assertEquals("which of Quiet-STaR and Chain of Continuous Thought (Coconut) is faster?", rule.standalone("which one is faster?", history, false));
        assertEquals("which of Quiet-STaR and Chain of Continuous Thought (Coconut) is faster?", rule.standalone("which one of the two is faster?", history, false));
        assertEquals("which one is faster?", FollowUpRewriter.papersOfLastAnswer("which one is faster?", one), "no comparison before");
        assertEquals("which of Quiet-STaR and Chain of Continuous Thought (Coconut) reduces latency more?",
                rule.standalone("which one reduces latency more?", history, false), "a comparison, not a word the papers must write");
    }

    @Test
    void should_choose_between_the_papers_of_the_last_answers_about_one_paper_each() {
        List<Turn> history = List.of(new Turn("user", "What is Hawkeye?"),
                new Turn("assistant", "Hawkeye (\"Hawkeye: Efficient Reasoning with Model Collaboration\"): We propose HAWKEYE. [1]"),
                new Turn("user", "what about R2R?"),
                new Turn("assistant", "Roads to Rome (R2R) (\"R2R: Small-Large Model Token Routing\"): We introduce R2R. [1]"));
        assertEquals("which of Hawkeye and R2R is faster?", rule.standalone("which is faster?", history, false));
        assertEquals("which of Hawkeye and R2R needs less memory?", rule.standalone("which of the two needs less memory?", history, false));
        assertEquals("which is from Tencent?", rule.standalone("which is from Tencent?", history, false), "no comparison: asked as it is");
        assertEquals("which of Hawkeye and R2R runs faster?", rule.standalone("which runs faster?", history, false));
        assertEquals("which of Hawkeye and R2R reaches higher accuracy?", rule.standalone("which of these two reaches higher accuracy?", history, false));
        assertEquals("when were Hawkeye and R2R published?", rule.standalone("which one is newer?", history, false), "told by the records");
        assertEquals("when were Hawkeye and R2R published?", rule.standalone("which one was published first?", history, false));
        assertEquals("which of Hawkeye and R2R is faster than earlier methods?", rule.standalone("which one is faster than earlier methods?", history, false),
                "a date word elsewhere is no choice by date");
        assertEquals("which of Hawkeye and R2R is faster?", rule.standalone("which of the two papers is faster?", history, false));
        List<Turn> afterList = List.of(new Turn("user", "which methods avoid entropy collapse?"),
                new Turn("assistant", "Papers in the collection that address this:\n- Clip-Cov: It clips. [1]\n- Lp-Reg: It regularises. [2]"),
                new Turn("user", "What is Hawkeye?"), history.get(1));
        assertEquals("which is faster?", FollowUpRewriter.papersOfLastAnswer("which is faster?", afterList), "one paper answered since the list");
    }

    @Test
    void should_point_into_a_list_however_its_ordinals_are_written() {
        List<Turn> latent = List.of(new Turn("user", "papers on latent reasoning"), new Turn("assistant", "Papers in the collection that address this:\n"
                + "- A Survey on Latent Reasoning: Latent reasoning tackles this bottleneck. [1]\n- Latent Diffusion Reasoner (LaDiR): We propose LaDiR. [2]\n"
                + "- Hybrid reasoning policy optimization (HRPO): Recent advances. [3]\n- Tracing the Traces: We introduce Latent-Trajectory signals. [4]"));
        assertEquals("compare Hybrid reasoning policy optimization (HRPO) to Tracing the Traces", rule.standalone("compare the third to the fourth", latent, false));
        assertEquals("is Latent Diffusion Reasoner (LaDiR) better than Hybrid reasoning policy optimization (HRPO)?",
                rule.standalone("is the second better than the third?", latent, false));
        assertEquals("how does A Survey on Latent Reasoning compare to Tracing the Traces?", rule.standalone("how does the first compare to the last?", latent, false));
        assertEquals("which paper was the first to use RL?", rule.standalone("which paper was the first to use RL?", latent, false),
                "one ordinal with no noun is no pointer: 'the first to' do something");
        assertEquals("Does the first token or the last token matter more for attention sinks?",
                rule.standalone("Does the first token or the last token matter more for attention sinks?", latent, false), "ordinals of something else");
        assertEquals("Is the first layer or the last layer more important?", rule.standalone("Is the first layer or the last layer more important?", List.of(), false),
                "no list, no rewrite");
        assertEquals("Which method ranks #1 on AIME?", rule.standalone("Which method ranks #1 on AIME?", latent, false), "a rank, not a pointer");
        for (String hostile : List.of("- " + "[1]".repeat(3_300) + "x", "1. \"a\"" + "[1]".repeat(3_300) + "x")) {
            List<Turn> marked = List.of(new Turn("user", "papers on RL"), new Turn("assistant", hostile));
            assertEquals("tell me more about the second one", rule.standalone("tell me more about the second one", marked, false),
                    "thousands of markers on a line, read without a stack overflow");
        }
        assertEquals("compare A Survey on Latent Reasoning and Latent Diffusion Reasoner (LaDiR)", rule.standalone("the first two", latent, false),
                "a bare pair asks to see them side by side");
        assertEquals("bibtex for A Survey on Latent Reasoning and Latent Diffusion Reasoner (LaDiR)", rule.standalone("bibtex for the first two", latent, false));
        List<Turn> quoted = List.of(new Turn("user", "papers on social reasoning"), new Turn("assistant", "Papers in the collection that address this:\n"
                + "1. \"Social Chemistry 101: Learning to Reason about Social and Moral Norms\"\n"
                + "2. \"Procedural Knowledge in Pretraining Drives Reasoning in Large Language Models\"\n"
                + "3. \"Unlocking Location Intelligence: A Survey from Deep Learning to The LLM Era\""));
        assertEquals(List.of("\"Social Chemistry 101: Learning to Reason about Social and Moral Norms\"",
                "\"Procedural Knowledge in Pretraining Drives Reasoning in Large Language Models\"",
                "\"Unlocking Location Intelligence: A Survey from Deep Learning to The LLM Era\""), PastAnswers.lastListItems(quoted),
                "a numbered list of quoted titles, colons and all");
        assertEquals("\"Procedural Knowledge in Pretraining Drives Reasoning in Large Language Models\"", rule.standalone("the second", quoted, false));
    }

    @Test
    void should_ask_of_the_paper_of_the_last_answer_what_names_nothing_else() {
        List<Turn> g1 = List.of(new Turn("user", "what is G1?"),
                new Turn("assistant", "G1 (\"G1: Teaching LLMs to Reason on Graphs with Reinforcement Learning\"): We introduce G1. [1]"));
        assertEquals("how does G1 compare to ETTRL?", rule.standalone("how does it compare to ETTRL?", g1, false));
        List<Turn> listed = List.of(new Turn("user", "list work on RL for LLM reasoning"), new Turn("assistant",
                "SWE-RL (\"SWE-RL: Advancing LLM Reasoning via Reinforcement Learning on Open Software Evolution\"): This paper introduces SWE-RL. [1]"));
        assertEquals("how does SWE-RL work?", rule.standalone("how does it work?", listed, false), "the answer was about one paper, whatever was asked");
        assertEquals("tell me more about SWE-RL", rule.standalone("tell me more", listed, false));
        assertEquals("give me the bibtex for \"SWE-RL: Advancing LLM Reasoning via Reinforcement Learning on Open Software Evolution\"",
                rule.standalone("give me the bibtex", listed, false));
        assertEquals("is it true that RL helps?", rule.standalone("is it true that RL helps?", listed, false), "an 'it' that points to nothing");
        List<Turn> titled = List.of(new Turn("user", "Mitigating Visual Forgetting via Take-along Visual Conditioning for Multi-modal Long CoT Reasoning"),
                new Turn("assistant", "Take-along Visual Conditioning (TVC) (\"Mitigating Visual Forgetting via Take-along Visual Conditioning for Multi-modal Long CoT"
                        + " Reasoning\"): To address this, we propose Take-along Visual Conditioning (TVC). [1]"));
        assertEquals("Orca 2", rule.standalone("what about Orca 2?", titled, false), "a question that was the title has the title swapped, not a name inside it");
        List<Turn> quotedName = List.of(new Turn("user", "\"CALM Before the STORM\""), new Turn("assistant", "Smart Thinking Optimization Reasoning Model (STORM)"
                + " (\"CALM Before the STORM: Unlocking Native Reasoning for Optimization Modeling\"): Building on CALM, we develop STORM. [1]"));
        assertEquals("\"Democratizing Reasoning Ability\"", rule.standalone("what about Democratizing Reasoning Ability?", quotedName, false),
                "the title's name before its colon is swapped whole");
        List<Turn> greeted = List.of(new Turn("user", "hello"), listed.get(1));
        assertEquals("what is \"SWE-RL: Advancing LLM Reasoning via Reinforcement Learning on Open Software Evolution\"'s bibtex?",
                rule.standalone("what is its bibtex?", greeted, false));
        List<Turn> speculative = List.of(new Turn("user", "papers on speculative decoding"), new Turn("assistant", "Papers in the collection that address this:\n"
                + "- SpecReason: we introduce SpecReason. [1]\n- Speculative Thinking: We introduce Speculative Thinking. [2]\n"
                + "- Reverse Speculative Decoding (RSD): We propose RSD. [3]"));
        assertEquals("when were SpecReason, Speculative Thinking and Reverse Speculative Decoding (RSD) published?",
                rule.standalone("which is newer?", speculative, false), "a choice among a short list's papers");
        assertEquals("bibtex for Speculative Thinking and Reverse Speculative Decoding (RSD)", rule.standalone("bibtex for paper 2 and 3", speculative, false));
        assertEquals("which of SpecReason, Speculative Thinking and Reverse Speculative Decoding (RSD) needs the least memory?",
                rule.standalone("which one needs the least memory?", speculative, false), "a comparison of more words, by a dimension");
        assertEquals(Optional.of(" is fastest?"), FollowUpRewriter.choiceAsked("which one is fastest?"));
        assertEquals(Optional.of(" saves the most memory?"), FollowUpRewriter.choiceAsked("which one saves the most memory?"));
        assertEquals(Optional.of(" cuts the most tokens?"), FollowUpRewriter.choiceAsked("which one cuts the most tokens?"));
        assertEquals(Optional.of(" achieves the best accuracy?"), FollowUpRewriter.choiceAsked("which of these achieves the best accuracy?"));
        assertEquals(Optional.empty(), FollowUpRewriter.choiceAsked("which paper is the best for text-to-SQL?"), "a topic of its own");
        assertEquals(Optional.empty(), FollowUpRewriter.choiceAsked("which one is newer?"), "by date, which the records tell");
        List<Turn> compared = List.of(new Turn("user", "compare SpecReason and R2R"), new Turn("assistant",
                "- SpecReason (\"SpecReason: Fast and Accurate Inference-Time Compute via Speculative Reasoning\"): we introduce SpecReason. [1]\n"
                        + "- Roads to Rome (R2R) (\"R2R: Efficiently Navigating Divergent Reasoning Paths with Small-Large Model Token Routing\"): we introduce R2R. [2]"));
        assertEquals("when were SpecReason and Roads to Rome (R2R) published?", rule.standalone("which one is newer?", compared, false),
                "after a comparison, a choice by date is told by the records");
        assertEquals("which of SpecReason and Roads to Rome (R2R) is faster?", rule.standalone("which one is faster?", compared, false));
        assertEquals("compare SpecReason, Roads to Rome (R2R) and Titans", rule.standalone("what about Titans?", compared, false),
                "a name asked about after a comparison joins it");
        assertEquals("compare SpecReason and R2R what about the training data?", rule.standalone("what about the training data?", compared, false),
                "more of the same comparison");
        List<Turn> prose = List.of(new Turn("user", "what does GRPO offer?"),
                new Turn("assistant", "GRPO has advantages:\n- No critic: it needs no value model.\n- Group baseline: rewards are compared in a group."));
        assertEquals("which is newer?", FollowUpRewriter.papersOfLastAnswer("which is newer?", prose), "points of prose are no papers to choose among");
        List<Turn> position = List.of(new Turn("user", "what is the position paper on agents?"),
                new Turn("assistant", "\"Position: AI Agents Need Authenticated Delegation\": We argue that agents need delegation. [1]"));
        assertEquals("who wrote \"Position: AI Agents Need Authenticated Delegation\"?", rule.standalone("who wrote it?", position, false),
                "a one-word name before a title's colon is no name of the paper");
    }

    @Test
    void should_leave_ordinals_and_its_that_describe_rather_than_point() {
        List<Turn> safety = List.of(new Turn("user", "papers on safety"), new Turn("assistant", "Papers in the collection that address this:\n"
                + "- Cliff-as-a-Judge: x. [1]\n- Bag of Tricks for Subverting Reasoning-based Safety Guardrails: y. [2]\n"
                + "- Efficient Inference for Large Reasoning Models: z. [3]"));
        for (String question : List.of("what did the first paper on RLHF propose?", "what are the top 2 methods for KV cache compression?",
                "is the third approach in RL training useful?", "what was the first paper to use chain-of-thought?", "what are the first two steps of GRPO?",
                "compare the first and second halves of training", "Is the second stage of training more important than the first?")) {
            assertEquals(question, FollowUpRewriter.itemNamed(question, safety), "a description, not a pointer: " + question);
        }
        assertEquals("tell me more about Bag of Tricks for Subverting Reasoning-based Safety Guardrails",
                rule.standalone("tell me more about the second paper", safety, false), "a pointer still");
        assertEquals("which paper is the best for text-to-SQL?", FollowUpRewriter.papersOfLastAnswer("which paper is the best for text-to-SQL?", safety),
                "a new question, not a choice among the list");
        List<Turn> compared = List.of(new Turn("user", "compare Visual-RFT and Gen-Drive"), new Turn("assistant",
                "- Visual Reinforcement Fine-Tuning (Visual-RFT) (\"Visual-RFT: Visual Reinforcement Fine-Tuning\"): x. [1]\n"
                        + "- Gen-Drive (\"Gen-Drive: Enhancing Diffusion Generative Driving Policies\"): y. [2]"));
        assertEquals("is it possible to train without labels?", FollowUpRewriter.papersOfLastAnswer("is it possible to train without labels?", compared));
        List<Turn> one = List.of(new Turn("user", "what is VLM-R1?"),
                new Turn("assistant", "VLM-R1 (\"VLM-R1: A Stable and Generalizable R1-style Large Vision-Language Model\"): We present VLM-R1. [1]"));
        for (String question : List.of("what does it mean to overthink?", "is it hard to do speculative decoding?", "can it be done without a reward model?")) {
            assertTrue(!rule.standalone(question, one, false).contains("VLM-R1 "), "an 'it' that points to nothing: " + rule.standalone(question, one, false));
        }
        assertEquals("tell me more about VLM-R1", rule.standalone("can you tell me more?", one, false));
        assertEquals("how does VLM-R1 work?", rule.standalone("how does this work?", one, false));
        assertEquals("how does VLM-R1 compare to Titans?", rule.standalone("how does this paper compare to Titans?", one, false));
        assertEquals("is this a good idea?", rule.standalone("is this a good idea?", one, false), "'this' before no deed of a paper");
        for (String described : List.of("that paper about thinking tokens being mostly useless", "who wrote the paper on thinking tokens?",
                "what was that paper where the model skips thinking?", "that one which prunes tokens")) {
            assertEquals(described, rule.standalone(described, one, false), "a paper described, not the one just discussed");
        }
        assertTrue(rule.standalone("who wrote that paper?", one, false).contains("VLM-R1"), "a paper pointed to");
        for (String pointing : List.of("What is that paper about?", "What is this paper on?", "What is that paper called?")) {
            assertTrue(rule.standalone(pointing, one, false).contains("VLM-R1"), pointing + " -> " + rule.standalone(pointing, one, false));
        }
        List<Turn> ended = List.of(new Turn("user", "papers on reflection"), new Turn("assistant", "Papers in the collection that address this:\n"
                + "1. \"CyclicReflex: Improving Reasoning Models via Cyclical Reflection Token Scheduling\",\n"
                + "2. \u201cSoftCoT++: Test-Time Scaling with Soft Chain-of-Thought Reasoning\u201d (2025)\n"));
        assertEquals(List.of("\"CyclicReflex: Improving Reasoning Models via Cyclical Reflection Token Scheduling\"",
                "\u201cSoftCoT++: Test-Time Scaling with Soft Chain-of-Thought Reasoning\u201d"), PastAnswers.lastListItems(ended),
                "quoted titles with a comma, a year or curly quotes after them");
    }

    @Test
    void should_tell_a_follow_up_that_asks_nothing_of_its_own() {
        for (String only : List.of("and why?", "Why?", "tell me more", "go on", "what else?", "such as?", "explain further please", "what about it?")) {
            assertTrue(FollowUpRewriter.onlyFollowsUp(only), only);
        }
        for (String asks : List.of("why does GRPO collapse?", "Why think step by step", "tell me more about EMPO", "how so? and what about Tencent")) {
            assertFalse(FollowUpRewriter.onlyFollowsUp(asks), asks);
        }
    }

    @Test
    void should_tell_a_question_whose_only_subject_points_back() {
        for (String only : List.of("What is it?", "how does it work?", "who wrote it?", "which one?", "what is this paper about?", "What's that?",
                "and what does it propose?", "How does it scale?", "does it help?")) {
            assertTrue(FollowUpRewriter.onlyPointsBack(only), only);
        }
        for (String asks : List.of("what?", "What is Coconut?", "how does it work with GRPO?", "which one is faster?", "who wrote Quiet-STaR?",
                "what is this paper about entropy?", "")) {
            assertFalse(FollowUpRewriter.onlyPointsBack(asks), asks);
        }
    }

    @Test
    void should_put_the_topic_asked_instead_in_the_place_of_the_last_list_s_and_follow_it_up() {
        List<Turn> history = List.of(new Turn("user", "which methods avoid entropy collapse?"),
                new Turn("assistant", "Papers in the collection that address this:\n- Clip-Cov: We clip. [1]"));
        assertEquals("papers on latent reasoning", rule.standalone("what about latent reasoning instead?", history, false));
        List<Turn> longer = new java.util.ArrayList<>(history);
        longer.addAll(List.of(new Turn("user", "what about latent reasoning instead?"),
                new Turn("assistant", "Papers in the collection that address this:\n- Coconut: We think in latents. [1]")));
        assertEquals("papers on latent reasoning and only from 2025?", rule.standalone("and only from 2025?", longer, false));
        List<Turn> onePaper = List.of(new Turn("user", "What is Quiet-STaR?"), new Turn("assistant", "Quiet-STaR (\"Quiet-STaR: ...\"): It thinks. [1]"));
        assertEquals("What is Coconut?", rule.standalone("what about Coconut instead?", onePaper, false), "a name swapped as without \"instead\"");
        // A name or a date in the last one's place is asked as without "instead", which the filters then read.
        assertEquals("what about Tencent?", FollowUpRewriter.insteadOfName("what about Tencent instead?"));
        assertEquals("what about 2024?", FollowUpRewriter.insteadOfName("and what about 2024 instead?"));
        assertEquals("what about latent reasoning instead?", FollowUpRewriter.insteadOfName("what about latent reasoning instead?"));
    }
}
