package dev.paperchat.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.http.message.BasicHeader;
import org.opensearch.client.opensearch.generic.Body;
import org.opensearch.client.opensearch.generic.OpenSearchGenericClient;
import org.opensearch.client.opensearch.generic.Requests;
import org.opensearch.client.opensearch.generic.Response;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5Transport;
import org.opensearch.client.transport.httpclient5.ApacheHttpClient5TransportBuilder;
import org.opensearch.client.transport.httpclient5.ResponseException;

/**
 * JSON over OpenSearch's REST API through the official client's transport, which spreads
 * requests over the given nodes and moves on to another when one is down. Requests the
 * cluster refuses for load (429, 503) are retried with backoff; any other failure becomes an
 * {@link IndexException} that says which cluster and why. Reads go through {@link #read}, which
 * also refuses an answer from part of the index.
 */
final class OpenSearchHttp implements AutoCloseable {
    static final ObjectMapper JSON = new ObjectMapper();
    private static final int ATTEMPTS = 6;
    private static final long FIRST_BACKOFF_MS = 200;
    /** Tries of a read answered in part: pauses of 0.1 to 0.4 s, about as long as a cluster takes to notice a lost node. */
    static final int READ_ATTEMPTS = 5;

    private final String url;
    private final ApacheHttpClient5Transport transport;
    private final OpenSearchGenericClient client;

