package dev.paperchat.mcp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.modelcontextprotocol.json.jackson2.JacksonMcpJsonMapper;
import java.util.Set;
import org.junit.jupiter.api.Test;

class JsonRpcCheckTest {
    private final JsonRpcCheck check = new JsonRpcCheck(new JacksonMcpJsonMapper(new ObjectMapper()), Set.of("search_papers", "ask"));

    private int code(String message) {
        JsonRpcCheck.Checked checked = check.check(message);
        return checked.error() == null ? 0 : checked.error().path("error").path("code").asInt();
    }

    @Test
    void should_pass_messages_the_protocol_allows() {
        assertEquals(0, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\",\"arguments\":{\"question\":\"q\"}}}"));
        assertEquals(0, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\"}}"), "no arguments at all");
        assertEquals(0, code("{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}"));
        assertEquals(0, code("{\"jsonrpc\":\"2.0\",\"id\":\"a\",\"result\":{}}"), "a reply to the server");
        assertNull(check.check("{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"resources/read\",\"params\":{\"uri\":\"paper://x\"}}").error());
    }

    @Test
    void should_answer_what_breaks_it_with_the_protocol_error() {
        assertEquals(JsonRpcCheck.PARSE_ERROR, code("{nope"));
        assertEquals(JsonRpcCheck.PARSE_ERROR, code(""));
        assertEquals(JsonRpcCheck.PARSE_ERROR, code("{} {}"), "trailing content");
        assertEquals(JsonRpcCheck.INVALID_REQUEST, code("[]"), "an empty batch");
        assertEquals(JsonRpcCheck.INVALID_REQUEST, code("[{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}]"), "a batch of notifications");
        assertEquals(JsonRpcCheck.INVALID_REQUEST, code("{\"jsonrpc\":\"1.0\",\"id\":1,\"method\":\"ping\"}"));
        assertEquals(JsonRpcCheck.INVALID_REQUEST, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":7}"));
        assertEquals(JsonRpcCheck.INVALID_REQUEST, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"ping\",\"params\":3}"));
        assertEquals(JsonRpcCheck.INVALID_PARAMS, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"ask\",\"arguments\":[1]}}"));
        assertEquals(JsonRpcCheck.INVALID_PARAMS, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\"}"));
        assertEquals(JsonRpcCheck.INVALID_PARAMS, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}"));
        assertEquals(JsonRpcCheck.INVALID_PARAMS, code("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"resources/read\",\"params\":{}}"));
        String refused = "\"error\":{\"code\":-32600,\"message\":\"Invalid Request: batches are not supported; send one message at a time\"}}";
        assertEquals("[{\"jsonrpc\":\"2.0\",\"id\":50," + refused + ",{\"jsonrpc\":\"2.0\",\"id\":\"b\"," + refused + "]",
                check.check("[{\"jsonrpc\":\"2.0\",\"id\":50,\"method\":\"ping\"},{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"},"
                        + "{\"jsonrpc\":\"2.0\",\"id\":\"b\",\"method\":\"tools/list\"}]").error().toString(),
                "a batch's requests refused each under its id, so that a client waits on none of them; its notification gets no reply");
        assertEquals("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"error\":{\"code\":-32602,\"message\":\"Unknown tool \\\"nope\\\"; the tools are ask, search_papers\"}}",
                check.check("{\"jsonrpc\":\"2.0\",\"id\":\"x\",\"method\":\"tools/call\",\"params\":{\"name\":\"nope\"}}").error().toString(),
                "with the request's id, naming the tools");
    }
}
