package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperchat.embed.Vocabulary;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class QuestionWordsTest {
    private static final Vocabulary WORDS = Vocabulary.read(new ByteArrayInputStream("""
            {"model": {"type": "WordPiece", "vocab": {"what": 0, "which": 1, "then": 2, "how": 3, "who": 4, "wish": 5}}}"""
            .getBytes(StandardCharsets.UTF_8)));

    private static Optional<String> mended(String question) {
        return QuestionWords.mend(question, WORDS).map(QuestionWords.Mended::question);
    }

    @Test
    void should_mend_the_first_word_when_one_question_word_alone_is_a_slip_away() {
        assertEquals(Optional.of("what is speculatve reasoning?"), mended("waht is speculatve reasoning?"), "only the first word");
        assertEquals(Optional.of("Which papers compress the KV cache?"), mended("Whcih papers compress the KV cache?"));
        assertEquals(Optional.of("  which papers?"), mended("  wich papers?"), "a letter left out");
        assertEquals("Read \"waht\" as \"what\".", QuestionWords.mend("waht is it?", WORDS).orElseThrow().notice());
    }

    @Test
    void should_leave_words_of_their_own_and_slips_of_two_readings() {
        assertEquals(Optional.empty(), mended("then what?"), "a word of its own");
        assertEquals(Optional.empty(), mended("hwo does it work?"), "how or who");
        assertEquals(Optional.empty(), mended("What is EMPO?"));
        assertEquals(Optional.empty(), mended("EMPO?"));
        assertEquals(Optional.empty(), mended(""));
        assertEquals(Optional.empty(), QuestionWords.mend("waht is it?", Vocabulary.NONE), "without a vocabulary every word may be one");
    }
}
