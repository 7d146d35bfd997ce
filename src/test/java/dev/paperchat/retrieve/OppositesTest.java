package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class OppositesTest {

    @Test
    void should_read_a_problem_overcome_as_no_good_done() {
        String sentence = "Experiments show that these methods encourage exploration, thus helping policy escape entropy collapse and achieve better downstream performance.";
        assertEquals(Optional.of("the cited sentence calls it a problem to overcome (\"escape entropy collapse\")"),
                Opposites.of("Entropy collapse improves downstream performance.", sentence, false));
        assertEquals(Optional.empty(), Opposites.of("Escaping entropy collapse improves downstream performance.", sentence, false));
        assertEquals(Optional.empty(), Opposites.remedied("It improves downstream performance.", "We mitigate it."), "a pronoun names no subject");
        assertEquals(Optional.empty(), Opposites.remedied("Exploration helps reasoning.", "We prevent collapse of exploration."), "collapse, not exploration");
    }

    @Test
    void should_read_a_title_s_verb_said_the_other_way() {
        String title = "Low-probability Tokens Sustain Exploration in Reinforcement Learning with Verifiable Reward";
        assertEquals(Optional.of("the paper's title says the opposite (\"sustain\")"),
                Opposites.titleSaysOtherwise("Low-probability tokens hinder exploration in RLVR.", title));
        assertEquals(Optional.empty(), Opposites.titleSaysOtherwise("Low-probability tokens help exploration in RLVR.", title));
        // A title's adjectives and denials are headlines, not claims of the paper's results.
        assertEquals(Optional.empty(), Opposites.titleSaysOtherwise("Orca 2 matches models 5-10x larger.", "Orca 2: Teaching Small Language Models How to Reason"));
        assertEquals(Optional.empty(), Opposites.titleSaysOtherwise("NoThinking reduces latency by 9x compared with Thinking.",
                "Reasoning Models Can Be Effective Without Thinking"));
    }

    @Test
    void should_find_a_claim_that_says_the_opposite_of_its_sentence() {
        assertEquals(Optional.of("the cited sentence says the opposite (\"outperform\")"),
                Opposites.of("NoThinking underperforms Thinking.", "NoThinking outperforms Thinking with budget forcing.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"improvement\")"),
                Opposites.of("Quiet-STaR hurts zero-shot accuracy.", "We find zero-shot improvements on GSM8K.", false));
        // How often: "frequently" is no "rarely".
        assertEquals(Optional.of("the cited sentence says the opposite (\"rarely\")"),
                Opposites.of("Reflections frequently alter the model's initial answer.",
                        "Reflections are predominantly confirmatory and rarely alter the model's initial answer.", false));
        assertTrue(Opposites.of("Reflections rarely alter the initial answer.", "Reflections rarely alter the model's initial answer.", false).isEmpty());
        // How compute grows, and how a search goes.
        assertEquals(Optional.of("the cited sentence says the opposite (\"linear\")"), Opposites.of("Markovian Thinking makes compute grow quadratically.",
                "Markovian Thinking yields linear compute with constant memory.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"breadth\")"), Opposites.of("Coconut performs a depth-first search over steps.",
                "Coconut can encode multiple next steps, allowing a breadth-first search over steps.", false));
        assertEquals(Optional.of("the cited sentence says this is not so"),
                Opposites.of("Soft Thinking requires additional training.", "We introduce Soft Thinking, a training-free method.", false));
        assertEquals(Optional.of("the cited sentence says this is not so"), Opposites.of("Thinking tokens help large reasoning models translate better.",
                "We find that thinking tokens do not help LRMs better perform MT.", false), "the denied word, and half the rest");
        assertEquals(Optional.of("the cited sentence says this is not so"), Opposites.of("The approach requires fine-tuning.",
                "The approach requires no fine-tuning and matches strong baselines.", false), "what is denied ends at the clause");
        assertEquals(Optional.of("the cited sentence says this is not so"), Opposites.of("DPO requires fitting a reward model.",
                "DPO is stable, eliminating the need for fitting a reward model.", false));
        // A clause of a noun that denies ("that the base model did not have") leaves the claim's own assertion to check.
        String rl = "Evidence increasingly suggests that RL does not teach new strategies; it redistributes probability mass.";
        assertEquals(Optional.of("the cited sentence says this is not so"),
                Opposites.of("Reinforcement learning teaches models new reasoning strategies that the base model did not have.", rl, false));
        assertTrue(Opposites.of("Studies show that RL does not teach new strategies.", rl, false).isEmpty(), "what is said after \"show that\"");
        assertTrue(Opposites.of("The model is robust to code that is not relevant to the query.",
                "We find the model is robust to code that is not relevant to the query.", false).isEmpty(), "the claim's own denial, in the sentence too");
        for (String agrees : List.of("DPO skips fitting a reward model.", "DPO was introduced to bypass fitting a reward model.", "DPO removes reward model fitting.")) {
            assertTrue(Opposites.of(agrees, "DPO is stable, eliminating the need for fitting a reward model.", false).isEmpty(), agrees);
        }
        assertEquals(Optional.of("the cited sentence says the opposite (\"destabilize\")"), Opposites.of("An unselective focus on entropy keeps training stable.",
                "An unselective focus on entropy risks destabilizing training.", false));
        assertTrue(Opposites.of("Lp-Reg keeps training stable.", "Lp-Reg enables stable on-policy training.", false).isEmpty());
        assertTrue(Opposites.of("UloRL accelerates training by dividing ultra long output decoding into short segments, which cuts delays caused by long-tail samples.",
                "UloRL divides ultra long output decoding into short segments, enabling efficient training by mitigating delays caused by long-tail samples.",
                false).isEmpty(), "mitigating a delay is no opposite of accelerating");
        assertTrue(Opposites.of("Our approach keeps the KV cache small.", "Our approach stops generation early, and the KV cache stays small.", false).isEmpty());
        assertEquals(Optional.of("the cited sentence says the opposite (\"restrict\")"),
                Opposites.of("Clip-Cov and KL-Cov increase policy entropy by raising the update of high-covariance tokens.",
                        "We propose Clip-Cov and KL-Cov, which control entropy by restricting the update of high-covariance tokens.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"improve\")"),
                Opposites.of("Training only on the 20% lowest-entropy tokens leads to a marked decline in performance.",
                        "We improve RLVR by restricting policy gradient updates to forking tokens, utilizing only 20% of the tokens.", false),
                "restricting an update is no decline");
        String reweights = "Evidence suggests that RL does not teach new strategies; it redistributes probability mass over solutions the base model already contains.";
        assertTrue(Opposites.of("RL doesn't teach new reasoning abilities, it just reweights what the base model knows.", reweights, false).isEmpty(),
                "a contraction denies as 'does not' does");
        assertTrue(Opposites.of("RL does not teach new reasoning abilities, it just reweights what the base model knows.", reweights, false).isEmpty());
        assertEquals(Optional.of("the cited sentence says it does (\"surpass\")"), Opposites.of("Orca 2 does not surpass models of similar size.",
                "Orca 2 significantly surpasses models of similar size.", false));
        assertEquals(Optional.of("the cited sentence says it does (\"improve\")"), Opposites.of("Quiet-STaR does not improve zero-shot accuracy.",
                "We find zero-shot improvements on GSM8K.", false), "a word of the verb's own side");
        assertEquals(Optional.of("the cited sentence says it does (\"improve\")"), Opposites.of("Masking tokens fails to improve accuracy.",
                "Randomly masking tokens can improve accuracy.", false));
        String shorter = "We demonstrate that shorter reasoning chains are significantly more likely to yield correct answers than the longest chain.";
        assertEquals(Optional.of("the cited sentence says the opposite (\"shorter\")"), Opposites.of(
                "Longer reasoning chains are significantly more likely to yield correct answers than shorter ones.", shorter, false),
                "the same chains, the other way, though the claim says 'shorter' too");
        assertTrue(Opposites.of("Shorter reasoning chains are more likely to be correct than longer ones.", shorter, false).isEmpty());
        assertTrue(Opposites.of("Compared with longer chains, shorter chains are more accurate.", shorter, false).isEmpty(), "both words, another order");
        assertTrue(Opposites.of("Shorter chains of thought can improve accuracy.",
                "The shorter difficulty-aware CoTs achieve equal or better accuracy than Long chains, using far fewer tokens.", false).isEmpty(),
                "both words in a sentence that compares them, the claim's side named otherwise ('CoTs')");
        assertEquals(Optional.of("the cited sentence says the opposite (\"long\")"), Opposites.of("Shorter chains of thought can improve accuracy.",
                "Long chains of thought improve accuracy.", false), "the opposite word on the same thing, no comparison");
        assertEquals(Optional.of("the cited sentence says the opposite (\"stable\")"), Opposites.of("Training with Lp-Reg is unstable.",
                "Lp-Reg keeps training stable for 1,000 steps.", false), "a negating prefix");
        assertEquals(Optional.of("the cited sentence says the opposite (\"pure\")"), Opposites.of("The data is impure.", "The data is pure.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"decline\")"), Opposites.of("Training on them leads to a marked improvement.",
                "Training on them leads to a marked decline in performance.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"positive\")"), Opposites.of("The covariance term stays mostly negative.",
                "The covariance term stays mostly positive throughout training.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"greater\")"), Opposites.of("Size has a much smaller impact on memorization.",
                "Size has a much greater impact on memorization.", false));
        // Sides swapped around the verb: the same words, the other winner.
        assertEquals(Optional.of("the cited sentence says the opposite (\"NoThinking outperforms Thinking\")"),
                Opposites.of("Thinking outperforms NoThinking at low budgets.", "At low budgets, NoThinking outperforms Thinking.", false));
        assertTrue(Opposites.of("NoThinking outperforms Thinking at low budgets.", "At low budgets, NoThinking outperforms Thinking.", false).isEmpty());
        assertTrue(Opposites.of("Thinking outperforms NoThinking at low budgets.", "At low budgets, NoThinking is outperformed by Thinking.", false)
                .isEmpty(), "the passive puts the winner last");
        assertEquals(Optional.of("the cited sentence says the opposite (\"NoThinking surpasses Thinking\")"),
                Opposites.of("Thinking surpasses NoThinking.", "NoThinking surpasses Thinking.", false), "the verb as the sentence writes it");
        for (String claim : List.of("Entropy minimization alone can improve reasoning without labels.", "It displays results.",
                "The method informs the format.", "Unlike factual questions, math needs reasoning like this.")) {
            assertTrue(Opposites.of(claim, "Formal theorem proving, playing games and the format are like this.", false).isEmpty(),
                    claim + ": a word that begins as a negation and negates nothing");
        }
    }

    /** A denied verb of three letters ("use", "cut") is its own stem: it had thrown, a 500 for the claim in /api/cite and ask. */
    /** An opposite counts in the clause that says what the claim speaks of, not in one about something else. */
    @Test
    void should_read_an_opposite_in_the_clause_about_what_the_claim_says() {
        String sentence = "Evaluations demonstrate the effectiveness of Soft Thinking, improving pass@1 accuracy by up to 2.48 points"
                + " while simultaneously reducing token usage by up to 22.4% compared to standard CoT.";
        assertEquals(Optional.empty(), Opposites.of("Soft Thinking raises pass@1 by up to 2.48 points.", sentence, false));
        assertEquals(Optional.empty(), Opposites.of("Soft Thinking cuts token usage by up to 22.4% and raises pass@1 by up to 2.48 points.", sentence, false),
                "the claim says the reduction itself");
        assertEquals(Optional.of("the cited sentence says the opposite (\"reduce\")"),
                Opposites.of("Soft Thinking increases token usage by up to 22.4%.", sentence, false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"lower\")"), Opposites.of("Findings show that higher temperature regimes"
                + " (0.1-0.4) and reduced reasoning steps (4-6) consistently enhance efficiency.", "Findings show that lower temperature regimes (0.1-0.4)"
                + " and reduced reasoning steps (4-6) consistently enhance efficiency.", false), "a word of the other side elsewhere in the claim is no excuse");
        assertEquals(Optional.of("the cited sentence says the opposite (\"improve\")"), Opposites.of("GPPO degrades both exploration capacity and efficiency"
                + " in learning from negative samples.", "GPPO not only enhances the model's exploration capacity but also improves its efficiency in learning"
                + " from negative samples.", false), "what 'and' joins to the word's clause, saying nothing either way, goes on with it");
    }

    @Test
    void should_read_a_speedup_as_faster_and_successful_as_success() {
        assertEquals(Optional.of("the cited sentence says the opposite (\"speedup\")"), Opposites.of("InternVL3.5 is slower at inference than InternVL3.",
                "These contributions enable InternVL3.5 to achieve a 4.05times inference speedup over its predecessor InternVL3.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"failure\")"), Opposites.of("Excessive reflection is correlated with successful reasoning.",
                "Our analysis reveals that excessive reflection and transition thoughts are strongly correlated with failure cases.", false));
    }

    /** What a sentence says is not needed may be listed well after its verb. */
    @Test
    void should_find_a_claim_that_something_needs_what_its_sentence_says_it_does_not() {
        String sentence = "EMPO does not require any supervised information for incentivizing reasoning capabilities (i.e., neither verifiable"
                + " reasoning traces, problems with golden answers, nor additional pre-trained models).";
        assertEquals(Optional.of("the cited sentence says this is not so (\"does not require\")"),
                Opposites.of("EMPO requires verified golden answers to incentivize reasoning.", sentence, false));
        assertEquals(Optional.empty(), Opposites.of("EMPO requires no golden answers.", sentence, false));
        assertEquals(Optional.empty(), Opposites.of("It requires a verifier.", "It does not require labels, but requires a verifier.", false),
                "needs something all the same");
        assertEquals(Optional.empty(), Opposites.of("BehaviorVLM requires visual information to segment behavior.",
                "The pipeline works from visual information and does not require keypoints to segment behavior.", false), "what for is no part of what is needed");
        assertEquals(Optional.empty(), Opposites.of("EMPO requires a base model to incentivize reasoning.", sentence, false));
    }

    @Test
    void should_read_a_denied_verb_of_three_letters() {
        String sentence = "PARS uses reward functions tailored for recommendation to enhance reasoning and reflection.";
        assertTrue(Opposites.of("PARS does not use reward functions tailored for recommendation.", sentence, false).isPresent());
        assertEquals(Optional.empty(), Opposites.of("PARS does not cut reward functions.", sentence, false));
    }

    /** What a claim sets aside ("rather than ...") is no claim of it, but what it says beside that still is. */
    @Test
    void should_read_a_claim_beside_what_it_sets_aside() {
        String sentence = "Evidence increasingly suggests that RL does not teach new strategies; it redistributes probability mass over solutions.";
        assertEquals(Optional.of("the cited sentence says this is not so"), Opposites.denial(
                "RL teaches new strategies rather than redistributing probability mass over solutions the base model already contains.", sentence, false));
        assertEquals(Optional.empty(), Opposites.denial("Instead of new strategies, RL redistributes probability mass over solutions.", sentence, false));
        assertEquals(Optional.empty(), Opposites.denial("Quiet-STaR improves reasoning through continued pretraining rather than task fine-tuning.",
                "These improvements require no fine-tuning on these tasks.", false), "the fine-tuning it sets aside, the sentence denies too");
    }

    @Test
    void should_find_a_claim_of_all_cases_whose_sentence_says_some() {
        assertEquals(Optional.of("the cited sentence says this of some cases only (\"certain logical reasoning tasks\"), the claim of all (\"every reasoning task\")"),
                Opposites.overstated("Coconut outperforms chain-of-thought on every reasoning task.",
                        "Coconut outperforms CoT in certain logical reasoning tasks that require substantial search during planning."));
        assertTrue(Opposites.overstated("CoT prompting always enhances reasoning LLMs.", "CoT prompting enhances RLLMs' performance in most scenarios.")
                .isPresent());
        assertTrue(Opposites.of("Coconut outperforms chain-of-thought on every reasoning task.",
                "Coconut outperforms CoT in certain logical reasoning tasks.", false).isPresent(), "read by the claim check");
        // "always" of a sentence that says rarely, generally or more likely; "every" of a sentence of many of them.
        assertEquals(Optional.of("the cited sentence says this of some cases only (\"rarely\"), the claim of all (\"always\")"),
                Opposites.overstated("Reflections always change the initial answer.", "Reflections rarely alter the initial answer."));
        assertTrue(Opposites.overstated("Shorter chains are always more accurate.", "Shorter chains are significantly more likely to be correct.").isPresent());
        assertEquals(Optional.of("the cited sentence says this of some cases only (\"many poorly-aligned reasoning models\"), the claim of all"
                + " (\"every reasoning model\")"), Opposites.overstated("Refusal cliffs appear in every reasoning model.",
                "We discover a refusal cliff in many poorly-aligned reasoning models."));
        // The words after "all" may run into the claim's verb: the limit is of any of them.
        assertTrue(Opposites.overstated("All reasoning models experience a refusal cliff.",
                "We discover a refusal cliff in many poorly-aligned reasoning models.").isPresent());
        assertEquals(Optional.empty(), Opposites.overstated("Refusal cliffs appear in every reasoning model.", "We test many prompts."),
                "many of something else");
    }

    /** A limit of something else, a negated or idiomatic "all", says nothing of the claim's "all" (a reviewer's true claims, flagged at first). */
    @Test
    void should_let_a_claim_of_all_pass_when_the_sentence_limits_something_else() {
        for (String[] pair : new String[][] {
                {"AttentionInfluence improves all five benchmarks by 1.4pp to 3.5pp.",
                        "It gives improvements ranging from 1.4pp to 3.5pp across several knowledge-intensive and reasoning-heavy benchmarks."},
                {"SOPHIA reaches state-of-the-art performance among all open-source LVLMs.", "SOPHIA is the best open-source LVLM and rivals some closed-source models."},
                {"Not all word tokens are essential for reasoning.", "Some tokens matter more than others."},
                {"EMPO needs no labels at all.", "EMPO trains without any labels on some tasks."},
                {"After all, the model uses several tools.", "The model calls some tools."},
                {"EMPO improves accuracy on all benchmarks.", "EMPO improves accuracy on all five benchmarks."},
                {"Coconut outperforms CoT on planning tasks.", "Coconut outperforms CoT in certain tasks."}}) {
            assertEquals(Optional.empty(), Opposites.overstated(pair[0], pair[1]), pair[0]);
        }
    }

    /** "hurts" of "enhances"; not "drop", which is as often "leave out" as "decrease" ("tokens are dropped"). */
    @Test
    void should_read_enhance_as_the_opposite_of_hurt() {
        assertTrue(Opposites.of("CoT prompting hurts reasoning LLMs in most scenarios.",
                "CoT prompting significantly enhances RLLMs' performance in most scenarios.", false).isPresent());
        assertEquals(Optional.empty(), Opposites.of("ChronoEdit keeps reasoning tokens for a few steps, since keeping them would raise the cost.",
                "The reasoning tokens are then dropped after a few steps to save the cost.", false));
    }

    @Test
    void should_let_a_denial_pass_that_its_sentence_denies_too() {
        assertTrue(Opposites.of("EMPO does not require labels.", "EMPO requires no labels.", false).isEmpty());
        assertTrue(Opposites.of("It is not only faster but more accurate.", "It is only slightly faster.", false).isEmpty());
        assertTrue(Opposites.of("It does not always improve accuracy.", "It can improve accuracy.", false).isEmpty(), "not always is no denial");
        // Cases a code review found flagged: an adverb taken for the verb, one shared word of the object, and words that limit.
        assertTrue(Opposites.of("The method does not significantly increase inference cost.", "The method significantly reduces inference cost.", false)
                .isEmpty());
        assertTrue(Opposites.of("It does not require labeled data.", "It requires only unlabeled data.", false).isEmpty());
        assertTrue(Opposites.of("It does not rely on human annotations.", "It relies on self-generated data instead of human annotations.", false)
                .isEmpty());
        assertTrue(Opposites.of("The model cannot reason about images.", "Unlike prior models, it can reason about images.", false).isEmpty(),
                "a sentence with a denial of its own may agree");
        // From a user test: the source's "non-associative" agrees, and its "associated" is another word of the same stem.
        assertTrue(Opposites.of("Floating point addition is not associative.", "The root cause is the non-associative nature of floating-point arithmetic.",
                false).isEmpty());
        assertTrue(Opposites.of("Length is not associative.", "Longer traces are associated with lower accuracy.", false).isEmpty());
    }

    @Test
    void should_read_which_side_a_ranking_puts_first() {
        String outperform = "Recent studies suggest that shorter thinking can outperform longer traces.";
        assertEquals(Optional.of("the cited sentence says the opposite (\"outperform\")"),
                Opposites.of("Shorter thinking chains are less accurate than long ones.", outperform, false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"better\")"), Opposites.of("Longer chains beat shorter ones.",
                "The shorter CoTs achieve equal or better accuracy than long chains.", false), "either side may be the subject");
        assertTrue(Opposites.of("Long reasoning chains are less accurate than short ones.", outperform, false).isEmpty(), "the same ranking");
        assertTrue(Opposites.of("Long chains are less accurate than short ones.", "Short chains are more accurate than long chains.", false).isEmpty(),
                "its \"less\" is the sentence's \"more\" of the other side");
        assertTrue(Opposites.of("Smaller models outperform larger ones on math.", outperform, false).isEmpty(), "another contrast");
    }

    /** A denial of a verb the sentence writes as a noun or a participle the stemmer keeps apart, of the same object. */
    @Test
    void should_read_a_denial_of_what_the_sentence_says_in_a_derived_word() {
        assertEquals(Optional.of("the cited sentence says it does (\"reduce\")"), Opposites.of("SAF does not reduce total response tokens.",
                "Our results show that SAF achieves a 49.27% reduction in total response tokens with minimal loss in accuracy.", false));
        assertEquals(Optional.of("the cited sentence says it does (\"surpass\")"), Opposites.of("ReEx-SQL does not surpass the standard reasoning baseline.",
                "ReEx-SQL achieves 88.8% on Spider, surpassing the standard reasoning baseline by 2.7%.", false));
        assertEquals(Optional.empty(), Opposites.of("The method does not reduce accuracy.", "It achieves a 40% reduction in tokens while keeping accuracy.", false),
                "a reduction of something else");
        assertEquals(Optional.empty(), Opposites.of("EMPO does not require labels.", "EMPO removes the requirement for labels entirely.", false),
                "a requirement taken away");
    }

    /** "achieves no speedup" of the sentence's "a 2x speedup": none of what the sentence measures. */
    @Test
    void should_read_a_claim_of_none_of_what_the_sentence_measures() {
        assertEquals(Optional.of("the cited sentence says it does (\"2x speedup\")"),
                Opposites.of("ARM brings no speedup in training.", "It also brings a 2x speedup in training.", false));
        assertEquals(Optional.of("the cited sentence says it does (\"4.05times inference speedup\")"), Opposites.of("InternVL3.5 achieves no inference speedup.",
                "It enables InternVL3.5 to achieve a +16.0% gain and a 4.05times inference speedup.", false));
        assertEquals(Optional.empty(), Opposites.of("The method achieves no accuracy loss.", "The method keeps accuracy with no loss across 5 benchmarks.", false));
    }

    /** "always 3.4x" or "at least 3.4x" of the sentence's "up to 3.4x", its best case. */
    @Test
    void should_read_a_best_case_claimed_as_every_case() {
        String hawkeye = "HAWKEYE can accelerate end-to-end reasoning by up to 3.4x on complex math tasks while reducing inference cost by up to 60%.";
        assertEquals(Optional.of("the cited sentence gives it as the best case (\"up to 3.4\"), the claim as always"),
                Opposites.overstated("HAWKEYE always accelerates end-to-end reasoning by 3.4x.", hawkeye));
        assertTrue(Opposites.overstated("HAWKEYE cuts inference cost by at least 60%.", hawkeye).isPresent());
        assertEquals(Optional.empty(), Opposites.overstated("HAWKEYE accelerates end-to-end reasoning by up to 3.4x.", hawkeye), "as the sentence says");
        String arm = "Ada-GRPO enables ARM to achieve high token efficiency, reducing tokens by an average of 30%, and up to 70%, while maintaining performance.";
        assertEquals(Optional.of("the cited sentence gives it as the best case (\"up to 70\"), the claim as the average"),
                Opposites.overstated("ARM reduces tokens by 70% on average while maintaining performance.", arm));
        assertTrue(Opposites.overstated("ARM cuts tokens by an average of 70%.", arm).isPresent());
        assertEquals(Optional.empty(), Opposites.overstated("ARM reduces tokens by 30% on average and by up to 70%.", arm), "as the sentence says");
        String perk = "PERK achieves average absolute performance gains of up to 90% for smaller models (GPT-2) and up to 27% for Qwen-2.5-0.5B.";
        for (String averaged : List.of("PERK's average absolute performance gains reach 90% for smaller models like GPT-2.",
                "PERK raises average absolute performance by 27% for Qwen-2.5-0.5B.")) {
            assertEquals(Optional.empty(), Opposites.overstated(averaged, perk), "the best cases are of an average: " + averaged);
        }
        assertEquals(Optional.empty(), Opposites.overstated("HAWKEYE always beats its baseline, by 2.1x on average.", hawkeye), "another figure");
        assertEquals(Optional.empty(), Opposites.overstated("HAWKEYE speeds reasoning by up to 3.4x, and it always uses a large model to plan.", hawkeye),
                "the floor is of another thing");
        assertEquals(Optional.empty(), Opposites.overstated("Datarus is up to 30% more accurate while emitting at least 18% fewer tokens.",
                "Datarus achieves up to 30% higher accuracy while emitting 18-49% fewer tokens."), "at least of another figure");
    }

    /** The same two figures of a change, the other way round: a rise the sentence gives as a fall. */
    @Test
    void should_read_a_change_given_the_other_way_round() {
        String sentence = "We observe a sharp decline in o3-mini's accuracy, dropping from 86.6% on the original I-RAVEN to just 17.0% on I-RAVEN-X.";
        assertEquals(Optional.of("the cited sentence says the opposite (\"from 86.6% on the original I-RAVEN to just 17.0\")"),
                Opposites.of("o3-mini's accuracy rises from 17.0% on the original I-RAVEN to 86.6% on I-RAVEN-X.", sentence, false));
        assertEquals(Optional.empty(), Opposites.of("o3-mini's accuracy drops from 86.6% on the original I-RAVEN to 17.0% on I-RAVEN-X.", sentence, false));
    }

    /** A denial of what the sentence says of a model named with its version: the version is part of the name. */
    @Test
    void should_read_a_denial_of_a_model_named_with_its_version() {
        assertEquals(Optional.of("the cited sentence says it does (\"improve\")"),
                Opposites.of("SOPHIA does not improve InternVL3.0-38B.", "Notably, SOPHIA improves InternVL3.0-38B by 8.50% in average.", false));
        assertEquals(Optional.empty(), Opposites.of("SOPHIA does not improve Qwen2.5-7B.", "Notably, SOPHIA improves InternVL3.0-38B by 8.50%.", false),
                "another model");
    }

    /** The sides of a ranking are the words nearest its verb, adverbs left out, or before and after "over" and "than". */
    @Test
    void should_read_a_ranking_reversed_whatever_stands_beside_its_verb() {
        assertEquals(Optional.of("the cited sentence says the opposite (\"ReFT significantly outperforms SFT\")"),
                Opposites.of("SFT outperforms ReFT.", "ReFT significantly outperforms SFT on GSM8K.", false));
        assertEquals(Optional.of("the cited sentence says the opposite (\"Visual-RFT improves accuracy by 24.3% over the baseline\")"),
                Opposites.of("The baseline improves accuracy by 24.3% over Visual-RFT.", "Visual-RFT improves accuracy by 24.3% over the baseline.", false));
        assertEquals(Optional.empty(), Opposites.of("Visual-RFT improves accuracy by 24.3% over the baseline in one-shot classification.",
                "For example, Visual-RFT improves accuracy by 24.3% over the baseline in one-shot fine-grained image classification.", false));
        assertEquals(Optional.empty(), Opposites.of("Delethink costs 7 H100-months versus 27 for LongCoT-RL.",
                "We estimate 27 H100-months for LongCoT-RL versus 7 for Delethink.", false), "versus ranks neither side");
        assertEquals(Optional.empty(), Opposites.of("Long chains are less accurate than short ones.", "Short chains outperform long chains.", false),
                "\"less ... than\" puts its subject last");
        assertEquals(Optional.empty(), Opposites.of("Behavioral Cloning has a longer learning time than Thought Cloning.",
                "Thought Cloning learns much faster than Behavioral Cloning.", false), "\"longer ... than\" may rank its subject either way: no side is read");
        assertEquals(Optional.empty(), Opposites.of("GRPO trails by more than 10 points, and DAPO leads.",
                "DAPO improves by more than 10 points over GRPO.", false), "\"more than\" is a quantity, no ranking");
    }

    /** "only A improves X, while B does not": the claim that B improves X is denied, without the verb said again. */
    @Test
    void should_read_a_denial_that_leaves_its_verb_to_the_clause_before() {
        String sentence = "We find that only accurate reward signals consistently improve performance, while noisy or incorrect signals do not.";
        assertEquals(Optional.of("the cited sentence says this is not so (\"noisy or incorrect signals do not\")"),
                Opposites.of("Noisy or incorrect reward signals consistently improve performance on leakage-free datasets.", sentence, false));
        assertEquals(Optional.empty(), Opposites.of("Accurate reward signals consistently improve performance.", sentence, false), "the other side");
        assertEquals(Optional.empty(), Opposites.of("Noisy signals are common in practice.", sentence, false), "nothing the clause before says");
        assertEquals(Optional.empty(), Opposites.of("Noisy or incorrect signals were evaluated on leakage-free datasets.", sentence, false));
        assertEquals(Optional.empty(), Opposites.of("Noisy or incorrect signals improve performance less than accurate reward signals.", sentence, false),
                "a comparison");
        assertEquals(Optional.empty(), Opposites.of("The spatial prior is compared with the AR prior.",
                "We theoretically show that the AR prior satisfies the Bellman equation, whereas the spatial prior does not.", false),
                "a word of the clause before's subject is not what it says");
        assertEquals(Optional.of("the cited sentence says this is not so (\"the spatial prior does not\")"), Opposites.of("The spatial prior satisfies the Bellman equation.",
                "We theoretically show that the AR prior satisfies the Bellman equation, whereas the spatial prior does not.", false));
        assertEquals(Optional.empty(), Opposites.of("Larger models reason better, while smaller ones do not.",
                "Larger models reason better, while smaller ones do not.", false), "the claim denies it too");
    }

    /** True claims of the side a sentence sets against its first, or that deny in their own words, found flagged by a second review. */
    @Test
    void should_let_a_true_claim_of_the_contrasted_side_pass() {
        String prior = "We theoretically show that the AR prior satisfies the Bellman equation, whereas the spatial prior does not.";
        String noisy = "We show that only accurate reward signals consistently improve performance, while noisy or incorrect signals do not.";
        String random = "Oracle corrections causally recover a large fraction of RL's accuracy gain, while random corrections fail.";
        for (List<String> pair : List.of(List.of("The spatial prior does not satisfy the Bellman equation.", prior),
                List.of("Noisy or incorrect signals do not consistently improve performance.", noisy),
                List.of("Noisy or incorrect reward signals cannot consistently improve performance.", noisy),
                List.of("Noisy or incorrect reward signals fail to consistently improve performance on leakage-free datasets.", noisy),
                List.of("Random corrections fail to recover RL's accuracy gain.", random),
                List.of("Random corrections do not recover RL's accuracy gain.", random),
                List.of("ReasonMaxxer avoids online generation.", "It uses a few hundred base-model rollouts and no online generation."),
                List.of("MM-UPT improves reasoning using a dataset that lacks ground truth labels.", "MM-UPT improves reasoning without ground truth labels."))) {
            assertEquals(Optional.empty(), Opposites.of(pair.get(0), pair.get(1), false), pair.get(0));
        }
        assertEquals(Optional.of("the cited sentence says it does (\"satisfy\")"),
                Opposites.of("The AR prior does not satisfy the Bellman equation.", prior, false), "the first side still");
    }

    @Test
    void should_let_a_claim_pass_that_its_sentence_agrees_with() {
        assertTrue(Opposites.of("EMPO gives a large improvement in math accuracy.", "EMPO improves math accuracy without any degradation.", false).isEmpty(),
                "a word of the claim's own side, and an opposite the sentence denies");
        assertTrue(Opposites.of("Pruning causes no degradation in accuracy.", "Pruning gives a 2% improvement in accuracy.", false).isEmpty(),
                "a claim that denies something is read by its caller");
        assertTrue(Opposites.of("Soft Thinking is a training-free method.", "We introduce Soft Thinking, a training-free method.", false).isEmpty());
        // Two true claims of the eval sets that were flagged: a denial of part of a phrase, and "unlike", which compares.
        assertTrue(Opposites.of("RL changes a few token positions of a reasoning model.",
                "The base model's own entropy identifies these positions without any RL-trained model.", false).isEmpty());
        assertTrue(Opposites.of("Unlike factual questions, the influential documents usually don't contain the answers.",
                "We confirm that the influential documents often contain procedural knowledge, like demonstrating how to solve it.", false).isEmpty());
    }

    @Test
    void should_read_no_denial_in_a_question_in_both_cases_or_in_another_clause() {
        assertTrue(Opposites.denial("ReasonCACHE teaches reasoning with weight updates.",
                "Can LLMs learn to reason without any weight update and only through in-context learning?", false).isEmpty(), "a question");
        assertTrue(Opposites.denial("Intermediate reasoning steps help only on locally structured data.",
                "We test models with and without intermediate reasoning steps.", false).isEmpty(), "with and without");
        assertTrue(Opposites.denial("Prefixes escape the rank ceiling that limits LoRA-style updates, and teach reasoning with frozen weights.",
                "LLMs can learn to reason without any weight updates.", false).isEmpty(), "the denied words in two clauses of the claim");
        assertTrue(Opposites.denial("Prefix tuning teaches reasoning through weight updates.",
                "LLMs can learn to reason without any weight updates.", false).isPresent(), "the denied words in one clause");
        String baseline = "Compared to speculative decoding without SpecReason, their combination yields an additional 19.4-44.2% latency reduction.";
        assertTrue(Opposites.of("SpecReason reduces latency.", baseline, false).isEmpty(), "what the sentence compares against");
        assertTrue(Opposites.of("SpecReason speeds up inference.", baseline, false).isEmpty());
        assertTrue(Opposites.denial("SpecReason requires training.", "Compared to the baseline, SpecReason requires no training.", false).isPresent(),
                "a denial in the clause after the comparison");
    }

    /** A claim that ranks one named thing ahead of another, of a sentence that puts them level, or the other way round. */
    @Test
    void should_read_a_ranking_of_names_the_sentence_puts_level_or_reversed() {
        assertEquals(Optional.of("the cited sentence puts them level, not one ahead (\"comparable to leading proprietary LLMs like GPT-4o\")"),
                Opposites.of("SWE-RL beats GPT-4o on SWE-bench Verified.", "To our knowledge, this is the best performance reported for"
                        + " medium-sized (<100B) LLMs to date, even comparable to leading proprietary LLMs like GPT-4o.", false));
        assertTrue(Opposites.rankedOtherwise("InternVL3.5 beats GPT-5 across multimodal tasks.",
                "InternVL3.5 achieves state-of-the-art results, narrowing the performance gap with leading commercial models like GPT-5.").isPresent());
        String molmoAct = "MolmoAct-7B-D achieves 70.5% zero-shot accuracy on SimplerEnv Visual Matching, surpassing closed-source Pi-0 and GR00T N1.";
        assertEquals(Optional.of("the cited sentence says the opposite (\"surpassing closed-source Pi-0\")"),
                Opposites.rankedOtherwise("Pi-0 and GR00T N1 outperform MolmoAct-7B-D on SimplerEnv.", molmoAct));
        // The ranking the sentence gives, a level claim, a denied one, and names the sentence ranks among themselves.
        assertEquals(Optional.empty(), Opposites.rankedOtherwise("MolmoAct-7B-D outperforms Pi-0 and GR00T N1 on SimplerEnv.", molmoAct));
        assertEquals(Optional.empty(), Opposites.rankedOtherwise("SWE-RL is comparable to GPT-4o.", "SWE-RL is even comparable to GPT-4o."));
        assertEquals(Optional.empty(), Opposites.rankedOtherwise("SWE-RL does not beat GPT-4o.", "SWE-RL is even comparable to GPT-4o."));
        assertEquals(Optional.empty(), Opposites.rankedOtherwise("Pi-0 outperforms GR00T N1.", molmoAct), "two losers of the sentence");
        assertEquals(Optional.empty(), Opposites.rankedOtherwise("OREAL-32B surpasses previous 32B models trained by distillation on MATH-500.",
                "With OREAL, for the first time, a 7B model can obtain 94.0 pass@1 accuracy on MATH-500, on par with 32B models."), "a size names no model");
        assertEquals(Optional.empty(), Opposites.rankedOtherwise("CyclicReflex outperforms TIP and S1.",
                "CyclicReflex consistently outperforms standard decoding and recent approaches such as TIP and S1."), "\"approaches\", a noun");
    }
}
