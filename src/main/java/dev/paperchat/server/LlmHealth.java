package dev.paperchat.server;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperchat.app.Config;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpConnectTimeoutException;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.locks.ReentrantLock;

/**
 * What /api/health says of the LLM: whether its server answers, and whether it serves the model
 * paperchat asks for. A server that answers for a model it lacks fails every answer while
 * looking reachable. Asked at most every {@link #CHECKED_EVERY_MS} ms.
 */
final class LlmHealth {
    static final long CHECKED_EVERY_MS = 10_000;
    private static final Duration PROBE_TIMEOUT = Duration.ofSeconds(2);
    private static final ObjectMapper JSON = new ObjectMapper();
    private final Config config;
    private final HttpClient http;
    private final ReentrantLock checking = new ReentrantLock();
    private volatile long checkedAt = -CHECKED_EVERY_MS;
    private volatile Map<String, Object> last;

    // Map.of orders its keys anew in each JVM: the reply keeps the order the documentation gives.
    private static final Map<String, Object> NOT_CONFIGURED = notConfigured();

    LlmHealth(Config config, HttpClient http) {
        this.config = config;
        this.http = http;
    }

    /** {"configured", "reachable", "model", "problem"}: the last two when an LLM is configured, the problem only when there is one. */
    Map<String, Object> status() {
        if (!config.llmConfigured()) return NOT_CONFIGURED;
        // Many health requests at once send one probe to the LLM's server: while it runs, the others
        // answer with the last status, or wait for the first.
        if (last == null) checking.lock();
        else if (System.currentTimeMillis() - checkedAt < CHECKED_EVERY_MS || !checking.tryLock()) return last;
        try {
            if (last == null || System.currentTimeMillis() - checkedAt >= CHECKED_EVERY_MS) {
                last = check();
                checkedAt = System.currentTimeMillis();
            }
        } finally {
            checking.unlock();
        }
        return last;
    }

    private static Map<String, Object> notConfigured() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("configured", false);
        status.put("reachable", false);
        return Collections.unmodifiableMap(status);
    }

    private Map<String, Object> check() {
        Map<String, Object> status = new LinkedHashMap<>();
        status.put("configured", true);
        String model = config.llmModel();
        String problem;
        try {
            // Ollama's native API lists its models elsewhere, by other names.
            boolean ollama = config.llmProvider().equals("ollama");
            HttpRequest.Builder builder = HttpRequest.newBuilder(URI.create(config.llmBaseUrl().replaceAll("/+$", "") + (ollama ? "/api/tags" : "/models")))
                    .timeout(PROBE_TIMEOUT).GET();
            // A server that needs the key answers 401 without it, as it does to a wrong one.
            if (config.llmApiKey() != null) builder.header("Authorization", "Bearer " + config.llmApiKey());
            HttpRequest request = builder.build();
            HttpResponse<String> reply = http.send(request, HttpResponse.BodyHandlers.ofString());
            status.put("reachable", reply.statusCode() < 500);
            problem = switch (reply.statusCode()) {
                case 401, 403 -> "its server refuses paperchat's key (HTTP " + reply.statusCode() + "): check llm.api-key";
                case 404 -> "its server has no " + request.uri() + (config.llmBaseUrl().matches(".*/v1/*") ? "" : ": does llm.base-url end with /v1?");
                default -> reply.statusCode() >= 500 ? "its server answers HTTP " + reply.statusCode() : missingModel(reply, model, ollama);
            };
        } catch (HttpTimeoutException e) {
            status.put("reachable", false);
            // A server that takes the connection and says nothing (a busy single-slot server, a port of another program)
            // is no server that refused it: the user looks at different things for each.
            problem = (e instanceof HttpConnectTimeoutException ? "cannot connect to " : "no answer within " + PROBE_TIMEOUT.toSeconds() + " s from ")
                    + config.llmBaseUrl();
        } catch (IOException | IllegalArgumentException e) {
            status.put("reachable", false);
            problem = "cannot connect to " + config.llmBaseUrl();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            status.put("reachable", false);
            problem = "interrupted";
        }
        status.put("model", model);
        if (problem != null) status.put("problem", problem);
        return status;
    }

    private static String untagged(String model) {
        return model.replaceFirst(":latest$", "");
    }

    /**
     * Why the server will not answer for the model configured: the OpenAI protocol's list ({"data":
     * [{"id", "owned_by"}]}) or Ollama's ({"models": [{"name"}]}) lacks it. llama.cpp's server lists
     * the one file it runs and answers to any name; vLLM, Ollama and others answer 404 for a model
     * they do not serve, "default" too (what paperchat asks for without llm.model). A list of
     * another shape says nothing.
     */
    private static String missingModel(HttpResponse<String> reply, String model, boolean ollama) {
        if (reply.statusCode() != 200) return null;
        List<String> served = new ArrayList<>();
        boolean anyName;
        try {
            JsonNode listed = JSON.readTree(reply.body()).path(ollama ? "models" : "data");
            if (!listed.isArray()) return null;
            String owner = null;
            for (JsonNode m : listed) {
                if (!m.path(ollama ? "name" : "id").isTextual()) continue;
                served.add(m.path(ollama ? "name" : "id").asText());
                owner = m.path("owned_by").asText();
            }
            anyName = !ollama && served.size() == 1 && "llamacpp".equals(owner);
        } catch (IOException notJson) {
            return null;
        }
        if (served.isEmpty() || anyName) return null;
        String list = String.join(", ", served.subList(0, Math.min(5, served.size()))) + (served.size() > 5 ? ", ..." : "");
        if (model == null) return "llm.model is not set, and its server answers only for a model it serves (" + list
                + "); set llm.model (--llm-model) to " + (served.size() == 1 ? served.get(0) : "one of them");
        // Ollama lists "llama3.1:latest" for "llama3.1".
        if (served.stream().anyMatch(id -> untagged(id).equals(untagged(model)))) return null;
        return "its server lists no model \"" + model + "\" (it serves " + list + "); set llm.model (--llm-model) to "
                + (served.size() == 1 ? served.get(0) : "one of them");
    }
}
