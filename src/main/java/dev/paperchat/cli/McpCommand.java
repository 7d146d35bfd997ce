package dev.paperchat.cli;

import dev.paperchat.app.PaperChat;
import dev.paperchat.index.IngestListener;
import dev.paperchat.mcp.McpServers;
import io.modelcontextprotocol.server.McpSyncServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;
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
        CompletableFuture<PaperChat> ready = CompletableFuture.supplyAsync(() -> {
            app.ingestSampleIfEmpty(IngestListener.NONE);
            return app;
        }, runnable -> {
            Thread thread = new Thread(runnable, "mcp-sample-ingest");
            thread.setDaemon(true);
            thread.start();
        });
        // Runs until the client closes stdin, as agents do when they are done; SIGTERM also stops it.
        CountDownLatch clientGone = new CountDownLatch(1);
        McpSyncServer server = McpServers.stdio(ready::join, app.config().llmTimeout(), System.in, System.out, clientGone::countDown);
        // Main's System.exit runs this hook too: the index is closed however the server ends.
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.closeGracefully();
            app.close();
        }));
        ready.whenComplete((done, failed) -> System.err.println(failed == null
                ? "paperchat: MCP server on stdio (" + app.index().stats().papers() + " papers)"
                : "paperchat: could not ingest the sample corpus: " + failed.getCause().getMessage()));
        clientGone.await();
        System.err.println("paperchat: the MCP client closed stdin; stopping");
        // A client that leaves within seconds can end the process while ONNX Runtime still loads
        // the model on another thread, which crashes in native code once shutdown has begun.
        app.embedder().settle();
        return 0;
    }
}
