package dev.paperchat.cli;

import dev.paperchat.app.PaperChat;
import dev.paperchat.index.IndexException;
import dev.paperchat.mcp.AppSource;
import dev.paperchat.mcp.McpServers;
import io.modelcontextprotocol.server.McpSyncServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = "Serve the collection to agents over the Model Context Protocol on stdin/stdout.")
final class McpCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    NewIndexOptions newIndex;

    @Mixin
    LlmOptions llm;

    @Override
    public Integer call() throws InterruptedException {
        PaperChat app = new PaperChat(common.config(newIndex.flags(llm.flags())));
        // A first run ingests the sample (half a minute) while the client is answered: clients give
        // up on an initialize that takes that long. The first tool call waits for the ingest.
        SampleReady ready = new SampleReady(app);
        // Runs until the client closes stdin, as agents do when they are done; SIGTERM also stops it.
        CountDownLatch clientGone = new CountDownLatch(1);
        McpSyncServer server = McpServers.stdio(ready, app.config().llmTimeout(), System.in, System.out, clientGone::countDown);
        // Main's System.exit runs this hook too: the index is closed however the server ends.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.closeGracefully();
            app.close();
        }));
        clientGone.await();
        System.err.println("paperchat: the MCP client closed stdin; stopping");
        // A client that leaves within seconds can end the process while ONNX Runtime still loads
        // the model on another thread, which crashes in native code once shutdown has begun.
        app.embedder().settle();
        return 0;
    }

    /**
     * The app once the sample corpus is in its index. An ingest refused because another process
     * writes the index is tried again at the next request, as its message asks the client to wait:
     * the server is not left failing until restarted.
     */
    static final class SampleReady implements AppSource {
        private final PaperChat app;
        private CompletableFuture<PaperChat> ready;

        SampleReady(PaperChat app) {
            this.app = app;
            this.ready = attempt();
        }

        private CompletableFuture<PaperChat> attempt() {
            CompletableFuture<PaperChat> attempt = CompletableFuture.supplyAsync(() -> {
                app.ingestSampleIfEmpty(SampleNotice.INSTANCE);
                return app;
            }, runnable -> {
                Thread thread = new Thread(runnable, "mcp-sample-ingest");
                thread.setDaemon(true);
                thread.start();
            });
            attempt.whenComplete((done, failed) -> System.err.println(failed == null
                    ? "paperchat: MCP server on stdio (" + app.index().stats().papers() + " papers)"
                    : "paperchat: could not ingest the sample corpus: " + failed.getCause().getMessage()));
            return attempt;
        }

        @Override
        public synchronized boolean ready() {
            return ready.isDone();
        }

        @Override
        public PaperChat get() {
            CompletableFuture<PaperChat> current;
            synchronized (this) {
                if (ready.isCompletedExceptionally() && ready.exceptionNow() instanceof IndexException.Busy) ready = attempt();
                current = ready;
            }
            try {
                return current.join();
            } catch (CompletionException e) {
                // The cause's own words, without the wrapper's class names.
                if (e.getCause() instanceof RuntimeException cause) throw cause;
                throw e;
            }
        }
    }
}
