package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import org.junit.jupiter.api.Test;

class FusionTest {

    @Test
    void should_sum_weighted_reciprocal_ranks() {
        Map<String, Double> scores = new Fusion(10, 2, 1, 0.5, 1).fuse(List.of("a", "b"), List.of("b", "c"), List.of("d", "a"));
        assertEquals(2.0 / 11 + 0.5 / 12, scores.get("a"), 1e-12);
        assertEquals(2.0 / 12 + 1.0 / 11, scores.get("b"), 1e-12);
        assertEquals(1.0 / 12, scores.get("c"), 1e-12);
        assertEquals(0.5 / 11, scores.get("d"), 1e-12);
        assertEquals(List.of("b", "a", "c", "d"), Fusion.ranking(scores));
    }

    @Test
    void should_let_the_sentence_rankings_share_one_leg_s_weight() {
        Fusion fusion = new Fusion(10, 1, 1, 1, 0.5);
        Map<String, Double> scores = fusion.fuse(List.of("a"), List.of(), List.of(), List.of(List.of("b", "a"), List.of("b")));
        assertEquals(1.0 / 11 + 0.25 / 12, scores.get("a"), 1e-12);
        assertEquals(0.25 / 11 + 0.25 / 11, scores.get("b"), 1e-12);
        assertEquals(fusion.fuse(List.of("a"), List.of("c"), List.of()), fusion.fuse(List.of("a"), List.of("c"), List.of(), List.of()));
    }

    @Test
    void should_rank_a_paper_found_by_both_legs_above_one_found_by_one() {
        Map<String, Double> scores = Fusion.DEFAULT.fuse(List.of("a", "b", "c"), List.of("c", "d", "a"), List.of());
        assertTrue(scores.get("a") > scores.get("b"));
        assertTrue(scores.get("c") > scores.get("d"));
    }

    private static final Predicate<String> COMMON = Set.of("don", "t", "dont", "large", "language", "models")::contains;

    @Test
    void should_tell_whether_a_title_and_its_names_explain_every_word_looked_up() {
        assertTrue(TitleMatcher.explains("the quiet star paper", "Quiet-STaR: Language Models Can Teach Themselves to Think", List.of("Quiet-STaR")));
        assertTrue(TitleMatcher.explains("ETTRL 2025", "ETTRL: Balancing Exploration and Exploitation", List.of("ETTRL")), "a year is no word of it");
        assertFalse(TitleMatcher.explains("noisy star", "StAR: Segment Anything Reasoner", List.of("StAR")));
        assertFalse(TitleMatcher.explains("Incentivizing Strong Reasoning from Weak", "Weak-to-Strong Reasoning", List.of()));
        assertTrue(TitleMatcher.explains("Incentivizing Strong Reasoning from Weak", "Incentivizing Strong Reasoning from Weak Supervision", List.of()));
        assertTrue(TitleMatcher.explains("Incentivising strong reasoning from weak superv", "Incentivizing Strong Reasoning from Weak Supervision", List.of()),
                "a typo, and the last word cut short");
        assertTrue(TitleMatcher.explains("Coconut (Smith et al., 2024)", "Training Large Language Models to Reason in a Continuous Latent Space",
                List.of("Coconut")), "a citation in brackets");
        assertTrue(TitleMatcher.explains("coconut hao", "Training Large Language Models to Reason", List.of("Coconut", "Shibo Hao")), "an author");
        ToDoubleFunction<String> rarity = w -> w.equals("learning") || w.equals("models") ? 0.1 : 2;
        assertEquals(0.1 / 8.1, TitleMatcher.heldShare("retrieval-augmented few-shot learning", "ATLAS: Learning to Memorize at Test Time", rarity), 1e-9,
                "a word of the field says little; no typo counts (\"shot\" is not \"short\")");
        assertEquals(1.0, TitleMatcher.heldShare("the memory module", "Titans: Learning to Memorize. A neural memory module.", rarity), 1e-9);
        // A common word that names a paper, with another word before it, is another name.
        String star = "StAR: Segment Anything Reasoner";
        assertTrue(TitleMatcher.nameModified("noisy star", star, List.of("StAR")));
        assertTrue(TitleMatcher.nameModified("quiet star", star, List.of("StAR")));
        assertFalse(TitleMatcher.nameModified("the star paper", star, List.of("StAR")));
        assertFalse(TitleMatcher.nameModified("star segmentation", star, List.of("StAR")), "a word after it says more of it");
        assertFalse(TitleMatcher.nameModified("coconut by meta", "Training LLMs to Reason", List.of("Coconut")));
        assertTrue(TitleMatcher.opensTitle("Glacier Melt", "Glacier Melt in the Alps"));
        assertTrue(TitleMatcher.opensTitle("the Concise Reasoning", "Concise Reasoning, Big Gains: Pruning Long Reasoning Trace"));
        assertFalse(TitleMatcher.opensTitle("Glacier", "Glacier Melt in the Alps"), "one word opens too many titles");
        assertFalse(TitleMatcher.opensTitle("Glacier Me", "Glacier Melt in the Alps"), "whole words");
        assertTrue(TitleMatcher.opensTitle("Entropy Mechanism", "The Entropy Mechanism of Reinforcement Learning"), "past the title's article");
        assertTrue(TitleMatcher.holdsName("Spatial Reasoning", "Thinking in Space: Spatial Reasoning of Models"));
        assertFalse(TitleMatcher.holdsName("Spatial Reason", "Thinking in Space: Spatial Reasoning of Models"));
    }

