package dev.paperchat.answer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

/**
 * A real HTTP server on a free loopback port that speaks the OpenAI chat-completions protocol
 * (plain JSON and SSE streaming) with scripted replies, and records every request it gets.
 */
public final class ScriptedLlmServer implements AutoCloseable {
    /** SLOW_STREAM sends a word every 200 ms for a minute, or until the client goes. */
    /** CLOSED_EARLY: whole chunks, then the connection closes with no finish reason and no [DONE] (a server that died). */
    /** QUEUED sends its headers, then only SSE comments every 200 ms for a minute (a server whose slots are all busy). */
    /** ERROR_200: status 200 and an error object in the stream (vLLM, LiteLLM); HTML_200: a proxy's login page. */
    /** STALLED_BODY: headers and the first bytes of a reply, then nothing for a minute; ERROR_MID_STREAM: the reply's words, then an error event. */
    /** LENGTH: the reply streamed, ending at the token limit; REASONING_ONLY: the reply as reasoning_content deltas (vLLM's, llama.cpp's reasoning parser), then a stop. */
    /** UNSTREAMED: the whole reply as one JSON document, whatever the request's "stream" says (a proxy that ignores it). */
    public enum Behaviour { REPLY, FAIL_500, HANG, CUT_MID_STREAM, CLOSED_EARLY, SLOW_STREAM, QUEUED, ERROR_200, HTML_200, STALLED_BODY, ERROR_MID_STREAM,
        LENGTH, REASONING_ONLY, UNSTREAMED }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpServer server;
    private final List<JsonNode> requests = new CopyOnWriteArrayList<>();
    private volatile Behaviour behaviour = Behaviour.REPLY;
    private volatile String reply = "";
    private volatile CountDownLatch clientLeft = new CountDownLatch(1);

