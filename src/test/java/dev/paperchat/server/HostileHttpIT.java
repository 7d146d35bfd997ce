package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Slow bodies, hostile upload names, CORS and secrets: the server stays safe and says why. */
class HostileHttpIT {

    @Test
    void should_cut_off_a_slowloris_body_and_keep_serving_others(@TempDir Path dir) throws Exception {
        try (PaperChat empty = new PaperChat(Config.defaults(dir));
             TestServer server = new TestServer(Map.of("limits.read-timeout-seconds", "2"), empty);
             Socket slow = new Socket("127.0.0.1", server.server().port())) {
            OutputStream out = slow.getOutputStream();
            out.write(("POST /api/ask HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\n"
                    + "Content-Length: 1000\r\n\r\n{\"qu").getBytes(StandardCharsets.US_ASCII));
            out.flush();
            // Meanwhile the server answers everyone else.
            assertEquals(200, server.get("/api/health").statusCode());
            // Cut off after the 2 s read timeout, or the read below fails after 15 s.
            slow.setSoTimeout(15_000);
            String status = new String(readAll(slow.getInputStream()), StandardCharsets.US_ASCII);
            assertTrue(status.matches("(?s)HTTP/1.1 408.*\"error\":\"request_timeout\".*"), "a 408 that says why, as JSON: " + status);
        }
    }

    /** Everything the server sends until it closes the connection. */
    private static byte[] readAll(InputStream in) throws IOException {
        return in.readAllBytes();
    }

