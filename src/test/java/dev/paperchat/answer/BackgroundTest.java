package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class BackgroundTest {
    @Test
    void should_take_a_sentence_about_the_work_before_the_paper_for_background() {
        assertTrue(Background.is("However, these approaches critically depend on external supervision."));
        assertTrue(Background.is("Although these methods effectively reduce reasoning length, they still need a first pass."));
        assertTrue(Background.is("Recent advancements in reinforcement learning have improved reasoning."));
        assertTrue(Background.is("Despite notable advances, existing reasoning models often overthink."));
        assertTrue(Background.is("Currently, reasoning models think at length."));
    }

    @Test
    void should_not_take_the_paper_s_own_statements_for_background() {
        assertFalse(Background.is("While keeping accuracy, our method cuts tokens by 40%."), "our method");
        assertFalse(Background.is("However, we find that entropy collapses early."), "we find");
        assertFalse(Background.is("Yet it outperforms GRPO on five benchmarks."), "a result set against others");
        assertFalse(Background.is("We propose CheapThink."));
        assertFalse(Background.is("Mostly, short chains suffice."), "a word that only starts like an opening");
        assertFalse(Background.is(""));
    }

    @Test
    void should_tell_a_finding_as_the_paper_s_own_and_a_problem_in_its_voice_apart() {
        assertTrue(Background.own("Experiments show that these methods encourage exploration."));
        assertTrue(Background.own("Results on AIME demonstrate a 5% gain."));
        assertTrue(Background.problem("This paper aims to overcome a major obstacle in scaling RL, namely the collapse of policy entropy."));
        assertTrue(Background.problem("Yet what characterizes an effective CoT remains unclear."));
        assertFalse(Background.problem("Experiments show that these methods help policy escape entropy collapse."));
        assertFalse(Background.problem("We propose Clip-Cov, which addresses entropy collapse."), "what it does, though it names the problem");
    }

    @Test
    void should_tell_what_a_paper_found_from_what_it_proposes() {
        assertTrue(Background.finding("Our analysis reveals that reflections are predominantly confirmatory."));
        assertTrue(Background.finding("However, we find that the vanilla CoT exerts a negative impact on performance."));
        assertTrue(Background.finding("Results reveal that Thought Cloning learns much faster than Behavioral Cloning."));
        assertTrue(Background.finding("We present the surprising finding that wrong traces still teach reasoning."));
        assertFalse(Background.finding("We propose to truncate reflections once an answer appears."));
        assertFalse(Background.finding("Reasoning models think too long."));
    }
}
