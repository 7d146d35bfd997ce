package dev.paperchat.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.answer.ScriptedLlmServer;
import dev.paperchat.app.SampleIndex;
import dev.paperchat.server.TestServer;
import io.modelcontextprotocol.client.McpClient;
import io.modelcontextprotocol.client.McpSyncClient;
import io.modelcontextprotocol.client.transport.HttpClientStreamableHttpTransport;
import io.modelcontextprotocol.client.transport.ServerParameters;
import io.modelcontextprotocol.client.transport.StdioClientTransport;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema.CallToolRequest;
import io.modelcontextprotocol.spec.McpSchema.CallToolResult;
import io.modelcontextprotocol.spec.McpSchema.ProgressNotification;
import io.modelcontextprotocol.spec.McpSchema.ReadResourceRequest;
import io.modelcontextprotocol.spec.McpSchema.TextContent;
import io.modelcontextprotocol.spec.McpSchema.TextResourceContents;
import io.modelcontextprotocol.spec.McpSchema.Tool;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The official SDK client drives paperchat's MCP server: over stdio to a real subprocess, and over Streamable HTTP. */
class McpIT {
    private static final McpJsonMapper JSON = new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper());
    private static final Set<String> TOOLS = Set.of("search_papers", "ask", "find_by_title", "find_by_claim", "list_papers", "collection_stats",
            "get_paper", "get_bibtex");

    @Test
    void should_serve_every_tool_over_stdio_from_a_subprocess() {
        String java = ProcessHandle.current().info().command().orElse("java");
        ServerParameters params = ServerParameters.builder(java)
                .args("--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"), "dev.paperchat.cli.Main",
                        "mcp", "--index", SampleIndex.get().index().location())
                .build();
        try (McpSyncClient client = McpClient.sync(new StdioClientTransport(params, JSON)).requestTimeout(Duration.ofSeconds(60)).build()) {
            exercise(client);
        }
    }

    /** A first run ingests the sample; the client's initialize is answered at once, and the first tool call waits for the ingest. */
    @Test
    @org.junit.jupiter.api.Timeout(value = 300, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void should_answer_initialize_before_a_first_run_has_ingested_the_sample(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path log = dir.resolve("stderr.log");
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "dev.paperchat.cli.Main", "mcp", "--index", dir.resolve("index").toString())
                .redirectError(log.toFile()).start();
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            process.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            assertTrue(in.readLine().contains("\"name\":\"paperchat\""), "the server answered");
            assertFalse(Files.readString(log).contains("papers)"), "before the sample was in: " + Files.readString(log));
            process.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n{\"jsonrpc\":\"2.0\",\"id\":2,"
                    + "\"method\":\"tools/call\",\"params\":{\"name\":\"search_papers\",\"arguments\":{\"query\":\"Quiet-STaR\",\"k\":1},"
                    + "\"_meta\":{\"progressToken\":\"first\"}}}\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            // A client that resets its timeout on progress hears why the call waits, about once a second.
            List<String> progress = new ArrayList<>();
            String reply = in.readLine();
            while (reply != null && reply.contains("\"method\":\"notifications/progress\"")) {
                progress.add(reply);
                reply = in.readLine();
            }
            assertFalse(progress.isEmpty(), "no progress while the sample was ingested; reply: " + reply);
            assertTrue(progress.get(0).contains("\"progressToken\":\"first\"") && progress.get(0).contains("ingesting the sample corpus first"),
                    progress.get(0));
            assertTrue(reply.contains("Quiet-STaR: Language Models Can Teach Themselves"), "the call waited for the ingest: " + reply);
            assertTrue(Files.readString(log).contains("(300 papers)"), Files.readString(log));
            // A cancellation, which the server does not act on, is no news for its log either.
            process.getOutputStream().write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/cancelled\",\"params\":{\"requestId\":2}}\n"
                    .getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            assertTrue(process.waitFor(60, TimeUnit.SECONDS));
            assertFalse(Files.readString(log).contains("notifications/cancelled"), Files.readString(log));
        } finally {
            process.destroyForcibly();
        }
    }

    /**
     * Agents close the pipe when they are done; a server that outlived them would hold the index and a JVM's memory.
     * Before that, a line that is not JSON-RPC must not end the session, as it did inside the SDK.
     */
    @Test
    @org.junit.jupiter.api.Timeout(value = 180, threadMode = org.junit.jupiter.api.Timeout.ThreadMode.SEPARATE_THREAD)
    void should_answer_a_bad_line_with_an_error_and_exit_when_the_client_closes_stdin() throws Exception {
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "dev.paperchat.cli.Main", "mcp", "--index", SampleIndex.get().index().location())
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
        try (var in = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
            process.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\","
                    + "\"capabilities\":{},\"clientInfo\":{\"name\":\"test\",\"version\":\"1\"}}}\n").getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            assertTrue(in.readLine().contains("\"name\":\"paperchat\""), "the server answered");
            // A bad line gets the protocol's error reply, and the session goes on.
            process.getOutputStream().write("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n{not json\n[1, 2]\n{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}\n"
                    .getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().flush();
            assertTrue(in.readLine().contains("\"code\":-32700"));
            assertTrue(in.readLine().contains("\"code\":-32600"));
            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":2,\"result\":{}}", in.readLine());
            // A client may send its last requests and close stdin at once: their replies still come.
            process.getOutputStream().write(("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"tools/call\",\"params\":{\"name\":\"search_papers\","
                    + "\"arguments\":{\"query\":\"entropy collapse\",\"k\":2}}}\n{\"jsonrpc\":\"2.0\",\"id\":\"last\",\"method\":\"ping\"}\n")
                    .getBytes(StandardCharsets.UTF_8));
            process.getOutputStream().close();
            List<String> replies = List.of(in.readLine(), in.readLine());
            assertTrue(replies.stream().anyMatch(r -> r.startsWith("{\"jsonrpc\":\"2.0\",\"id\":3,\"result\":") && r.contains("entropy")), replies.toString());
            assertTrue(replies.contains("{\"jsonrpc\":\"2.0\",\"id\":\"last\",\"result\":{}}"), replies.toString());
            assertTrue(process.waitFor(60, TimeUnit.SECONDS), "paperchat mcp outlived its client");
            assertEquals(0, process.exitValue());
        } finally {
            process.destroyForcibly();
        }
    }

    @Test
    void should_serve_every_tool_over_streamable_http() throws Exception {
        try (TestServer server = new TestServer();
             McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.url(""))
                     .endpoint("/mcp").jsonMapper(JSON).build()).requestTimeout(Duration.ofSeconds(30)).build()) {
            exercise(client);
            // A request the transport refuses is answered with its JSON-RPC error, not a serialised exception.
            var unknownSession = server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
                    "Accept", "application/json, text/event-stream", "Mcp-Session-Id", "bogus");
            assertEquals(404, unknownSession.statusCode());
            // -32001 as clients read it: the SDK had said -32603, an internal error, which a client would retry.
            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,\"message\":\"Session not found: bogus\"}}", unknownSession.body());

            // What breaks the protocol gets a 400 and its JSON-RPC error, as over stdio; before, a tools/call whose
            // arguments were no object got a 200 with an empty body, and no reply ever came.
            String session = server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                    + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}", "Accept", "application/json, text/event-stream")
                    .headers().firstValue("Mcp-Session-Id").orElseThrow();
            Map<String, String> refused = new LinkedHashMap<>();
            refused.put("{\"jsonrpc\":\"2.0\",\"id\":13,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\",\"arguments\":\"hi\"}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":13,\"error\":{\"code\":-32602,\"message\":\"Invalid params: tools/call takes {\\\"name\\\": a tool's name, \\\"arguments\\\": an object}\"}}");
            refused.put("{\"jsonrpc\":\"2.0\",\"id\":14,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\",\"arguments\":{}}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":14,\"error\":{\"code\":-32602,\"message\":\"Unknown tool \\\"nope\\\"; the tools are " + String.join(", ", new java.util.TreeSet<>(TOOLS)) + "\"}}");
            refused.put("{\"jsonrpc\":\"2.0\",\"id\":15,\"method\":\"resources/read\",\"params\":{}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":15,\"error\":{\"code\":-32602,\"message\":\"Invalid params: resources/read takes {\\\"uri\\\": \\\"paper://ID\\\"}\"}}");
            refused.put("{\"jsonrpc\":\"2.0\",\"id\":20,\"method\":\"initialize\"}",
                    "{\"jsonrpc\":\"2.0\",\"id\":20,\"error\":{\"code\":-32602,\"message\":\"Invalid params: initialize takes {\\\"protocolVersion\\\": a version string,"
                            + " \\\"capabilities\\\": an object, \\\"clientInfo\\\": {\\\"name\\\": ..., \\\"version\\\": ...}}\"}}");
            refused.put("{\"jsonrpc\":\"2.0\",\"id\":21,\"method\":\"logging/setLevel\",\"params\":{}}",
                    "{\"jsonrpc\":\"2.0\",\"id\":21,\"error\":{\"code\":-32602,\"message\":\"Invalid params: logging/setLevel takes {\\\"level\\\": one of debug, info,"
                            + " notice, warning, error, critical, alert, emergency}\"}}");
            refused.put("{\"jsonrpc\":\"2.0\",\"id\":23,\"method\":\"initialize\",\"params\":{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},"
                    + "\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}", "{\"jsonrpc\":\"2.0\",\"id\":23,\"error\":{\"code\":-32600,\"message\":"
                    + "\"Invalid Request: the session is already initialized; send initialize without an Mcp-Session-Id header to open another\"}}");
            refused.put("{nope", "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the message is not JSON\"}}");
            refused.put("[{\"jsonrpc\":\"2.0\",\"id\":16,\"method\":\"ping\"}]",
                    "[{\"jsonrpc\":\"2.0\",\"id\":16,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: batches are not supported; send one message at a time\"}}]");
            for (var request : refused.entrySet()) {
                var reply = server.post("/mcp", request.getKey(), "Accept", "application/json, text/event-stream", "Mcp-Session-Id", session);
                // Bad params of a well-formed request come as any failed request's reply, whose code clients read; the rest are refused.
                assertEquals(request.getValue().contains("-32602") ? 200 : 400, reply.statusCode(), request.getKey());
                assertEquals(request.getValue(), reply.body());
            }
            byte[] latin1 = ("{\"jsonrpc\":\"2.0\",\"id\":24,\"method\":\"tools/call\",\"params\":{\"name\":\"find_by_title\",\"arguments\":"
                    + "{\"title\":\"CPM\u00f6bius\"}}}").getBytes(java.nio.charset.StandardCharsets.ISO_8859_1);
            var notUtf8 = server.postBytes("/mcp", latin1, "Accept", "application/json, text/event-stream", "Mcp-Session-Id", session);
            assertEquals(400, notUtf8.statusCode(), "refused as the API refuses it, not searched with U+FFFD in the title");
            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the body is not UTF-8\"}}", notUtf8.body());
            var reply = server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":77,\"result\":{}}", "Accept", "application/json, text/event-stream",
                    "Mcp-Session-Id", session);
            assertEquals(400, reply.statusCode());
            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":77,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: this server sent no request with id 77;"
                    + " it asks clients nothing\"}}", reply.body(), "not the SDK's 500");
            var jsonOnly = server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":78,\"method\":\"ping\"}", "Accept", "application/json", "Mcp-Session-Id", session);
            assertEquals(400, jsonOnly.statusCode());
            assertTrue(jsonOnly.body().startsWith("{\"jsonrpc\":\"2.0\",\"id\":78,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: the Accept header"),
                    jsonOnly.body());
            var badParamsNoSession = server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":22,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}",
                    "Accept", "application/json, text/event-stream");
            assertEquals(400, badParamsNoSession.statusCode(), "the session is checked first, whatever the params: " + badParamsNoSession.body());
            var noSession = server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":17,\"method\":\"ping\"}", "Accept", "application/json, text/event-stream");
            assertEquals(400, noSession.statusCode());
            assertTrue(noSession.body().startsWith("{\"jsonrpc\":\"2.0\",\"id\":17,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: no Mcp-Session-Id"),
                    noSession.body());
            var oldVersion = server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":18,\"method\":\"ping\"}", "Accept", "application/json, text/event-stream",
                    "Mcp-Session-Id", session, "MCP-Protocol-Version", "1999-01-01");
            assertEquals(400, oldVersion.statusCode());
            assertTrue(oldVersion.body().startsWith("{\"jsonrpc\":\"2.0\",\"id\":18,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: "
                    + "MCP-Protocol-Version 1999-01-01 is not supported; this server speaks "), "with the id the client waits on: " + oldVersion.body());
            var ping = server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":19,\"method\":\"ping\"}", "Accept", "application/json, text/event-stream",
                    "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-06-18");
            assertEquals(200, ping.statusCode(), "a request the check passes reaches the SDK, its body read again");
            assertTrue(ping.body().contains("{\"jsonrpc\":\"2.0\",\"id\":19,\"result\":{}}"), ping.body());
        }
    }

    /** A session left unused is closed, so clients that never say goodbye do not hold the server's memory for good; one in use stays. */
    @Test
    void should_close_sessions_left_idle_and_keep_those_in_use() throws Exception {
        try (TestServer server = new TestServer(Map.of("mcp.session-idle-seconds", "1"))) {
            String used = openSession(server);
            String idle = openSession(server);
            for (int i = 0; i < 12; i++) {
                assertEquals(200, ping(server, used).statusCode(), "a session pinged every 300 ms outlives several sweeps");
                Thread.sleep(300);
            }
            var gone = ping(server, idle);
            assertEquals(404, gone.statusCode(), "unused for over two sweeps: " + gone.body());
            assertEquals("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32001,\"message\":\"Session not found: " + idle + "\"}}", gone.body());
            assertEquals(200, ping(server, openSession(server)).statusCode(), "the client opens a new one, as the protocol has it do on 404");
        }
    }

    private static String openSession(TestServer server) throws Exception {
        return server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                        + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}", "Accept", "application/json, text/event-stream")
                .headers().firstValue("Mcp-Session-Id").orElseThrow();
    }

    private static java.net.http.HttpResponse<String> ping(TestServer server, String session) throws Exception {
        return server.post("/mcp", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"ping\"}", "Accept", "application/json, text/event-stream",
                "Mcp-Session-Id", session, "MCP-Protocol-Version", "2025-06-18");
    }

    /** A client that sent a progressToken hears how a slow LLM's answer goes, so it can wait past its own timeout. */
    @Test
    void should_report_progress_while_a_slow_llm_writes() throws Exception {
        List<ProgressNotification> heard = new CopyOnWriteArrayList<>();
        try (ScriptedLlmServer llm = new ScriptedLlmServer().script(ScriptedLlmServer.Behaviour.SLOW_STREAM, "");
             dev.paperchat.app.PaperChat app = new dev.paperchat.app.PaperChat(dev.paperchat.app.Config.of(Map.of(
                     "index", SampleIndex.get().index().location(), "llm.base-url", llm.baseUrl(), "llm.model", "scripted-7b",
                     "llm.timeout-seconds", "4", "prompts.dir", "prompts")));
             TestServer server = new TestServer(Map.of(), app);
             McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.url("")).endpoint("/mcp").jsonMapper(JSON).build())
                     .requestTimeout(Duration.ofSeconds(30)).progressConsumer(heard::add).build()) {
            client.initialize();
            CallToolResult answer = client.callTool(CallToolRequest.builder("ask").arguments(Map.of("question", "which methods avoid entropy collapse?",
                    "mode", "llm")).progressToken("slow-1").build());
            assertFalse(Boolean.TRUE.equals(answer.isError()), text(answer));
            assertTrue(heard.size() >= 2, "a notification a second while the LLM writes: " + heard);
            assertTrue(heard.stream().allMatch(p -> "slow-1".equals(p.progressToken())), heard.toString());
            assertTrue(heard.stream().anyMatch(p -> p.message().startsWith("writing the answer: ")), heard.toString());
            for (int i = 1; i < heard.size(); i++) assertTrue(heard.get(i).progress() > heard.get(i - 1).progress(), "progress only grows");
        }
    }

    @Test
    void should_require_the_api_key_over_http_when_one_is_set() {
        try (TestServer server = new TestServer(Map.of("api.key", "k3y"))) {
            McpSyncClient anonymous = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.url(""))
                    .endpoint("/mcp").jsonMapper(JSON).build()).requestTimeout(Duration.ofSeconds(10)).build();
            assertThrows(RuntimeException.class, anonymous::initialize);
            anonymous.close();
            try (McpSyncClient client = McpClient.sync(HttpClientStreamableHttpTransport.builder(server.url(""))
                    .endpoint("/mcp").jsonMapper(JSON).requestBuilder(HttpRequest.newBuilder().header("Authorization", "Bearer k3y"))
                    .build()).requestTimeout(Duration.ofSeconds(10)).build()) {
                client.initialize();
                assertEquals(TOOLS, client.listTools().tools().stream().map(Tool::name).collect(Collectors.toSet()));
            }
        }
    }

    private static void exercise(McpSyncClient client) {
        assertEquals("paperchat", client.initialize().serverInfo().name());
        List<Tool> tools = client.listTools().tools();
        assertEquals(TOOLS, tools.stream().map(Tool::name).collect(Collectors.toSet()));
        assertTrue(tools.stream().allMatch(t -> t.description().length() > 40 && "object".equals(t.inputSchema().get("type"))));
        for (Tool tool : tools) {
            assertTrue(tool.title() != null && !tool.title().isBlank(), "a client shows a person the tool's title: " + tool.name());
            assertEquals(Boolean.TRUE, tool.annotations().readOnlyHint(), "it changes nothing, so it may run without asking: " + tool.name());
            assertEquals(Boolean.FALSE, tool.annotations().destructiveHint(), tool.name());
            assertEquals(tool.name().equals("ask"), tool.annotations().openWorldHint(), "the collection is local, an LLM may not be: " + tool.name());
            Map<?, ?> properties = (Map<?, ?>) tool.inputSchema().get("properties");
            properties.forEach((name, schema) -> assertTrue(((Map<?, ?>) schema).get("description") instanceof String,
                    "an agent reads what each argument is: " + tool.name() + "." + name));
            assertEquals("object", tool.outputSchema().get("type"), "an agent knows the result's shape before it calls: " + tool.name());
            assertTrue(tool.outputSchema().get("properties") instanceof Map<?, ?> fields && !fields.isEmpty(), tool.name());
        }
        // The server checks every result against its tool's outputSchema, the client too: results of every shape pass.
        for (Map.Entry<String, Map<String, Object>> call : List.<Map.Entry<String, Map<String, Object>>>of(
                Map.entry("search_papers", Map.of("query", "how do proteins fold?")), Map.entry("search_papers", Map.of("query", "reasoning", "k", 50)),
                Map.entry("search_papers", Map.of("query", "GRPO", "org", "Tencnet")), Map.entry("ask", Map.of("question", "How do proteins fold?")),
                Map.entry("ask", Map.of("question", "Which papers mention GRPO and PPO?")), Map.entry("ask", Map.of("question", "thanks!")),
                Map.entry("find_by_title", Map.of("title", "Tree of Thoughts")), Map.entry("find_by_claim", Map.of("claim", "Klear-Reasoner scores 90.5% on AIME 2025.")),
                Map.entry("list_papers", Map.of("limit", 500)), Map.entry("list_papers", Map.of("org", "Tencent", "from", "2025")),
                Map.entry("collection_stats", Map.of()))) {
            CallToolResult result = call(client, call.getKey(), call.getValue());
            assertTrue(result.isError() == null || !result.isError(), call + ": " + text(result));
            assertTrue(result.structuredContent() != null, call.toString());
        }

        CallToolResult search = call(client, "search_papers", Map.of("query", "entropy collapse", "k", 3));
        assertFalse(Boolean.TRUE.equals(search.isError()));
        List<?> results = (List<?>) ((Map<?, ?>) search.structuredContent()).get("results");
        assertEquals(3, results.size());
        String id = (String) ((Map<?, ?>) results.get(0)).get("id");
        assertFalse(text(search).startsWith("Weak evidence"), text(search));
        // The next page, as /api/search gives it.
        CallToolResult next = call(client, "search_papers", Map.of("query", "entropy collapse", "k", 2, "offset", 1));
        assertEquals(results.subList(1, 3), ((Map<?, ?>) next.structuredContent()).get("results"), text(next));
        assertEquals(1, ((Map<?, ?>) next.structuredContent()).get("offset"));
        CallToolResult lastPage = call(client, "search_papers", Map.of("query", "entropy collapse", "k", 10, "offset", 45));
        assertFalse(Boolean.TRUE.equals(lastPage.isError()), text(lastPage));
        assertTrue(((List<?>) ((Map<?, ?>) lastPage.structuredContent()).get("results")).size() <= 5, "the last of the 50 ranked: " + text(lastPage));
        CallToolResult filtered = call(client, "search_papers", Map.of("query", "GRPO", "org", "tencent", "k", 3));
        assertTrue(text(filtered).contains("Only papers matching the filters (organisation tencent) were searched")
                && text(filtered).contains("Weak evidence: the papers matching the filters do not seem to cover this"),
                "a filter's few papers say nothing of the collection: " + text(filtered));
        CallToolResult chinese = call(client, "search_papers", Map.of("query", "强化学习 推理", "k", 3));
        assertTrue(text(chinese).startsWith("The query seems not to be in English"), text(chinese));
        CallToolResult offTopic = call(client, "search_papers", Map.of("query", "How do proteins fold in the cell?", "k", 3));
        assertTrue(text(offTopic).startsWith("Weak evidence: the collection does not seem to cover this"), text(offTopic));

        // An agent reading only the text learns how an organisation was read, and which names the collection has.
        CallToolResult misspelt = call(client, "search_papers", Map.of("query", "reasoning", "org", "tencnet"));
        assertTrue(text(misspelt).startsWith("No paper in the collection is from an organisation named \"tencnet\"; names near it: tencent"), text(misspelt));
        assertTrue(text(misspelt).endsWith("No papers found."), text(misspelt));
        CallToolResult page = call(client, "list_papers", Map.of("limit", 2, "offset", 1));
        assertTrue(text(page).startsWith("Papers 2 to 3 of 300:\n"), text(page));
        assertEquals(300, ((Map<?, ?>) page.structuredContent()).get("total"));
        assertTrue(text(call(client, "list_papers", Map.of("org", "Tencent"))).contains(" | Tencent | "));
        CallToolResult stats = call(client, "collection_stats", Map.of());
        assertTrue(text(stats).startsWith("300 papers. Organisations (papers): ") && text(stats).contains("Tencent (4)"), text(stats));

        CallToolResult ask = call(client, "ask", Map.of("question", "which methods avoid entropy collapse?", "mode", "extractive"));
        Map<?, ?> answer = (Map<?, ?>) ask.structuredContent();
        assertEquals(Boolean.TRUE, answer.get("covered"));
        assertFalse(((List<?>) answer.get("citations")).isEmpty());
        assertTrue(text(ask).contains("[1]"));
        // A follow-up with the conversation so far, within filters, as /api/ask takes them.
        CallToolResult followUp = call(client, "ask", Map.of("question", "tell me more about the second one", "mode", "extractive",
                "history", List.of(Map.of("role", "user", "content", "which methods avoid entropy collapse?"),
                        Map.of("role", "assistant", "content", String.valueOf(answer.get("answer")))),
                "from", "2024-01-01"));
        Map<?, ?> followed = (Map<?, ?>) followUp.structuredContent();
        assertFalse(String.valueOf(followed.get("question")).contains("second one"), "the item was named: " + followed.get("question"));
        assertTrue(text(followUp).contains("Only papers matching the filters (from 2024-01-01)"), text(followUp));
        CallToolResult noLlm = call(client, "ask", Map.of("question", "which methods avoid entropy collapse?", "mode", "llm"));
        assertTrue(text(noLlm).contains("\nNotes:\n- No LLM is configured"), "an agent reads the text: " + text(noLlm));
        CallToolResult many = call(client, "ask", Map.of("question", "Which papers mention GRPO?", "k", 3));
        assertTrue(text(many).contains("ask for more with k (ask's argument k, at most 20), or search for \"GRPO\" with k up to 50 (search_papers)"),
                "an agent is pointed to its own tools, not the chat page or the API: " + text(many));
        assertFalse(((Map<?, ?>) many.structuredContent()).get("notices").toString().contains("/api/"), "the structured notices too");

        Map<?, ?> byTitle = (Map<?, ?>) call(client, "find_by_title", Map.of("title", "quiet star")).structuredContent();
        assertTrue(((String) ((Map<?, ?>) ((List<?>) byTitle.get("results")).get(0)).get("title")).startsWith("Quiet-STaR"));
        Map<?, ?> byClaim = (Map<?, ?>) call(client, "find_by_claim",
                Map.of("claim", "VeriReason reaches 83.1% functional correctness on VerilogEval Machine")).structuredContent();
        assertEquals(Boolean.TRUE, byClaim.get("found"));

        CallToolResult claimText = call(client, "find_by_claim", Map.of("claim", "RL always makes reasoning models worse"));
        assertTrue(text(claimText).startsWith("Closest sentences; check that one states the claim"), "an agent reads the text: " + text(claimText));
        CallToolResult passage = call(client, "find_by_claim", Map.of("claim", dev.paperchat.app.SampleIndex.PASSAGE));
        assertTrue(text(passage).startsWith("The passage holds 3 claims") && text(passage).contains("\nClaim 3: \"Low-probability tokens sustain"
                + " exploration in RL.\"\nClosest sentences; check that one states the claim before citing it:\nLow-probability Tokens"), text(passage));
        CallToolResult paper = call(client, "get_paper", Map.of("id", id));
        assertEquals(id, ((Map<?, ?>) paper.structuredContent()).get("id"));
        for (Object source : (List<?>) ((Map<?, ?>) paper.structuredContent()).get("sources")) {
            String file = (String) ((Map<?, ?>) source).get("file");
            assertFalse(file.contains("/") || file.contains("\\"), "a file by its name, not the user's folders: " + file);
        }
        assertTrue(text(paper).contains("\nid: " + id + "\n") && text(paper).contains("\ndate: "), text(paper));
        assertTrue(text(call(client, "get_bibtex", Map.of("id", id))).contains("@misc{"));
        assertEquals(id, ((Map<?, ?>) call(client, "get_paper", Map.of("id", " " + id + "\n")).structuredContent()).get("id"),
                "spaces copied around an id are no part of it");

        CallToolResult missing = call(client, "get_paper", Map.of("id", "no-such-paper"));
        assertEquals(Boolean.TRUE, missing.isError());
        assertTrue(text(missing).contains("no paper with id no-such-paper (a paper id, DOI, arXiv id or BibTeX key); ids come from search_papers, find_by_title and list_papers"), text(missing));
        assertTrue(text(call(client, "get_paper", Map.of("id", "\u202Egnp.exe"))).contains("no paper with id \\u202Egnp.exe (a paper id"),
                "a bidirectional override is shown as an escape, not obeyed");
        CallToolResult longId = call(client, "get_bibtex", Map.of("id", "x".repeat(500)));
        assertEquals(Boolean.TRUE, longId.isError());
        assertTrue(text(longId).contains("... (500 characters)") && text(longId).length() < 500, "the id is quoted by its start: " + text(longId));
        assertEquals(Boolean.TRUE, call(client, "get_paper", Map.of("id", "x".repeat(100_000))).isError(), "past the schema's maxLength");
        CallToolResult badArgument = call(client, "search_papers", Map.of("query", "x", "k", 500));
        assertEquals(Boolean.TRUE, badArgument.isError());
        assertTrue(call(client, "search_papers", Map.of("k", 3)).isError(), "missing required argument");
        CallToolResult invisible = call(client, "ask", Map.of("question", "\u200b\u00a0"));
        assertEquals(Boolean.TRUE, invisible.isError(), "no words to ask: " + text(invisible));
        assertTrue(text(invisible).contains("\"question\" must be a non-empty string"), text(invisible));
        // A day with its time is read as the HTTP API reads it (pandas' isoformat()); what is no date is told as a date, not as a regex.
        CallToolResult timed = call(client, "search_papers", Map.of("query", "entropy", "from", "2025-05-01T00:00:00Z", "k", 3));
        assertFalse(Boolean.TRUE.equals(timed.isError()), text(timed));
        assertEquals(call(client, "search_papers", Map.of("query", "entropy", "from", "2025-05-01", "k", 3)).structuredContent(), timed.structuredContent());
        CallToolResult badDate = call(client, "search_papers", Map.of("query", "entropy", "from", "soon"));
        assertEquals(Boolean.TRUE, badDate.isError(), text(badDate));
        assertTrue(text(badDate).contains("\"from\" must be a date like 2025-01-31, 2025-01 or 2025, was soon"), text(badDate));
        CallToolResult unknownArgument = call(client, "search_papers", Map.of("query", "entropy", "limit", 3));
        assertEquals(Boolean.TRUE, unknownArgument.isError(), "the API refuses an unknown parameter too: " + text(unknownArgument));
        assertTrue(text(unknownArgument).contains("limit"), text(unknownArgument));
        for (int k : new int[] {-1, 0, 21}) {
            CallToolResult badK = call(client, "find_by_title", Map.of("title", "quiet star", "k", k));
            assertEquals(Boolean.TRUE, badK.isError(), "k=" + k);
            assertTrue(text(badK).contains("/k") || text(badK).contains("k must be between 1 and 20"), text(badK));
        }

        assertEquals("paper://{id}", client.listResourceTemplates().resourceTemplates().get(0).uriTemplate());
        var contents = client.readResource(ReadResourceRequest.builder("paper://" + id).build()).contents();
        assertTrue(((TextResourceContents) contents.get(0)).text().contains("\"abstractText\""));
        // An id is percent-decoded, as a DOI's slash must be sent (paper://10.48550%2F...).
        var encoded = client.readResource(ReadResourceRequest.builder("paper://" + id.replace("-", "%2D")).build()).contents();
        assertEquals(((TextResourceContents) contents.get(0)).text(), ((TextResourceContents) encoded.get(0)).text());
        var spaced = client.readResource(ReadResourceRequest.builder("paper://%20" + id + "%0A").build()).contents();
        assertEquals(((TextResourceContents) contents.get(0)).text(), ((TextResourceContents) spaced.get(0)).text(), "as get_paper strips spaces");
        for (String uri : List.of("paper://no-such-paper", "paper://%ZZbad")) {
            RuntimeException unknown = assertThrows(RuntimeException.class, () -> client.readResource(ReadResourceRequest.builder(uri).build()));
            assertTrue(String.valueOf(unknown.getMessage()).contains("Resource not found"), String.valueOf(unknown.getMessage()));
        }
        // A pasted page is quoted by its start, not echoed whole into the agent's context.
        io.modelcontextprotocol.spec.McpError huge = assertThrows(io.modelcontextprotocol.spec.McpError.class,
                () -> client.readResource(ReadResourceRequest.builder("paper://" + "a".repeat(100_000)).build()));
        String data = String.valueOf(huge.getJsonRpcError().data());
        assertTrue(data.length() < 1_000 && data.contains("(100008 characters)"), data.length() + ": " + data.substring(0, Math.min(300, data.length())));

        CallToolResult tooLong = call(client, "ask", Map.of("question", "why ".repeat(1_500)));
        assertEquals(Boolean.TRUE, tooLong.isError());
        assertTrue(text(tooLong).contains("at most 4000 characters"), text(tooLong));
        // A passage is held to a claim's length, as POST /api/cite holds it, though each of its sentences is short.
        CallToolResult longPassage = call(client, "find_by_claim", Map.of("claim", "Entropy collapses early in training. ".repeat(300)));
        assertEquals(Boolean.TRUE, longPassage.isError());
        assertTrue(text(longPassage).contains("/claim: must be at most 10,000 characters long"), "the schema's maxLength, which the SDK checks: " + text(longPassage));
        List<Map<String, String>> turns = Collections.nCopies(51, Map.of("role", "user", "content", "what is GRPO?"));
        CallToolResult longHistory = call(client, "ask", Map.of("question", "and its results?", "history", turns));
        assertEquals(Boolean.TRUE, longHistory.isError());
        assertTrue(text(longHistory).contains("50"), "at most 50 turns, as /api/ask: " + text(longHistory));
        CallToolResult marker = call(client, "find_by_claim", Map.of("claim", "(Hassid et al., 2025)"));
        assertEquals(Boolean.TRUE, marker.isError());
        assertTrue(text(marker).contains("claim holds only a citation marker"), text(marker));
    }

    private static CallToolResult call(McpSyncClient client, String tool, Map<String, Object> arguments) {
        return client.callTool(CallToolRequest.builder(tool).arguments(arguments).build());
    }

    private static String text(CallToolResult result) {
        return ((TextContent) result.content().get(0)).text();
    }
}