    public ScriptedLlmServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/chat/completions", this::handle);
        server.createContext("/api/chat", this::handleOllama);
        server.setExecutor(Executors.newCachedThreadPool());
        server.start();
    }

    public String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/v1";
    }

    /** The same server as Ollama's API: /api/chat, a stream of JSON lines ending in one with "done": true. */
    public String ollamaBaseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    public ScriptedLlmServer script(Behaviour behaviour, String reply) {
        this.behaviour = behaviour;
        this.reply = reply;
        this.clientLeft = new CountDownLatch(1);
        return this;
    }

    public List<JsonNode> requests() {
        return requests;
    }

    /** The text of every message of the last request, joined. */
    public String lastPrompt() {
        StringBuilder out = new StringBuilder();
        for (JsonNode m : requests.get(requests.size() - 1).get("messages")) out.append(m.get("content").asText()).append('\n');
        return out.toString();
    }

    private void handle(HttpExchange exchange) throws IOException {
        JsonNode request = JSON.readTree(exchange.getRequestBody());
        requests.add(request);
        switch (behaviour) {
            case FAIL_500 -> send(exchange, 500, "application/json", "{\"error\":{\"message\":\"model crashed\"}}");
            case HANG -> sleepQuietly(60_000);
            case CUT_MID_STREAM -> cut(exchange);
            case CLOSED_EARLY -> closedEarly(exchange);
            case SLOW_STREAM -> slow(exchange);
            case QUEUED -> queued(exchange);
            case ERROR_200 -> {
                String error = "{\"error\":{\"message\":\"" + reply + "\",\"code\":400}}";
                if (request.path("stream").asBoolean()) send(exchange, 200, "text/event-stream", "data: " + error + "\n\n");
                else send(exchange, 200, "application/json", error);
            }
            case STALLED_BODY -> stalled(exchange);
            case ERROR_MID_STREAM -> {
                exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
                exchange.sendResponseHeaders(200, 0);
                try (OutputStream out = exchange.getResponseBody()) {
                    out.write(("data: " + chunk(reply, null) + "\n\ndata: {\"error\":{\"message\":\"llama_decode failed: KV cache full\"}}\n\n")
                            .getBytes(StandardCharsets.UTF_8));
                }
            }
            case HTML_200 -> send(exchange, 200, "text/html", "<!DOCTYPE html>\n<html><head><title>Sign in</title></head><body>" + reply + "</body></html>");
            case REPLY -> {
                if (request.path("stream").asBoolean()) stream(exchange, "content", "stop"); else send(exchange, 200, "application/json", completion());
            }
            case LENGTH -> stream(exchange, "content", "length");
            case UNSTREAMED -> send(exchange, 200, "application/json", completion());
            case REASONING_ONLY -> stream(exchange, "reasoning_content", "stop");
        }
        exchange.close();
    }

    /**
     * REPLY streams the reply and its "done" line; CLOSED_EARLY the reply alone, then the connection closes (a server that died);
     * ERROR_MID_STREAM the reply, then an error line.
     */
    private void handleOllama(HttpExchange exchange) throws IOException {
        requests.add(JSON.readTree(exchange.getRequestBody()));
        exchange.getResponseHeaders().add("Content-Type", "application/x-ndjson");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String token : reply.split("(?<= )")) {
                ObjectNode line = JSON.createObjectNode().put("model", "scripted").put("created_at", "2025-01-01T00:00:00Z").put("done", false);
                line.putObject("message").put("role", "assistant").put("content", token);
                out.write((line + "\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            if (behaviour == Behaviour.ERROR_MID_STREAM) {
                out.write("{\"error\":\"llama runner process has terminated: signal: killed\"}\n".getBytes(StandardCharsets.UTF_8));
            } else if (behaviour != Behaviour.CLOSED_EARLY) {
                ObjectNode done = JSON.createObjectNode().put("model", "scripted").put("created_at", "2025-01-01T00:00:00Z")
                        .put("done", true).put("done_reason", "stop").put("prompt_eval_count", 10).put("eval_count", 10);
                done.putObject("message").put("role", "assistant").put("content", "");
                out.write((done + "\n").getBytes(StandardCharsets.UTF_8));
            }
        }
        exchange.close();
    }

    private String completion() {
        ObjectNode body = JSON.createObjectNode().put("id", "cmpl-1").put("object", "chat.completion").put("created", 1).put("model", "scripted");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0).put("finish_reason", "stop");
        choice.putObject("message").put("role", "assistant").put("content", reply);
        body.putObject("usage").put("prompt_tokens", 10).put("completion_tokens", 10).put("total_tokens", 20);
        return body.toString();
    }

    private void stream(HttpExchange exchange, String field, String finish) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            for (String token : reply.split("(?<= )")) {
                out.write(("data: " + chunk(field, token, null) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
            }
            out.write(("data: " + chunk(null, finish) + "\n\ndata: [DONE]\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void slow(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            // The scripted reply first, if any: a slow model that cites its sources before the deadline.
            if (!reply.isEmpty()) out.write(("data: " + chunk(reply, null) + "\n\n").getBytes(StandardCharsets.UTF_8));
            for (int i = 0; i < 300; i++) {
                out.write(("data: " + chunk("slowly" + i + " ", null) + "\n\n").getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleepQuietly(200);
            }
        } catch (IOException gone) {
            clientLeft.countDown();
        }
    }

    private void stalled(HttpExchange exchange) throws IOException {
        byte[] body = completion().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", "application/json");
        exchange.sendResponseHeaders(200, body.length);
        OutputStream out = exchange.getResponseBody();
        try {
            out.write(body, 0, 10);
            out.flush();
            for (int i = 0; i < 300; i++) sleepQuietly(200);
        } catch (IOException gone) {
            clientLeft.countDown();
        }
    }

    private void queued(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        try {
            for (int i = 0; i < 300; i++) {
                out.write(": queued\n\n".getBytes(StandardCharsets.UTF_8));
                out.flush();
                sleepQuietly(200);
            }
        } catch (IOException gone) {
            clientLeft.countDown();
        }
    }

    /** Whether a client of SLOW_STREAM or QUEUED closed its connection within {@code seconds}. */
    public boolean clientLeftWithin(long seconds) throws InterruptedException {
        return clientLeft.await(seconds, TimeUnit.SECONDS);
    }

    private void closedEarly(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(("data: " + chunk("Lp-Reg protects low-probability tokens [2]. Clip-Cov avoids ", null) + "\n\ndata: " + chunk("collapse ", null) + "\n\n").getBytes(StandardCharsets.UTF_8));
        }
    }

    private void cut(HttpExchange exchange) throws IOException {
        exchange.getResponseHeaders().add("Content-Type", "text/event-stream");
        exchange.sendResponseHeaders(200, 0);
        OutputStream out = exchange.getResponseBody();
        out.write(("data: " + chunk("The first words ", null) + "\n\ndata: {\"choices\": [{\"del").getBytes(StandardCharsets.UTF_8));
        out.flush();
        exchange.getHttpContext().getServer();
        out.close();
    }

    private static String chunk(String content, String finish) {
        return chunk("content", content, finish);
    }

    private static String chunk(String field, String content, String finish) {
        ObjectNode body = JSON.createObjectNode().put("id", "cmpl-1").put("object", "chat.completion.chunk").put("created", 1).put("model", "scripted");
        ObjectNode choice = body.putArray("choices").addObject().put("index", 0);
        ObjectNode delta = choice.putObject("delta");
        if (content != null) delta.put("role", "assistant").put(field, content);
        if (finish != null) choice.put("finish_reason", finish); else choice.putNull("finish_reason");
        return body.toString();
    }

    private static void send(HttpExchange exchange, int status, String type, String body) throws IOException {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().add("Content-Type", type);
        exchange.sendResponseHeaders(status, bytes.length);
        exchange.getResponseBody().write(bytes);
    }

    private static void sleepQuietly(long millis) {
        try {
            Thread.sleep(millis);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
