package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class NarrowingTest {
    private static Optional<Narrowing.Condition> wanted(String... alternatives) {
        return Optional.of(new Narrowing.Condition(List.of(alternatives), false, false));
    }

    @Test
    void should_read_what_the_listed_papers_should_say() {
        assertEquals(wanted("use Qwen"), Narrowing.condition("which of these use Qwen?"));
        // A comparison between them is no word an abstract must mention.
        for (String comparing : List.of("which one is faster?", "which of them is cheaper?", "which of these is more accurate on AIME?",
                "which one is the best?", "which ones are better than GRPO?", "which one works better on AIME?", "which one performs best?")) {
            assertEquals(Optional.empty(), Narrowing.condition(comparing), comparing);
        }
        assertEquals(Optional.empty(), Narrowing.condition("which one is faster, SpecReason or R2R?"), "a choice among the names it gives");
        assertEquals(wanted("transformer"), Narrowing.condition("which of them mention transformer?"), "a word to mention, not a comparative");
        assertEquals(wanted("use a KL penalty"), Narrowing.condition("and which of those use a KL penalty?"));
        assertEquals(wanted("GSM8K"), Narrowing.condition("Which of those papers evaluate on GSM8K"));
        assertEquals(wanted("use Gemini"), Narrowing.condition("do any of them use Gemini?"));
        assertEquals(wanted("use qwen3"), Narrowing.condition("any of them use qwen3?"));
        assertEquals(wanted("uses Qwen"), Narrowing.condition("which one uses Qwen?"));
        assertEquals(wanted("code results"), Narrowing.condition("What of the above methods report code results?"), "what is reported, not the verb");
        assertEquals(wanted("AIME"), Narrowing.condition("which of these mention AIME?"), "the verb is no word a paper must hold");
        assertEquals(wanted("training-free"), Narrowing.condition("which one is training-free?"));
        assertEquals(wanted("training-free"), Narrowing.condition("which of them are training-free?"));
        assertEquals(wanted("no labels"), Narrowing.condition("which of those use no labels?"));
        for (String free : List.of("training-free", "no training", "without training")) {
            assertEquals(Optional.of("training"), Narrowing.without(free), "each found in every way abstracts write it: " + free);
        }
        assertEquals(wanted("use Qwen", "Llama"), Narrowing.condition("which of these use Qwen or Llama?"));
        assertEquals(wanted("use RL"), Narrowing.condition("do any of them use any RL?"), "\"any\" is no word a paper must hold");
        assertEquals(wanted("Attention Is All You Need"), Narrowing.condition("which of these mention Attention Is All You Need?"),
                "a quantifier inside a name stays");
        assertEquals(wanted("use Whisper"), Narrowing.condition("which of those use Whisper?"), "a name ending as a comparative does");
        assertEquals(wanted("use Docker"), Narrowing.condition("which of those use Docker?"));
        assertEquals(Optional.empty(), Narrowing.condition("which one was published first?"), "a choice by date");
        assertEquals(wanted("without training"), Narrowing.condition("which of those work without any training?"), "what to do without");
        assertEquals(wanted("without training"), Narrowing.condition("which of them work without extra training?"));
        assertEquals(wanted("without training", "without labels"), Narrowing.condition("which of these work without training or labels?"),
                "without either");
        assertEquals(Optional.of("training"), Narrowing.without("without training"));
        assertEquals(Optional.empty(), Narrowing.without("use Qwen"));
        for (String comparing : List.of("which of these needs less memory?", "which one uses fewer tokens?", "which one reaches higher accuracy?",
                "which of them runs faster?", "which one costs less?")) {
            assertEquals(Optional.empty(), Narrowing.condition(comparing), comparing);
        }
        assertEquals(wanted("gsm8k", "MATH"), Narrowing.condition("which of those evaluate on gsm8k/MATH?"));
        assertEquals(Optional.of(new Narrowing.Condition(List.of("use Qwen"), true, false)), Narrowing.condition("which of those don't use Qwen?"));
        Optional<Narrowing.Condition> ofIt = Optional.of(new Narrowing.Condition(List.of("use Qwen"), false, true));
        assertEquals(ofIt, Narrowing.condition("does it use Qwen?"), "of the one paper the last answer was about");
        assertEquals(ofIt, Narrowing.condition("and does this paper use Qwen"));
        assertEquals(Optional.of(new Narrowing.Condition(List.of("vision tasks"), false, true)), Narrowing.condition("does it mention vision tasks?"));
        assertEquals(Optional.of(new Narrowing.Condition(List.of("work with bigger models"), false, true)),
                Narrowing.condition("does it work with bigger models too?"), "an adverb is no word to mention");
        assertEquals(wanted("use Qwen"), Narrowing.condition("which of them also use Qwen?"));
        assertEquals(wanted("use Qwen"), Narrowing.condition("which of these use Qwen as well?"));
    }

    @Test
    void should_read_only_just_and_exclude_as_narrowing_the_last_list() {
        assertEquals(wanted("from 2025"), Narrowing.condition("only the ones from 2025"));
        for (String yearOnly : List.of("only 2025 ones", "just 2025", "2025 only please", "and only from 2025?", "2025 papers only", "only in 2025")) {
            assertEquals(wanted("from 2025"), Narrowing.condition(yearOnly), yearOnly);
        }
        assertEquals(Optional.empty(), Narrowing.condition("2025 ones"), "no \"only\": what it asks is unsaid");
        assertEquals(Optional.empty(), Narrowing.condition("only 2025 papers on RL"), "a topic: asked anew");
        assertEquals(wanted("use RL"), Narrowing.condition("just the ones that use RL"));
        assertEquals(wanted("with code"), Narrowing.condition("show me only those with code"));
        assertEquals("code", Narrowing.sought("with code"));
        assertEquals(wanted("entropy"), Narrowing.condition("which of them deal with entropy?"), "the verb is no word to mention");
        assertEquals(wanted("entropy"), Narrowing.condition("which of those are about entropy?"));
        assertEquals(wanted("AIME 2024"), Narrowing.condition("which of those report results on AIME 2024?"), "the benchmark, not the verb");
        assertEquals(wanted("AIME 2024"), Narrowing.condition("which of those report AIME 2024?"));
        assertEquals(wanted("GSM8K"), Narrowing.condition("which of them were evaluated on GSM8K?"));
        Optional<Narrowing.Condition> notSurveys = Optional.of(new Narrowing.Condition(List.of("surveys"), true, false));
        assertEquals(notSurveys, Narrowing.condition("exclude the surveys"));
        assertEquals(notSurveys, Narrowing.condition("now drop any surveys."));
        assertEquals(Optional.of(new Narrowing.Condition(List.of("from 2024"), true, false)), Narrowing.condition("remove the ones from 2024"));
        assertEquals(Optional.of(new Narrowing.Condition(List.of("use RL"), true, false)), Narrowing.condition("except those that use RL"));
        assertEquals(wanted("use RL"), Narrowing.condition("exclude the ones that don't use RL"), "a double negation keeps those that do");
        assertEquals(wanted("Qwen"), Narrowing.condition("only the ones that mention Qwen, please"), "a courtesy is no word to mention");
        // "any from 2024?" asks which of the last list are, as "which of those are from 2024?" does.
        assertEquals(wanted("from 2024"), Narrowing.condition("any from 2024?"));
        assertEquals(wanted("by Google"), Narrowing.condition("and any by Google?"));
        assertEquals(wanted("published in 2025"), Narrowing.condition("are there any ones published in 2025?"));
        assertEquals(Optional.empty(), Narrowing.condition("any papers from Tencent on RL?"), "a topic of its own asks anew");
        assertEquals(wanted("AIME"), Narrowing.condition("any that report results on AIME?"), "\"any\" with no noun points into the list");
        assertEquals(wanted("no training"), Narrowing.condition("which of those need no extra training?"), "as \"without additional training\" is read");
        assertEquals("reinforcement learning", Narrowing.sought("trained with reinforcement learning"), "how they are trained is what they use");
        assertEquals(wanted("AIME"), Narrowing.condition("which one reports the best AIME score?"), "the papers with a score on it");
        assertEquals(wanted("AIME 2024"), Narrowing.condition("which one has the highest AIME 2024 accuracy?"));
        assertEquals(Optional.empty(), Narrowing.condition("which one reports the best score?"), "a choice by any score");
        assertEquals(wanted("use Qwen"), Narrowing.condition("are there any that use Qwen?"));
        assertEquals(Optional.empty(), Narrowing.condition("any papers that study entropy collapse?"), "papers may be asked anew");
        assertEquals(Optional.empty(), Narrowing.condition("any that I should read first?"), "the reader's plan");
        for (String asksAnew : List.of("Remove the need for reward models: which papers do that?", "Except for GRPO, which RL algorithms do the papers use?",
                "Excluding surveys, which papers study latent reasoning?", "Exclude the surveys and tell me which of these use continuous tokens")) {
            assertEquals(Optional.empty(), Narrowing.condition(asksAnew), asksAnew);
        }
    }

    @Test
    void should_leave_other_questions_alone() {
        assertEquals(Optional.empty(), Narrowing.condition("which methods use Qwen?"));
        assertEquals(Optional.empty(), Narrowing.condition("only RL matters here?"), "no papers pointed to");
        assertEquals(Optional.empty(), Narrowing.condition("Do methods that exclude negative samples work?"));
        assertEquals(Optional.empty(), Narrowing.condition("which of these?"));
        assertEquals(Optional.empty(), Narrowing.condition("compare them"));
        assertEquals(Optional.empty(), Narrowing.condition("which paper uses Qwen?"), "may ask anew");
        assertEquals(Optional.empty(), Narrowing.condition("does it help to use longer contexts?"), "an it that stands for no paper");
        assertEquals(Optional.empty(), Narrowing.condition("does it matter whether the reward is verifiable?"));
        assertEquals(Optional.empty(), Narrowing.condition("which of these use " + "Qwen ".repeat(60)), "a long text is a question of its own");
    }

    @Test
    void should_read_the_claim_a_condition_asks_the_papers_to_make() {
        assertEquals(Optional.of("RL does not teach new strategies"), Narrowing.claimed("argue that RL does not teach new strategies"));
        assertEquals(Optional.of("longer chains help"), Narrowing.claimed("show that longer chains help"));
        assertEquals(Optional.empty(), Narrowing.claimed("use Qwen"));
        assertEquals(Optional.empty(), Narrowing.claimed("argue the opposite"));
    }

    @Test
    void should_tell_a_stance_from_words_the_papers_write() {
        for (String stance : List.of("argue the opposite", "disagree with it", "are critical of GRPO", "critical of it", "criticise latent reasoning",
                "say the opposite", "argue against it", "argue for GRPO", "argue that")) {
            assertTrue(Narrowing.takesStance(stance), stance);
        }
        for (String words : List.of("use Qwen", "support Qwen models", "claim state-of-the-art results", "from 2024", "mention arguments",
                "argue that RL does not teach new strategies", "address two critical limitations")) {
            assertFalse(Narrowing.takesStance(words), words);
        }
    }

    @Test
    void should_seek_what_is_used_not_the_word_use() {
        assertEquals("satellite data", Narrowing.sought("use satellite data"));
        assertEquals("a KL penalty", Narrowing.sought("relies on a KL penalty"));
        assertEquals("Qwen", Narrowing.sought("uses Qwen"));
        assertEquals("Llama", Narrowing.sought("Llama"));
        assertEquals("use", Narrowing.sought("use"), "a verb alone is what is asked");
    }

    @Test
    void should_read_the_name_a_condition_says_the_papers_come_from() {
        assertEquals(java.util.Optional.of("Meta"), Narrowing.fromName("from Meta"));
        assertEquals(java.util.Optional.of("Google DeepMind"), Narrowing.fromName("are by Google DeepMind"));
        assertEquals(java.util.Optional.empty(), Narrowing.fromName("use meta-learning"));
        assertEquals(java.util.Optional.empty(), Narrowing.fromName("from scratch"), "a name is capitalised");
    }
}
