package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ComparisonTest {

    @Test
    void should_find_the_names_each_form_of_comparison_names() {
        assertEquals(List.of("Lp-Reg", "AlphaFold"), Comparison.names("Compare Lp-Reg and AlphaFold"));
        assertEquals(List.of("EMPO", "SoftCoT", "Quiet-STaR"), Comparison.names("compare EMPO, SoftCoT and Quiet-STaR"), "a list of three");
        assertEquals(List.of("Lp-Reg", "Clip-Cov"), Comparison.names("please contrast the Lp-Reg method with Clip-Cov."));
        assertEquals(List.of("Quiet-STaR", "STaR"), Comparison.names("How does Quiet-STaR compare to STaR?"));
        assertEquals(List.of("Tree of Thoughts", "GPT-4"), Comparison.names("What is the difference between Tree of Thoughts and GPT-4?"));
        assertEquals(List.of("GRPO", "PPO"), Comparison.names("GRPO vs. PPO"));
        assertEquals(List.of("ReFT", "DPO"), Comparison.names("How does ReFT differ from DPO?"));
        assertEquals(List.of("MEM1", "ReWOO"), Comparison.names("How are MEM1 and ReWOO different from each other?"), "each other is none");
        assertEquals(List.of("MEM1", "ReWOO", "ReFT"), Comparison.names("How is MEM1 different from ReWOO and ReFT?"));
        assertEquals(List.of("GRPO", "PPO", "DPO", "SFT"), Comparison.names("What distinguishes GRPO, PPO and DPO from SFT?"));
        assertEquals(List.of("MEM1", "ReWOO"), Comparison.names("How does MEM1 differ from ReWOO in training?"), "where they are compared is no name");
        assertEquals(List.of("MoE"), Comparison.names("How do MoE models differ from dense models?"));
        assertEquals(List.of(), Comparison.names("At 96K average thinking length, LongCoT-RL costs 27 H100-months versus 7 for Delethink."),
                "a claim's clauses are no names");
        assertEquals(List.of(), Comparison.names("On Countdown, APR scores 83.4% versus 60.0% at a 4k context."));
        assertTrue(String.join("|", Comparison.names("Compare GRPO and PPO with AlphaFold")).contains("AlphaFold"), "'with Z' is not cut away");
        assertEquals(List.of("GPT-5 mini", "Claude Opus"), Comparison.names("Compare GPT-5 mini and Claude Opus"), "a variant's plain word ends a name");
        assertEquals(List.of("Learning from Mistakes", "CAPO"), Comparison.names("Compare Learning from Mistakes and CAPO"));
        assertEquals(List.of("All for One", "CAPO"), Comparison.names("Compare All for One and CAPO"), "a name's own words after 'for'");
        assertEquals(List.of("ETTRL", "TTRL"), Comparison.names("How does ETTRL on AIME 2024 differ from TTRL?"), "a benchmark after 'on' is where");
        assertEquals(List.of("Tree of Thoughts", "Soft Thinking"), Comparison.names("compare Tree of Thoughts with Soft Thinking"));
        for (String topics : List.of("How does performance differ from the baseline on AIME 2024?", "How does training with RL differ from distillation?",
                "How does accuracy on GSM8K differ from MATH500?")) {
            assertTrue(Comparison.names(topics).size() < 2, topics + " -> " + Comparison.names(topics));
        }
    }

    @Test
    void should_write_a_question_that_only_compares_as_compare() {
        assertEquals(Optional.of("compare PPO and GRPO"), Comparison.asCompare("What is the difference between PPO and GRPO?"));
        assertEquals(Optional.of("compare GRPO and DPO"), Comparison.asCompare("GRPO vs DPO \u2014 what's the difference?"));
        assertEquals(Optional.of("compare Coconut and Soft Thinking"), Comparison.asCompare("Coconut vs Soft Thinking"));
        assertEquals(Optional.of("compare EMPO and TTRL"), Comparison.asCompare("How do EMPO and TTRL differ?"));
        assertEquals(Optional.of("compare Coconut and CoT"), Comparison.asCompare("how are Coconut and CoT different?"));
        assertEquals(Optional.empty(), Comparison.asCompare("how do rewards and penalties differ?"), "no names compared");
        assertEquals(Optional.of("compare Quiet-STaR and STaR"), Comparison.asCompare("How does Quiet-STaR compare to STaR?"));
        assertEquals(Optional.of("compare PRM and ORM"), Comparison.asCompare("Explain the difference between a PRM and an ORM"));
        assertEquals(Optional.of("compare ReFT and DPO"), Comparison.asCompare("How does ReFT differ from DPO?"));
        assertEquals(Optional.of("compare MEM1 and ReWOO"), Comparison.asCompare("How are MEM1 and ReWOO different from each other?"));
        assertEquals(Optional.of("compare Coconut and CoT"), Comparison.asCompare("How is Coconut different from CoT?"));
        assertEquals(Optional.of("compare EMPO and TTRL"), Comparison.asCompare("What distinguishes EMPO from TTRL?"));
        assertEquals(Optional.of("compare SpecReason and R2R"), Comparison.asCompare("In what ways does SpecReason differ from R2R"));
        assertEquals(Optional.empty(), Comparison.asCompare("How does the reward differ from the baseline?"), "no names");
        assertEquals(Optional.empty(), Comparison.asCompare("How is it different from PPO?"), "a pronoun is a follow-up's");
        assertEquals(Optional.empty(), Comparison.asCompare("difference between reasoning and planning"), "topics: searched as asked");
        assertEquals(Optional.empty(), Comparison.asCompare("How does performance compare to the baseline?"));
        assertEquals(Optional.empty(), Comparison.asCompare("How does it compare to PPO?"), "a pronoun is a follow-up's");
        assertEquals(List.of("GRPO", "DPO"), Comparison.names("GRPO vs DPO: how do they differ?"));
        assertEquals(List.of("EMPO", "TTRL"), Comparison.names("EMPO vs TTRL: which needs labels?"), "a question after the names");
        assertEquals(List.of("Lp-Reg", "Clip-Cov"), Comparison.names("Compare Lp-Reg and Clip-Cov - which is more stable?"));
        assertEquals(Optional.empty(), Comparison.asCompare("Compare GRPO and DPO"), "already so");
        assertEquals(Optional.empty(), Comparison.asCompare("what's the difference between PPO and GRPO in how they estimate the advantage of each sampled answer?"),
                "more than a comparison");
        assertEquals(Optional.empty(), Comparison.asCompare("How does NoThinking do vs Thinking on pass@k?"));
        assertEquals(Optional.empty(), Comparison.asCompare("Why is there a difference between PPO and GRPO?"));
    }

    @Test
    void should_leave_out_topics_and_questions_that_compare_nothing() {
        assertEquals(List.of("Lp-Reg"), Comparison.names("compare entropy regularization and Lp-Reg"));
        assertEquals(List.of(), Comparison.names("compare the first and the second"));
        assertEquals(List.of(), Comparison.names("compare them"));
        assertEquals(List.of(), Comparison.names("which methods avoid entropy collapse?"));
        assertEquals(List.of(), Comparison.names(""));
        // A side of "vs" that asks is a question, not a name the collection might lack.
        assertEquals(List.of(), Comparison.names("Which paper gets 51.3 vs 28.9 on AMC 23 with 700 tokens?"));
        assertEquals(List.of(), Comparison.names("What did the DeepSeek vs o3-mini paper find?"));
        assertEquals(List.of(), Comparison.names("How does NoThinking do vs Thinking on pass@k?"));
        assertEquals(List.of("DeepSeek-R1", "o3-mini"), Comparison.names("DeepSeek-R1 vs o3-mini"));
    }

    @Test
    void should_not_backtrack_for_long_on_hostile_input() {
        String huge = "compare " + "A and ".repeat(1_500) + "vs ".repeat(500);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> Comparison.names(huge));
        // A run of spaces or dashes is tried once, not from each of its characters (half a second a call, and more questions wait).
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 5; i++) {
                for (String padded : List.of("Compare GRPO and PPO" + " ".repeat(9_950), "What is GRPO" + "-".repeat(9_900))) {
                    Comparison.names(padded);
                    Comparison.asCompare(padded);
                }
            }
        });
    }

    @Test
    void should_find_a_name_written_as_a_word_in_any_case_and_spacing() {
        for (String text : List.of("We propose Lp-Reg.", "with LP Reg,", "lpreg works", "(Lp.Reg)")) {
            assertTrue(Comparison.writing("Lp-Reg").matcher(text).find(), text);
        }
        assertFalse(Comparison.writing("ORM").matcher("improves performance").find(), "no name inside a word");
        assertTrue(Comparison.writing("Pass@1").matcher("improves pass@1 by 5 points").find());
        assertTrue(Comparison.writing("Knowing You Don't Know").matcher("Knowing You Don\u2019t Know: ...").find());
        assertFalse(Comparison.writing("TTRL").matcher("ETTRL balances exploration").find());
        assertTrue(Comparison.writing("ORM").matcher("an outcome reward model (ORM)").find());
    }
}
