package dev.paperchat.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class JsonRpcLinesTest {

    @Test
    void should_pass_on_messages_and_answer_bad_or_oversized_lines_with_errors() throws Exception {
        String ping = "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\"}";
        String input = "\n{oops\r\n" + "x".repeat(JsonRpcLines.MAX_LINE_CHARS + 10) + "\n" + ping + "\r\n" + "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        AtomicInteger ended = new AtomicInteger();
        JsonRpcLines lines = new JsonRpcLines(new ByteArrayInputStream(input.getBytes(StandardCharsets.UTF_8)),
                new JacksonMcpJsonMapper(new com.fasterxml.jackson.databind.ObjectMapper()), new JsonRpcLines.LineWriter(out), ended::incrementAndGet);
        String passed = new String(lines.readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(ping + "\n{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}\n", passed, "a last line without a newline counts");
        assertEquals(List.of("{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32700,\"message\":\"Parse error: the line is not JSON\"}}",
                "{\"jsonrpc\":\"2.0\",\"id\":null,\"error\":{\"code\":-32600,\"message\":\"Invalid Request: a line over 16777216 characters\"}}"),
                out.toString(StandardCharsets.UTF_8).lines().toList());
        assertEquals(1, ended.get());
        assertEquals(-1, lines.read(), "and stays at its end");
        assertEquals(1, ended.get());
    }
}
