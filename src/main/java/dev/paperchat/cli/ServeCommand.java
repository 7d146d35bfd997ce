package dev.paperchat.cli;

import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import dev.paperchat.index.IngestSummary;
import dev.paperchat.server.ApiServer;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicReference;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

@Command(name = "serve", mixinStandardHelpOptions = true,
        description = "Serve the chat page and the HTTP API; on an empty index, ingest the bundled sample corpus first.")
final class ServeCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    NewIndexOptions newIndex;

    @Mixin
    LlmOptions llm;

    @Option(names = "--host", description = "Address to bind (default 127.0.0.1; any other needs --api-key).")
    String host;

    @Option(names = "--port", description = "Port (default 7070; 0 picks a free one).")
    Integer port;

    @Option(names = "--api-key", description = "Key clients send as 'Authorization: Bearer KEY' (or PAPERCHAT_API_KEY).")
    String apiKey;

    @Override
    public Integer call() throws InterruptedException {
        Map<String, String> flags = new HashMap<>();
        if (host != null) flags.put("host", host);
        if (port != null) flags.put("port", String.valueOf(port));
        if (apiKey != null) flags.put("api.key", apiKey);
        Config config = common.config(newIndex.flags(llm.flags(flags)));
        System.err.println("paperchat: " + config.describe());
        ApiServer server = new ApiServer(config).start();
        CountDownLatch stopped = new CountDownLatch(1);
        // Set here, read by the shutdown hook's thread.
        AtomicReference<PaperChat> opened = new AtomicReference<>();
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            try {
                server.close();
            } finally {
                if (opened.get() != null) opened.get().close();
                stopped.countDown();
            }
        }, "paperchat-shutdown"));
        server.state("opening the index");
        PaperChat app = new PaperChat(config);
        opened.set(app);
        server.state("ingesting the bundled sample corpus");
        IngestSummary sample = app.ingestSampleIfEmpty(SampleNotice.INSTANCE);
        if (sample != null) System.err.printf("paperchat: ingested the sample corpus: %d papers in %.1f s%n", sample.papers(), sample.seconds());
        server.state("reading the titles for title matching");
        app.retriever().warm();
        server.ready(app);
        System.err.printf("paperchat: ready on http://%s:%d (%d papers)%n", config.host(), server.port(), app.index().stats().papers());
        stopped.await();
        return 0;
    }
}
