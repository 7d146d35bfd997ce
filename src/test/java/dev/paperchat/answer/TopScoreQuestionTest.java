package dev.paperchat.answer;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Optional;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

class TopScoreQuestionTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
            "which paper reports the highest accuracy on AIME 2024?|AIME 2024",
            "Which model scores highest on GSM8K?|GSM8K",
            "what is the best result on MATH-500|MATH-500",
            "What's the state of the art on the LiveCodeBench benchmark?|LiveCodeBench",
            "who has the best score on Video-MME?|Video-MME",
            "which method achieves the best performance for MathVista?|MathVista",
            "and which one has the top accuracy on AIME24?|AIME24",
            "What is the best accuracy reported on MATH-500?|MATH-500",
            "Which model scores highest on AIME 2024 with Qwen2.5?|AIME 2024",
            "What is the best score on MATH-500 in the collection?|MATH-500",
            "what's the highest accuracy on GSM8K reported so far?|GSM8K",
            "which method gets the best AIME score?|AIME",
            "which model is best on AIME?|AIME",
            "which method has the highest AIME 2024 score?|AIME 2024",
            "what is the highest GSM8K accuracy?|GSM8K"})
    void should_read_the_benchmark_a_question_for_its_best_figure_names(String question, String benchmark) {
        assertEquals(Optional.of(benchmark), TopScoreQuestion.benchmark(question));
    }

    @ParameterizedTest
    @ValueSource(strings = {"which paper reports results on AIME 2024?", "what is the best way to shorten chains of thought?",
            "which method is best for reasoning?", "which paper has the highest accuracy on math problems?",
            "which of these achieves the best accuracy?", "what is the best learning rate for LoRA on Llama?",
            "which method gets the best results?", "which model is the best?", "which method has the best reasoning score?"})
    void should_leave_other_questions_alone(String question) {
        assertEquals(Optional.empty(), TopScoreQuestion.benchmark(question));
    }
}
