package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.paperchat.answer.Answer;
import dev.paperchat.answer.AnswerMode;
import dev.paperchat.answer.Question;
import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.SampleIndex;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.embed.CountingModel;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.EmbeddingModels;
import dev.paperchat.eval.EvalQuestion;
import dev.paperchat.eval.Evaluator;
import dev.paperchat.index.Fields;
import dev.paperchat.index.Filters;
import dev.paperchat.index.IndexException;
import dev.paperchat.index.IndexStats;
import dev.paperchat.index.IndexUpgrade;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.Ingester;
import dev.paperchat.index.LocalCluster;
import dev.paperchat.index.OpenSearchIndex;
import dev.paperchat.index.OpenSearchUpgrade;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.SearchRequest;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;

/**
 * The OpenSearch backend on a real two-node cluster (2 shards, 1 replica each), against the
 * embedded index holding the same sample corpus. The last test kills a node.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class OpenSearchBackendIT {
    private static final Path DEV_SET = Path.of("..", "shared", "eval", "dev.jsonl");
    private static final String INDEX = "paperchat-it";

    @TempDir
    static Path dir;
    private static LocalCluster cluster;
    private static PaperChat opensearch;

    @BeforeAll
    static void start() throws Exception {
        cluster = LocalCluster.start(2, dir);
        CliRun ingest = CliRun.of("ingest", "--sample", "--json", "--backend", "opensearch", "--opensearch-url", urls(),
                "--opensearch-index", INDEX, "--opensearch-shards", "2", "--opensearch-replicas", "1");
        assertEquals(0, ingest.status(), ingest.err());
        JsonNode summary = new ObjectMapper().readTree(ingest.out());
        assertEquals(300, summary.get("new").asInt(), ingest.out());
        opensearch = new PaperChat(Config.of(Map.of("index.backend", "opensearch", "opensearch.url", urls(),
                "opensearch.index", INDEX)), SampleIndex.get().embedder());
    }

    @AfterAll
    static void stop() throws Exception {
        if (opensearch != null) opensearch.close();
        if (cluster != null) cluster.close();
    }

    private static String urls() {
        return cluster.nodeUrls().stream().map(URI::toString).collect(Collectors.joining(","));
    }

    @Test
    @Order(1)
    void should_hold_what_the_embedded_index_holds_and_skip_it_when_ingested_again() throws Exception {
        assertEquals(SampleIndex.get().index().stats().papers(), opensearch.index().stats().papers());
        assertEquals(SampleIndex.get().index().stats().chunks(), opensearch.index().stats().chunks());
        assertEquals(SampleIndex.get().retriever().organisations(), opensearch.retriever().organisations());
        for (Filters filters : List.of(Filters.NONE, Filters.parse("2025", null, "Tencent"))) {
            List<String> embedded = SampleIndex.get().index().read(s -> s.paperIds(filters));
            List<String> cluster = opensearch.index().read(s -> s.paperIds(filters));
            assertEquals(embedded, cluster, filters.describe());
        }
        CliRun again = CliRun.of("ingest", "--sample", "--json", "--backend", "opensearch", "--opensearch-url", urls(),
                "--opensearch-index", INDEX);
        assertEquals(0, again.status(), again.err());
        JsonNode summary = new ObjectMapper().readTree(again.out());
        assertEquals(0, summary.get("new").asInt());
        assertEquals(300, summary.get("unchanged").asInt());
        assertEquals(0, summary.get("chunksEmbedded").asInt());
    }

    @Test
    @Order(2)
    void should_find_the_same_papers_as_the_embedded_index() throws Exception {
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.exists(DEV_SET), "the dev set lies in ../shared");
        List<EvalQuestion> questions = Evaluator.read(DEV_SET);
        int sameSet = 0, sameOrder = 0;
        for (EvalQuestion q : questions) {
            List<String> embedded = ids(SampleIndex.get(), q.question());
            List<String> remote = ids(opensearch, q.question());
            if (Set.copyOf(embedded).equals(Set.copyOf(remote))) sameSet++;
            if (embedded.equals(remote)) sameOrder++;
        }
        System.err.printf("OpenSearch against embedded: same top-10 papers for %d of %d questions, same order for %d%n",
                sameSet, questions.size(), sameOrder);
        assertTrue(sameSet >= 0.9 * questions.size(), sameSet + " of " + questions.size());
        String typo = "wich papers use GRPO for vison language models?";
        assertEquals(SampleIndex.get().retriever().search(new SearchRequest(typo, 10)).respelled(),
                opensearch.retriever().search(new SearchRequest(typo, 10)).respelled(), "the term suggester mends as Lucene's spell checker does");

        CliRun remote = CliRun.of("eval", DEV_SET.toString(), "--json", "--backend", "opensearch", "--opensearch-url", urls(),
                "--opensearch-index", INDEX);
        CliRun embedded = CliRun.of("eval", DEV_SET.toString(), "--json", "--index", SampleIndex.get().index().location());
        assertEquals(0, remote.status(), remote.err());
        JsonNode r = new ObjectMapper().readTree(remote.out()), e = new ObjectMapper().readTree(embedded.out());
        assertEquals("opensearch", r.get("backend").asText());
        assertEquals("lucene", e.get("backend").asText());
        for (String type : List.of("topic", "fact", "claim", "title")) {
            for (String metric : List.of("recall@5", "recall@10", "ndcg@10", "mrr")) {
                double a = r.at("/byType/" + type + "/" + metric).asDouble(), b = e.at("/byType/" + type + "/" + metric).asDouble();
                assertEquals(b, a, 0.02, type + " " + metric);
            }
        }
        assertEquals(e.at("/abstention/abstained").asDouble(), r.at("/abstention/abstained").asDouble(), 0.02);
        assertEquals(e.at("/abstention/falseAbstention").asDouble(), r.at("/abstention/falseAbstention").asDouble(), 0.02);
    }

    @Test
    @Order(3)
    void should_give_the_same_paper_directions_as_the_embedded_index() {
        List<String> ids = SampleIndex.get().retriever().search(new SearchRequest("entropy collapse", 10)).hits().stream()
                .map(h -> h.paper().id()).toList();
        Map<String, float[]> remote = opensearch.index().read(snapshot -> snapshot.paperVectors(ids));
        Map<String, float[]> embedded = SampleIndex.get().index().read(snapshot -> snapshot.paperVectors(ids));
        assertEquals(Set.copyOf(ids), remote.keySet());
        for (String id : ids) {
            double dot = 0;
            for (int i = 0; i < remote.get(id).length; i++) dot += remote.get(id)[i] * embedded.get(id)[i];
            assertEquals(1.0, dot, 1e-4, id);
        }
    }

    @Test
    @Order(3)
    void should_analyse_text_into_the_terms_the_embedded_index_holds() throws Exception {
        String text = "The model's shortened chains weaken GRPO; it shortens and widening gaps were harder to lengthen in Schrödinger's étude.";
        ObjectNode body = new ObjectMapper().createObjectNode().put("field", Fields.CONTENTS).put("text", text);
        List<String> remote = new ArrayList<>();
        rest("POST", "/" + INDEX + "/_analyze", body.toString()).get("tokens").forEach(t -> remote.add(t.get("token").asText()));
        List<String> embedded = dev.paperchat.retrieve.QueryTerms.all(new dev.paperchat.index.PaperAnalyzer(), Fields.CONTENTS, text);
        // The terms of one place may come in either order.
        assertEquals(embedded.stream().sorted().toList(), remote.stream().sorted().toList());
        assertTrue(embedded.containsAll(List.of("short", "long", "schrodinger", "etude")), embedded.toString());
    }

    @Test
    @Order(3)
    void should_answer_with_the_same_citations() {
        Question question = new Question("which methods avoid entropy collapse?", List.of(), Question.DEFAULT_K, AnswerMode.EXTRACTIVE, Filters.NONE);
        Answer remote = opensearch.assistant().ask(question);
        Answer embedded = SampleIndex.get().assistant().ask(question);
        assertTrue(remote.covered());
        assertEquals(embedded.citations().stream().map(c -> c.paperId()).toList(), remote.citations().stream().map(c -> c.paperId()).toList());
        assertEquals(embedded.answer(), remote.answer());
    }

    @Test
    @Order(4)
    void should_refuse_an_index_of_another_model_and_name_an_unreachable_cluster() {
        OpenSearchIndex.Settings settings = new OpenSearchIndex.Settings(cluster.nodeUrls(), INDEX, null, null, 1, 0);
        IndexException wrongModel = assertThrows(IndexException.class, () -> OpenSearchIndex.open(settings, "other-model", 768, false));
        assertTrue(wrongModel.getMessage().contains("was built with embedding model bge-small-en-v1.5-q (384 dimensions), but other-model (768"),
                wrongModel.getMessage());

        CliRun unreachable = CliRun.of("search", "--backend", "opensearch", "--opensearch-url", "http://127.0.0.1:1", "quiet star");
        assertEquals(2, unreachable.status());
        assertTrue(unreachable.err().contains("cannot reach OpenSearch at http://127.0.0.1:1"), unreachable.err());
    }

    /** A date of a month or a year is indexed as its first and last day in OpenSearch too: a range that holds either finds the paper. */
    @Test
    @Order(4)
    void should_find_a_paper_dated_by_month_or_year_in_a_date_range(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        Path file = dir.resolve("dated.jsonl");
        Files.writeString(file, """
                {"title": "Glacier Melt in the Alps", "abstract": "We measure glacier melt from satellite images.", "date": "2022-09"}
                {"title": "Glacier Retreat in Patagonia", "abstract": "We measure glacier retreat from aerial photographs.", "date": "2022"}
                {"title": "Glacier Surges in Svalbard", "abstract": "We measure glacier surges from radar.", "date": "2021-12-31"}
                """);
        String[] cluster = {"--backend", "opensearch", "--opensearch-url", urls(), "--opensearch-index", "paperchat-dated"};
        CliRun ingest = CliRun.of(concat(new String[] {"ingest", file.toString()}, cluster));
        assertEquals(0, ingest.status(), ingest.err());
        CliRun search = CliRun.of(concat(new String[] {"search", "--json", "--from", "2022-01-01", "--to", "2022-12-31", "glacier"}, cluster));
        assertEquals(0, search.status(), search.err());
        Set<String> titles = new HashSet<>();
        new ObjectMapper().readTree(search.out()).get("results").forEach(r -> titles.add(r.get("title").asText()));
        assertEquals(Set.of("Glacier Melt in the Alps", "Glacier Retreat in Patagonia"), titles);

        // The file read again without its last line: the paper it no longer holds goes, chunks and all.
        Files.writeString(file, Files.readString(file).lines().limit(2).map(l -> l + "\n").collect(Collectors.joining()));
        CliRun again = CliRun.of(concat(new String[] {"ingest", "--json", file.toString()}, cluster));
        assertEquals(0, again.status(), again.err() + again.out());
        JsonNode summary = new ObjectMapper().readTree(again.out());
        assertEquals(List.of(1, 2, 2), List.of(summary.get("removed").asInt(), summary.get("papers").asInt(), summary.get("chunks").asInt()),
                summary.toString());

        // The folder read again after a file of it was deleted: that file's papers go.
        Files.writeString(dir.resolve("more.jsonl"), "{\"title\": \"Glacier Lakes in Nepal\", \"abstract\": \"We map glacier lakes.\"}\n");
        assertEquals(0, CliRun.of(concat(new String[] {"ingest", dir.toString()}, cluster)).status());
        Files.delete(file);
        CliRun folder = CliRun.of(concat(new String[] {"ingest", "--json", dir.toString()}, cluster));
        JsonNode afterDelete = new ObjectMapper().readTree(folder.out());
        assertEquals(List.of(2, 1), List.of(afterDelete.get("removed").asInt(), afterDelete.get("papers").asInt()), folder.err() + folder.out());
    }

    private static String[] concat(String[] a, String[] b) {
        return Stream.concat(Arrays.stream(a), Arrays.stream(b)).toArray(String[]::new);
    }

    /**
     * An index an older paperchat wrote becomes current under the same name: every stored vector
     * kept (the model embeds nothing), one upgrade for two processes at once, and the leftover of
     * a crashed upgrade cleared. Writes, reads and dropping go through the alias it now is.
     */
    @Test
    @Order(5)
    void should_upgrade_an_index_of_an_older_schema_in_place_keeping_its_vectors() throws Exception {
        String name = "paperchat-old";
        OpenSearchIndex.Settings settings = new OpenSearchIndex.Settings(cluster.nodeUrls(), name, null, null, 1, 1);
        CountingModel model = new CountingModel(new BgeSmallEnV15QuantizedEmbeddingModel());
        Embedder embedder = new Embedder(model, EmbeddingModels.DEFAULT_MODEL, EmbeddingModels.BGE_QUERY_PREFIX);
        List<Paper> papers = SampleCorpus.read(CorpusReader.withAllFormats()).papers().subList(0, 31);
        List<String> ids = papers.stream().map(Paper::id).toList();
        IndexStats before;
        Map<String, float[]> vectorsBefore;
        try (OpenSearchIndex old = OpenSearchIndex.open(settings, embedder.name(), embedder.dimension(), false)) {
            new Ingester(old, embedder, Chunker.DEFAULT).ingest(new ParseResult(papers.subList(0, 30), List.of()), IngestListener.NONE);
            before = old.stats();
            vectorsBefore = old.read(snapshot -> snapshot.paperVectors(ids));
        }
        rest("PUT", "/" + name + "/_mapping", "{\"_meta\": {\"" + Fields.META_MODEL + "\": \"" + embedder.name() + "\", \""
                + Fields.META_DIMENSION + "\": \"384\", \"" + Fields.META_SCHEMA + "\": \"4\"}}");
        String target = name + "-schema" + Fields.SCHEMA_VERSION;
        rest("PUT", "/" + target, "{\"mappings\": {\"_meta\": {\"paperchat.upgrade.heartbeat\": \"1\"}}}");
        IndexException refused = assertThrows(IndexException.class, () -> OpenSearchIndex.open(settings, embedder.name(), embedder.dimension(), false));
        assertTrue(refused.getMessage().contains("schema 4"), refused.getMessage());

        int embeddedBefore = model.passages().get();
        List<String> started = Collections.synchronizedList(new ArrayList<>());
        AtomicInteger waited = new AtomicInteger();
        // The upgrade holds until the other process has seen it, or a fast upgrade could end before the other looks.
        CountDownLatch seen = new CountDownLatch(1);
        Consumer<String> starting = schema -> {
            started.add(schema);
            awaitQuietly(seen);
        };
        Runnable waiting = () -> {
            waited.incrementAndGet();
            seen.countDown();
        };
        List<Optional<IndexUpgrade.Result>> results;
        try (var pool = Executors.newFixedThreadPool(2)) {
            Callable<Optional<IndexUpgrade.Result>> upgrade =
                    () -> OpenSearchUpgrade.ifOutdated(settings, embedder, Chunker.DEFAULT, starting, waiting);
            results = new ArrayList<>();
            for (var future : pool.invokeAll(List.of(upgrade, upgrade))) results.add(future.get());
        }
        assertEquals(List.of("4"), started, "one upgrade for two processes");
        assertEquals(1, waited.get(), "the other said it waits, once");
        IndexUpgrade.Result result = results.stream().flatMap(Optional::stream).findFirst().orElseThrow();
        assertEquals(new IndexUpgrade.Result("4", 30, before.chunks(), result.seconds()), result);
        assertEquals(0, model.passages().get() - embeddedBefore, "no chunk is embedded again");
        assertEquals(Set.of(target), indexNames(rest("GET", "/" + name + "/_alias", null)), "the name is now an alias of the new index");
        JsonNode meta = rest("GET", "/" + name + "/_mapping", null).path(target).path("mappings").path("_meta");
        assertEquals(Fields.SCHEMA_VERSION, meta.path(Fields.META_SCHEMA).asText());
        assertTrue(meta.path("paperchat.upgrade.heartbeat").isMissingNode(), "the heartbeat goes with the upgrade: " + meta);

        try (OpenSearchIndex upgraded = OpenSearchIndex.open(settings, embedder.name(), embedder.dimension(), false)) {
            assertEquals(before.papers(), upgraded.stats().papers());
            assertEquals(before.chunks(), upgraded.stats().chunks());
            Map<String, float[]> vectorsAfter = upgraded.read(snapshot -> snapshot.paperVectors(ids));
            assertEquals(vectorsBefore.keySet(), vectorsAfter.keySet());
            vectorsBefore.forEach((id, vector) -> assertArrayEquals(vector, vectorsAfter.get(id), id));
            new Ingester(upgraded, embedder, Chunker.DEFAULT).ingest(new ParseResult(papers.subList(30, 31), List.of()), IngestListener.NONE);
            assertEquals(31, upgraded.stats().papers(), "written through the alias");
            assertEquals(papers.get(30).title(), upgraded.paper(papers.get(30).id()).orElseThrow().title());
        }
        assertEquals(Optional.empty(), OpenSearchUpgrade.ifOutdated(settings, embedder, Chunker.DEFAULT, started::add, waited::incrementAndGet));
        OpenSearchIndex.drop(settings);
        assertEquals(404, restStatus("GET", "/" + name));
        assertEquals(404, restStatus("GET", "/" + target));
    }

    /** An upgrade that fails leaves the old index as it was and takes its half-built one with it; a foreign index in the way is named. */
    @Test
    @Order(6)
    void should_leave_the_old_index_whole_when_an_upgrade_fails_and_name_an_index_in_the_way() throws Exception {
        String name = "paperchat-broken";
        OpenSearchIndex.Settings settings = new OpenSearchIndex.Settings(cluster.nodeUrls(), name, null, null, 1, 1);
        Embedder embedder = SampleIndex.get().embedder();
        List<Paper> papers = SampleCorpus.read(CorpusReader.withAllFormats()).papers().subList(40, 43);
        try (OpenSearchIndex old = OpenSearchIndex.open(settings, embedder.name(), embedder.dimension(), false)) {
            new Ingester(old, embedder, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
        }
        rest("PUT", "/" + name + "/_mapping", "{\"_meta\": {\"" + Fields.META_MODEL + "\": \"" + embedder.name() + "\", \""
                + Fields.META_DIMENSION + "\": \"384\", \"" + Fields.META_SCHEMA + "\": \"4\"}}");
        // One chunk lost its vector, and the model is down: the upgrade must embed and cannot.
        rest("DELETE", "/" + name + "/_doc/c:" + papers.get(1).id() + ":0?refresh=true", null);
        Embedder down = new Embedder(new dev.langchain4j.model.embedding.EmbeddingModel() {
            @Override
            public dev.langchain4j.model.output.Response<List<dev.langchain4j.data.embedding.Embedding>> embedAll(
                    List<dev.langchain4j.data.segment.TextSegment> segments) {
                throw new IllegalStateException("the model is down");
            }

            @Override
            public int dimension() {
                return 384;
            }
        }, embedder.name(), EmbeddingModels.BGE_QUERY_PREFIX);
        RuntimeException failed = assertThrows(RuntimeException.class,
                () -> OpenSearchUpgrade.ifOutdated(settings, down, Chunker.DEFAULT, schema -> {}, () -> {}));
        assertTrue(failed.getMessage().contains("the model is down"), failed.getMessage());
        String target = name + "-schema" + Fields.SCHEMA_VERSION;
        assertEquals(404, restStatus("GET", "/" + target), "the half-built index is gone");
        assertEquals("4", rest("GET", "/" + name + "/_mapping", null).path(name).at("/mappings/_meta/" + Fields.META_SCHEMA).asText());
        assertEquals(3, rest("GET", "/" + name + "/_count?q=" + Fields.TYPE + ":" + Fields.TYPE_PAPER, null).path("count").asInt());

        rest("PUT", "/" + target, "{}");
        IndexException inTheWay = assertThrows(IndexException.class,
                () -> OpenSearchUpgrade.ifOutdated(settings, embedder, Chunker.DEFAULT, schema -> {}, () -> {}));
        assertTrue(inTheWay.getMessage().contains(target + " at ") && inTheWay.getMessage().contains("is in the way"), inTheWay.getMessage());
        OpenSearchIndex.drop(settings);
        assertEquals(404, restStatus("GET", "/" + name));
        assertEquals(404, restStatus("GET", "/" + target), "drop takes an upgrade's leftover too");
    }

    private static Set<String> indexNames(JsonNode node) {
        Set<String> names = new HashSet<>();
        node.fieldNames().forEachRemaining(names::add);
        return names;
    }

    private static JsonNode rest(String method, String path, String body) throws Exception {
        HttpResponse<String> response = send(method, path, body);
        assertTrue(response.statusCode() < 300, method + " " + path + ": " + response.body());
        return new ObjectMapper().readTree(response.body());
    }

    private static int restStatus(String method, String path) throws Exception {
        return send(method, path, null).statusCode();
    }

    private static HttpResponse<String> send(String method, String path, String body) throws Exception {
        try (HttpClient client = HttpClient.newHttpClient()) {
            HttpRequest request = HttpRequest.newBuilder(cluster.url().resolve(path)).header("Content-Type", "application/json")
                    .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body)).build();
            return client.send(request, HttpResponse.BodyHandlers.ofString());
        }
    }

    /** Searches go on while node 2 dies: the replicas on node 1 answer them, and no paper is lost. */
    @Test
    @Order(7)
    void should_answer_from_the_replicas_when_a_node_dies() throws Exception {
        String query = "reinforcement learning without verifiable rewards";
        List<String> before = ids(opensearch, query);
        AtomicBoolean running = new AtomicBoolean(true);
        AtomicInteger answered = new AtomicInteger();
        List<Throwable> failures = Collections.synchronizedList(new ArrayList<>());
        Thread load = Thread.ofPlatform().start(() -> {
            while (running.get()) {
                try {
                    if (!ids(opensearch, query).equals(before)) failures.add(new AssertionError("different papers"));
                    answered.incrementAndGet();
                } catch (RuntimeException e) {
                    failures.add(e);
                }
            }
        });
        Thread.sleep(2_000);
        int beforeKill = answered.get();
        cluster.kill(2);
        int atKill = answered.get();
        Thread.sleep(8_000);
        running.set(false);
        load.join();
        System.err.printf("node 2 killed: %d searches before, %d after, %d failed%n", beforeKill, answered.get() - beforeKill,
                failures.size());
        assertTrue(failures.isEmpty(), "failed searches: " + failures);
        assertTrue(answered.get() - atKill > 10, "searches went on after the kill: " + answered.get());
        assertEquals(300, opensearch.index().stats().papers());
        assertEquals(before, ids(opensearch, query));
    }

    private static List<String> ids(PaperChat app, String query) {
        return app.retriever().search(new SearchRequest(query, 10)).hits().stream().map(PaperHit::paper).map(p -> p.id()).toList();
    }

    /** Waits at most a minute: a process that never waits fails the assertion after, not the build's clock. */
    private static void awaitQuietly(CountDownLatch latch) {
        try {
            latch.await(60, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
