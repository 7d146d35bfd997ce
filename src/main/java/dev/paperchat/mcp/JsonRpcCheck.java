package dev.paperchat.mcp;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.json.McpJsonMapper;
import io.modelcontextprotocol.spec.McpSchema;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * The rules of JSON-RPC 2.0 and MCP that the SDK does not apply to a message, or answers with its
 * own internals (Jackson's messages, Java type names) or not at all (a tools/call whose arguments
 * are no object gets no reply over HTTP): checked before the message reaches it, over stdio and
 * HTTP alike, so that a client's mistake gets the protocol's error naming what was wrong.
 */
public final class JsonRpcCheck {
    public static final ObjectMapper JSON = new ObjectMapper().enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);
    public static final int PARSE_ERROR = -32700, INVALID_REQUEST = -32600, INVALID_PARAMS = -32602;

    /** The levels of RFC 5424 that MCP's logging/setLevel takes, least severe first. */
    private static final List<String> LEVELS = List.of("debug", "info", "notice", "warning", "error", "critical", "alert", "emergency");

    private final McpJsonMapper mapper;
    private final Set<String> tools;

    /** @param tools the names of the server's tools */
    JsonRpcCheck(McpJsonMapper mapper, Set<String> tools) {
        this.mapper = mapper;
        this.tools = new TreeSet<>(tools);
    }

    /** A message as read: its tree when it is one, else the error reply it gets (an array of them for a batch). */
    public record Checked(JsonNode message, JsonNode error) {}

    public Checked check(String text) {
        JsonNode tree;
        try {
            tree = JSON.readTree(text);
        } catch (IOException e) {
            return failed(null, PARSE_ERROR, "Parse error: the message is not JSON");
        }
        if (tree == null || tree.isMissingNode()) return failed(null, PARSE_ERROR, "Parse error: the message is empty");
        if (tree.isArray()) return new Checked(null, batchRefused(tree));
        // The SDK takes any version, a method of any type and scalar params; the protocol does not.
        if (!tree.path("jsonrpc").isTextual() || !tree.get("jsonrpc").asText().equals("2.0") || tree.has("method") && !tree.get("method").isTextual()
                || tree.has("params") && !tree.get("params").isContainerNode()) {
            return failed(tree, INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 message");
        }
        try {
            if (!(McpSchema.deserializeJsonRpcMessage(mapper, text) instanceof McpSchema.JSONRPCRequest)) return new Checked(tree, null);
        } catch (IOException | RuntimeException e) {
            return failed(tree, INVALID_REQUEST, "Invalid Request: not a JSON-RPC 2.0 message");
        }
        return paramsProblem(tree).map(problem -> failed(tree, INVALID_PARAMS, problem)).orElse(new Checked(tree, null));
    }

    /** What is wrong with a request's params that the SDK would answer with its own internals, or not at all. */
    private Optional<String> paramsProblem(JsonNode request) {
        JsonNode params = request.path("params");
        switch (request.get("method").asText()) {
            case "tools/call" -> {
                JsonNode name = params.path("name");
                if (!name.isTextual() || params.has("arguments") && !params.get("arguments").isObject() && !params.get("arguments").isNull()) {
                    return Optional.of("Invalid params: tools/call takes {\"name\": a tool's name, \"arguments\": an object}");
                }
                if (!tools.contains(name.asText())) {
                    return Optional.of("Unknown tool \"" + name.asText() + "\"; the tools are " + String.join(", ", tools));
                }
            }
            case "initialize" -> {
                // The SDK reads a missing or mistyped field as Java's NullPointerException or a Jackson type name.
                if (!params.path("protocolVersion").isTextual() || !params.path("capabilities").isObject() || !params.path("clientInfo").isObject()
                        || !params.path("clientInfo").path("name").isTextual()) {
                    return Optional.of("Invalid params: initialize takes {\"protocolVersion\": a version string, \"capabilities\": an object,"
                            + " \"clientInfo\": {\"name\": ..., \"version\": ...}}");
                }
            }
            case "logging/setLevel" -> {
                if (!LEVELS.contains(params.path("level").asText(""))) {
                    return Optional.of("Invalid params: logging/setLevel takes {\"level\": one of " + String.join(", ", LEVELS) + "}");
                }
            }
            case "resources/read" -> {
                if (!params.path("uri").isTextual() || params.get("uri").asText().isBlank()) {
                    return Optional.of("Invalid params: resources/read takes {\"uri\": \"paper://ID\"}");
                }
            }
            default -> { }
        }
        return Optional.empty();
    }

    /**
     * A batch gets one error per request in it, each with its id: the array a JSON-RPC client reads a batch's replies
     * from. MCP 2025-06-18 dropped batches; a client of 2025-03-26 may send one, and one error with no id had left it
     * waiting on each request's reply until its own timeout.
     */
    private static JsonNode batchRefused(JsonNode batch) {
        String text = "Invalid Request: batches are not supported; send one message at a time";
        ArrayNode replies = JSON.createArrayNode();
        for (JsonNode message : batch) {
            if (message.isObject() && message.has("method") && message.has("id")) replies.add(error(message, INVALID_REQUEST, text));
        }
        return replies.isEmpty() ? error(null, INVALID_REQUEST, text) : replies;
    }

    private static Checked failed(JsonNode message, int code, String text) {
        return new Checked(message, error(message, code, text));
    }

    /** An error reply, with the message's id when it has one a client can match. */
    public static ObjectNode error(JsonNode message, int code, String text) {
        JsonNode id = message == null ? null : message.get("id");
        ObjectNode reply = JSON.createObjectNode().put("jsonrpc", "2.0");
        if (id != null && (id.isTextual() || id.isIntegralNumber())) reply.set("id", id); else reply.putNull("id");
        reply.putObject("error").put("code", code).put("message", text);
        return reply;
    }
}
