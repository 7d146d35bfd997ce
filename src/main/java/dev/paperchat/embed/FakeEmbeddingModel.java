package dev.paperchat.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.Random;

/**
 * Deterministic random unit vectors from a hash of the text, for {@code bench --fake-embeddings}:
 * index size, HNSW build and search measured at a million chunks without hours of real embedding.
 * Tests of the lexical side (title matching, sentence choice, crash recovery) use it too, where
 * the real model's vectors would decide what they check. Its vectors mean nothing; its name says
 * so in the index, which no real model then opens.
 */
public final class FakeEmbeddingModel implements EmbeddingModel {
    public static final String NAME = "fake-random-384";
    private final int dimension;

    public FakeEmbeddingModel(int dimension) {
        this.dimension = dimension;
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        return Response.from(segments.stream().map(s -> Embedding.from(vector(s.text()))).toList());
    }

    @Override
    public int dimension() {
        return dimension;
    }

    private float[] vector(String text) {
        Random random = new Random(text.hashCode() * 31L + text.length());
        float[] v = new float[dimension];
        double norm = 0;
        for (int i = 0; i < dimension; i++) {
            v[i] = (float) random.nextGaussian();
            norm += v[i] * v[i];
        }
        float scale = (float) (1 / Math.sqrt(norm));
        for (int i = 0; i < dimension; i++) v[i] *= scale;
        return v;
    }
}