    @Test
    void should_score_a_query_that_is_the_start_of_a_title() {
        String title = "Don't Overthink it. Preferring Shorter Thinking Chains for Improved LLM Reasoning";
        assertEquals(1.0, TitleMatcher.startMatch("dont overthink it", title, COMMON), "the whole first clause");
        assertEquals(1.0, TitleMatcher.startMatch("Don't Overthnik it", title, COMMON), "one typo in a long word");
        assertEquals(0.8 + 0.2 * 5 / 11, TitleMatcher.startMatch("don't overthink it. preferring shorter", title, COMMON), 1e-9);
        assertEquals(0, TitleMatcher.startMatch("overthink it", title, COMMON), "two words, not from the start");
        assertEquals(0.8 + 0.2 * 4 / 8, TitleMatcher.startMatch("preferring shorter thinking chains", title, COMMON), 1e-9,
                "the start of what follows its first clause, a title of its own");
        assertEquals(0, TitleMatcher.startMatch("shorter thinking chains for", title, COMMON), "not a start");
        assertEquals(0, TitleMatcher.startMatch("dont overthink it please", title + " Extra", COMMON), "a word the title lacks");
        assertEquals(0.8 + 0.2 * 2 / 11, TitleMatcher.startMatch("dont overthink", title, COMMON), 1e-9,
                "two words, one of them no common word");
        assertEquals(0, TitleMatcher.startMatch("large language", "Large Language Models Can Self-Improve", COMMON),
                "two common words begin too many titles");
        assertEquals(1.0, TitleMatcher.startMatch("Uber die Grosse", "Über die Größe: Linear-Time Transformers", COMMON),
                "letters typed without their marks, ß as ss");
        assertEquals(1.0, TitleMatcher.startMatch("Lodz lake ice", "Łódź Lake Ice: A Century of Records", COMMON));
        // A title cut mid-word, as a PDF line or a pasted reference cuts it, also inside a long form the field shortens.
        String lowProbability = "Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward";
        assertTrue(TitleMatcher.startMatch("Low-probability Tokens Sustain Exploration in Rein", lowProbability, COMMON) >= 0.8);
        assertTrue(TitleMatcher.startMatch("Low-probability Tokens Sustain Exploration in Reinforcement L", lowProbability, COMMON) >= 0.8);
        assertEquals(0, TitleMatcher.startMatch("Low-probability Tokens Sustain Exploration in Rain", lowProbability, COMMON), "no title's start");
        assertEquals(0, TitleMatcher.startMatch("dont ov", title, COMMON), "too few words to be cut");
        assertEquals(0, TitleMatcher.startMatch("Reasoning Models Can Be Effective With", "Reasoning Models Can Be Effective Without Thinking", COMMON),
                "a whole word is no word cut short");
        assertTrue(TitleMatcher.startMatch("Soft Tokens, Ha", "Soft Tokens, Hard Truths", COMMON) >= 0.8, "three words, the last cut");
        assertTrue(TitleMatcher.startMatch("Soft Tokens, Hard Tru", "Soft Tokens, Hard Truths: Continuous Thinking", COMMON) < 1, "a cut clause is not whole");
        // The field's short forms, the longest first: "multimodal large language models" is "mllms", not "multimodal llms".
        assertEquals(1.0, TitleMatcher.startMatch("Large Language Models Can Easily Learn", "LLMs Can Easily Learn: Structure Matters", COMMON));
        assertEquals(1.0, TitleMatcher.startMatch("multimodal large language models see less", "MLLMs See Less: A Study", COMMON));
        String article = "The Entropy Mechanism of Reinforcement Learning for Reasoning Language Models";
        assertEquals(TitleMatcher.startMatch("the entropy mechanism of reinforcement learning", article, COMMON),
                TitleMatcher.startMatch("entropy mechanism of reinforcement learning", article, COMMON), "a leading article is left out");
    }

