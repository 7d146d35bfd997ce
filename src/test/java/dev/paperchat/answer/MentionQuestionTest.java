package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class MentionQuestionTest {
    private static Optional<MentionQuestion> mentioning(String object) {
        return Optional.of(new MentionQuestion(object, false, false));
    }

    private static Optional<MentionQuestion> citing(String object) {
        return Optional.of(new MentionQuestion(object, true, false));
    }

    @Test
    void should_read_which_papers_name_something() {
        assertEquals(mentioning("GRPO"), MentionQuestion.of("Which papers mention GRPO?"));
        assertEquals(mentioning("GSM8K"), MentionQuestion.of("Which papers that mention GSM8K?"), "as a filter's clause after it leaves it");
        assertEquals(mentioning("Qwen"), MentionQuestion.of("what papers use Qwen"));
        assertEquals(mentioning("DeepSeek-R1-Distill-Qwen"), MentionQuestion.of("Which papers use DeepSeek-R1-Distill-Qwen models?"), "a kind in the plural");
        assertEquals(mentioning("GSM8K"), MentionQuestion.of("Which papers evaluate on the GSM8K benchmark?"));
        assertEquals(mentioning("Tree of Thoughts"), MentionQuestion.of("Which works discuss Tree of Thoughts?"));
        assertEquals(mentioning("o1-preview"), MentionQuestion.of("Which papers mention o1-preview?"), "a model's name in lower case");
        assertEquals(mentioning("AIME 2024"), MentionQuestion.of("Which papers mention AIME 2024?"), "a name's year");
        assertEquals(mentioning("Llama 3"), MentionQuestion.of("which papers use Llama 3?"), "a name's version");
        assertEquals(mentioning("reasoning"), MentionQuestion.of("Which papers mention reasoning?"), "a topic's word, which papers write");
        assertEquals(mentioning("entropy collapse"), MentionQuestion.of("what papers refer to entropy collapse?"));
        assertEquals(Optional.empty(), MentionQuestion.of("Which papers discuss overthinking?"), "a topic, which a search ranks");
        assertEquals(Optional.empty(), MentionQuestion.of("Which papers mention grpo or ppo?"), "either of two: searched");
        assertEquals(mentioning("Plan and Solve"), MentionQuestion.of("Which papers mention Plan and Solve?"), "a method's name of words and \"and\"");
        for (String asked : List.of("Which papers report results on GSM8K?", "which papers are evaluated on GSM8K?", "Which papers give scores for GSM8K?")) {
            assertEquals(mentioning("GSM8K"), MentionQuestion.of(asked), "a benchmark named, whatever verb comes before it: " + asked);
        }
        assertEquals(Optional.empty(), MentionQuestion.of("Which papers report results on math reasoning?"), "a topic's words");
        assertEquals(citing("Quiet-STaR"), MentionQuestion.of("Which papers cite Quiet-STaR?"));
        assertEquals(citing("Coconut"), MentionQuestion.of("which other papers build on Coconut?"));
        assertEquals(citing("DPO"), MentionQuestion.of("Which papers cite the DPO paper?"), "the paper is named by its name");
        assertEquals(citing("DPO"), MentionQuestion.of("Which papers extend DPO's method?"));
        assertEquals(citing("Lp-Reg"), MentionQuestion.of("What papers compare against Lp-Reg?"));
        assertEquals(citing("Qwen2.5"), MentionQuestion.of("and which studies are based on Qwen2.5?"));
    }

    @Test
    void should_read_the_names_an_object_joins_which_the_collection_tells_from_one_name() {
        assertEquals(List.of("MATH 500", "AIME 2024"), MentionQuestion.of("Which papers mention MATH 500 and AIME 2024?").orElseThrow().joinedNames());
        assertEquals(List.of("GPT-4", "Qwen"), MentionQuestion.of("Which papers use both GPT-4 and Qwen?").orElseThrow().joinedNames());
        assertEquals(List.of("GSM8K", "MATH", "AIME"), MentionQuestion.of("which papers mention GSM8K, MATH, and AIME").orElseThrow().joinedNames());
        assertEquals(List.of("Plan", "Solve"), MentionQuestion.of("Which papers mention Plan and Solve?").orElseThrow().joinedNames());
        assertEquals(List.of("Tree of Thoughts"), MentionQuestion.of("Which papers mention Tree of Thoughts?").orElseThrow().joinedNames());
        assertFalse(MentionQuestion.of("Which papers mention GRPO or PPO?").isPresent(), "either: searched");
    }

    @Test
    void should_read_how_many_papers_name_something_or_write_a_topics_words() {
        assertEquals(Optional.of(new MentionQuestion("GRPO", false, true)), MentionQuestion.of("how many papers mention GRPO?"));
        assertEquals(Optional.of(new MentionQuestion("Quiet-STaR", true, true)), MentionQuestion.of("How many papers cite Quiet-STaR?"));
        Optional<MentionQuestion> topic = MentionQuestion.of("How many papers are about multimodal reasoning?");
        assertEquals(Optional.of(new MentionQuestion("multimodal reasoning", false, true)), topic);
        assertTrue(topic.get().ofTopic());
        assertEquals("test-time scaling", MentionQuestion.of("how many studies address test-time scaling").get().object());
        assertFalse(MentionQuestion.of("Which papers are about multimodal reasoning?").isPresent(), "a list of a topic is searched");
        assertFalse(MentionQuestion.of("How many papers are about reasoning in models that see and hear?").isPresent(), "more than four words");
    }

    @Test
    void should_read_a_pronoun_as_the_paper_of_the_last_answer() {
        Optional<MentionQuestion> it = MentionQuestion.of("which papers cite it?");
        assertEquals(citing("it"), it);
        assertTrue(it.get().ofLastPaper());
        assertTrue(MentionQuestion.of("Which papers build on this paper?").get().ofLastPaper());
        assertFalse(MentionQuestion.of("Which papers cite Quiet-STaR?").get().ofLastPaper());
    }

    @Test
    void should_leave_questions_about_a_topic_to_the_search() {
        assertEquals(Optional.empty(), MentionQuestion.of("Which papers use reinforcement learning?"), "a topic, not a name");
        assertEquals(Optional.empty(), MentionQuestion.of("Which papers use GRPO for vision language models?"), "asks more than who names it");
        assertEquals(Optional.empty(), MentionQuestion.of("Which papers use Qwen or Llama?"));
        assertEquals(Optional.empty(), MentionQuestion.of("Which paper introduced GRPO?"));
        assertEquals(Optional.empty(), MentionQuestion.of("What does GRPO do?"));
        assertEquals(Optional.empty(), MentionQuestion.of("Which papers mention " + "GRPO ".repeat(50)), "a long text is a question of its own");
    }
}
