package dev.paperchat.server;

import static org.junit.jupiter.api.Assertions.assertEquals;

import com.sun.net.httpserver.HttpServer;
import dev.paperchat.app.Config;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Health against a real HTTP server that lists its models as llama.cpp and vLLM do. */
class LlmHealthTest {
    private HttpServer models;
    private final AtomicInteger probes = new AtomicInteger();

    @BeforeEach
    void start() throws Exception {
        models = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        models.createContext("/keyed/v1/models", exchange -> {
            boolean keyed = "Bearer s3cret".equals(exchange.getRequestHeaders().getFirst("Authorization"));
            byte[] body = (keyed ? "{\"data\":[{\"id\":\"llama3\"}]}" : "{\"error\":\"unauthorized\"}").getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(keyed ? 200 : 401, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        serve("/llamacpp/v1/models", "{\"object\":\"list\",\"data\":[{\"id\":\"qwen2.5-7b-q4_k_m.gguf\",\"owned_by\":\"llamacpp\"}]}");
        serve("/vllm/v1/models", "{\"object\":\"list\",\"data\":[{\"id\":\"Qwen/Qwen2.5-7B-Instruct\",\"owned_by\":\"vllm\"}]}");
        serve("/odd/v1/models", "{\"object\":\"list\",\"data\":{\"id\":\"m\"}}");
        serve("/ollama/api/tags", "{\"models\":[{\"name\":\"llama3:8b\",\"model\":\"llama3:8b\"}]}");
        models.createContext("/v1/models", exchange -> {
            probes.incrementAndGet();
            byte[] body = "{\"object\":\"list\",\"data\":[{\"id\":\"llama3\"},{\"id\":\"qwen2.5-7b\"}]}".getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        models.start();
    }

    private void serve(String path, String json) {
        models.createContext(path, exchange -> {
            byte[] body = json.getBytes(StandardCharsets.UTF_8);
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
    }

    @AfterEach
    void stop() {
        models.stop(0);
    }

    private Map<String, Object> status(String url, String model) {
        Config config = Config.of(model == null ? Map.of("llm.base-url", url) : Map.of("llm.base-url", url, "llm.model", model));
        return new LlmHealth(config, HttpClient.newHttpClient()).status();
    }

    private String url() {
        return "http://127.0.0.1:" + models.getAddress().getPort() + "/v1";
    }

    @Test
    void should_send_one_probe_for_many_health_requests_at_once() throws Exception {
        LlmHealth health = new LlmHealth(Config.of(Map.of("llm.base-url", url(), "llm.model", "llama3")), HttpClient.newHttpClient());
        try (ExecutorService pool = Executors.newFixedThreadPool(16)) {
            List<Future<Map<String, Object>>> asked = new ArrayList<>();
            for (int i = 0; i < 16; i++) asked.add(pool.submit(health::status));
            for (Future<Map<String, Object>> status : asked) assertEquals(true, status.get().get("reachable"), "each waits for the first probe");
        }
        assertEquals(1, probes.get());
    }

    @Test
    void should_say_the_llm_is_ready_when_its_server_serves_the_model() {
        assertEquals(Map.of("configured", true, "reachable", true, "model", "qwen2.5-7b"), status(url(), "qwen2.5-7b"));
    }

    @Test
    void should_name_the_models_served_when_the_one_configured_is_not() {
        assertEquals(Map.of("configured", true, "reachable", true, "model", "fake-model", "problem",
                "its server lists no model \"fake-model\" (it serves llama3, qwen2.5-7b); set llm.model (--llm-model) to one of them"),
                status(url(), "fake-model"));
    }

    @Test
    void should_take_ollama_s_latest_tag_for_the_model_it_names() {
        assertEquals(Map.of("configured", true, "reachable", true, "model", "llama3:latest"), status(url(), "llama3:latest"));
        assertEquals(Map.of("configured", true, "reachable", true, "model", "qwen2.5-7b"), status(url(), "qwen2.5-7b"));
    }

    @Test
    void should_say_what_is_wrong_when_no_model_is_set_or_the_url_or_key_is_wrong() {
        assertEquals("llm.model is not set, and its server answers only for a model it serves (llama3, qwen2.5-7b); set llm.model (--llm-model) to one of them",
                status(url(), null).get("problem"));
        assertEquals("its server has no http://127.0.0.1:" + models.getAddress().getPort() + "/models: does llm.base-url end with /v1?",
                status("http://127.0.0.1:" + models.getAddress().getPort(), "llama3").get("problem"));
    }

    /** llama.cpp answers to any name for the one file it runs; vLLM and Ollama only for a model they serve, "default" too. */
    @Test
    void should_check_the_model_of_a_server_of_one_model_unless_it_answers_to_any_name() {
        String base = "http://127.0.0.1:" + models.getAddress().getPort();
        assertEquals(Map.of("configured", true, "reachable", true, "model", "qwen"), status(base + "/llamacpp/v1", "qwen"));
        assertEquals(null, status(base + "/llamacpp/v1", null).get("problem"));
        assertEquals("llm.model is not set, and its server answers only for a model it serves (Qwen/Qwen2.5-7B-Instruct); set llm.model (--llm-model)"
                + " to Qwen/Qwen2.5-7B-Instruct", status(base + "/vllm/v1", null).get("problem"));
        assertEquals("its server lists no model \"qwen\" (it serves Qwen/Qwen2.5-7B-Instruct); set llm.model (--llm-model) to Qwen/Qwen2.5-7B-Instruct",
                status(base + "/vllm/v1", "qwen").get("problem"));
        assertEquals(null, status(base + "/vllm/v1", "Qwen/Qwen2.5-7B-Instruct").get("problem"));
        assertEquals(Map.of("configured", true, "reachable", true, "model", "m"), status(base + "/odd/v1", "m"), "a list of another shape says nothing");
        Map<String, Object> ollama = new LlmHealth(Config.of(Map.of("llm.base-url", base + "/ollama", "llm.provider", "ollama", "llm.model", "qwen2.5:7b")),
                HttpClient.newHttpClient()).status();
        assertEquals("its server lists no model \"qwen2.5:7b\" (it serves llama3:8b); set llm.model (--llm-model) to llama3:8b", ollama.get("problem"));
        assertEquals(null, new LlmHealth(Config.of(Map.of("llm.base-url", base + "/ollama", "llm.provider", "ollama", "llm.model", "llama3:8b")),
                HttpClient.newHttpClient()).status().get("problem"));
    }

    @Test
    void should_ask_with_the_key_and_say_when_it_is_refused() {
        String keyed = "http://127.0.0.1:" + models.getAddress().getPort() + "/keyed/v1";
        Map<String, Object> withKey = new LlmHealth(Config.of(Map.of("llm.base-url", keyed, "llm.model", "llama3", "llm.api-key", "s3cret")),
                HttpClient.newHttpClient()).status();
        assertEquals(Map.of("configured", true, "reachable", true, "model", "llama3"), withKey);
        Map<String, Object> wrong = new LlmHealth(Config.of(Map.of("llm.base-url", keyed, "llm.model", "llama3", "llm.api-key", "wrong")),
                HttpClient.newHttpClient()).status();
        assertEquals("its server refuses paperchat's key (HTTP 401): check llm.api-key", wrong.get("problem"));
    }

    @Test
    void should_say_a_server_that_refuses_connections_is_unreachable() {
        models.stop(0);
        Map<String, Object> status = status(url(), "llama3");
        assertEquals(false, status.get("reachable"));
        assertEquals("cannot connect to " + url(), status.get("problem"));
        assertEquals(Map.of("configured", false, "reachable", false), new LlmHealth(Config.of(Map.of()), HttpClient.newHttpClient()).status());
    }

    /** A port that takes connections and never answers (a hung server, another program) is told apart from one that refuses them. */
    @Test
    void should_say_a_server_that_accepts_and_never_answers_is_silent() throws Exception {
        try (ServerSocket silent = new ServerSocket(0, 50, InetAddress.getLoopbackAddress())) {
            String url = "http://127.0.0.1:" + silent.getLocalPort() + "/v1";
            Map<String, Object> status = status(url, "llama3");
            assertEquals(false, status.get("reachable"));
            assertEquals("no answer within 2 s from " + url, status.get("problem"));
        }
    }
}