    @Test
    void should_keep_hostile_upload_names_to_a_plain_base_name(@TempDir Path dir) throws Exception {
        try (PaperChat app = new PaperChat(Config.defaults(dir));
             TestServer server = new TestServer(Map.of("api.key", "k"), app)) {
            String boundary = "XyZ";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"../../etc/passwd.jsonl\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n{\"title\": \"Uploaded Paper\", \"abstract\": \"It was uploaded. Twice over.\"}\nnot json\n\r\n--"
                    + boundary + "--\r\n";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/ingest")))
                    .header("Authorization", "Bearer k").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, response.statusCode(), response.body());
            assertTrue(response.body().contains("\"file\":\"passwd.jsonl\""), response.body());
            assertTrue(response.body().contains("\"new\":1"));
            assertFalse(response.body().contains(".."));
            String unknownFormat = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\npdf\r\n" + body;
            HttpResponse<String> refused = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/ingest")))
                    .header("Authorization", "Bearer k").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(unknownFormat)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, refused.statusCode(), refused.body());
            assertTrue(refused.body().contains("field \\\"format\\\" must be one of"), refused.body());
            String upperCase = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"format\"\r\n\r\nJSONL\r\n" + body;
            HttpResponse<String> accepted = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/ingest")))
                    .header("Authorization", "Bearer k").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(upperCase)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(200, accepted.statusCode(), "a format's name in any case, as on the command line: " + accepted.body());
        }
    }

    @Test
    void should_refuse_an_upload_larger_than_the_body_limit_and_store_nothing(@TempDir Path dir) throws Exception {
        try (PaperChat app = new PaperChat(Config.defaults(dir));
             TestServer server = new TestServer(Map.of("api.key", "k", "limits.body-bytes", "4096"), app)) {
            String boundary = "XyZ";
            String paper = "{\"title\": \"Big Upload\", \"abstract\": \"" + "Words. ".repeat(2_000) + "\"}\n";
            String body = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"big.jsonl\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n" + paper + "\r\n--" + boundary + "--\r\n";
            HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/ingest")))
                    .header("Authorization", "Bearer k").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(413, response.statusCode(), response.body());
            assertTrue(response.body().contains("upload over 4096 bytes (limits.body-bytes)"), response.body());
            assertEquals(0, app.index().stats().papers());
            // A file name of 1,000 characters is too long for a part's header line, which is no size limit's business.
            String named = "--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + "n".repeat(1_000) + ".jsonl\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n{\"title\": \"Named\", \"abstract\": \"Long name.\"}\n\r\n--" + boundary + "--\r\n";
            HttpResponse<String> longName = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/ingest")))
                    .header("Authorization", "Bearer k").header("Content-Type", "multipart/form-data; boundary=" + boundary)
                    .POST(HttpRequest.BodyPublishers.ofString(named)).build(), HttpResponse.BodyHandlers.ofString());
            assertEquals(400, longName.statusCode(), longName.body());
            assertTrue(longName.body().contains("a part's header is over 998 characters (a file name that long?)"), longName.body());
            // MCP over HTTP is a servlet beside the API's handlers, under the same limit.
            String call = "{\"jsonrpc\": \"2.0\", \"id\": 1, \"method\": \"initialize\", \"params\": {\"pad\": \"" + "x".repeat(8_000) + "\"}}";
            HttpResponse<String> mcp = server.post("/mcp", call, "Authorization", "Bearer k", "Accept", "application/json, text/event-stream");
            assertEquals(413, mcp.statusCode(), mcp.body());
            // A body sent chunked has no length to check beforehand: it is held to the limit as it arrives.
            HttpResponse<String> chunked = postChunked(server, "/api/ask", "{\"question\": \"" + "x".repeat(8_000) + "\"}");
            assertEquals(413, chunked.statusCode(), chunked.body());
            assertTrue(chunked.body().contains("\"error\":\"payload_too_large\""), chunked.body());
            // With its length given, the same body is refused before it is read, in the same words.
            HttpResponse<String> sized = server.post("/api/ask", "{\"question\": \"" + "x".repeat(8_000) + "\"}", "Authorization", "Bearer k");
            assertEquals(413, sized.statusCode(), sized.body());
            assertTrue(sized.body().contains("request body over 4096 bytes (limits.body-bytes)"), sized.body());
            HttpResponse<String> small = postChunked(server, "/api/ask", "{\"question\": \"entropy\"}");
            assertEquals(200, small.statusCode(), "a chunked body under the limit is read as any other: " + small.body());
            assertEquals(0, app.index().stats().papers());
        }
    }

    private static HttpResponse<String> postChunked(TestServer server, String path, String body) throws Exception {
        byte[] bytes = body.getBytes(StandardCharsets.UTF_8);
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", "Bearer k").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofInputStream(() -> new ByteArrayInputStream(bytes))).build(),
                HttpResponse.BodyHandlers.ofString());
    }

    /** A body in Latin-1 read as UTF-8 would store "na\uFFFDve" in a title: it is refused, and nothing is stored. */
    @Test
    void should_refuse_a_json_body_that_is_not_in_its_charset_and_keep_parser_internals_out_of_errors(@TempDir Path dir) throws Exception {
        try (PaperChat app = new PaperChat(Config.defaults(dir));
             TestServer server = new TestServer(Map.of("api.key", "k"), app)) {
            String body = "{\"papers\": [{\"title\": \"Body latin paper on na\u00efve gnus\", \"abstract\": \"Gnus are na\u00efve. We count them.\"}]}";
            HttpResponse<String> latin1 = send(server, "/api/ingest", "application/json", body.getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(400, latin1.statusCode(), latin1.body());
            assertTrue(latin1.body().contains("request body is not valid UTF-8 (JSON is UTF-8 unless the Content-Type names another charset)"), latin1.body());
            assertEquals(0, app.index().stats().papers());
            HttpResponse<String> named = send(server, "/api/ingest", "application/json; charset=ISO-8859-1", body.getBytes(StandardCharsets.ISO_8859_1));
            assertEquals(200, named.statusCode(), "a charset named is read: " + named.body());
            assertEquals("Body latin paper on na\u00efve gnus", app.index().paper(dev.paperchat.corpus.Titles.id("Body latin paper on na\u00efve gnus"))
                    .orElseThrow().title());
            HttpResponse<String> empty = send(server, "/api/ingest", "application/json", "{\"papers\": []}".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, empty.statusCode());
            assertTrue(empty.body().contains("is an empty list: send at least one paper"), empty.body());
            HttpResponse<String> array = send(server, "/api/ingest", "application/json", "[]".getBytes(StandardCharsets.UTF_8));
            assertTrue(array.body().contains("request body must be a JSON object"), array.body());
            HttpResponse<String> unknown = send(server, "/api/ask", "application/json; charset=klingon", "{}".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, unknown.statusCode(), unknown.body());
            HttpResponse<String> cut = send(server, "/api/ask", "application/json", "{\n\"question\": \"x\",".getBytes(StandardCharsets.UTF_8));
            assertEquals(400, cut.statusCode());
            assertTrue(cut.body().contains("malformed JSON: Unexpected end-of-input within/between Object entries, at line 2, column 17"), cut.body());
            assertFalse(cut.body().contains("REDACTED") || cut.body().contains("start marker"), cut.body());
            // Jackson's advice on its own settings is no reader's: the problem is said, not which feature would allow it.
            HttpResponse<String> nan = send(server, "/api/ask", "application/json", "{\"question\": \"x\", \"k\": NaN}".getBytes(StandardCharsets.UTF_8));
            assertTrue(nan.body().contains("\"malformed JSON: Non-standard token 'NaN', at column 27\""), nan.body());
            String deep = "{\"question\": \"x\", \"a\": " + "[".repeat(1_200) + "]".repeat(1_200) + "}";
            HttpResponse<String> nested = send(server, "/api/ask", "application/json", deep.getBytes(StandardCharsets.UTF_8));
            assertTrue(nested.body().contains("\"malformed JSON: Document nesting depth (1001) exceeds the maximum allowed (1000)\""), nested.body());
            // A filter is echoed in notices: an organisation longer than any is refused, a date quoted in part.
            HttpResponse<String> org = send(server, "/api/ask", "application/json",
                    ("{\"question\": \"x\", \"filters\": {\"org\": \"" + "y".repeat(5_000) + "\"}}").getBytes(StandardCharsets.UTF_8));
            assertTrue(org.body().contains("field \\\"filters.org\\\" must be at most 200 characters, was 5000"), org.body());
            HttpResponse<String> from = send(server, "/api/ask", "application/json",
                    ("{\"question\": \"x\", \"filters\": {\"from\": \"" + "y".repeat(5_000) + "\"}}").getBytes(StandardCharsets.UTF_8));
            assertTrue(from.body().contains("was " + "y".repeat(40) + "... (5000 characters)"), from.body());
        }
    }

    private static HttpResponse<String> send(TestServer server, String path, String type, byte[] body) throws Exception {
        return HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url(path)))
                .header("Authorization", "Bearer k").header("Content-Type", type)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void should_answer_a_body_that_is_no_multipart_with_a_400(@TempDir Path dir) throws Exception {
        try (PaperChat app = new PaperChat(Config.defaults(dir));
             TestServer server = new TestServer(Map.of("api.key", "k"), app)) {
            for (String type : List.of("multipart/form-data; boundary=X", "multipart/form-data")) {
                HttpResponse<String> response = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(server.url("/api/ingest")))
                        .header("Authorization", "Bearer k").header("Content-Type", type)
                        .POST(HttpRequest.BodyPublishers.ofString("hello")).build(), HttpResponse.BodyHandlers.ofString());
                assertEquals(400, response.statusCode(), type + ": " + response.body());
                assertTrue(response.body().contains("multipart"), response.body());
            }
        }
    }

    @Test
    void should_keep_cors_closed_by_default_and_open_it_only_to_configured_origins(@TempDir Path dir) throws Exception {
        try (PaperChat empty = new PaperChat(Config.defaults(dir)); TestServer closed = new TestServer(Map.of(), empty)) {
            HttpResponse<String> r = closed.get("/api/health", "Origin", "https://evil.example");
            assertTrue(r.headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            // A foreign page's simple request would run in full, its reply merely hidden from it: refused before any work.
            HttpResponse<String> simple = closed.postAs("/api/ask", "{\"question\":\"What is UloRL?\"}", "text/plain", "Origin", "https://evil.example");
            assertEquals(403, simple.statusCode(), simple.body());
            assertTrue(simple.body().contains("cors.origins"), simple.body());
            assertEquals(403, closed.get("/api/search?q=entropy", "Origin", "https://evil.example").statusCode());
            // A JSON POST is asked of first by the browser, whose preflight finds no CORS: one that comes is the chat page's own,
            // served behind a proxy that rewrote Host.
            HttpResponse<String> proxied = closed.post("/api/ask", "{\"question\":\"thanks!\"}", "Origin", "https://papers.example.com");
            assertEquals(200, proxied.statusCode(), proxied.body());
        }
        try (PaperChat empty = new PaperChat(Config.defaults(dir.resolve("2")));
             TestServer open = new TestServer(Map.of("cors.origins", "https://notebook.example"), empty)) {
            HttpResponse<String> r = open.get("/api/health", "Origin", "https://notebook.example");
            assertEquals("https://notebook.example", r.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(open.get("/api/health", "Origin", "https://evil.example").headers().firstValue("Access-Control-Allow-Origin").isEmpty());
            // Another origin is refused before any work, with the error's own shape (it got a 400 with a whole answer).
            HttpResponse<String> foreign = open.get("/api/search?q=entropy", "Origin", "https://evil.example");
            assertEquals(403, foreign.statusCode(), foreign.body());
            assertTrue(foreign.body().contains("\"error\":\"forbidden\"") && foreign.body().contains("cors.origins"), foreign.body());
            // The chat page's own requests carry its origin, which need not be listed.
            String own = open.url("").replaceAll("/$", "");
            HttpResponse<String> page = open.post("/api/ask", "{\"question\": \"entropy\"}", "Origin", own);
            assertEquals(200, page.statusCode(), page.body());
            HttpResponse<String> proxied = open.get("/api/stats", "Origin", own.replace("http://", "https://"));
            assertEquals(200, proxied.statusCode(), "behind a proxy that ends TLS the page's origin says https: " + proxied.body());
        }
        try (PaperChat empty = new PaperChat(Config.defaults(dir.resolve("4")));
             TestServer wild = new TestServer(Map.of("cors.origins", "https://*.example.org,notebook.example"), empty)) {
            // Javalin's own forms of an origin: a subdomain wildcard, a host without its scheme (https).
            assertEquals(200, wild.get("/api/stats", "Origin", "https://lab.example.org").statusCode());
            assertEquals(200, wild.get("/api/stats", "Origin", "https://notebook.example").statusCode());
            assertEquals(403, wild.get("/api/stats", "Origin", "https://example.org.evil.example").statusCode());
        }
        try (PaperChat empty = new PaperChat(Config.defaults(dir.resolve("3")));
             TestServer keyed = new TestServer(Map.of("cors.origins", "https://notebook.example", "api.key", "k"), empty)) {
            // The browser's preflight carries no credentials; the request it clears does.
            HttpResponse<String> preflight = HttpClient.newHttpClient().send(HttpRequest.newBuilder(URI.create(keyed.url("/api/search?q=x")))
                    .method("OPTIONS", HttpRequest.BodyPublishers.noBody()).header("Origin", "https://notebook.example")
                    .header("Access-Control-Request-Method", "GET").header("Access-Control-Request-Headers", "authorization").build(),
                    HttpResponse.BodyHandlers.ofString());
            assertEquals(200, preflight.statusCode(), preflight.body());
            assertEquals("https://notebook.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals(401, keyed.get("/api/search?q=x", "Origin", "https://notebook.example").statusCode());
            assertEquals(200, keyed.get("/api/search?q=x", "Origin", "https://notebook.example", "Authorization", "Bearer k").statusCode());
        }
    }

    private static HttpResponse<String> mcp(TestServer server, String method, String... headers) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(server.url("/mcp"))).method(method, method.equals("POST")
                ? HttpRequest.BodyPublishers.ofString("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"initialize\",\"params\":{\"protocolVersion\":"
                + "\"2025-06-18\",\"capabilities\":{},\"clientInfo\":{\"name\":\"t\",\"version\":\"1\"}}}") : HttpRequest.BodyPublishers.noBody())
                .header("Content-Type", "application/json").header("Accept", "application/json, text/event-stream");
        if (headers.length > 0) request.headers(headers);
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    /** MCP's transport must check every request's origin; a listed one gets CORS as the API does, and TRACE echoes nothing. */
    @Test
    void should_refuse_mcp_requests_from_foreign_pages_and_open_it_to_listed_origins(@TempDir Path dir) throws Exception {
        try (PaperChat empty = new PaperChat(Config.defaults(dir)); TestServer closed = new TestServer(Map.of(), empty)) {
            HttpResponse<String> foreign = mcp(closed, "POST", "Origin", "https://evil.example");
            assertEquals(403, foreign.statusCode(), foreign.body());
            assertTrue(foreign.body().contains("cors.origins"), foreign.body());
            assertEquals(200, mcp(closed, "POST").statusCode(), "a client that is no page sends no origin");
            HttpResponse<String> trace = mcp(closed, "TRACE", "Authorization", "Bearer secret");
            assertEquals(405, trace.statusCode());
            assertFalse(trace.body().contains("secret"), trace.body());
        }
        try (PaperChat empty = new PaperChat(Config.defaults(dir.resolve("2")));
             TestServer open = new TestServer(Map.of("cors.origins", "https://notebook.example,https://*.lab.org", "api.key", "k"), empty)) {
            HttpResponse<String> preflight = mcp(open, "OPTIONS", "Origin", "https://notebook.example", "Access-Control-Request-Method", "POST",
                    "Access-Control-Request-Headers", "authorization, content-type, mcp-session-id");
            assertEquals(204, preflight.statusCode(), "no key on a preflight");
            assertEquals("https://notebook.example", preflight.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertTrue(preflight.headers().firstValue("Access-Control-Allow-Headers").orElse("").contains("Mcp-Session-Id"));
            HttpResponse<String> listed = mcp(open, "POST", "Origin", "https://x.lab.org", "Authorization", "Bearer k");
            assertEquals(200, listed.statusCode(), listed.body());
            assertEquals("https://x.lab.org", listed.headers().firstValue("Access-Control-Allow-Origin").orElse(""));
            assertEquals("Mcp-Session-Id", listed.headers().firstValue("Access-Control-Expose-Headers").orElse(""));
            assertEquals(403, mcp(open, "POST", "Origin", "https://lab.org.evil.example", "Authorization", "Bearer k").statusCode());
        }
    }

    private static String rawGet(int port, String path, String host) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", port)) {
            socket.getOutputStream().write(("GET " + path + " HTTP/1.1\r\nHost: " + host + "\r\nConnection: close\r\n\r\n")
                    .getBytes(StandardCharsets.US_ASCII));
            socket.setSoTimeout(10_000);
            return new String(socket.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    @Test
    void should_answer_on_loopback_without_a_key_only_to_requests_for_localhost_names(@TempDir Path dir) throws Exception {
        try (PaperChat empty = new PaperChat(Config.defaults(dir)); TestServer server = new TestServer(Map.of(), empty)) {
            int port = server.server().port();
            for (String host : List.of("127.0.0.1:" + port, "localhost:" + port, "LOCALHOST", "[::1]:" + port, "app.localhost:" + port)) {
                assertTrue(rawGet(port, "/api/search?q=x", host).startsWith("HTTP/1.1 200"), host);
            }
            // A broken escape, which no well-behaved client sends, is named as such; the servlet drops the parameter.
            String broken = rawGet(port, "/api/search?q=%ZZ", "127.0.0.1:" + port);
            assertTrue(broken.startsWith("HTTP/1.1 400") && broken.contains("not valid percent-encoding"), broken);
            // DNS rebinding: a foreign page whose name now resolves to 127.0.0.1 sends its own name.
            for (String path : List.of("/api/search?q=x", "/", "/mcp")) {
                String reply = rawGet(port, path, "rebind.evil.example:" + port);
                assertTrue(reply.startsWith("HTTP/1.1 403"), path + ": " + reply);
                assertTrue(reply.contains("only to requests for localhost"), reply);
                assertTrue(reply.contains("\"error\":\"forbidden\""), reply);
            }
        }
        try (PaperChat empty = new PaperChat(Config.defaults(dir.resolve("2")));
             TestServer keyed = new TestServer(Map.of("api.key", "k"), empty)) {
            assertTrue(rawGet(keyed.server().port(), "/api/health", "paperchat.example.org").startsWith("HTTP/1.1 200"),
                    "with a key, the key decides");
        }
    }

    @Test
    void should_mask_secrets_in_the_printed_configuration() {
        Config config = Config.of(Map.of("api.key", "super-secret-key", "llm.base-url", "http://127.0.0.1:8080/v1",
                "llm.api-key", "sk-very-secret"));
        String printed = config.describe();
        assertFalse(printed.contains("super-secret-key") || printed.contains("sk-very-secret"), printed);
        assertTrue(printed.contains("apiKey=***"));
    }
}
