package dev.paperchat.server;

import com.fasterxml.jackson.databind.JsonNode;
import dev.paperchat.mcp.JsonRpcCheck;
import jakarta.servlet.Filter;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The MCP Streamable HTTP transport's requests checked as the stdio transport's lines are
 * ({@link JsonRpcCheck}), and for what HTTP adds: a session header on every request but
 * initialize, and a protocol version the server speaks. A request that breaks them gets a 400
 * whose body is the JSON-RPC error, with the request's id, rather than the SDK's internals or no
 * reply at all.
 */
final class McpHttpCheck implements Filter {
    private final JsonRpcCheck check;
    private final List<String> versions;
    private final int maxBodyBytes;

    /** @param versions the protocol versions the server speaks */
    McpHttpCheck(JsonRpcCheck check, List<String> versions, int maxBodyBytes) {
        this.check = check;
        this.versions = List.copyOf(versions);
        this.maxBodyBytes = maxBodyBytes;
    }

    @Override
    public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain) throws IOException, ServletException {
        HttpServletRequest http = (HttpServletRequest) request;
        String version = http.getHeader("MCP-Protocol-Version");
        String unsupported = version == null || versions.contains(version) ? null
                : "Invalid Request: MCP-Protocol-Version " + version + " is not supported; this server speaks " + String.join(", ", versions);
        if (!http.getMethod().equals("POST")) {
            String problem = unsupported != null ? unsupported
                    : http.getMethod().equals("DELETE") && http.getHeader("Mcp-Session-Id") == null
                    ? "Invalid Request: DELETE ends a session: send its Mcp-Session-Id header" : null;
            if (problem != null) {
                refuse(response, JsonRpcCheck.error(null, JsonRpcCheck.INVALID_REQUEST, problem));
                return;
            }
            chain.doFilter(request, response);
            // The SDK holds a GET's event stream open without a word until it has an event: its headers are sent now,
            // so that a client sees the stream open rather than a request that seems to hang.
            if (http.getMethod().equals("GET") && request.isAsyncStarted() && !response.isCommitted()) response.flushBuffer();
            return;
        }
        byte[] body = http.getInputStream().readNBytes(maxBodyBytes + 1);
        if (body.length > maxBodyBytes) {
            // The SDK's own limit, which it can no longer apply once the body is read here.
            ((HttpServletResponse) response).setStatus(413);
            write(response, JsonRpcCheck.error(null, JsonRpcCheck.INVALID_REQUEST, "Invalid Request: the body is over " + maxBodyBytes + " bytes"));
            return;
        }
        Optional<String> text = utf8(body);
        if (text.isEmpty()) {
            // As the API refuses it: decoded leniently, "CPM\xf6bius" had reached the search as "CPM\ufffdbius".
            refuse(response, JsonRpcCheck.error(null, JsonRpcCheck.PARSE_ERROR, "Parse error: the body is not UTF-8"));
            return;
        }
        JsonRpcCheck.Checked checked = check.check(text.get());
        JsonNode message = checked.message();
        // Refused with the request's id, which a client waits on.
        Optional<String> problem = Optional.ofNullable(unsupported).or(() -> headerProblem(http)).or(() -> Optional.ofNullable(message)
                .filter(m -> !m.has("method") && (m.has("result") || m.has("error")))
                .map(m -> "Invalid Request: this server sent no request with id " + m.path("id") + "; it asks clients nothing"));
        if (problem.isPresent()) {
            refuse(response, JsonRpcCheck.error(message, JsonRpcCheck.INVALID_REQUEST, problem.get()));
            return;
        }
        // A request, well formed but for its params, needs its session first; a message that is none gets its own error.
        boolean isRequest = checked.error() == null || checked.error().path("error").path("code").asInt() == JsonRpcCheck.INVALID_PARAMS;
        boolean initialize = message != null && message.path("method").asText().equals("initialize");
        if (isRequest && !initialize && http.getHeader("Mcp-Session-Id") == null) {
            refuse(response, JsonRpcCheck.error(message, JsonRpcCheck.INVALID_REQUEST,
                    "Invalid Request: no Mcp-Session-Id header; send initialize first and then its session id with every request"));
            return;
        }
        if (checked.error() != null) {
            // A well-formed request with bad params is answered as the SDK answers any failed request, so that a
            // client reads its JSON-RPC code; a message that is no request at all is refused.
            if (checked.error().path("error").path("code").asInt() == JsonRpcCheck.INVALID_PARAMS) write(response, checked.error());
            else refuse(response, checked.error());
            return;
        }
        // A second initialize in a session would renegotiate its protocol under the client, as over stdio; a new session is opened without the header.
        if (initialize && http.getHeader("Mcp-Session-Id") != null) {
            refuse(response, JsonRpcCheck.error(message, JsonRpcCheck.INVALID_REQUEST,
                    "Invalid Request: the session is already initialized; send initialize without an Mcp-Session-Id header to open another"));
            return;
        }
        chain.doFilter(new BufferedRequest(http, body), response);
    }

    private static Optional<String> utf8(byte[] body) {
        try {
            return Optional.of(StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(body)).toString());
        } catch (CharacterCodingException e) {
            return Optional.empty();
        }
    }

    /** What the transport requires of a POST's headers, which the SDK refuses with a wrong code or none: a JSON body, and both kinds of reply accepted. */
    private static Optional<String> headerProblem(HttpServletRequest http) {
        String type = http.getContentType();
        if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            return Optional.of("Invalid Request: send the message as Content-Type: application/json");
        }
        String accept = String.valueOf(http.getHeader("Accept")).toLowerCase(Locale.ROOT);
        if (!accept.contains("application/json") || !accept.contains("text/event-stream")) {
            return Optional.of("Invalid Request: the Accept header must list application/json and text/event-stream");
        }
        return Optional.empty();
    }

    private static void refuse(ServletResponse response, JsonNode error) throws IOException {
        ((HttpServletResponse) response).setStatus(400);
        write(response, error);
    }

    private static void write(ServletResponse response, JsonNode error) throws IOException {
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        response.getOutputStream().write(JsonRpcCheck.JSON.writeValueAsBytes(error));
    }
}
