package dev.paperchat.app;

import dev.langchain4j.http.client.HttpClientBuilder;
import dev.langchain4j.model.chat.ChatModel;
import dev.langchain4j.model.chat.StreamingChatModel;
import dev.langchain4j.model.ollama.OllamaChatModel;
import dev.langchain4j.model.ollama.OllamaStreamingChatModel;
import dev.langchain4j.model.openai.OpenAiChatModel;
import dev.langchain4j.model.openai.OpenAiStreamingChatModel;
import dev.paperchat.answer.Assistant;
import dev.paperchat.answer.CitationChecker;
import dev.paperchat.answer.Llm;
import dev.paperchat.answer.Prompts;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.EmbeddingModels;
import dev.paperchat.index.Fields;
import dev.paperchat.index.IndexUpgrade;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.IngestSummary;
import dev.paperchat.index.Ingester;
import dev.paperchat.index.LuceneIndex;
import dev.paperchat.index.OpenSearchIndex;
import dev.paperchat.index.OpenSearchUpgrade;
import dev.paperchat.index.PaperIndex;
import dev.paperchat.retrieve.CitationLookup;
import dev.paperchat.retrieve.Evidence;
import dev.paperchat.retrieve.Fusion;
import dev.paperchat.retrieve.HybridRetriever;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.function.Consumer;
import java.util.function.Function;

/** The composition root: builds every part from the configuration and closes them in order. */
public final class PaperChat implements AutoCloseable {
    private final Config config;
    private final ExecutorService embedding;
    private final Embedder embedder;
    private final PaperIndex index;
    private final CorpusReader reader = CorpusReader.withAllFormats();
    private final Ingester ingester;
    private final HybridRetriever retriever;
    private final Assistant assistant;
    private final CitationLookup lookup;

    public PaperChat(Config config) {
        this(config, null);
    }

    /** With {@code embedder} null, the configured model is loaded; benchmarks pass a fake one. */
    public PaperChat(Config config, Embedder embedder) {
        this.config = config;
        // One thread by default: ONNX Runtime already spreads one passage over all cores, and two
        // passages at once on 2 cores measured slower (28.5 against 34.1 passages/s for chunk-sized text).
        this.embedding = Executors.newFixedThreadPool(config.embeddingThreads(), daemon("embed"));
        Embedder loaded = null;
        PaperIndex opened = null;
        try {
            loaded = embedder != null ? embedder : EmbeddingModels.load(config.embeddingModel(), config.modelsDir(), null, embedding);
            upgradeIfOutdated(config, loaded);
            opened = config.backend().equals("opensearch")
                    ? OpenSearchIndex.open(config.opensearch(), loaded.name(), loaded.dimension(), config.quantizedIndex())
                    : LuceneIndex.open(config.index(), loaded.name(), loaded.dimension(), config.quantizedIndex(), config.searchThreads());
            Llm llm = config.llmConfigured() ? llm(config) : null;
            Prompts prompts = llm == null ? null : Prompts.load(config.promptsDir());
            this.embedder = loaded;
            this.index = opened;
            this.ingester = new Ingester(index, loaded, Chunker.DEFAULT, reader::reread);
            this.retriever = new HybridRetriever(index, loaded, Fusion.DEFAULT, Evidence.DEFAULT);
            this.assistant = new Assistant(retriever, llm, prompts, new CitationChecker(loaded), loaded.name());
        } catch (RuntimeException e) {
            try {
                if (opened != null) opened.close();
            } catch (RuntimeException closing) {
                e.addSuppressed(closing);
            } finally {
                // The model may still be loading: a process that exits during ONNX Runtime's start can crash in native code.
                if (loaded != null) loaded.settle();
                embedding.shutdownNow();
            }
            throw e;
        }
        this.lookup = new CitationLookup(retriever);
    }

