package dev.paperchat.server;

import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.SampleIndex;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.HashMap;
import java.util.Map;

/** The real server on a free loopback port over the shared sample index, and a small HTTP client for it. */
public final class TestServer implements AutoCloseable {
    private final ApiServer server;
    private final HttpClient http = HttpClient.newHttpClient();

    public TestServer(Map<String, String> settings, PaperChat app) {
        Map<String, String> all = new HashMap<>(Map.of("port", "0", "web.dir", "web"));
        all.putAll(settings);
        server = new ApiServer(Config.of(all)).start();
        server.ready(app);
    }

    public TestServer(Map<String, String> settings) {
        this(settings, SampleIndex.get());
    }

    public TestServer() {
        this(Map.of());
    }

    public ApiServer server() {
        return server;
    }

    public String url(String path) {
        return "http://127.0.0.1:" + server.port() + path;
    }

    public HttpResponse<String> get(String path, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).GET();
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> head(String path) throws Exception {
        return http.send(HttpRequest.newBuilder(URI.create(url(path))).HEAD().build(),
                HttpResponse.BodyHandlers.ofString());
    }

    public HttpResponse<String> post(String path, String json, String... headers) throws Exception {
        return postAs(path, json, "application/json", headers);
    }

    /** A POST with a body of the given type: "text/plain" is what a page elsewhere may send unasked. */
    public HttpResponse<String> postAs(String path, String body, String contentType, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path)))
                .header("Content-Type", contentType).POST(HttpRequest.BodyPublishers.ofString(body));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** A POST of raw bytes, which need not be text in any charset. */
    public HttpResponse<String> postBytes(String path, byte[] body, String... headers) throws Exception {
        HttpRequest.Builder b = HttpRequest.newBuilder(URI.create(url(path))).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofByteArray(body));
        if (headers.length > 0) b.headers(headers);
        return http.send(b.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Override
    public void close() {
        server.close();
    }
}
