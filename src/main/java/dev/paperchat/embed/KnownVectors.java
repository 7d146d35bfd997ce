package dev.paperchat.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A model that answers the texts it already has vectors for itself, and hands only the others to {@code model}. */
final class KnownVectors implements EmbeddingModel {
    private final EmbeddingModel model;
    private final Map<String, float[]> known;

    KnownVectors(EmbeddingModel model, Map<String, float[]> known) {
        this.model = model;
        this.known = Map.copyOf(known);
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        List<TextSegment> unknown = segments.stream().filter(s -> !known.containsKey(s.text())).toList();
        List<Embedding> computed = unknown.isEmpty() ? List.of() : model.embedAll(unknown).content();
        List<Embedding> all = new ArrayList<>(segments.size());
        int next = 0;
        for (TextSegment segment : segments) {
            float[] vector = known.get(segment.text());
            all.add(vector != null ? Embedding.from(vector) : computed.get(next++));
        }
        return Response.from(all);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }
}
