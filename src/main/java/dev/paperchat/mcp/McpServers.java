package dev.paperchat.mcp;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.SerializerProvider;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.ser.std.StdSerializer;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.server.McpServer;
import io.modelcontextprotocol.server.McpSyncServer;
import io.modelcontextprotocol.server.transport.HttpServletStreamableServerTransportProvider;
import io.modelcontextprotocol.server.transport.StdioServerTransportProvider;
import io.modelcontextprotocol.spec.McpError;
import io.modelcontextprotocol.spec.McpSchema;
import io.modelcontextprotocol.spec.McpSchema.ServerCapabilities;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.io.OutputStream;
import java.util.Set;
import java.util.stream.Collectors;

/** Builds paperchat's MCP server with the official SDK, over stdio or Streamable HTTP. */
public final class McpServers {
    public static final String ENDPOINT = "/mcp";
    private static final int SESSION_NOT_FOUND = -32001;

    /**
     * The SDK writes an {@link McpError} it answers an HTTP request with (an unknown session, a body
     * that is not JSON) through this mapper: as a JSON-RPC error response, not as the exception's fields
     * and stack, nor as a bare error object a client's JSON-RPC reader would not take for a reply.
     */
    private static final McpJsonMapper JSON = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()
            .registerModule(new SimpleModule().addSerializer(McpError.class, new ErrorAsJsonRpc())));

    /** {"jsonrpc": "2.0", "id": null, "error": {...}}: the request's id is not known where the SDK refuses it. */
    private static final class ErrorAsJsonRpc extends StdSerializer<McpError> {
        ErrorAsJsonRpc() {
            super(McpError.class);
        }

        @Override
        public void serialize(McpError error, JsonGenerator json, SerializerProvider provider) throws IOException {
            json.writeStartObject();
            json.writeStringField("jsonrpc", McpSchema.JSONRPC_VERSION);
            json.writeNullField("id");
            McpSchema.JSONRPCResponse.JSONRPCError rpc = error.getJsonRpcError();
            json.writeObjectField("error", new McpSchema.JSONRPCResponse.JSONRPCError(codeOf(rpc), rpc.message(), rpc.data()));
            json.writeEndObject();
        }
    }

    /**
     * The SDK answers a transport's refusals as internal errors or unknown methods: an unknown session is -32001 (as the
     * TypeScript SDK and most clients read it), a GET that does not accept an event stream an invalid request.
     */
    private static int codeOf(McpSchema.JSONRPCResponse.JSONRPCError error) {
        String message = String.valueOf(error.message());
        if (message.startsWith("Session not found")) return SESSION_NOT_FOUND;
        if (message.contains("required in Accept header")) return McpSchema.ErrorCodes.INVALID_REQUEST;
        return error.code();
    }

    private McpServers() {}

    /**
     * For desktop agents that launch {@code paperchat mcp}: the protocol on {@code in}/{@code out},
     * logs on stderr. {@code onEnd} runs when the client closes {@code in}, so the process can exit
     * instead of outliving its client. {@code app} is asked for only when a request needs it: a
     * first run may still be ingesting.
     */
    public static McpSyncServer stdio(AppSource app, Duration llmTimeout, InputStream in, OutputStream out, Runnable onEnd) {
        JsonRpcLines.LineWriter lines = new JsonRpcLines.LineWriter(out);
        // Requests sent just before the input ends are answered first: an LLM answer may take its whole timeout.
        Duration owed = llmTimeout.plusSeconds(30);
        PaperTools tools = new PaperTools(app, JSON);
        Set<String> names = tools.tools().stream().map(tool -> tool.tool().name()).collect(Collectors.toSet());
        InputStream messages = new JsonRpcLines(in, JSON, lines, onEnd, owed, names);
        return configure(McpServer.sync(new StdioServerTransportProvider(JSON, messages, lines)), tools);
    }

    /** The server behind a Streamable HTTP transport from {@link #httpTransport(long)}. */
    public static McpSyncServer http(HttpServletStreamableServerTransportProvider transport, AppSource app) {
        return configure(McpServer.sync(transport), new PaperTools(app, JSON));
    }

    /** The protocol rules a request must keep before the SDK sees it, as the stdio transport checks them, for the HTTP transport. */
    public static JsonRpcCheck requestCheck(AppSource app) {
        Set<String> names = new PaperTools(app, JSON).tools().stream().map(tool -> tool.tool().name()).collect(Collectors.toSet());
        return new JsonRpcCheck(JSON, names);
    }

    /**
     * The Streamable HTTP transport; it is a servlet, mounted by the HTTP server at {@link #ENDPOINT}.
     *
     * @param maxBodyBytes the server's body limit, which the servlet enforces itself (413)
     * @param sessionIdle how long a session may go unused (up to twice that) before it is closed: sessions had
     *     lived for good, each {@code initialize} holding memory until the server stopped. A client of a closed one
     *     gets 404, on which the protocol has it open a new session.
     */
    public static HttpServletStreamableServerTransportProvider httpTransport(long maxBodyBytes, Duration sessionIdle) {
        return HttpServletStreamableServerTransportProvider.builder().jsonMapper(JSON).mcpEndpoint(ENDPOINT)
                .maxRequestSize((int) Math.min(Integer.MAX_VALUE, maxBodyBytes)).sessionSweepInterval(sessionIdle).build();
    }

    private static McpSyncServer configure(McpServer.SyncSpecification<?> spec, PaperTools tools) {
        return spec.serverInfo("paperchat", "0.1.0")
                .instructions("Search a collection of research-paper abstracts, ask questions with cited answers, "
                        + "find the source of a claim or a half-remembered title, and get BibTeX entries.")
                .capabilities(ServerCapabilities.builder().tools(false).resources(false, false).build())
                .jsonMapper(JSON)
                .tools(tools.tools())
                .resourceTemplates(tools.paperResource())
                .build();
    }
}
