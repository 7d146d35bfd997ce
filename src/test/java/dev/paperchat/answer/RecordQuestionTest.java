package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class RecordQuestionTest {
    private static final Paper QUIET_STAR = Paper.builder("Quiet-STaR", "We present Quiet-STaR.", new Source("t.jsonl", 1)).date("2024-03-14").build();
    private static final Paper EMPO = Paper.builder("EMPO", "We propose EMPO.", new Source("t.jsonl", 2)).date("2025-04-08").organization("Tencent").build();
    private static final Paper UNDATED = Paper.builder("SpecReason", "We introduce SpecReason.", new Source("t.jsonl", 3)).build();

    @Test
    void should_read_a_check_of_a_papers_date_or_organisation() {
        for (String checked : List.of("Was Quiet-STaR published in 2023?", "Quiet-STaR was published by Google DeepMind in 2023.",
                "Is SpecReason from 2025?", "Is EMPO from Tencent?", "Was the Coconut paper released in March 2024?", "was it published in 2024",
                "Was \"Quiet-STaR: Language Models Can Teach Themselves\" published in 2023?", "DPO was introduced in 2023",
                "Is it true that Quiet-STaR was published in 2023?", "Can you check whether EMPO is from Tencent?", "I read that DPO was introduced in 2023")) {
            assertTrue(RecordQuestion.checks(checked), checked);
        }
        assertEquals(Optional.of("Quiet-STaR"), RecordQuestion.checkedPaper("Quiet-STaR was published by Google DeepMind in 2023."));
        assertEquals(Optional.of("Titans"), RecordQuestion.checkedPaper("Is it true that Titans is from Google?"));
        assertEquals(Optional.of("Coconut paper"), RecordQuestion.checkedPaper("Was the Coconut paper released in March 2024?"));
        // Papers asked for by their date or organisation, a claim of what a paper does, a question with no date or organisation to check.
        for (String other : List.of("Which papers were published in 2023?", "Tencent papers published in 2025", "Papers from 2024 on RL",
                "Any RL research published in 2024?", "Coconut was proposed to reason in a latent space.", "Was Quiet-STaR published?",
                "SpecReason was developed by researchers at CMU", "Is EMPO from a company?",
                "Can you check these claims? LazyEviction halves the KV cache. General-Reasoner is from Tencent.",
                "Is it true that Quiet-STaR, published in 2024, improves GSM8K zero-shot accuracy?")) {
            assertFalse(RecordQuestion.checks(other), other);
        }
    }

    @Test
    void should_say_whether_the_record_agrees() {
        assertEquals(Optional.of("Quiet-STaR is dated 2024-03-14 in the collection. The question has it dated 2023; the record does not."
                        + " The question has it from Google DeepMind; the record names no organisation to check it by."),
                RecordQuestion.answer("Quiet-STaR was published by Google DeepMind in 2023.", QUIET_STAR, "Quiet-STaR"));
        assertEquals(Optional.of("Quiet-STaR is dated 2024-03-14 in the collection. The question has it dated March 2024, as the record has it."),
                RecordQuestion.answer("Was Quiet-STaR released in March 2024?", QUIET_STAR, "Quiet-STaR"));
        assertEquals(Optional.of("EMPO is dated 2025-04-08 in the collection, from Tencent. The question has it dated 2025, as the record has it."
                        + " The question has it from Alibaba; the record does not."),
                RecordQuestion.answer("Was EMPO published by Alibaba in 2025?", EMPO, "EMPO"));
        assertEquals(Optional.of("EMPO is dated 2025-04-08 in the collection, from Tencent. The question has it from Tencent, as the record has it."),
                RecordQuestion.answer("Is EMPO from Tencent?", EMPO, "EMPO"));
        assertEquals(Optional.of("The collection's record of SpecReason has no date. The question has it dated 2025; the record gives no year to check it by."),
                RecordQuestion.answer("Is SpecReason from 2025?", UNDATED, "SpecReason"));
    }

    @Test
    void should_answer_who_and_when_asked_together() {
        String both = "The collection's record of Quiet-STaR does not name its authors. It is dated 2024-03-14 in the collection.";
        assertEquals(Optional.of(both), RecordQuestion.answer("who wrote Quiet-STaR and when?", QUIET_STAR, "Quiet-STaR"));
        assertEquals(Optional.of(both), RecordQuestion.answer("Who wrote it, and when was it published?", QUIET_STAR, "Quiet-STaR"));
        assertEquals(Optional.of("The collection's record of Quiet-STaR does not name its authors."),
                RecordQuestion.answer("who wrote Quiet-STaR and when did they start?", QUIET_STAR, "Quiet-STaR"), "a when of something else");
    }
}
