package dev.paperchat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.sun.net.httpserver.HttpServer;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Source;
import dev.paperchat.embed.FakeEmbeddingModel;
import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * What the cluster can do wrong, from a real HTTP server that answers as OpenSearch would with
 * scripted replies: a red cluster, load shedding (429, 503), a document it refuses, and reads
 * answered from part of the index while a node is lost.
 */
class OpenSearchFaultsTest {
    private static final String META = "{\"paperchat\":{\"mappings\":{\"_meta\":{\"paperchat.model\":\"fake\","
            + "\"paperchat.dimension\":\"4\",\"paperchat.schema\":\"" + Fields.SCHEMA_VERSION + "\"}}}}";

    private HttpServer server;
    private final Map<String, Deque<String[]>> replies = new ConcurrentHashMap<>();
    private final List<String> requests = Collections.synchronizedList(new ArrayList<>());
    private final Map<String, String> bodies = new ConcurrentHashMap<>();

    private static final String WHOLE_SEARCH =
            "{\"_shards\":{\"total\":2,\"failed\":0},\"aggregations\":{\"df\":{\"buckets\":{\"entropy\":{\"doc_count\":7}}}}}";

    @BeforeEach
    void start() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/", exchange -> {
            String key = exchange.getRequestMethod() + " " + exchange.getRequestURI().getPath();
            requests.add(key);
            bodies.put(key, new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
            Deque<String[]> queue = replies.getOrDefault(key, new ArrayDeque<>());
            String[] reply = queue.size() > 1 ? queue.poll() : queue.peek();
            if (reply == null) reply = new String[] {"404", "{\"error\":\"no script for " + key + "\"}"};
            byte[] body = reply[1].getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(Integer.parseInt(reply[0]), body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        script("GET /_cluster/health", "200", "{\"status\":\"green\",\"cluster_name\":\"scripted\"}");
        script("GET /paperchat/_mapping", "200", META);
    }

    @AfterEach
    void stop() {
        server.stop(0);
    }

    /** Replies in order; the last one repeats. */
    private void script(String request, String status, String body) {
        replies.computeIfAbsent(request, k -> new ArrayDeque<>()).add(new String[] {status, body});
    }

    private OpenSearchIndex.Settings settings() {
        return new OpenSearchIndex.Settings(List.of(URI.create("http://127.0.0.1:" + server.getAddress().getPort())),
                "paperchat", null, null, 1, 0);
    }

    @Test
    void should_create_an_index_that_records_its_model_and_quantises_when_asked() throws Exception {
        replies.remove("GET /paperchat/_mapping");
        script("GET /paperchat/_mapping", "404", "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index\"}}");
        script("PUT /paperchat", "200", "{\"acknowledged\":true}");
        script("GET /_cluster/health/paperchat", "200", "{\"status\":\"yellow\"}");
        OpenSearchIndex.open(settings(), "fake", 4, true).close();
        var created = OpenSearchHttp.JSON.readTree(bodies.get("PUT /paperchat"));
        assertEquals("fake", created.at("/mappings/_meta/paperchat.model").asText());
        assertEquals("4", created.at("/mappings/_meta/paperchat.dimension").asText());
        assertEquals(4, created.at("/mappings/properties/vector/dimension").asInt());
        assertEquals("lucene", created.at("/mappings/properties/vector/method/engine").asText());
        assertEquals("cosinesimil", created.at("/mappings/properties/vector/method/space_type").asText());
        assertEquals("sq", created.at("/mappings/properties/vector/method/parameters/encoder/name").asText());
        assertEquals(OpenSearchMapping.ANALYZER, created.at("/mappings/properties/contents/analyzer").asText());
        assertEquals("kstem", created.at("/settings/index/analysis/analyzer/" + OpenSearchMapping.ANALYZER + "/filter/5").asText());
        assertEquals(0.9, created.at("/settings/index/similarity/default/k1").asDouble(), 1e-6);
    }

    @Test
    void should_open_the_index_another_process_created_between_its_look_and_its_own_creation() {
        replies.remove("GET /paperchat/_mapping");
        script("GET /paperchat/_mapping", "404", "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index\"}}");
        script("GET /paperchat/_mapping", "200", META);
        script("PUT /paperchat", "400", "{\"error\":{\"type\":\"resource_already_exists_exception\",\"reason\":\"index [paperchat] already exists\"}}");
        script("GET /_cluster/health/paperchat", "200", "{\"status\":\"yellow\"}");
        OpenSearchIndex.open(settings(), "fake", 4, false).close();
        assertTrue(requests.contains("GET /_cluster/health/paperchat"), "it waited for the other's index to be ready");
        assertEquals(2, requests.stream().filter(r -> r.equals("GET /paperchat/_mapping")).count(), "its model was checked");

        requests.clear();
        replies.remove("GET /paperchat/_mapping");
        script("GET /paperchat/_mapping", "404", "{\"error\":{\"type\":\"index_not_found_exception\",\"reason\":\"no such index\"}}");
        script("GET /paperchat/_mapping", "200", META.replace("\"fake\"", "\"another-model\""));
        IndexException e = assertThrows(IndexException.class, () -> OpenSearchIndex.open(settings(), "fake", 4, false));
        assertTrue(e.getMessage().contains("another-model"), e.getMessage());
    }

    @Test
    void should_refuse_a_red_cluster() {
        replies.remove("GET /_cluster/health");
        script("GET /_cluster/health", "200", "{\"status\":\"red\",\"cluster_name\":\"scripted\"}");
        IndexException e = assertThrows(IndexException.class, () -> OpenSearchIndex.open(settings(), "fake", 4, false));
        assertTrue(e.getMessage().contains("OpenSearch cluster scripted at http://127.0.0.1:") && e.getMessage().contains("is red"),
                e.getMessage());
    }

    @Test
    void should_retry_what_the_cluster_sheds_for_load_and_then_give_up_with_its_reason() {
        try (OpenSearchIndex index = OpenSearchIndex.open(settings(), "fake", 4, false)) {
            script("POST /paperchat/_refresh", "429", "{\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}}");
            script("POST /paperchat/_refresh", "503", "{\"error\":{\"type\":\"unavailable\",\"reason\":\"busy\"}}");
            script("POST /paperchat/_refresh", "200", "{}");
            script("POST /paperchat/_search", "200", "{\"hits\":{\"hits\":[]},\"aggregations\":{}}");
            index.openWriter().commit();
            assertEquals(3, requests.stream().filter(r -> r.equals("POST /paperchat/_refresh")).count(), "two refusals, then done");

            replies.remove("POST /paperchat/_refresh");
            script("POST /paperchat/_refresh", "429", "{\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}}");
            IndexException e = assertThrows(IndexException.class, () -> index.openWriter().commit());
            assertTrue(e.getMessage().contains("HTTP 429") && e.getMessage().contains("queue full"), e.getMessage());
        }
    }

    @Test
    void should_name_the_paper_whose_document_the_cluster_refused() {
        try (OpenSearchIndex index = OpenSearchIndex.open(settings(), "fake", 4, false)) {
            Paper paper = Paper.builder("A Refused Paper", "Its abstract says one thing.", new Source("t.jsonl", 1)).build();
            var chunks = Chunker.DEFAULT.chunk(paper.id(), paper.abstractText());
            float[] vector = new FakeEmbeddingModel(4).embed("x").content().vector();
            script("POST /paperchat/_search", "200", "{\"hits\":{\"hits\":[]}}");
            // The chunk is stored, then the paper's record is refused for load twice and then for good.
            script("POST /paperchat/_bulk", "200", "{\"errors\":true,\"items\":[{\"index\":{\"status\":201}},"
                    + "{\"index\":{\"status\":429,\"error\":{\"type\":\"es_rejected_execution_exception\",\"reason\":\"queue full\"}}}]}");
            script("POST /paperchat/_bulk", "200", "{\"errors\":true,\"items\":[{\"index\":{\"status\":400,"
                    + "\"error\":{\"type\":\"mapper_parsing_exception\",\"reason\":\"failed to parse field [day]\"}}}]}");
            IndexException e = assertThrows(IndexException.class, () -> index.openWriter().write(List.of(
                    new PaperRecord(paper, "t", "r", chunks, List.of(vector)))));
            assertTrue(e.getMessage().contains("did not store paper " + paper.id()) && e.getMessage().contains("failed to parse field [day]"),
                    e.getMessage());
            assertEquals(2, requests.stream().filter(r -> r.equals("POST /paperchat/_bulk")).count(), "only the refused action is sent again");
        }
    }

    @Test
    void should_read_again_what_a_lost_node_answered_only_in_part() throws Exception {
        Paper first = Paper.builder("First Paper", "One abstract.", new Source("t.jsonl", 1)).build();
        Paper second = Paper.builder("Second Paper", "Another abstract.", new Source("t.jsonl", 2)).build();
        String lost = "{\"_id\":\"" + OpenSearchMapping.paperDocId(second.id())
                + "\",\"error\":{\"type\":\"node_disconnected_exception\",\"reason\":\"node 2 disconnected\"}}";
        script("POST /paperchat/_mget", "200", "{\"docs\":[" + found(first) + "," + lost + "]}");
        script("POST /paperchat/_mget", "200", "{\"docs\":[" + found(first) + "," + found(second) + "]}");
        String half = "{\"_shards\":{\"total\":2,\"failed\":1},\"aggregations\":{\"df\":{\"buckets\":{\"entropy\":{\"doc_count\":3}}}}}";
        script("POST /paperchat/_search", "200", half);
        script("POST /paperchat/_search", "200", WHOLE_SEARCH);
        try (OpenSearchIndex index = OpenSearchIndex.open(settings(), "fake", 4, false)) {
            assertEquals(Set.of(first.id(), second.id()), index.read(s -> s.papers(List.of(first.id(), second.id()))).keySet());
            assertEquals(Map.of("entropy", 7), index.read(s -> s.docFreqs(Fields.ABSTRACT, List.of("entropy"))));
            assertEquals(2, count("POST /paperchat/_mget"));

            String refused = refusedAfterEveryAttempt(index, "200", half);
            assertTrue(refused.contains("answered /paperchat/_search from part of the index: 1 of 2 shards failed"), refused);
        }
    }

    @Test
    void should_read_again_a_search_that_failed_whole_while_a_node_died() {
        String failed = "{\"error\":{\"type\":\"search_phase_execution_exception\",\"reason\":\"all shards failed\"},\"status\":500}";
        script("POST /paperchat/_search", "500", failed);
        script("POST /paperchat/_search", "200", WHOLE_SEARCH);
        try (OpenSearchIndex index = OpenSearchIndex.open(settings(), "fake", 4, false)) {
            assertEquals(Map.of("entropy", 7), index.read(s -> s.docFreqs(Fields.ABSTRACT, List.of("entropy"))));
            assertEquals(2, count("POST /paperchat/_search"));

            String refused = refusedAfterEveryAttempt(index, "500", failed);
            assertTrue(refused.contains("refused POST /paperchat/_search (HTTP 500)") && refused.contains("all shards failed"), refused);
        }
    }

    @Test
    void should_not_repeat_a_read_that_found_nothing_or_failed_for_good() {
        Paper paper = Paper.builder("Gone Paper", "Deleted since.", new Source("t.jsonl", 1)).build();
        script("POST /paperchat/_mget", "200", "{\"docs\":[{\"_id\":\"" + OpenSearchMapping.paperDocId(paper.id()) + "\",\"found\":false}]}");
        script("POST /_msearch", "200", "{\"responses\":[{\"status\":400,\"error\":{\"type\":\"search_phase_execution_exception\","
                + "\"reason\":\"too many clauses\"}}]}");
        try (OpenSearchIndex index = OpenSearchIndex.open(settings(), "fake", 4, false)) {
            assertEquals(Map.of(), index.read(s -> s.papers(List.of(paper.id()))));
            IndexException e = assertThrows(IndexException.class,
                    () -> index.read(s -> s.lexicalAmong(Map.of("entropy", 1.0), List.of(paper.id()), 10)));
            assertTrue(e.getMessage().contains("too many clauses"), e.getMessage());
            assertEquals(1, count("POST /paperchat/_mget"));
            assertEquals(1, count("POST /_msearch"));
        }
    }

    @Test
    void should_tell_a_read_worth_repeating_from_one_that_failed_for_good() throws Exception {
        String[] partial = {"{\"_shards\":{\"total\":2,\"failed\":1}}", "{\"timed_out\":true}",
                "{\"responses\":[{\"status\":503,\"error\":{\"type\":\"no_shard_available_action_exception\",\"reason\":\"lost\"}}]}",
                "{\"responses\":[{\"status\":200,\"_shards\":{\"total\":2,\"failed\":1}}]}",
                "{\"docs\":[{\"_id\":\"p\",\"error\":{\"type\":\"node_disconnected_exception\",\"reason\":\"node 2\"}}]}"};
        for (String json : partial) assertTrue(OpenSearchHttp.partialFailure(OpenSearchHttp.JSON.readTree(json)) != null, json);
        String[] whole = {"{\"_shards\":{\"total\":2,\"failed\":0},\"timed_out\":false}", "{\"docs\":[{\"_id\":\"p\",\"found\":false}]}",
                "{\"responses\":[{\"status\":400,\"error\":{\"type\":\"parsing_exception\",\"reason\":\"bad query\"}}]}"};
        for (String json : whole) assertEquals(null, OpenSearchHttp.partialFailure(OpenSearchHttp.JSON.readTree(json)), json);
    }

    /** Every search now answers {@code status body}: the read is tried {@link OpenSearchHttp#READ_ATTEMPTS} times, then refused. */
    private String refusedAfterEveryAttempt(OpenSearchIndex index, String status, String body) {
        replies.remove("POST /paperchat/_search");
        script("POST /paperchat/_search", status, body);
        requests.clear();
        IndexException e = assertThrows(IndexException.class, () -> index.read(s -> s.docFreqs(Fields.ABSTRACT, List.of("entropy"))));
        assertEquals(OpenSearchHttp.READ_ATTEMPTS, count("POST /paperchat/_search"));
        return e.getMessage();
    }

    private long count(String request) {
        return requests.stream().filter(request::equals).count();
    }

    private static String found(Paper paper) throws IOException {
        var doc = OpenSearchHttp.JSON.createObjectNode().put("_id", OpenSearchMapping.paperDocId(paper.id())).put("found", true);
        doc.putObject("_source").put(Fields.JSON, PaperCodec.toJson(paper));
        return OpenSearchHttp.JSON.writeValueAsString(doc);
    }
}
