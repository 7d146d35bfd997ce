package dev.paperchat.app;

import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.EmbeddingModels;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.IngestSummary;
import dev.paperchat.index.Ingester;
import dev.paperchat.index.PaperIndex;
import dev.paperchat.retrieve.Evidence;
import dev.paperchat.retrieve.Fusion;
import dev.paperchat.retrieve.HybridRetriever;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/** The composition root: builds every part from the configuration and closes them in order. */
public final class PaperChat implements AutoCloseable {
    private final Config config;
    private final ExecutorService embedding;
    private final Embedder embedder;
    private final PaperIndex index;
    private final CorpusReader reader = CorpusReader.withAllFormats();
    private final Ingester ingester;
    private final HybridRetriever retriever;

    public PaperChat(Config config) {
        this.config = config;
        this.embedding = Executors.newFixedThreadPool(Runtime.getRuntime().availableProcessors(), daemon("embed"));
        try {
            this.embedder = EmbeddingModels.load(config.embeddingModel(), config.modelsDir(), null, embedding);
            this.index = PaperIndex.open(config.index(), embedder.name(), embedder.dimension());
        } catch (RuntimeException e) {
            embedding.shutdownNow();
            throw e;
        }
        this.ingester = new Ingester(index, embedder, Chunker.DEFAULT);
        this.retriever = new HybridRetriever(index, embedder, Fusion.DEFAULT, Evidence.DEFAULT);
    }

    public Config config() {
        return config;
    }

    public Embedder embedder() {
        return embedder;
    }

    public PaperIndex index() {
        return index;
    }

    public CorpusReader reader() {
        return reader;
    }

    public Ingester ingester() {
        return ingester;
    }

    public HybridRetriever retriever() {
        return retriever;
    }

    /** Ingests the bundled sample collection when the index holds no paper yet. */
    public IngestSummary ingestSampleIfEmpty(IngestListener listener) {
        if (index.stats().papers() > 0) return null;
        return ingester.ingest(SampleCorpus.read(reader), listener);
    }

    private static java.util.concurrent.ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    @Override
    public void close() {
        index.close();
        embedding.shutdownNow();
    }
}
