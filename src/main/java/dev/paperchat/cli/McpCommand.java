package dev.paperchat.cli;

import dev.paperchat.app.PaperChat;
import dev.paperchat.index.IngestListener;
import dev.paperchat.mcp.McpServers;
import io.modelcontextprotocol.server.McpSyncServer;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

@Command(name = "mcp", mixinStandardHelpOptions = true,
        description = "Serve the collection to agents over the Model Context Protocol on stdin/stdout.")
final class McpCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Override
    public Integer call() throws InterruptedException {
        PaperChat app = new PaperChat(common.config());
        app.ingestSampleIfEmpty(IngestListener.NONE);
        McpSyncServer server = McpServers.stdio(() -> app);
        CountDownLatch done = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            server.closeGracefully();
            app.close();
            done.countDown();
        }));
        System.err.println("paperchat: MCP server on stdio (" + app.index().stats().papers() + " papers)");
        done.await();
        return 0;
    }
}
