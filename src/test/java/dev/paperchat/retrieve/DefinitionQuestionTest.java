package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class DefinitionQuestionTest {

    @Test
    void should_recognise_a_question_that_only_asks_what_an_acronym_stands_for() {
        for (String q : new String[] {"What does GRPO stand for?", "what is GRPO?", "What's RLVR", "define Ada-GRPO", "What does DPO mean?"}) {
            assertTrue(DefinitionQuestion.acronymAsked(q).isPresent(), q);
        }
        assertEquals(Optional.of("Ada-GRPO"), DefinitionQuestion.acronymAsked("define Ada-GRPO"));
        assertEquals(Optional.of("GRPO"), DefinitionQuestion.acronymAsked("GRPO?"), "a chat's shortest question");
        assertEquals(Optional.of("DPO"), DefinitionQuestion.acronymAsked("what is dpo?"), "typed in lower case");
        assertEquals(Optional.of("GRPO"), DefinitionQuestion.acronymAsked("grpo?"));
        assertEquals(Optional.of("ReAct"), DefinitionQuestion.acronymAsked("How does ReAct work?"), "how it works, as papers write it");
        assertEquals(Optional.empty(), DefinitionQuestion.acronymAsked("How does ReAct work on ALFWorld?"));
        assertEquals(Optional.empty(), DefinitionQuestion.acronymAsked("what is reasoning?"), "a word longer than acronyms are");
        assertEquals(Optional.empty(), DefinitionQuestion.acronymAsked("GRPO"), "a name searched, not asked about");
        for (String q : new String[] {"what is reasoning?", "What is GRPO used for in video models?", "Which methods avoid entropy collapse?",
                "What does Klear-Reasoner score on AIME 2024?", "what is " + "GRPO ".repeat(2_000)}) {
            assertFalse(DefinitionQuestion.acronymAsked(q).isPresent(), q);
        }
    }

    @Test
    void should_find_the_sentence_that_spells_an_acronym_out() {
        assertTrue(DefinitionQuestion.defines("Adapting Group Relative Policy Optimization (GRPO) to video.", "GRPO"));
        assertTrue(DefinitionQuestion.defines("We use physics-informed neural networks (PINNs) to infer rigidity.", "PINN"), "its plural defined");
        assertTrue(DefinitionQuestion.defines("A physics-informed neural network (PINN) infers rigidity.", "PINNs"));
        assertFalse(DefinitionQuestion.defines("We use physics-informed neural networks (PINNSAT) here.", "PINN"));
        assertTrue(DefinitionQuestion.defines("It improves vision-language-action models (VLAs) on robots.", "VLA"), "the kind after the words spelt");
        assertFalse(DefinitionQuestion.defines("It improves vision-language models (VLAs) on robots.", "VLA"));
        assertTrue(DefinitionQuestion.defines("reinforcement learning with verifiable rewards (RLVR, for short) help", "RLVR"));
        assertTrue(DefinitionQuestion.defines("Reinforcement learning with verifiable rewards (RLVR) has proven effective.", "RLVR"));
        assertTrue(DefinitionQuestion.defines("through Chain-of-Thought (CoT) prompting", "CoT"));
        assertTrue(DefinitionQuestion.defines("Supervised Fine-Tuning (SFT) using", "SFT"));
        assertFalse(DefinitionQuestion.defines("We train with GRPO (Shao et al., 2024).", "GRPO"));
        assertFalse(DefinitionQuestion.defines("Ada-GRPO (ours) beats GRPO.", "GRPO"));
        assertFalse(DefinitionQuestion.defines("it outperforms strong baselines (GRPO, PPO) on math", "GRPO"));
        assertFalse(DefinitionQuestion.defines("(GRPO) alone", "GRPO"));
    }

    @Test
    void should_recognise_a_question_that_asks_what_one_name_is() {
        assertEquals(Optional.of("Delethink"), DefinitionQuestion.nameAsked("What is Delethink?"));
        assertEquals(Optional.of("delethink"), DefinitionQuestion.nameAsked("whats delethink"));
        assertEquals(Optional.of("Quiet-STaR"), DefinitionQuestion.nameAsked("How does Quiet-STaR work?"));
        for (String more : List.of("tell me more about PEAR", "Tell me about PEAR.", "can you tell me more about PEAR?", "explain PEAR", "more on PEAR")) {
            assertEquals(Optional.of("PEAR"), DefinitionQuestion.nameAsked(more), more);
        }
        for (String q : new String[] {"What is Delethink used for?", "How does Delethink work on math?", "Delethink", "what is it?",
                "What is this?", "what's new?", "What is " + "Delethink".repeat(21)}) {
            assertFalse(DefinitionQuestion.nameAsked(q).isPresent(), q);
        }
    }

    @Test
    void should_find_the_sentence_that_introduces_a_name() {
        assertTrue(DefinitionQuestion.introduces("We instantiate this idea with Delethink, an RL environment that chunks.", "Delethink"));
        assertTrue(DefinitionQuestion.introduces("Coconut is a new paradigm for reasoning.", "coconut"), "in any case, as chat types it");
        assertTrue(DefinitionQuestion.introduces("we build a benchmark called MathArena.", "MathArena"));
        assertTrue(DefinitionQuestion.introduces("We release the labelled dataset as PondSet.", "PondSet"));
        assertTrue(DefinitionQuestion.introduces("We refer to the resulting model as Glot500-m-TransliCo.", "Glot500-m-TransliCo"));
        assertTrue(DefinitionQuestion.introduces("Test-Time Scaling (TTS) refers to approaches that improve reasoning.", "test-time scaling"),
                "a term that a sentence says it refers to, its short form between");
        assertTrue(DefinitionQuestion.introduces("Overthinking is defined as generating tokens past the answer.", "overthinking"));
        assertFalse(DefinitionQuestion.introduces("We show that test-time scaling refers to nothing new.", "test-time scaling"),
                "a term of several words is defined as the sentence's subject only");
        assertFalse(DefinitionQuestion.introduces("Test-Time Scaling (TTS) refers to approaches that improve reasoning.", "scaling"),
                "a longer term's definition says nothing of its last word");
        assertTrue(DefinitionQuestion.introduces("Coconut is a new paradigm for reasoning.", "Coconut"));
        assertFalse(DefinitionQuestion.introduces("We use PondSet as our training data.", "PondSet"), "a name used, not given");
        assertFalse(DefinitionQuestion.introduces("With test-time scaling, Delethink continues to improve.", "Delethink"));
        assertFalse(DefinitionQuestion.introduces("Delethink-v2, a successor, is faster.", "Delethink"), "another name built on it");
        assertFalse(DefinitionQuestion.introduces("Unlike Coconut, the model reasons in words.", "Coconut"), "set beside another, not said what it is");
        assertFalse(DefinitionQuestion.introduces("Compared to GRPO, the method is stable.", "GRPO"));
    }

    @Test
    void should_recognise_a_question_that_asks_what_a_term_of_several_words_is() {
        assertEquals(Optional.of("prefix dominance trap"), DefinitionQuestion.termAsked("What is the prefix dominance trap?"));
        assertEquals(Optional.of("reasoning spark"), DefinitionQuestion.termAsked("what's a 'reasoning spark'?"));
        assertEquals(Optional.of("sparks"), DefinitionQuestion.termAsked("what are \u201csparks\u201d?"), "one word, quoted");
        assertEquals(Optional.of("continuous thought"), DefinitionQuestion.termAsked("what is a continuous thought in Coconut?"), "where it was met");
        assertEquals(Optional.of("cognitive expert"), DefinitionQuestion.termAsked("what's a cognitive expert in MoE reasoning models?"));
        for (String q : new String[] {"What is the main idea of Coconut?", "what is the best method for math?", "What is Delethink?",
                "what is the difference between GRPO and PPO?", "what are the key results?", "Which methods avoid entropy collapse?",
                "what is the effect of length on accuracy?", "what is " + "long ".repeat(100) + "form?"}) {
            assertFalse(DefinitionQuestion.termAsked(q).isPresent(), q);
        }
    }

    @Test
    void should_find_the_sentence_that_coins_a_term_in_either_number_and_quoted() {
        assertTrue(DefinitionQuestion.introduces("the gradual elimination of exploratory tokens, which we term reasoning sparks.", "reasoning spark"));
        assertTrue(DefinitionQuestion.introduces("we identify specialized experts, termed \u201ccognitive experts\u201d that orchestrate", "cognitive expert"));
        assertTrue(DefinitionQuestion.introduces("the reasoning state (termed \"continuous thought\").", "continuous thought"));
        assertTrue(DefinitionQuestion.introduces("We refer to this phenomenon as the \"Prefix Dominance Trap\".", "prefix dominance trap"));
        assertTrue(DefinitionQuestion.introduces("We call this the reasoning-spark effect, dubbed reasoning-sparks.", "reasoning sparks"), "hyphen for space");
        assertFalse(DefinitionQuestion.introduces("These reasoning sparks vanish as training goes on.", "reasoning spark"), "used, not coined");
        assertFalse(DefinitionQuestion.introduces("we term it a trap of prefixes", "prefix dominance trap"));
        assertTrue(DefinitionQuestion.introduces("Yet the standard RL \"thinking environment\", where the state is the prompt", "thinking environment"),
                "a term in quotes is one the text gives");
        assertTrue(DefinitionQuestion.introduces("Latent reasoning is a paradigm that reasons in hidden states.", "latent reasoning"));
        assertFalse(DefinitionQuestion.introduces("Our results show that redesigning the thinking environment is a powerful lever.", "thinking environment"),
                "not the sentence's subject");
        assertFalse(DefinitionQuestion.introduces("It introduces a new approach named Latent Reasoning Skills (LaRS).", "latent reasoning"),
                "the start of a longer name");
        assertTrue(DefinitionQuestion.introduces("Coconut uses this, and Coconut is a new paradigm.", "Coconut"), "a name anywhere, as before");
    }

    @Test
    void should_tell_a_sentence_that_names_what_the_one_before_says() {
        assertTrue(DefinitionQuestion.refersBack("We refer to this phenomenon as the \"Prefix Dominance Trap\".", "prefix dominance trap"));
        assertTrue(DefinitionQuestion.refersBack("We term this overthinking.", "overthinking"));
        assertTrue(DefinitionQuestion.refersBack("This effect is known as entropy collapse.", "entropy collapse"));
        assertFalse(DefinitionQuestion.refersBack("We introduce Delethink, an RL environment that chunks reasoning.", "Delethink"));
        assertFalse(DefinitionQuestion.refersBack("the elimination of tokens, which we term reasoning sparks.", "reasoning spark"));
        assertFalse(DefinitionQuestion.refersBack("We formalize this as the generation gap and propose UniReasoner, a framework that", "UniReasoner"),
                "another thing named so");
    }
}
