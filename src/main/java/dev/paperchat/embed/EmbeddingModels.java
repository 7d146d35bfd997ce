package dev.paperchat.embed;

import dev.langchain4j.model.embedding.onnx.OnnxEmbeddingModel;
import dev.langchain4j.model.embedding.onnx.PoolingMode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.paperchat.corpus.InvalidInputException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Executor;

/** Builds the configured embedding model: the bundled bge-small by default, or an ONNX model under models/. */
public final class EmbeddingModels {
    public static final String DEFAULT_MODEL = "bge-small-en-v1.5-q";
    static final int DEFAULT_DIMENSION = 384;
    /** bge's instruction for retrieval queries; passages are embedded without it. */
    public static final String BGE_QUERY_PREFIX = "Represent this sentence for searching relevant passages: ";

    /** The tokenizer LangChain4j's artifact ships beside the bundled model. */
    private static final String BUNDLED_TOKENIZER = "/bge-small-en-v1.5-q-tokenizer.json";

    private EmbeddingModels() {}

    /**
     * @param model {@link #DEFAULT_MODEL}, or the name of a directory under {@code modelsDir}
     *              holding {@code model.onnx} and {@code tokenizer.json}
     */
    public static Embedder load(String model, Path modelsDir, String queryPrefix, Executor executor) {
        OnnxNatives.useCacheIn(Path.of(System.getProperty("user.home"), ".paperchat", "native"));
        if (DEFAULT_MODEL.equals(model)) {
            return new Embedder(() -> new BgeSmallEnV15QuantizedEmbeddingModel(executor), DEFAULT_MODEL, DEFAULT_DIMENSION,
                    queryPrefix == null ? BGE_QUERY_PREFIX : queryPrefix)
                    .withVocabulary(() -> Vocabulary.read(BgeSmallEnV15QuantizedEmbeddingModel.class.getResourceAsStream(BUNDLED_TOKENIZER)));
        }
        Path dir = modelsDir.resolve(model);
        Path onnx = dir.resolve("model.onnx");
        Path tokenizer = dir.resolve("tokenizer.json");
        if (!Files.isRegularFile(onnx) || !Files.isRegularFile(tokenizer)) {
            throw new InvalidInputException("embedding model \"" + model + "\" not found: expected " + onnx
                    + " and " + tokenizer + " (or use the bundled " + DEFAULT_MODEL + ")");
        }
        PoolingMode pooling = model.toLowerCase(Locale.ROOT).contains("bge") ? PoolingMode.CLS : PoolingMode.MEAN;
        return new Embedder(new OnnxEmbeddingModel(onnx, tokenizer, pooling, executor), model,
                queryPrefix == null ? "" : queryPrefix).withVocabulary(() -> {
                    try {
                        return Vocabulary.read(Files.newInputStream(tokenizer));
                    } catch (IOException e) {
                        throw new UncheckedIOException("cannot read " + tokenizer, e);
                    }
                });
    }
}
