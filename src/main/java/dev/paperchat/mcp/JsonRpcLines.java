package dev.paperchat.mcp;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.modelcontextprotocol.json.McpJsonMapper;
import java.io.BufferedReader;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The stdio transport's input, passing on only lines that are JSON-RPC messages. The SDK stops
 * reading for good at a line it cannot parse, so a client's one bad line would leave it deaf; here
 * that line gets the protocol's own error reply (-32700 or -32600) and the session goes on. At the
 * end of the input it waits for the replies still owed before it says so: a client may send its
 * requests and close stdin at once ({@code printf ... | paperchat mcp}).
 */
final class JsonRpcLines extends InputStream {
    private static final ObjectMapper JSON = JsonRpcCheck.JSON;
    /** The SDK's own limit on one message, which it can no longer apply behind this filter. */
    static final int MAX_LINE_CHARS = 16 << 20;
    /** Compared by identity: no line read is this very string. */
    private static final String TOO_LONG = new String("line too long");

    private final BufferedReader lines;
    private final JsonRpcCheck check;
    private final LineWriter replies;
    private final Runnable onEnd;
    private final Duration owedReplies;
    /** Whether the client has sent its initialize request, and its notifications/initialized. */
    private boolean initializeReceived, initializedReceived;
    /** Whether the next line goes to the SDK after a notifications/initialized the client did not send. */
    private boolean initializedImplied;
    /** The id of the last line too long to read, as a message holding only it, or null. */
    private JsonNode tooLongId;
    private static final int ID_PREFIX_CHARS = 1_000;
    private static final Pattern LEADING_ID = Pattern.compile("^\\s*\\{[^{}\\[\\]]*?\"id\"\\s*:\\s*(\"(?:[^\"\\\\]|\\\\.){0,200}\"|-?\\d{1,18})\\s*[,}]");
    private static final String INITIALIZED = "{\"jsonrpc\":\"2.0\",\"method\":\"notifications/initialized\"}";
    private byte[] line = new byte[0];
    private int next;
    private boolean ended;

    /**
     * @param owedReplies how long the end of the input waits for the replies still owed
     * @param tools the names of the server's tools
     */
    JsonRpcLines(InputStream in, McpJsonMapper mapper, LineWriter replies, Runnable onEnd, Duration owedReplies, Set<String> tools) {
        this.check = new JsonRpcCheck(mapper, tools);
        this.lines = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
        this.replies = replies;
        this.onEnd = onEnd;
        this.owedReplies = owedReplies;
    }

    @Override
    public int read() throws IOException {
        if (!fill()) return -1;
        return line[next++] & 0xff;
    }

    @Override
    public int read(byte[] b, int off, int len) throws IOException {
        if (len == 0) return 0;
        if (!fill()) return -1;
        int n = Math.min(len, line.length - next);
        System.arraycopy(line, next, b, off, n);
        next += n;
        return n;
    }

    /** Makes the next valid line ready; false at the end of the input. */
    private boolean fill() throws IOException {
        while (next == line.length) {
            String text = ended ? null : readLine();
            if (text == null) {
                if (!ended) end();
                ended = true;
                return false;
            }
            if (text == TOO_LONG) {
                reply(tooLongId, JsonRpcCheck.INVALID_REQUEST, "Invalid Request: a line over " + MAX_LINE_CHARS + " characters");
                continue;
            }
            if (text.isBlank() || !valid(text)) continue;
            line = ((initializedImplied ? INITIALIZED + "\n" : "") + text + "\n").getBytes(StandardCharsets.UTF_8);
            initializedImplied = false;
            next = 0;
        }
        return true;
    }

