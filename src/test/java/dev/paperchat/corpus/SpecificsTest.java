package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SpecificsTest {
    private static final String QUIET_STAR = "In the Self-Taught Reasoner (STaR, Zelikman et al. 2022), useful thinking is learned by inferring"
            + " rationales from few-shot examples. We present Quiet-STaR, a generalization of STaR.";
    private static final String SWE_RL = "This paper introduces SWE-RL, the first approach to scale RL-based LLM reasoning for real-world"
            + " software engineering.";

    /** A paper's priority is its own claim: "the first method to..." is stated only by a text that claims to be first. */
    @Test
    void should_hold_a_claim_of_priority_to_a_text_that_states_one() {
        assertEquals(List.of("was the first method"), Specifics.unstated("Quiet-STaR was the first method to teach models to reason with RL.", QUIET_STAR));
        assertEquals(List.of("first introduced"), Specifics.unstated("Quiet-STaR first introduced thinking before speaking.", QUIET_STAR));
        assertEquals(List.of(), Specifics.unstated("SWE-RL is the first approach to scale RL reasoning to software engineering.", SWE_RL));
        assertEquals(List.of(), Specifics.unstated("SWE-RL pioneered RL for real-world software engineering.", SWE_RL.replace("the first", "for the first time an")));
        String openThinkImg = "We introduce OpenThinkIMG, the first open-source, comprehensive end-to-end framework for tool-augmented LVLMs.";
        assertEquals(List.of(), Specifics.unstated("OpenThinkIMG is the first open-source end-to-end framework for tool-augmented LVLMs.", openThinkImg),
                "priority in other words");
        assertEquals(List.of("is the first language-based video reasoning framework"), Specifics.unstated(
                "SiLVR is the first language-based video reasoning framework.", "In the first stage, SiLVR transforms raw video into language."),
                "a stage is no priority");
        assertEquals(List.of(), Specifics.unstated("The First Try Matters study shows that reflections are confirmatory.",
                "First Try Matters: reflections are confirmatory."), "a title's First");
        for (String notPriority : List.of("First, Quiet-STaR learns rationales.", "Quiet-STaR improves first-order reasoning.",
                "Quiet-STaR improves the first token's accuracy.")) {
            assertEquals(List.of(), Specifics.unstated(notPriority, QUIET_STAR), notPriority);
        }
    }

    /** A claim of every case is the paper's to make: "always", "completely", "across all benchmarks" are stated only by a text that says so. */
    @Test
    void should_hold_a_claim_of_every_case_to_a_text_that_states_one() {
        String lazyEviction = "LazyEviction reduces KV cache size by 50% while maintaining comparable accuracy on mathematical reasoning.";
        assertEquals(Optional.of("always"), Specifics.everyCaseUnstated("LazyEviction always keeps comparable accuracy while reducing the KV cache.", lazyEviction));
        assertEquals(Optional.empty(), Specifics.everyCaseUnstated("LazyEviction keeps accuracy completely without retraining.", lazyEviction),
                "a degree, which \"without any\" says too");
        assertEquals(Optional.empty(), Specifics.everyCaseUnstated("OpenTSLM models outperform baselines across all tasks.",
                "Across all, OpenTSLM models outperform baselines."));
        assertEquals(Optional.empty(), Specifics.everyCaseUnstated("It succeeded for every model tested.", "It reaches a 100% optimization success rate."));
        assertEquals(Optional.of("across all benchmarks"), Specifics.everyCaseUnstated("LazyEviction keeps accuracy across all benchmarks.", lazyEviction));
        assertEquals(Optional.empty(), Specifics.everyCaseUnstated("LazyEviction always keeps accuracy.", lazyEviction.replace("while", "consistently while")),
                "every case in other words");
        assertEquals(Optional.empty(), Specifics.everyCaseUnstated("LazyEviction keeps accuracy on all benchmarks.", lazyEviction.replace("reasoning", "reasoning across all six benchmarks")));
        assertEquals(Optional.empty(), Specifics.everyCaseUnstated("LazyEviction does not always keep accuracy.", lazyEviction), "a claim that limits");
        assertEquals(Optional.of("always"), Specifics.everyCaseUnstated("A correct answer always shows faithful reasoning.",
                "We also show that a correct final answer is not always a reliable indicator of a faithful reasoning process."), "a sentence that limits");
        assertEquals(Optional.empty(), Specifics.everyCaseUnstated("All three models keep accuracy with LazyEviction.", lazyEviction), "all of what it counts");
    }
}