    @Test
    void should_match_titles_by_name_spelling_variants_and_one_typo() {
        TitleMatcher matcher = new TitleMatcher(Map.of(
                "q", "Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking",
                "e", "ETTRL: Balancing Exploration and Exploitation",
                "d", "DOTS: Learning to Reason Dynamically"));
        for (String query : List.of("Quiet STaR", "quietstar", "QUIET-STAR please", "the quiet stat paper")) {
            assertEquals(Set.of("q"), matcher.nameMatches(query).keySet(), query);
        }
        assertEquals(1.0, matcher.nameMatches("what is ETTRL").get("e"));
        assertEquals(1.0, matcher.nameMatches("ETTRL是什么？").get("e"), "a name written against Chinese with no space");
        for (String possessive : List.of("Who are ETTRL's authors?", "what is DOTS\u2019s speedup", "Quiet-STaR's results")) {
            assertEquals(1.0, matcher.nameMatches(possessive).values().stream().findFirst().orElse(0.0), possessive + ": a possessive is no part of the name");
        }
        assertEquals(Map.of(), matcher.nameMatches("connect the dot"));
        TitleMatcher withStar = new TitleMatcher(Map.of("q", "Quiet-STaR: Language Models", "s", "StAR: Segment Anything Reasoner"));
        assertEquals(Set.of("q"), withStar.nameMatches("quiet star").keySet(), "the longer name uses up the word star");
        assertEquals(Set.of("s"), withStar.nameMatches("the star segmentation paper").keySet());
        assertTrue(matcher.coverage("language models teach themselves to think before speakin", "q") > 0.6);
        assertEquals(0.0, matcher.coverage("anything", "missing"));
        TitleMatcher reports = new TitleMatcher(Map.of("p", "Phi-4-reasoning Technical Report", "s", "Skywork-R1V3 Technical Report"));
        assertEquals(Map.of("p", 1.0), reports.nameMatches("Who wrote Phi-4-reasoning?"), "a technical report is called by what it reports on");
        assertEquals(Map.of("s", 1.0), reports.nameMatches("what does Skywork-R1V3 score?"));
    }

    /** "pre-training", "pre training" and "pretraining" are one word however a title or a lookup writes it. */
    @Test
    void should_match_a_prefixed_word_written_joined_hyphenated_or_apart() {
        String title = "Procedural Knowledge in Pretraining Drives Reasoning in Large Language Models";
        for (String start : List.of("procedural knowledge in pre-training drives reasoning", "Procedural knowledge in pre training drives reasoning")) {
            assertEquals(1.0, TitleMatcher.startMatch(start + " in large language models", title, COMMON), start);
        }
        TitleMatcher matcher = new TitleMatcher(Map.of("u", "Unsupervised Post-Training for Multi-Modal LLM Reasoning via GRPO"));
        assertEquals(1.0, matcher.coverage("unsupervised posttraining for multimodal LLM reasoning via GRPO", "u"));
        assertEquals(1.0, TitleMatcher.startMatch("Reasoning over graphs with tools", "Reasoning Over Graphs With Tools", COMMON),
                "a prefix that is a word of its own stays apart");
    }