    OpenSearchHttp(List<URI> nodes, String username, String password) {
        this.url = String.join(",", nodes.stream().map(URI::toString).toList());
        List<Header> headers = new ArrayList<>();
        if (username != null) {
            String token = Base64.getEncoder().encodeToString((username + ":" + (password == null ? "" : password)).getBytes(StandardCharsets.UTF_8));
            headers.add(new BasicHeader("Authorization", "Basic " + token));
        }
        HttpHost[] hosts = nodes.stream().map(u -> new HttpHost(u.getScheme(), u.getHost(), u.getPort() < 0 ? 9200 : u.getPort()))
                .toArray(HttpHost[]::new);
        this.transport = ApacheHttpClient5TransportBuilder.builder(hosts)
                .setDefaultHeaders(headers.toArray(Header[]::new))
                .setRequestConfigCallback(config -> config
                        .setConnectTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(3))
                        .setResponseTimeout(org.apache.hc.core5.util.Timeout.ofSeconds(60)))
                .build();
        this.client = new OpenSearchGenericClient(transport);
    }

    String url() {
        return url;
    }

    JsonNode get(String endpoint) {
        return call("GET", endpoint, null, Map.of());
    }

    JsonNode post(String endpoint, Object body) {
        return call("POST", endpoint, body, Map.of());
    }

    /** A JSON body, or NDJSON when {@code body} is a String of lines (bulk, msearch). */
    JsonNode call(String method, String endpoint, Object body, Map<String, String> params) {
        long backoff = FIRST_BACKOFF_MS;
        for (int attempt = 1; ; attempt++) {
            Reply reply = send(method, endpoint, body, params);
            boolean overloaded = reply.status == 429 || reply.status == 503;
            if (overloaded && attempt < ATTEMPTS) {
                pause(backoff);
                backoff *= 2;
                continue;
            }
            if (reply.status >= 400) throw refused(method, endpoint, reply);
            return reply.json;
        }
    }

    /**
     * A search, multi-search or multi-get. One in flight when a node dies can answer 200 with the
     * shards or documents of that node failed, or fail whole (HTTP 500, "all shards failed"):
     * ranking, citing or deduplicating from part of the index would be wrong, so such a read is
     * repeated (the repeat goes to the copies that are left) and refused if it stays partial or
     * failing. A request the cluster refuses for good (a 4xx) is refused at once; a multi-search
     * item that fails for good is returned as it is for its caller to report.
     */
    JsonNode read(String endpoint, Object body, Map<String, String> params) {
        for (int attempt = 1; ; attempt++) {
            Reply reply = send("POST", endpoint, body, params);
            boolean failedWhole = reply.status >= 500 || reply.status == 429;
            if (reply.status >= 400 && !failedWhole) throw refused("POST", endpoint, reply);
            String failure = failedWhole ? null : partialFailure(reply.json);
            if (!failedWhole && failure == null) return reply.json;
            if (attempt == READ_ATTEMPTS) {
                throw failedWhole ? refused("POST", endpoint, reply)
                        : new IndexException("OpenSearch at " + url + " answered " + endpoint + " from part of the index: " + failure);
            }
            pause(100L * attempt);
        }
    }

    /**
     * Every hit of a search whose {@code body} sorts on unique keys, read {@code size} at a time
     * with {@code search_after}: each page of hits goes to {@code page}, which may be empty.
     */
    void pages(String endpoint, ObjectNode body, int size, Consumer<JsonNode> page) {
        body.put("size", size);
        while (true) {
            JsonNode hits = read(endpoint, body, Map.of()).path("hits").path("hits");
            page.accept(hits);
            if (hits.size() < size) return;
            body.set("search_after", hits.get(hits.size() - 1).path("sort"));
        }
    }

    private IndexException refused(String method, String endpoint, Reply reply) {
        return new IndexException("OpenSearch at " + url + " refused " + method + " " + endpoint + " (HTTP " + reply.status + "): "
                + reason(reply.json));
    }

    /** What failed in a read that answered, if it may succeed when repeated; null if nothing did. */
    static String partialFailure(JsonNode response) {
        JsonNode shards = response.path("_shards");
        if (shards.path("failed").asInt() > 0) {
            String reason = shards.path("failures").path(0).path("reason").path("reason").asText("");
            return shards.path("failed").asInt() + " of " + shards.path("total").asInt() + " shards failed" + (reason.isEmpty() ? "" : " (" + reason + ")");
        }
        if (response.path("timed_out").asBoolean()) return "the search timed out";
        for (JsonNode item : response.path("responses")) {
            int status = item.path("status").asInt(200);
            if (item.has("error") && (status >= 500 || status == 429)) return reason(item);
            String failure = item.has("error") ? null : partialFailure(item);
            if (failure != null) return failure;
        }
        for (JsonNode doc : response.path("docs")) {
            if (doc.has("error")) return "document " + doc.path("_id").asText() + ": " + reason(doc);
        }
        return null;
    }

    /** The status and body of a request that may fail, e.g. a look-up that may find nothing. */
    Reply send(String method, String endpoint, Object body, Map<String, String> params) {
        var request = Requests.builder().method(method).endpoint(endpoint).query(params);
        try {
            if (body instanceof String lines) {
                request.body(Body.from(lines.getBytes(StandardCharsets.UTF_8), "application/x-ndjson"));
            } else if (body != null) {
                request.json(JSON.writeValueAsString(body));
            }
            try (Response response = client.execute(request.build())) {
                JsonNode json = response.getBody().isPresent() ? parse(response.getBody().get().bodyAsBytes()) : JSON.nullNode();
                return new Reply(response.getStatus(), json);
            }
        } catch (ResponseException e) {
            // The transport answers 429, 502, 503 and 504 this way, after trying the other nodes.
            return new Reply(e.status(), body(e));
        } catch (IOException | RuntimeException e) {
            throw new IndexException("cannot reach OpenSearch at " + url + " (" + describe(e) + "); start a local cluster with "
                    + "scripts/opensearch-cluster start, or check --opensearch-url", e);
        }
    }

    /** The exception's message is the status line, then the body the cluster sent. */
    private static JsonNode body(ResponseException e) {
        String message = String.valueOf(e.getMessage());
        int body = message.indexOf('\n');
        try {
            if (body >= 0) return JSON.readTree(message.substring(body + 1));
        } catch (IOException notJson) {
            // fall through to the status line
        }
        return JSON.createObjectNode().put("error", body >= 0 ? message.substring(0, body) : message);
    }

    private static JsonNode parse(byte[] bytes) throws IOException {
        return bytes.length == 0 ? JSON.nullNode() : JSON.readTree(bytes);
    }

    record Reply(int status, JsonNode json) {}

    static String reason(JsonNode error) {
        JsonNode cause = error.path("error");
        if (cause.isTextual()) return cause.asText();
        JsonNode root = cause.path("root_cause").path(0);
        String reason = root.path("reason").asText(cause.path("reason").asText(error.toString()));
        return root.path("type").asText(cause.path("type").asText("error")) + ": " + reason;
    }

    private static String describe(Throwable e) {
        while (e.getCause() != null && e.getCause() != e) e = e.getCause();
        return e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
    }

    /** A pause before trying again. */
    static void pause(long ms) {
        try {
            Thread.sleep(ms);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IndexException("interrupted while waiting for OpenSearch", e);
        }
    }

    @Override
    public void close() {
        try {
            transport.close();
        } catch (IOException e) {
            throw new IndexException("closing the connection to OpenSearch at " + url + " failed", e);
        }
    }
}