    private void end() {
        try {
            replies.awaitAnswered(owedReplies);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        onEnd.run();
    }

    /** The next line, {@link #TOO_LONG} for one over the limit (read to its end and dropped), null at the end. */
    private String readLine() throws IOException {
        StringBuilder line = new StringBuilder();
        boolean tooLong = false;
        int c;
        while ((c = lines.read()) != -1 && c != '\n') {
            if (line.length() < MAX_LINE_CHARS) line.append((char) c); else tooLong = true;
        }
        if (c == -1 && line.isEmpty() && !tooLong) return null;
        if (tooLong) {
            tooLongId = idBefore(line.subSequence(0, Math.min(line.length(), ID_PREFIX_CHARS)));
            return TOO_LONG;
        }
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') line.setLength(end - 1);
        return line.toString();
    }

    private boolean valid(String text) throws IOException {
        JsonRpcCheck.Checked checked = check.check(text);
        if (checked.error() != null) {
            replies.writeLine(JSON.writeValueAsString(checked.error()));
            return false;
        }
        JsonNode message = checked.message();
        if (message.path("method").asText().equals("notifications/initialized")) {
            // Implied already by a request before it (see answeredHere), or sent twice: the SDK has had it.
            if (initializedReceived) return false;
            initializedReceived = true;
        }
        // A cancelled call runs to its end (the README says so); the SDK, which has no handler for the notice, would log each one.
        if (message.path("method").asText().equals("notifications/cancelled")) return false;
        if (!message.has("method") || !message.has("id")) return true;
        if (answeredHere(message)) return false;
        replies.owe(message.get("id"));
        return true;
    }

    /**
     * Requests the SDK would leave unanswered, answered here: a ping before initialize (the SDK
     * holds every request until then; a ping is allowed at any time), and any other request before
     * it, and a second initialize. Remembers the initialize request as it passes.
     */
    private boolean answeredHere(JsonNode request) throws IOException {
        String method = request.get("method").asText();
        // One session a process: a second initialize would renegotiate what the client already relies on.
        if (method.equals("initialize") && initializeReceived) {
            reply(request, JsonRpcCheck.INVALID_REQUEST, "Invalid Request: the session is already initialized");
            return true;
        }
        if (method.equals("initialize")) initializeReceived = true;
        if (method.equals("ping") && !initializeReceived) {
            ObjectNode pong = JSON.createObjectNode().put("jsonrpc", "2.0");
            pong.set("id", request.get("id"));
            pong.putObject("result");
            replies.writeLine(JSON.writeValueAsString(pong));
            return true;
        }
        if (!initializeReceived) {
            reply(request, JsonRpcCheck.INVALID_REQUEST, "Invalid Request: send initialize first");
            return true;
        }
        // A request after initialize is the client's word that it took the reply: the SDK would hold it, and every
        // later one, until notifications/initialized, forever if that never comes. Over HTTP it answers at once.
        if (!method.equals("initialize") && !initializedReceived) {
            initializedImplied = true;
            initializedReceived = true;
        }
        return false;
    }

    /**
     * The message's id, as a reply to a line too long to read carries it: found among the first
     * members, before any object or array opens ({"jsonrpc": "2.0", "id": 7, "method": ...}).
     */
    static JsonNode idBefore(CharSequence prefix) {
        Matcher m = LEADING_ID.matcher(prefix);
        if (!m.find()) return null;
        try {
            return JSON.createObjectNode().set("id", JSON.readTree(m.group(1)));
        } catch (IOException e) {
            return null;
        }
    }

    private void reply(JsonNode message, int code, String text) throws IOException {
        replies.writeLine(JSON.writeValueAsString(JsonRpcCheck.error(message, code, text)));
    }

    /**
     * The transport's output, written a whole line at a time, so that an error reply written from
     * the reading thread never lands inside a message the SDK is writing. It knows which requests
     * are still unanswered.
     */
    static final class LineWriter extends OutputStream {
        private final OutputStream out;
        private final ByteArrayOutputStream pending = new ByteArrayOutputStream();
        /** How many requests of each id (as JSON: "7", "\"a\"") were read and not yet answered. */
        private final Map<String, Integer> owed = new HashMap<>();

        LineWriter(OutputStream out) {
            this.out = out;
        }

        @Override
        public synchronized void write(int b) throws IOException {
            pending.write(b);
            if (b == '\n') {
                pending.writeTo(out);
                out.flush();
                if (!owed.isEmpty()) paid(pending.toString(StandardCharsets.UTF_8));
                pending.reset();
            }
        }

        @Override
        public synchronized void write(byte[] b, int off, int len) throws IOException {
            for (int i = off; i < off + len; i++) write(b[i]);
        }

        @Override
        public synchronized void flush() throws IOException {
            out.flush();
        }

        synchronized void writeLine(String line) throws IOException {
            out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
            out.flush();
        }

        synchronized void owe(JsonNode id) {
            owed.merge(id.toString(), 1, Integer::sum);
        }

        private void paid(String line) {
            try {
                JsonNode reply = JSON.readTree(line);
                if (!reply.has("id") || !(reply.has("result") || reply.has("error"))) return;
                owed.computeIfPresent(reply.get("id").toString(), (id, n) -> n == 1 ? null : n - 1);
                if (owed.isEmpty()) notifyAll();
            } catch (IOException e) {
                // Not a reply of ours to read; the SDK wrote it and the client will judge it.
            }
        }

        /** Waits, at most {@code limit}, until every request read has its reply. */
        synchronized void awaitAnswered(Duration limit) throws InterruptedException {
            long deadline = System.nanoTime() + limit.toNanos();
            for (long left = limit.toMillis(); !owed.isEmpty() && left > 0; left = (deadline - System.nanoTime()) / 1_000_000) wait(left);
        }
    }
}