    @Test
    void should_not_take_a_word_several_titles_use_or_a_name_two_edits_away_for_a_typo() {
        TitleMatcher matcher = new TitleMatcher(Map.of(
                "x", "X-Reasoner: Towards Generalizable Reasoning",
                "g", "G-reasoner: Foundation Models for Graphs",
                "u", "Universal Reasoner: A Composable Reasoner",
                "c", "ChessVision: A Dataset for Multi-label Classification"));
        assertEquals(Map.of(), matcher.nameMatches("does it make a better reasoner in general"), "a word two titles use is no typo");
        assertEquals(Map.of(), matcher.nameMatches("merging in a text reasoner's weights"), "reasoners is two edits from xreasoner");
        assertEquals(Map.of("x", 0.9), matcher.nameMatches("the X-Reasoners paper"));
        assertEquals(Map.of("c", 0.9), matcher.nameMatches("chessvison dataset"));
        TitleMatcher neighbours = new TitleMatcher(Map.of("r", "Quiet-STaR: Thinking", "t", "Quiet-STaT: Statistics"));
        assertEquals(Map.of("r", 1.0), neighbours.nameMatches("is quiet star better?"), "an exact name is no typo of its neighbour");
        TitleMatcher named = new TitleMatcher(Map.of(
                "n", "Reasoning Models Can Be Effective Without Thinking",
                "t", "Thinking Models Learn When to Think",
                "d", "Why Do Models Fail",
                "h", "How Do Agents Plan"), Map.of("n", List.of("NoThinking")));
        assertEquals(Map.of(), named.nameMatches("why do thinking models give dangerous answers"), "words titles use are no misspelt name");
        assertEquals(Map.of("n", 1.0), named.nameMatches("what does no-thinking gain"));
        assertEquals(Map.of("n", 0.9), named.nameMatches("is nothinkng any good"));
        assertEquals(Map.of("n", 0.9), named.nameMatches("is no thinkng any good"), "the typo is in the name's own word");
        TitleMatcher stitch = new TitleMatcher(Map.of("t", "STITCH: Simultaneous Thinking and Talking", "w", "SwiReasoning: Switch-Thinking in Latent Space"));
        assertEquals(Map.of(), stitch.nameMatches("switch thinking"), "a word a title writes is that word, no misspelt name");
        assertEquals(Map.of("t", 0.9), stitch.nameMatches("stitchh"));
        TitleMatcher anchor = new TitleMatcher(Map.of("h", "Toward Honest Language Models", "a", "Thought Anchor Points"), Map.of("h", List.of("ACNCHOR")));
        assertEquals(Map.of("h", 0.9), anchor.nameMatches("that ANCHOR paper"), "written in capitals, a name with a typo whatever titles write");
        assertEquals(Map.of(), anchor.nameMatches("an anchor point"), "written as a word, the word");
        TitleMatcher markov = new TitleMatcher(Map.of("m", "The Markovian Thinker", "c", "Markov Chains of Markovization"));
        assertEquals(Map.of("markovian", 1, "markovization", 1), markov.titleWordsBeginning("markov"), "longer words only, not the word itself");
        assertEquals(Map.of(), markov.titleWordsBeginning("markz"));
        TitleMatcher grpo = new TitleMatcher(Map.of("v", "Reinforcing Video Reasoning"), Map.of("v", List.of("TW-GRPO")));
        assertEquals(Map.of(), grpo.nameMatches("what modifications to GRPO have been proposed"), "a typo would be in \"to\", no word of a name");
        assertTrue(TitleMatcher.withinOneEdit("chessvison", "chessvision"));
        assertTrue(TitleMatcher.withinOneEdit("quietstra", "quietstar"));
        assertTrue(TitleMatcher.withinOneEdit("quietstat", "quietstar"));
        assertFalse(TitleMatcher.withinOneEdit("reasoners", "xreasoner"));
        assertFalse(TitleMatcher.withinOneEdit("abc", "abcde"));
        // A short word's one allowed typo is two letters swapped: "teh" is "the", "thy" is not.
        TitleMatcher markovian = new TitleMatcher(Map.of("m", "The Markovian Thinker"));
        assertEquals(1.0, markovian.coverage("Teh Markovian Thinker", "m"));
        assertEquals(2.0 / 3, markovian.coverage("Thy Markovian Thinker", "m"), 1e-9);
    }

