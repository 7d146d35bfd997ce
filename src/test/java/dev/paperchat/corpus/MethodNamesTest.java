package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MethodNamesTest {
    private static Paper paper(String title, String abstractText) {
        return Paper.of(title, abstractText, List.of(), null, null, null, null, new Source("t", 1));
    }

    @Test
    void should_name_a_proposed_method_by_its_expansion_and_acronym() {
        assertEquals("Entropy Minimized Policy Optimization (EMPO)", MethodNames.of(paper("Right Question is Already Half the Answer",
                "Methods exist. In this work, we propose Entropy Minimized Policy Optimization (EMPO), which works.")));
    }

    /** A baseline the paper compares with is no name of it; a dataset it introduces may be. */
    @Test
    void should_not_name_a_paper_by_the_baseline_it_beats() {
        Paper scripts = paper("Non-Sequential Graph Script Induction via Multimedia Grounding", "Resources such as WikiHow hold scripts. "
                + "We ground videos to WikiHow textual steps. Our model outperforms the WikiHow linear baseline by 48.4%.");
        assertEquals("Non-Sequential Graph Script Induction via Multimedia Grounding", MethodNames.of(scripts, Set.of("WikiHow")));
        assertTrue(MethodNames.baseline(scripts.abstractText(), "WikiHow"));
        Paper data = paper("Reasoning or Memorization?", "We introduce RandomCalculation, a leakage-free dataset. RandomCalculation shows contamination.");
        assertFalse(MethodNames.baseline(data.abstractText(), "RandomCalculation"));
    }

    /** A LaTeX macro left in an abstract ("\\(\\scoreGamma\\)") is markup, no name of what the paper proposes. */
    @Test
    void should_take_no_latex_macro_for_a_name() {
        Paper paper = paper("Benchmarking Abstract and Reasoning Abilities", "Based on this framework, we introduce two novel metrics: "
                + "\\(\\scoreGamma\\) measures accuracy, while \\(\\scoreDelta\\) quantifies reliance on symbols.");
        assertTrue(MethodNames.introduced(paper).stream().noneMatch(name -> name.startsWith("score")), MethodNames.introduced(paper).toString());
        assertEquals("Benchmarking Abstract and Reasoning Abilities", MethodNames.of(paper));
    }

    @Test
    void should_prefer_the_name_before_the_title_colon_and_expand_it() {
        assertEquals("Phase Entropy Aware Reward (PEAR)", MethodNames.of(paper("PEAR: Phase Entropy Aware Reward for Efficient Reasoning",
                "We propose Phase Entropy Aware Reward (PEAR), a reward.")));
        assertEquals("ETTRL", MethodNames.of(paper("ETTRL: Balancing Exploration", "We do things. It works well.")));
    }

    /** A slogan before the colon is kept beside a coined name, but a spelled-out one names the method alone. */
    @Test
    void should_name_a_paper_with_a_slogan_by_its_method() {
        assertEquals("Compressed Latent Reasoning (CoLaR)", MethodNames.of(paper("Think Silently, Think Fast: Dynamic Latent Compression",
                "We propose Compressed Latent Reasoning (CoLaR), a framework.")));
        assertEquals("Boosting Things, CoT-Max", MethodNames.of(paper("Boosting Things: Push the Limit", "We introduce CoT-Max, a method."),
                Set.of("CoT-Max")));
    }

    @Test
    void should_name_a_technical_report_by_what_it_reports_not_a_variant_it_introduces() {
        assertEquals("Phi-4-reasoning", MethodNames.of(paper("Phi-4-reasoning Technical Report",
                "We introduce Phi-4-reasoning, a reasoning model. We further introduce Phi-4-reasoning-plus, a variant."),
                Set.of("Phi-4-reasoning-plus")));
    }

    @Test
    void should_read_a_name_followed_by_its_expansion() {
        assertEquals("Chain of Continuous Thought (Coconut)", MethodNames.of(paper("Training Large Language Models to Reason in a Continuous Latent Space",
                "We introduce a new paradigm Coconut (Chain of Continuous Thought). It reasons in latent space.")));
    }

    @Test
    void should_name_a_paper_by_the_first_distinctive_name_it_introduces_over_a_generic_acronym() {
        Paper paper = paper("Learning When to Think: Shaping Adaptive Reasoning in R1-Style Models",
                "Models overthink. We propose AutoThink, a multi-stage reinforcement learning (RL) framework for LLMs.");
        assertEquals("Learning When to Think", MethodNames.of(paper), "a term of the field in lower case names no method");
        assertEquals("Learning When to Think, AutoThink", MethodNames.of(paper, Set.of("AutoThink")));
        Paper untitled = paper("Predictive Auditing of Hidden Tokens in LLM APIs",
                "To bridge this gap, we present PALACE (Predictive Auditing of LLM APIs via Reasoning Token Count Estimation), a framework.");
        assertEquals("PALACE", MethodNames.of(untitled, Set.of("PALACE")));
        assertEquals("Predictive Auditing of Hidden Tokens in LLM APIs", MethodNames.of(untitled, Set.of()));
    }

    @Test
    void should_not_name_a_paper_by_a_kind_of_model_it_defines() {
        assertEquals("Scaling up Masked Diffusion Models on Text", MethodNames.of(paper("Scaling up Masked Diffusion Models on Text",
                "In this work, we present Masked Diffusion Models (MDMs) at scale."), Set.of("MDMs")));
        assertEquals("Shape of Thought", MethodNames.of(paper("Shape of Thought: When Distribution Matters",
                "We present the finding that training on chain-of-thought (CoT) traces helps.")));
        assertEquals("Efficient Inference for Large Reasoning Models: A Survey", MethodNames.of(paper("Efficient Inference for Large Reasoning Models: A Survey",
                "First, we introduce a taxonomy of two categories: (a) explicit compact Chain-of-Thought (CoT), and (b) implicit latent CoT.")),
                "a survey's list of what others do");
    }

    @Test
    void should_name_a_paper_by_a_versioned_acronym_it_defines_and_introduces_even_when_other_papers_use_it() {
        assertEquals("continuously-valued tokens (CoT2)", MethodNames.of(paper("Continuous Chain of Thought Enables Parallel Exploration",
                "Reasoning with continuously-valued tokens (CoT2) offers more. We propose a training method for CoT2."), Set.of()));
    }

    @Test
    void should_not_name_a_paper_by_a_field_method_it_builds_on() {
        assertEquals("Rollouts that Branch Early", MethodNames.of(paper("Rollouts that Branch Early",
                "Group Relative Policy Optimization (GRPO) is popular. We introduce a rollout strategy integrated into GRPO."), Set.of()));
    }

    @Test
    void should_expand_a_title_name_with_the_acronym_the_abstract_gives_it() {
        assertEquals("Universal Reasoner (UniR)", MethodNames.of(paper("Universal Reasoner: A Single, Composable Reasoner",
                "We propose Universal Reasoner (UniR), a reasoning module."), Set.of("UniR")));
        assertEquals("Think-Then-Embed (TTE)", MethodNames.of(paper("Think Then Embed: Generative Context",
                "We propose a Think-Then-Embed (TTE) framework."), Set.of("TTE")));
        assertEquals("X-Reasoner", MethodNames.of(paper("X-Reasoner: Towards Generalizable Reasoning",
                "We introduce X-Reasoner-Med, a medical variant."), Set.of("X-Reasoner-Med")), "a variant does not rename the paper");
        assertEquals("Failed-Step Fraction (FSF)", MethodNames.of(paper("What Characterizes Effective Reasoning? Revisiting Length",
                "We introduce a graph view of CoT and identify a single statistic-the *Failed-Step Fraction (FSF)*, the fraction of steps.")));
    }

    @Test
    void should_offer_the_other_names_a_paper_introduces_but_not_its_variants_or_words() {
        assertEquals(List.of("KL-Cov"), MethodNames.others("Clip-Cov", List.of("Clip-Cov", "KL-Cov", "LLMs")));
        assertEquals(List.of(), MethodNames.others("Hawkeye", List.of("HAWKEYE", "Hawkeye-7B")));
        assertEquals(List.of("AEPO"), MethodNames.others("Agentic Entropy (ARES)", List.of("ARES-Bench", "AEPO", "SAT-based", "to-SQL", "R1-like")));
    }

    @Test
    void should_fall_back_to_the_title() {
        assertEquals("A Study of Things", MethodNames.of(paper("A Study of Things", "We look at things (TNG) and more.")));
    }

    @Test
    void should_list_the_names_an_abstract_gives_what_it_proposes() {
        Paper paper = paper("Toward Honest Language Models", "Models use CoT and GRPO. To address this, we propose ACNCHOR, "
                + "a method built on LLMs. We also introduce Group Honesty Optimization (GHO). Prior work used PPO-Clip.");
        assertEquals(Set.of("GHO", "ACNCHOR"), MethodNames.introduced(paper), "not what it is built on");
        assertEquals(List.of("Clip-Cov", "KL-Cov"), List.copyOf(MethodNames.introduced(paper("The Entropy Mechanism",
                "Entropy collapses. We propose two simple yet effective techniques, namely Clip-Cov and KL-Cov."))));
        assertEquals(List.of("RISE"), List.copyOf(MethodNames.introduced(paper("Fantastic Reasoning Behaviors",
                "We propose an unsupervised framework (namely, RISE: Reasoning behavior Interpretability via Sparse auto-Encoder)."))));
        // The successor's name is the paper's; the name it extends is an earlier paper's.
        assertEquals(List.of("SoftCoT++"), List.copyOf(MethodNames.introduced(paper("SoftCoT++: Test-Time Scaling",
                "Prior work is limited. To overcome this, we introduce SoftCoT++ to extend SoftCoT to new settings."))));
        Paper analogies = paper("Analogical Reasoning", "We introduce a benchmark on which our method outperforms o3-mini and DeepSeek.");
        assertEquals(List.of(), List.copyOf(MethodNames.introduced(analogies)), "what the proposal is set against");
        assertEquals(Set.of(), MethodNames.defined(analogies), "coined words near a proposal are not defined by it");
        assertEquals(Set.of("Coconut"), MethodNames.defined(paper("Continuous Latent Space",
                "We introduce a new paradigm Coconut (Chain of Continuous Thought). It works.")));
        assertEquals(Set.of(), MethodNames.defined(paper("Visual Reinforcement Fine-Tuning", "We design verifiable reward functions "
                + "for perception tasks, such as the Intersection over Union (IoU) reward for object detection.")), "an example of what it uses");
        assertEquals(Set.of("HTE"), MethodNames.defined(paper("Thinking Like People",
                "We introduce a human-like Thought Engine (HTE) for planning.")), "'human-like' gives no example");
        assertEquals(MethodNames.key("Lp-Reg"), MethodNames.key("LP reg"));
        assertEquals(List.of("LIConBench"), List.copyOf(MethodNames.introduced(paper("Long-context LLMs Struggle",
                "Evaluation is limited. This study introduces a specialized benchmark (LIConBench) focusing on long in-context learning."))));
    }

    /** A proposal's sentence names what it proposes, not what that works on, uses or is set against: a user's corpus of remote sensing. */
    @Test
    void should_not_take_what_a_proposal_works_on_for_a_name_it_gives() {
        Paper calving = paper("Calving Front Detection in SAR Images", "Tracking fronts is tedious. We present CaFFe-Net, a convolutional network that "
                + "delineates calving fronts in synthetic aperture radar (SAR) images from Sentinel-1 and TerraSAR-X. It works.");
        assertEquals(List.of("CaFFe-Net"), List.copyOf(MethodNames.introduced(calving)));
        assertEquals(Set.of(), MethodNames.defined(calving), "SAR is what the network reads");
        assertEquals(Set.of("CD-CoT"), MethodNames.defined(paper("Robust Reasoning",
                "Here, we propose the method of contrastive denoising with noisy chain-of-thought (CD-CoT).")), "the long form's own 'with'");
        // A name the abstract keeps writing is its subject, wherever a sentence of proposal gives it.
        Paper cot2 = paper("Continuous Chain of Thought", "Thinking with continuously-valued tokens (CoT2) is richer. We show that CoT2 tracks "
                + "traces in parallel. Complementing this, we introduce sampling strategies that unlock policy optimization for CoT2.");
        assertEquals(List.of("CoT2"), List.copyOf(MethodNames.introduced(cot2)));
        assertEquals(List.of("RandomCalculation"), List.copyOf(MethodNames.introduced(paper("Reasoning or Memorization",
                "To address this, we introduce a generator that produces synthetic problems, yielding a clean dataset we call RandomCalculation."))),
                "each proposal of a sentence");
        assertEquals(List.of("PondSet"), List.copyOf(MethodNames.introduced(paper("Melt Ponds",
                "We train a U-Net to segment melt ponds. We release the labelled dataset as PondSet."))), "a name released");
    }

    @Test
    void should_read_a_name_given_in_apposition_or_by_a_naming_verb_whatever_the_sentence_says() {
        assertEquals(List.of("UniReasoner"), List.copyOf(MethodNames.introduced(paper("Large Language Models are Universal Reasoners",
                "We formalize this as the understanding-generation gap and propose UniReasoner, a framework that leverages the LLM."))));
        assertEquals(List.of("ReasonMaxxer"), List.copyOf(MethodNames.introduced(paper("Rethinking RL for LLM Reasoning",
                "We translate this insight into ReasonMaxxer, a minimal RL-free method."))));
        assertEquals(List.of("Cliff-as-a-Judge"), List.copyOf(MethodNames.introduced(paper("Refusal Falls off a Cliff",
                "Building on these insights, we propose Cliff-as-a-Judge, a novel data selection method."))));
        assertEquals(List.of("CodeQueries", "VILASR", "NoThinking"), List.copyOf(MethodNames.introduced(paper("Three Ways",
                "We build a curated dataset called CodeQueries. Our model, named VILASR, works. Skipping it, denoted as NoThinking, helps."))));
        assertEquals("UniReasoner", MethodNames.of(paper("Large Language Models are Universal Reasoners",
                "We propose UniReasoner, a framework."), Set.of("UniReasoner")));
        assertEquals(List.of("SparseMT"), List.copyOf(MethodNames.introduced(paper("Sparse Mixture-of-Experts for Machine Translation",
                "We study sparse experts. Our model, SparseMT, routes each token to two of 64 experts."))));
        assertEquals(List.of("RouteNet"), List.copyOf(MethodNames.introduced(paper("Routing", "Our proposed method RouteNet routes tokens."))));
        assertEquals(Set.of("Elastic Reasoning"), MethodNames.defined(paper("Scalable Chain of Thoughts via Elastic Reasoning",
                "We propose Elastic Reasoning, a novel framework for scalable chain of thoughts.")), "a name of capitalised words, in apposition");
        assertEquals("Elastic Reasoning", MethodNames.of(paper("Scalable Chain of Thoughts via Elastic Reasoning",
                "We propose Elastic Reasoning, a novel framework for scalable chain of thoughts."), Set.of("Elastic Reasoning")));
        assertEquals(Set.of(), MethodNames.defined(paper("Budgets", "We study Elastic Reasoning, a framework others propose. "
                + "We present results, a benchmark of sorts. We introduce Large language models, a class of models.")), "no proposal, or not a name");
    }

    @Test
    void should_not_take_a_benchmark_a_paper_evaluates_on_for_a_name_it_gives() {
        assertEquals(List.of(), List.copyOf(MethodNames.introduced(paper("ReWOO",
                "ReWOO achieves 5x token efficiency on HotpotQA, a multi-step reasoning benchmark. We test on ParaRev, a task, and FinQA, "
                + "a math-oriented QA benchmark. RL, an old idea, helps."))));
    }

    @Test
    void should_leave_out_the_name_a_paper_builds_its_own_on() {
        Paper quiet = paper("Quiet-STaR: Language Models Can Teach Themselves to Think",
                "We present Quiet-STaR, a generalization of STaR in which LMs learn to generate rationales at each token.");
        assertEquals(Set.of("Quiet-STaR"), MethodNames.introduced(quiet));
        Paper calm = paper("CALM Before the STORM", "We introduce CALM, a framework, and train STORM, a model built with CALM-STORM data.");
        assertTrue(MethodNames.introduced(calm).containsAll(List.of("CALM", "STORM")), "names of its own, not built on: " + MethodNames.introduced(calm));
    }

    @Test
    void should_say_which_title_spells_a_name() {
        assertTrue(MethodNames.spelledByTitle("DPO", "Direct Preference Optimization: Your Language Model is Secretly a Reward Model"));
        assertTrue(MethodNames.spelledByTitle("TAPO", "Tool-Augmented Policy Optimization: Synergizing Reasoning and Tool Use"));
        assertTrue(MethodNames.spelledByTitle("UniR", "Universal Reasoner: A Single, Composable Plug-and-Play Reasoner"));
        assertTrue(MethodNames.spelledByTitle("MIA", "Memory Intelligence Agent"));
        assertTrue(MethodNames.spelledByTitle("CoT", "Chain of Thought. Prompting Elicits Reasoning"), "small words are no initials");
        assertFalse(MethodNames.spelledByTitle("DPO", "Offline Reinforcement Learning for LLM Multi-Step Reasoning"));
        assertFalse(MethodNames.spelledByTitle("DPO", "Direct Preference Optimization of Video Models"), "more words than the name's letters");
        assertFalse(MethodNames.spelledByTitle("D", "Direct"), "one capital spells nothing");
        assertFalse(MethodNames.spelledByTitle("dpo", "Direct Preference Optimization"), "no capitals");
        assertFalse(MethodNames.spelledByTitle("ABCDEFG", "Alpha Beta Charlie Delta Echo Foxtrot Golf"), "a long first clause is a sentence");
        assertFalse(MethodNames.spelledByTitle("DPO", ""));
        assertFalse(MethodNames.spelledByTitle("DPO", ": - :"));
    }

    @Test
    void should_read_names_from_hostile_abstracts_in_linear_time() {
        String capitals = "A".repeat(19_000);
        List<String> abstracts = List.of("We propose " + capitals + "_ now.", "We propose " + capitals + ", a method.",
                "called " + "Ab-".repeat(6_000) + "x", "We propose " + "Ab-cd-".repeat(3_000) + "Z, a model.",
                "We propose " + "word ".repeat(3_800) + ", a method.", ("x" + capitals + " ").repeat(1), "named " + "a1".repeat(9_000));
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String text : abstracts) {
                Paper paper = paper("Hostile", text);
                MethodNames.introduced(paper);
                MethodNames.of(paper, MethodNames.introduced(paper));
            }
        });
    }
}
