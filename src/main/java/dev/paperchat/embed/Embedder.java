package dev.paperchat.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Supplier;

/**
 * Turns text into unit-length vectors. Queries and passages are embedded differently:
 * retrieval models such as bge are trained with an instruction before the query only.
 */
public final class Embedder {
    private final CompletableFuture<EmbeddingModel> model;
    private final String name;
    private final int dimension;
    private final String queryPrefix;
    private Supplier<Vocabulary> vocabulary = () -> Vocabulary.NONE;

    public Embedder(EmbeddingModel model, String name, String queryPrefix) {
        this.model = CompletableFuture.completedFuture(Objects.requireNonNull(model, "model"));
        this.name = Objects.requireNonNull(name, "name");
        this.queryPrefix = queryPrefix == null ? "" : queryPrefix;
        this.dimension = model.dimension();
    }

    /**
     * A model of known dimension loaded in the background: loading the ONNX session (0.8 s)
     * overlaps with opening the index, and the first embedding waits for it.
     */
    public Embedder(Supplier<EmbeddingModel> loader, String name, int dimension, String queryPrefix) {
        this.model = CompletableFuture.supplyAsync(loader, runnable -> {
            Thread thread = new Thread(runnable, "load-" + name);
            thread.setDaemon(true);
            thread.start();
        });
        this.name = Objects.requireNonNull(name, "name");
        this.dimension = dimension;
        this.queryPrefix = queryPrefix == null ? "" : queryPrefix;
    }

    private Embedder(CompletableFuture<EmbeddingModel> model, String name, int dimension, String queryPrefix) {
        this.model = model;
        this.name = name;
        this.dimension = dimension;
        this.queryPrefix = queryPrefix;
    }

    /**
     * This embedder, except that a passage with a vector in {@code known} gets that vector
     * without the model: an index rebuilt from an older one keeps the vectors it already paid for.
     */
    public Embedder reusing(Map<String, float[]> known) {
        return new Embedder(model.thenApply(m -> new KnownVectors(m, known)), name, dimension, queryPrefix).withVocabulary(vocabulary);
    }

    /** This embedder with its tokenizer's vocabulary, read once when first asked for. */
    public Embedder withVocabulary(Supplier<Vocabulary> read) {
        Embedder with = new Embedder(model, name, dimension, queryPrefix);
        Vocabulary[] once = new Vocabulary[1];
        with.vocabulary = () -> {
            synchronized (once) {
                if (once[0] == null) once[0] = read.get();
                return once[0];
            }
        };
        return with;
    }

    /** The whole words of the model's vocabulary; {@link Vocabulary#NONE} when not known. */
    public Vocabulary vocabulary() {
        return vocabulary.get();
    }

    private EmbeddingModel model() {
        try {
            return model.join();
        } catch (CompletionException e) {
            if (e.getCause() instanceof RuntimeException r) throw r;
            throw e;
        }
    }

    /**
     * Waits until a background load has finished, however it ended: a process that exits while
     * ONNX Runtime is still initialising on another thread can crash in native code.
     */
    public void settle() {
        model.handle((loaded, failure) -> null).join();
    }

    /** The model's name as recorded in the index; another name there means another model. */
    public String name() {
        return name;
    }

    public int dimension() {
        return dimension;
    }

    public float[] embedQuery(String query) {
        return model().embed(queryPrefix + query).content().vector();
    }

    /** Several queries in one batch, faster than one by one. */
    public List<float[]> embedQueries(List<String> queries) {
        if (queries.isEmpty()) return List.of();
        List<TextSegment> segments = queries.stream().map(q -> TextSegment.from(queryPrefix + q)).toList();
        return model().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    public List<float[]> embedPassages(List<String> passages) {
        if (passages.isEmpty()) return List.of();
        List<TextSegment> segments = passages.stream().map(TextSegment::from).toList();
        return model().embedAll(segments).content().stream().map(Embedding::vector).toList();
    }

    public float[] embedPassage(String passage) {
        return embedPassages(List.of(passage)).get(0);
    }

    /** Cosine similarity of two unit vectors. */
    public static float cosine(float[] a, float[] b) {
        float dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }
}