    @Test
    void should_take_another_version_of_a_name_for_another_paper_not_a_typo() {
        TitleMatcher matcher = new TitleMatcher(Map.of(
                "v3", "Skywork-R1V3 Technical Report",
                "i", "InternVL3: Exploring Advanced Training Recipes",
                "pp", "SoftCoT++: Test-Time Scaling with Soft Chain-of-Thought Reasoning"), Map.of("v3", List.of("Skywork-R1V3")));
        assertEquals(Map.of(), matcher.nameMatches("Skywork R1V2"), "a digit changed");
        assertEquals(Map.of(), matcher.nameMatches("InternVL"), "a version number dropped");
        assertEquals(Map.of(), matcher.nameMatches("InternVL32"), "a version number added to");
        assertEquals(Map.of(), matcher.nameMatches("SoftCoT"), "the name its successor extends");
        assertEquals(Map.of("v3", 1.0), matcher.nameMatches("skywork r1v3"));
        assertEquals(Map.of("pp", 1.0), matcher.nameMatches("the softcot++ paper"));
        assertEquals(Map.of("i", 0.9), matcher.nameMatches("IntrenVL3"), "letters swapped are a typo still");
        assertFalse(TitleMatcher.withinOneEdit("internvl2", "internvl3"), "title words of other versions");
        assertTrue(TitleMatcher.withinOneEdit("skywerk", "skywork"));
        assertTrue(TitleMatcher.withinOneEdit("polciy", "policy"), "two neighbours swapped");
        assertTrue(TitleMatcher.withinOneEdit("logcial", "logical"));
        assertFalse(TitleMatcher.withinOneEdit("polcyi", "policy"), "two slips");
    }

    @Test
    void should_match_the_memorable_part_of_a_title_before_its_colon() {
        TitleMatcher matcher = new TitleMatcher(Map.of("m", "Done Is Better than Perfect: Unlocking Efficient Reasoning by Structured Multi-Turn Decomposition"));
        assertEquals(1.0, matcher.coverage("the 'done is better then perfect' paper", "m"));
        assertTrue(matcher.coverage("better reasoning", "m") < 0.6);
    }

