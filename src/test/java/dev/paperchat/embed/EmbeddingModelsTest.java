package dev.paperchat.embed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.InvalidInputException;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EmbeddingModelsTest {

    @Test
    void should_load_the_bundled_model_with_the_dimension_it_declares(@TempDir Path models) {
        Embedder embedder = EmbeddingModels.load(EmbeddingModels.DEFAULT_MODEL, models, null, Runnable::run);
        assertEquals(384, embedder.dimension());
        float[] query = embedder.embedQuery("which methods avoid entropy collapse?");
        assertEquals(embedder.dimension(), query.length, "the declared dimension is the model's own");
        float[] close = embedder.embedPassage("Entropy collapse in reinforcement learning for language models");
        float[] far = embedder.embedPassage("A recipe for sourdough bread with a long cold fermentation");
        assertTrue(Embedder.cosine(query, close) > Embedder.cosine(query, far));
    }

    @Test
    void should_name_the_missing_files_of_an_unknown_model(@TempDir Path models) {
        InvalidInputException e = assertThrows(InvalidInputException.class,
                () -> EmbeddingModels.load("my-model", models, null, Runnable::run));
        assertTrue(e.getMessage().contains("my-model") && e.getMessage().contains("model.onnx"), e.getMessage());
    }
}
