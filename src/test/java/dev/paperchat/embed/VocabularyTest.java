package dev.paperchat.embed;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class VocabularyTest {
    private static Vocabulary of(String json) {
        return Vocabulary.read(new ByteArrayInputStream(json.getBytes(StandardCharsets.UTF_8)));
    }

    @Test
    void should_know_whole_words_and_their_other_forms_but_not_word_pieces() {
        Vocabulary vocabulary = of("""
                {"model": {"type": "WordPiece", "vocab": {"[CLS]": 0, "vision": 1, "invented": 2, "##son": 3, "vi": 4}}}""");
        assertTrue(vocabulary.knows("Vision"));
        assertTrue(vocabulary.knows("invents"), "another form of a known word");
        assertFalse(vocabulary.knows("vison"));
        assertFalse(vocabulary.knows("son"), "a word piece is no word");
        assertFalse(vocabulary.knows("CLS"));
    }

    @Test
    void should_know_nothing_of_a_tokenizer_that_is_not_word_piece() {
        assertTrue(of("{\"model\": {\"type\": \"BPE\", \"vocab\": {\"vision\": 1}}}").isEmpty());
    }

    @Test
    void should_read_the_vocabulary_of_the_bundled_model() {
        Vocabulary bundled = EmbeddingModels.load(EmbeddingModels.DEFAULT_MODEL, Path.of("models"), null, Runnable::run).vocabulary();
        assertTrue(bundled.knows("reasoning") && bundled.knows("plant"));
        assertFalse(bundled.knows("reinforcment"));
    }
}
