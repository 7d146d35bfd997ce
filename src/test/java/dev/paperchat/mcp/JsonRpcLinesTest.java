package dev.paperchat.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonRpcLinesTest {
    private static final String PARAMS = "{\"protocolVersion\":\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}";

    /**
     * A client that asks right after initialize's reply, without notifications/initialized, is
     * answered as over HTTP: the notification is passed on for it, once, and its own late one is not.
     */
    @Test
    void should_pass_on_initialized_for_a_request_that_comes_before_it_and_reply_to_a_long_line_with_its_id() throws Exception {
        String initialized = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
        String input = String.join("\n",
                "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":" + PARAMS + "}",
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                initialized,
                "{\"jsonrpc\":\"2.0\",\"id\":\"big\",\"method\":\"tools/call\",\"params\":{\"name\":\"" + "x".repeat(JsonRpcLines.MAX_LINE_CHARS) + "\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"logging/setLevel\",\"params\":{\"level\":\"loud\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"initialize\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"initialize\",\"params\":" + PARAMS + "}") + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonRpcLines lines = new JsonRpcLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()), new JsonRpcLines.LineWriter(out), () -> {},
                Duration.ofMillis(10), Set.of("search_papers"));
        List<String> passed = new String(lines.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":" + PARAMS + "}", initialized,
                "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}", "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}"), passed);
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":\"big\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request: a line over 16777216 characters\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"error\":{\"code\":-32602,\"message\":\"Invalid params: logging/setLevel takes {\\\"level\\\": one of debug, info, notice, warning, error, critical, alert, emergency}\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32602,\"message\":\"Invalid params: initialize takes {\\\"protocolVersion\\\": a version string, \\\"capabilities\\\": an object, \\\"clientInfo\\\": {\\\"name\\\": ..., \\\"version\\\": ...}}\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: the session is already initialized\"}}"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }

    @Test
    void should_pass_on_messages_answer_bad_or_oversized_lines_with_errors_and_end_once_every_request_is_answered() throws Exception {
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
        String initialize = "{\"jsonrpc\":\"2.0\",\"id\":0,\"method\":\"initialize\",\"params\":" + PARAMS + "}";
        String initialized = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
        String input = initialize + "\n" + initialized + "\n{oops\r\n" + "x".repeat(JsonRpcLines.MAX_LINE_CHARS + 10) + "\n" + "{\"jsonrpc\":\"1.0\",\"id\":5,\"method\":\"ping\"}\n"
                + "{\"jsonrpc\":2.0,\"id\":8,\"method\":\"ping\"}\n{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":7}\n{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"method\":\"tools/call\",\"params\":7}\n"
                + "[{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":\"ping\"}]\n" + ping + " {}\n" + ping + "\r\n" + ping;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonRpcLines.LineWriter writer = new JsonRpcLines.LineWriter(out);
        AtomicInteger ended = new AtomicInteger();
        JsonRpcLines lines = new JsonRpcLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()), writer, ended::incrementAndGet,
                Duration.ofSeconds(60), Set.of("search_papers"));
        String expected = initialize + "\n" + initialized + "\n" + ping + "\n" + ping + "\n";
        byte[] passed = new byte[expected.length()];
        for (int at = 0; at < passed.length; ) at += lines.read(passed, at, passed.length - at);
        assertEquals(expected, new String(passed, StandardCharsets.UTF_8), "a last line without a newline counts");
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the message is not JSON\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: a line over 16777216 characters\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: not a JSON-RPC 2.0 message\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":8,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: not a JSON-RPC 2.0 message\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":6,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: not a JSON-RPC 2.0 message\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":\"p\",\"error\":{\"code\":-32600,\"message\":\"Invalid Request: not a JSON-RPC 2.0 message\"}}",
                "[{\"jsonrpc\":\"2.0\",\"id\":50,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: batches are not supported; send one message at a time\"}}]",
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the message is not JSON\"}}"),
                out.toString(StandardCharsets.UTF_8).lines().toList());

        // The input has ended, but the initialize and the two pings (of one id) are owed their replies: the end waits for them.
        CompletableFuture<Integer> end = CompletableFuture.supplyAsync(() -> {
            try {
                return lines.read();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        });
        Thread.sleep(300);
        assertFalse(end.isDone());
        assertEquals(0, ended.get());
        writer.write("{\"jsonrpc\":\"2.0\",\"id\":0,\"result\":{}}\n".getBytes(StandardCharsets.UTF_8));
        writer.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n".getBytes(StandardCharsets.UTF_8));
        Thread.sleep(300);
        assertFalse(end.isDone(), "one of the two is still owed");
        writer.write("{\"jsonrpc\":\"2.0\",\"id\":1,\"result\":{}}\n".getBytes(StandardCharsets.UTF_8));
        assertEquals(-1, end.get(10, TimeUnit.SECONDS));
        assertEquals(1, ended.get());
        assertEquals(-1, lines.read(), "and stays at its end");
        assertEquals(1, ended.get());
    }

    @Test
    void should_answer_a_ping_before_initialize_refuse_other_requests_until_then_and_check_a_tool_call() throws Exception {
        String input = String.join("\n",
                "{\"jsonrpc\":\"2.0\",\"id\":\"early\",\"method\":\"ping\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"tools/list\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":" + PARAMS + "}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"method\":\"tools/call\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"method\":\"tools/call\",\"params\":{\"name\":\"search_papers\",\"arguments\":\"not an object\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":6,\"method\":\"tools/call\",\"params\":{\"name\":\"invalid_tool_name\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"search_papers\",\"arguments\":{\"query\":\"x\"}}}") + "\n";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        JsonRpcLines lines = new JsonRpcLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()), new JsonRpcLines.LineWriter(out), () -> {},
                Duration.ofMillis(10), Set.of("search_papers", "ask"));
        String passed = new String(lines.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":3,\"method\":\"initialize\",\"params\":" + PARAMS + "}",
                "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}",
                "{\"jsonrpc\":\"2.0\",\"id\":7,\"method\":\"tools/call\",\"params\":{\"name\":\"search_papers\",\"arguments\":{\"query\":\"x\"}}}"),
                passed.lines().toList());
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":\"early\",\"result\":{}}",
                "{\"jsonrpc\":\"2.0\",\"id\":2,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: send initialize first\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":4,\"error\":{\"code\":-32602,\"message\":\"Invalid params: tools/call takes {\\\"name\\\": a tool's name, \\\"arguments\\\": an object}\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":5,\"error\":{\"code\":-32602,\"message\":\"Invalid params: tools/call takes {\\\"name\\\": a tool's name, \\\"arguments\\\": an object}\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":6,\"error\":{\"code\":-32602,\"message\":\"Unknown tool \\\"invalid_tool_name\\\"; the tools are ask, search_papers\"}}"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
    }
}
