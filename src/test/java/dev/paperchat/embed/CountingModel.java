package dev.paperchat.embed;

import dev.langchain4j.data.embedding.Embedding;
import dev.langchain4j.data.segment.TextSegment;
import dev.langchain4j.model.embedding.EmbeddingModel;
import dev.langchain4j.model.output.Response;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

/** A real model, counting the passages it is asked to embed: an upgrade that reuses stored vectors asks for none. */
public record CountingModel(EmbeddingModel model, AtomicInteger passages) implements EmbeddingModel {
    public CountingModel(EmbeddingModel model) {
        this(model, new AtomicInteger());
    }

    @Override
    public Response<List<Embedding>> embedAll(List<TextSegment> segments) {
        passages.addAndGet(segments.size());
        return model.embedAll(segments);
    }

    @Override
    public int dimension() {
        return model.dimension();
    }
}