    @Test
    void should_read_a_title_looked_up_by_its_keywords_whole_and_a_question_by_all_its_words() {
        Map<String, String> titles = new HashMap<>(Map.of(
                "s", "A Survey on Latent Reasoning",
                "t", "Towards Large Reasoning Models: A Survey of Reinforced Reasoning with Large Language Models"));
        // The field's words are in many titles, so that no word of the lookup below is one few titles have.
        for (int i = 0; i < 100; i++) titles.put("f" + i, "Large Reasoning Models Study " + i);
        TitleMatcher matcher = new TitleMatcher(titles);
        assertEquals(1.0, matcher.coverage(TitleMatcher.words("survey latent reasoning"), "s", true), "a left-out function word is no word missing");
        assertEquals(0.6, matcher.coverage(TitleMatcher.words("survey latent reasoning"), "s", false), 1e-9, "a question's words cover all of a title");
        assertEquals(4.0 / 7, matcher.coverage(TitleMatcher.words("large reasoning language models"), "t", true), 1e-9,
                "a word the title repeats counts once: four of its seven words besides function words");
        assertEquals(1.0 / 3, matcher.coverage(TitleMatcher.words("a survey on"), "s", true), 1e-9, "nor is a function word given a word found");
        // A title lookup may give a run of the title's words by their initials, function words between them or not.
        TitleMatcher lp = new TitleMatcher(Map.of("lp", "Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward"));
        assertEquals(1.0, lp.coverage(TitleMatcher.words("Low-probability tokens sustain exploration in RLVR"), "lp", true));
        assertEquals(1.0, lp.coverage(TitleMatcher.words("low probability tokens sustain exploration in rlwvr"), "lp", true));
        assertEquals(6.0 / 11, lp.coverage(TitleMatcher.words("Low-probability tokens sustain exploration in RLVR"), "lp", false), 1e-9,
                "a question's words are not read so");
        assertEquals(5.0 / 9, lp.coverage(TitleMatcher.words("Low-probability tokens sustain exploration in RLHF"), "lp", true), 1e-9,
                "initials the title's words do not spell");
        TitleMatcher dpo = new TitleMatcher(Map.of("d", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"));
        assertTrue(dpo.coverage(TitleMatcher.words("DPO-like methods"), "d", true) < 0.6, "initials alone complete no title: a topic");
    }

    @Test
    void should_tell_a_title_that_gives_the_name_asked_for_in_another_version() {
        assertTrue(TitleMatcher.otherVersion("Skywork-R1V2 Technical Report", "Skywork-R1V3 Technical Report"));
        assertTrue(TitleMatcher.otherVersion("InternVL 2.5: Advancing Open-Source Multimodal Models", "InternVL3.5: Advancing Open-Source Multimodal Models"));
        assertTrue(TitleMatcher.otherVersion("the Qwen2.5 technical report", "Qwen3 Technical Report"));
        for (String same : List.of("Skywork R1V3", "skywork-r1v3 technical report", "InternVL 3.5", "InternVL3.5", "Skywork Technical Report")) {
            assertFalse(TitleMatcher.otherVersion(same, "Skywork-R1V3 Technical Report / InternVL3.5"), same);
        }
        // No version of a name: "GPT-4o" is a name of its own, and numbers of lower-case words are no versions.
        assertFalse(TitleMatcher.otherVersion("GPT-4o reasons", "GPT-4 Technical Report"));
        assertFalse(TitleMatcher.otherVersion("reasoning in 2 steps", "Reasoning in 3 Steps"));
    }

    @Test
    void should_tell_a_title_of_the_same_name_that_says_something_else() {
        assertTrue(TitleMatcher.contradicts("ReFT: Representation Finetuning for Language Models", "ReFT: Reasoning with Reinforced Fine-Tuning"));
        assertFalse(TitleMatcher.contradicts("titans: learning to memorise at test-time", "Titans: Learning to Memorize at Test Time"));
        // What is said before the name, of what it is and whose, is no other name.
        String quiet = "Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking";
        for (String lead : List.of("the paper ", "the Stanford paper ", "Stanford University, ")) {
            assertFalse(TitleMatcher.contradicts(lead + quiet, quiet), lead);
        }
        assertTrue(TitleMatcher.contradicts("the paper ReFT: Representation Finetuning for Language Models", "ReFT: Reasoning with Reinforced Fine-Tuning"));
        for (String otherName : List.of("Stockfish Framework: ", "The Stockfish: ", "AlphaZero Study: ", "the paper Stockfish: ",
                "Google DeepMind, AlphaZero: ", "Stockfish Zero, Version 2: ")) {
            assertTrue(TitleMatcher.contradicts(otherName + quiet.split(": ", 2)[1], quiet), otherName);
        }
        assertFalse(TitleMatcher.contradicts("klear reasoner: gradient clipping", "Klear-Reasoner: Advancing Reasoning via Gradient-Preserving Clipping"));
        assertFalse(TitleMatcher.contradicts("ReFT", "ReFT: Reasoning with Reinforced Fine-Tuning"), "a name alone says nothing else");
        assertFalse(TitleMatcher.contradicts("Lazy Eviction: Lagged KV Eviction", "LazyEviction: Lagged KV Eviction with Attention"), "a name spelt apart");
        String quietStar = "Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking";
        assertFalse(TitleMatcher.contradicts("Zelikman et al. 2024. " + quietStar + ".", quietStar), "a reference's authors and year");
        assertFalse(TitleMatcher.contradicts("E. Zelikman, N. D. Goodman. " + quietStar + ". COLM 2024.", quietStar), "and its venue");
        assertTrue(TitleMatcher.contradicts("Zelikman et al. 2024. ReFT: Representation Finetuning for Language Models.",
                "ReFT: Reasoning with Reinforced Fine-Tuning"));
    }

    @Test
    void should_match_the_side_after_the_colon_only_when_it_is_most_of_the_query() {
        TitleMatcher matcher = new TitleMatcher(Map.of(
                "r", "Right Question is Already Half the Answer: Fully Unsupervised LLM Reasoning Incentivization",
                "a", "ARM: Adaptive Reasoning Model",
                "d", "Don't Think Longer, Think Wisely: Optimizing Thinking Dynamics"));
        assertEquals(1.0, matcher.coverage("fully unsupervised LLM reasoning incentivization", "r"));
        assertEquals(1.0, matcher.coverage("adaptive reasoning model", "a"));
        assertEquals(0.75, matcher.coverage("to think: shaping adaptive reasoning in models via multi-stage RL", "a"),
                "three common words inside a longer query: the whole title's share, not the side's");
        assertEquals(1.0, matcher.coverage("dont think longer think wisely (thinking dynamics for LRMs)", "d"), "an apostrophe is no word break");
        TitleMatcher emoji = new TitleMatcher(Map.of("e", "\uD83E\uDD16: Robots That Reason About Tools"));
        assertEquals(1.0, emoji.coverage("robots that reason about tools", "e"), "a name of no word before the colon");
    }

    @Test
    void should_take_a_side_given_all_but_a_word_only_when_its_rarest_word_is_there() {
        TitleMatcher matcher = new TitleMatcher(Map.of(
                "r", "Rethinking RL for LLM Reasoning: It's Sparse Policy Selection",
                "e", "The Entropy Mechanism of RL for LLM Reasoning",
                "g", "Guided RL for LLM Reasoning"));
        assertEquals(4.0 / 9, matcher.coverage("which methods avoid entropy collapse in RL for LLM reasoning?", "r"), 1e-9,
                "the field's words without the title's own: the whole title's share, not the side's");
        assertEquals(0.8, matcher.coverage("the rethinking RL for reasoning paper", "r"), 1e-9);
        assertEquals(1.0, matcher.coverage("rethinking RL for LLM reasoning", "r"));
    }

    /** A title looked up with one word of its name misremembered ("smarter" for "Wisely") ranks by its other words, if one is rare. */
    @Test
    void should_take_a_looked_up_name_given_all_but_a_word_when_a_word_few_titles_have_is_there() {
        Map<String, String> titles = new HashMap<>();
        for (int i = 0; i < 200; i++) titles.put("f" + i, "Filler Study Number " + i + ": Common Words Of The Field");
        titles.putAll(Map.of("d", "Don't Think Longer, Think Wisely: Optimizing Thinking Dynamics for Large Reasoning Models",
                "o", "Don't Overthink It", "l", "Think Longer Later",
                "r", "Rethinking RL for LLM Reasoning: It's Sparse Policy Selection",
                "e", "The Entropy Mechanism of RL for LLM Reasoning", "g", "Guided RL for LLM Reasoning"));
        TitleMatcher matcher = new TitleMatcher(titles);
        assertEquals(0.65, matcher.coverage(TitleMatcher.wordsInBothForms("dont think longer think smarter"), "d", true), 1e-9,
                "\"Wisely\" is the rarest word, but \"Don't\" and \"Longer\" are in 2 of 206 titles: ranked, not found");
        assertEquals(1.0 / 3, matcher.coverage("dont think longer think smarter", "d"), 1e-9, "a question's words must give the rarest");
        assertEquals(3.0 / 8, matcher.coverage(TitleMatcher.wordsInBothForms("RL for LLM reasoning"), "r", true), 1e-9,
                "RL, LLM and reasoning are in every title of the field: the whole title's share");
        assertEquals(0.0, matcher.coverage(TitleMatcher.wordsInBothForms("guided visual fine-tuning"), "d", true));
        Map<String, String> field = new HashMap<>(Map.of("w", "Towards Large Reasoning Models: A Survey"));
        for (int i = 0; i < 200; i++) field.put("f" + i, "Large Language Models Study " + i);
        for (int i = 0; i < 5; i++) field.put("t" + i, "Towards Topic " + i);
        assertEquals(0.6, new TitleMatcher(field).coverage(TitleMatcher.wordsInBothForms("towards large language models"), "w", true), 1e-9,
                "the side's rarest word is in 6 of 206 titles, the others in most: the whole title's share, no misremembered name");
    }

    @Test
    void should_judge_a_query_about_words_the_collection_never_uses_as_not_covered() {
        Map<String, Double> idf = Map.of("homomorph", 6.0, "reason", 3.0, "llm", 3.0);
        List<String> terms = List.of("homomorph", "reason", "llm");
        // Half the question's weight is on a word no paper uses, and the best paper is not close in meaning.
        assertFalse(Evidence.DEFAULT.judge("q", List.of(hit(0.74)), terms, idf, Set.of("reason", "llm"), Set.of("homomorph"), 300).covered());
        // Too few papers to tell a missing topic from a missing word.
        assertTrue(Evidence.DEFAULT.judge("q", List.of(hit(0.74)), terms, idf, Set.of("reason", "llm"), Set.of("homomorph"), 60).covered());
        // The same words with a paper close in meaning: a small collection simply lacks the word.
        assertTrue(Evidence.DEFAULT.judge("q", List.of(hit(0.80)), terms, idf, Set.of("reason", "llm"), Set.of("homomorph"), 300).covered());
        // "papers", which few abstracts say, weighs much but names no topic: the missing word is a third of the rest.
        Map<String, Double> withPapers = Map.of("papers", 6.0, "earthquak", 5.0, "reason", 3.0, "llm", 3.0);
        assertFalse(Evidence.DEFAULT.judge("q", List.of(hit(0.74)), List.of("papers", "earthquak", "reason", "llm"), withPapers,
                Set.of("reason", "llm"), Set.of("earthquak"), 300).covered());
    }

    @Test
    void should_match_a_name_the_abstract_introduces_even_misspelt_by_the_paper() {
        TitleMatcher matcher = new TitleMatcher(Map.of("h", "Toward Honest Language Models for Deductive Reasoning"),
                Map.of("h", List.of("ACNCHOR")));
        assertEquals(0.9, matcher.nameMatches("that ANCHOR paper on abstaining").get("h"));
        assertEquals(Map.of(), matcher.nameMatches("honest models"));
    }

    @Test
    void should_weight_expansion_terms_by_how_much_the_best_papers_use_them() {
        Map<String, Double> weights = new Rm3(2, 3, 0.5).expand(List.of("entropi", "collaps"), List.of(
                List.of("entropi", "polici", "polici", "explor"),
                List.of("polici", "reward", "explor", "explor"),
                List.of("ignor", "ignor", "ignor", "ignor")));
        assertEquals(List.of("entropi", "collaps", "polici", "explor"), List.copyOf(weights.keySet()));
        assertEquals(1.0, weights.values().stream().mapToDouble(Double::doubleValue).sum(), 1e-12);
        // The query keeps half the weight; "entropi" gets its share twice, as a query word and as feedback.
        assertEquals(0.25, weights.get("collaps"), 1e-12);
        assertTrue(weights.get("entropi") > 0.25 && weights.get("polici") > weights.get("explor"));
        assertEquals(Map.of("a", 1.0), new Rm3(10, 10, 0.5).expand(List.of("a"), List.of()));
    }

    @Test
    void should_let_coverage_of_the_rare_words_make_up_for_a_low_cosine() {
        Map<String, Double> idf = Map.of("delethink", 6.0, "month", 3.0, "cost", 1.0);
        List<String> terms = List.of("delethink", "month", "cost");
        assertTrue(Evidence.DEFAULT.judge("q", List.of(hit(0.62)), terms, idf, Set.of("delethink", "month"), Set.of(), 300).covered());
        assertFalse(Evidence.DEFAULT.judge("q", List.of(hit(0.62)), terms, idf, Set.of("cost"), Set.of(), 300).covered());
    }

    private static PaperHit hit(double cosine) {
        return new PaperHit(dev.paperchat.corpus.Paper.of("T", "Some abstract text here.", List.of(), null, null, null, null,
                new dev.paperchat.corpus.Source("f", 1)), List.of(), 1, 1, 1, cosine, 0, List.of());
    }
}
