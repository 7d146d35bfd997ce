package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class SimilarQuestionTest {
    private static Optional<SimilarQuestion> of(String name) {
        return Optional.of(new SimilarQuestion(Optional.ofNullable(name)));
    }

    @Test
    void should_read_the_paper_whose_neighbours_are_asked_for() {
        assertEquals(of("SpecReason"), SimilarQuestion.of("Find papers similar to SpecReason"));
        assertEquals(of("SpecReason"), SimilarQuestion.of("Which other papers do the same thing as SpecReason?"));
        assertEquals(of("Hawkeye"), SimilarQuestion.of("more like Hawkeye"));
        assertEquals(of("Quiet-STaR"), SimilarQuestion.of("are there other methods like the Quiet-STaR paper?"));
        assertEquals(of("R2R"), SimilarQuestion.of("show me work similar to R2R."));
        assertEquals(of(null), SimilarQuestion.of("which papers do something similar?"), "of the paper of the last answer");
        assertEquals(of(null), SimilarQuestion.of("any other papers like this one?"));
        assertEquals(of(null), SimilarQuestion.of("more like it"));
    }

    @Test
    void should_leave_other_questions_alone() {
        for (String other : List.of("Which papers cite Coconut?", "What is SpecReason?", "Which papers are similar in size?",
                "papers like " + "x".repeat(300), "Do LLMs like longer prompts?",
                "Are there papers related to weak-to-strong reasoning?", "Which methods like SpecReason use a small model to draft steps?")) {
            assertEquals(Optional.empty(), SimilarQuestion.of(other), other);
        }
    }
}
