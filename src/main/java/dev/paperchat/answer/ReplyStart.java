package dev.paperchat.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * A reply's body that keeps its first bytes as they are read, so that a reply with no text can be
 * explained, and watches its event lines for an error object sent mid-stream.
 */
final class ReplyStart extends FilterInputStream {
    /** Room for a whole reply sent as one JSON document instead of a stream (14,000 characters, escaped, and its frame). */
    private static final int KEPT = 65536;
    private static final ObjectMapper JSON = new ObjectMapper();
    private final ByteArrayOutputStream kept = new ByteArrayOutputStream();
    private final ByteArrayOutputStream line = new ByteArrayOutputStream();
    private String error;

    ReplyStart(InputStream body) {
        super(body);
    }

    @Override
    public int read() throws IOException {
        int b = super.read();
        if (b >= 0) keep(new byte[] {(byte) b}, 0, 1);
        return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
        int n = super.read(buffer, offset, length);
        if (n > 0) keep(buffer, offset, n);
        return n;
    }

    private synchronized void keep(byte[] buffer, int offset, int length) {
        int room = KEPT - kept.size();
        if (room > 0) kept.write(buffer, offset, Math.min(room, length));
        for (int i = offset; i < offset + length; i++) {
            if (buffer[i] == '\n') lineEnded();
            else if (line.size() < KEPT) line.write(buffer[i]);
        }
    }

    private void lineEnded() {
        String data = line.toString(StandardCharsets.UTF_8).strip();
        line.reset();
        // An event of a stream ("data: {...}"), or a line of Ollama's ({"error": "llama runner process has terminated"}).
        String message = errorOf(data.startsWith("data:") ? data.substring(5).trim() : data);
        if (message != null) error = message;
    }

    /** The message of the last error event the stream held, or null. */
    synchronized String error() {
        return error;
    }

    /** The error a server sent instead of a reply, or the start of a body that is no event stream; null for neither. */
    synchronized String describe() {
        String text = kept.toString(StandardCharsets.UTF_8);
        for (String line : text.split("\n")) {
            String data = line.startsWith("data:") ? line.substring(5).trim() : line.trim();
            String error = errorOf(data);
            if (error != null) return "answered with an error: " + error;
        }
        if (text.isBlank() || text.contains("data:")) return null;
        String begins = text.strip().replaceAll("\\s+", " ");
        return "sent no chat-completions stream (its reply began \"" + (begins.length() > 80 ? begins.substring(0, 80) + "..." : begins) + "\")";
    }

    /**
     * The text and finish reason of a whole chat completion sent as one JSON document ({"choices":
     * [{"message": {"content"}, "finish_reason"}]}), as a server or proxy that ignores "stream" sends it; else null.
     */
    synchronized Completion completion() {
        String text = kept.toString(StandardCharsets.UTF_8).strip();
        if (!text.startsWith("{")) return null;
        try {
            JsonNode choice = JSON.readTree(text).path("choices").path(0);
            JsonNode content = choice.path("message").path("content");
            return content.isTextual() ? new Completion(content.asText(), choice.path("finish_reason").asText(null)) : null;
        } catch (IOException notWhole) {
            return null;
        }
    }

    /** A whole chat completion's text, and why it finished ("stop", "length"; null when it does not say). */
    record Completion(String text, String finishReason) {}

    private static String errorOf(String data) {
        if (!data.startsWith("{") || !data.contains("\"error\"")) return null;
        try {
            JsonNode error = JSON.readTree(data).get("error");
            if (error == null || error.isNull()) return null;
            String message = error.isTextual() ? error.asText() : error.path("message").asText(error.toString());
            return message.length() > 200 ? message.substring(0, 200) + "..." : message;
        } catch (IOException notJson) {
            return null;
        }
    }
}