    /** An index from an older paperchat is rebuilt in the current schema before it is opened, keeping its vectors. */
    private static void upgradeIfOutdated(Config config, Embedder embedder) {
        boolean opensearch = config.backend().equals("opensearch");
        String where = opensearch ? config.opensearch().index() + " (OpenSearch)" : config.index().toString();
        Consumer<String> starting = schema -> System.err.printf(
                "paperchat: index %s was written by an older paperchat (schema %s); rebuilding it as schema %s, reusing its vectors...%n",
                where, schema, Fields.SCHEMA_VERSION);
        Optional<IndexUpgrade.Result> result = opensearch
                ? OpenSearchUpgrade.ifOutdated(config.opensearch(), embedder, Chunker.DEFAULT, starting, () -> System.err.printf(
                        "paperchat: another paperchat is upgrading index %s; waiting for it...%n", where))
                : IndexUpgrade.ifOutdated(config.index(), embedder, Chunker.DEFAULT, config.quantizedIndex(), starting);
        result.ifPresent(r -> System.err.printf("paperchat: index upgraded: %d papers, %d chunks in %.1f s%n", r.papers(), r.chunks(), r.seconds()));
    }

    public CitationLookup lookup() {
        return lookup;
    }

    /** The configured LLM server; nothing is contacted until the first question. */
    private static Llm llm(Config config) {
        String model = config.llmModel() == null ? "default" : config.llmModel();
        String key = config.llmApiKey() == null ? "not-needed" : config.llmApiKey();
        int promptChars = Llm.promptChars(config.llmContextTokens(), config.llmMaxTokens());
        if (config.llmProvider().equals("ollama")) {
            Function<HttpClientBuilder, StreamingChatModel> streaming = http -> OllamaStreamingChatModel.builder().httpClientBuilder(http)
                    .baseUrl(config.llmBaseUrl()).modelName(model).temperature(config.llmTemperature()).timeout(config.llmTimeout())
                    .numPredict(config.llmMaxTokens()).numCtx(config.llmContextTokens()).returnThinking(true).build();
            ChatModel blocking = OllamaChatModel.builder().baseUrl(config.llmBaseUrl()).modelName(model)
                    .temperature(config.llmTemperature()).timeout(config.llmTimeout()).numPredict(config.llmMaxTokens())
                    .numCtx(config.llmContextTokens()).maxRetries(0).build();
            return new Llm(streaming, blocking, model, config.llmBaseUrl(), config.llmTimeout(), promptChars);
        }
        Function<HttpClientBuilder, StreamingChatModel> streaming = http -> OpenAiStreamingChatModel.builder().httpClientBuilder(http)
                .baseUrl(config.llmBaseUrl()).apiKey(key).modelName(model).temperature(config.llmTemperature())
                .timeout(config.llmTimeout()).maxTokens(config.llmMaxTokens()).returnThinking(true).build();
        ChatModel blocking = OpenAiChatModel.builder().baseUrl(config.llmBaseUrl()).apiKey(key).modelName(model)
                .temperature(config.llmTemperature()).timeout(config.llmTimeout()).maxTokens(config.llmMaxTokens())
                .maxRetries(0).build();
        return new Llm(streaming, blocking, model, config.llmBaseUrl(), config.llmTimeout(), promptChars);
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

    public Assistant assistant() {
        return assistant;
    }

    /** Ingests the bundled sample collection when the index holds no paper yet. */
    public IngestSummary ingestSampleIfEmpty(IngestListener listener) {
        if (index.stats().papers() > 0) return null;
        return ingester.ingest(SampleCorpus.read(reader), listener);
    }

    private static ThreadFactory daemon(String name) {
        return runnable -> {
            Thread thread = new Thread(runnable, name);
            thread.setDaemon(true);
            return thread;
        };
    }

    /** Each part is closed, whatever another's closing throws. */
    @Override
    public void close() {
        try {
            index.close();
        } finally {
            try {
                embedder.settle();
            } finally {
                embedding.shutdownNow();
            }
        }
    }
}
