package dev.paperchat.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.Paper;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;
import java.util.function.Function;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Papers and chunks in one index of an OpenSearch cluster, with the same documents as the
 * embedded index: English-analysed text, BM25 with the same parameters, and the chunk vectors
 * in a {@code knn_vector} field on the Lucene engine. Queries are analysed here, by the same
 * analyser as the embedded index, and sent as term queries, so both backends score alike.
 */
public final class OpenSearchIndex implements PaperIndex {
    /** Where to find the cluster and how to lay out a new index. */
    public record Settings(List<URI> urls, String index, String username, String password, int shards, int replicas) {}

    private final OpenSearchHttp http;
    private final String name;
    private final String model;
    private final int dimension;
    private final Analyzer analyzer = new PaperAnalyzer();
    private final List<Consumer<Snapshot>> listeners = new CopyOnWriteArrayList<>();
    /** What to run when a generation's title part is superseded, by generation. */
    private final Map<Long, List<Runnable>> releases = new ConcurrentHashMap<>();

    private OpenSearchIndex(OpenSearchHttp http, String name, String model, int dimension) {
        this.http = http;
        this.name = name;
        this.model = model;
        this.dimension = dimension;
    }

    /**
     * Connects to the cluster and opens the index, creating it if there is none. An index of
     * another embedding model is refused as the embedded one is, and so is a red cluster.
     */
    public static OpenSearchIndex open(Settings settings, String model, int dimension, boolean quantized) {
        if (settings.urls().isEmpty()) throw new InvalidInputException("--opensearch-url is required with --backend opensearch");
        OpenSearchHttp http = new OpenSearchHttp(settings.urls(), settings.username(), settings.password());
        try {
            JsonNode health = http.get("/_cluster/health");
            if ("red".equals(health.path("status").asText())) {
                throw new IndexException("OpenSearch cluster " + health.path("cluster_name").asText() + " at " + http.url()
                        + " is red (some data is unavailable); fix the cluster before using it");
            }
            checkOrCreate(http, settings, model, dimension, quantized);
            return new OpenSearchIndex(http, settings.index(), model, dimension);
        } catch (RuntimeException e) {
            http.close();
            throw e;
        }
    }

    /** An index that exists and is current, as the upgrade's target: no check, and a connection of its own. */
    static OpenSearchIndex attach(Settings settings, String name, String model, int dimension) {
        return new OpenSearchIndex(new OpenSearchHttp(settings.urls(), settings.username(), settings.password()), name, model, dimension);
    }

    private static void checkOrCreate(OpenSearchHttp http, Settings settings, String model, int dimension, boolean quantized) {
        String where = settings.index() + " at " + http.url();
        OpenSearchHttp.Reply mapping = http.send("GET", "/" + settings.index() + "/_mapping", null, Map.of());
        if (mapping.status() == 404) {
            OpenSearchHttp.Reply created = http.send("PUT", "/" + settings.index(),
                    OpenSearchMapping.create(model, dimension, quantized, settings.shards(), settings.replicas()), Map.of());
            if (created.status() < 300) {
                http.call("GET", "/_cluster/health/" + settings.index(), null, Map.of("wait_for_status", "yellow", "timeout", "30s"));
                return;
            }
            if (!created.json().path("error").path("type").asText().equals("resource_already_exists_exception")) {
                throw new IndexException("cannot create index " + where + ": " + OpenSearchHttp.reason(created.json()));
            }
            // Another process created it between our look and ours: check what it made, as for any index found.
            http.call("GET", "/_cluster/health/" + settings.index(), null, Map.of("wait_for_status", "yellow", "timeout", "30s"));
            mapping = http.send("GET", "/" + settings.index() + "/_mapping", null, Map.of());
        }
        if (mapping.status() >= 400) throw new IndexException("cannot read index " + where + ": " + OpenSearchHttp.reason(mapping.json()));
        // Keyed by the concrete index: the name itself, or the index its alias points to after an upgrade.
        JsonNode meta = mapping.json().elements().next().path("mappings").path("_meta");
        IndexMeta.check(where, key -> meta.has(key) ? meta.path(key).asText() : null, model, dimension, "--opensearch-index",
                "paperchat ingest --opensearch-index NEW_NAME ...");
    }

    @Override
    public String location() {
        return http.url() + "/" + name;
    }

    @Override
    public String backend() {
        return "opensearch";
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    @Override
    public Analyzer analyzer() {
        return analyzer;
    }

    String name() {
        return name;
    }

    OpenSearchHttp http() {
        return http;
    }

    @Override
    public IndexStats stats() {
        OpenSearchSnapshot snapshot = new OpenSearchSnapshot(this);
        return new IndexStats(snapshot.paperCount(), snapshot.chunkCount(), model, dimension, snapshot.generation());
    }

    @Override
    public Optional<Paper> paper(String id) {
        return Optional.ofNullable(new OpenSearchSnapshot(this).papers(List.of(id)).get(id));
    }

    @Override
    public Optional<Paper> paperByAnyId(String id) {
        // paperchat's ids are lower case: "QUIET-STAR-..." copied from a title-cased page names the paper too.
        Optional<Paper> paper = paper(id).or(() -> Paper.aliasKey(id).equals(id) ? Optional.empty() : paper(Paper.aliasKey(id)));
        if (paper.isPresent()) return paper;
        List<String> keys = Paper.lookupKeys(id);
        ObjectNode query = OpenSearchHttp.JSON.createObjectNode();
        query.put("size", 2);
        query.putObject("query").putObject("terms").set(Fields.ALIAS, OpenSearchHttp.JSON.valueToTree(keys));
        JsonNode hits = http.read("/" + name + "/_search", query, Map.of()).path("hits").path("hits");
        List<Paper> aliased = new ArrayList<>();
        for (JsonNode hit : hits) aliased.add(PaperCodec.fromJson(hit.path("_source").path(Fields.JSON).asText()));
        return PaperIndex.onlyOne(id, aliased);
    }

    @Override
    public <T> T read(Function<Snapshot, T> read) {
        return read.apply(new OpenSearchSnapshot(this));
    }

    @Override
    public void onNewSnapshot(Consumer<Snapshot> listener) {
        listeners.add(listener);
    }

    /** After a refresh: the listeners see the new generation first, and parts built for older ones are let go. */
    void refreshed() {
        OpenSearchSnapshot snapshot = new OpenSearchSnapshot(this);
        long generation = snapshot.generation();
        for (Consumer<Snapshot> listener : listeners) listener.accept(snapshot);
        for (Long old : new HashSet<>(releases.keySet())) {
            if (old != generation) releases.remove(old).forEach(Runnable::run);
        }
    }

    void onRelease(long generation, Runnable release) {
        releases.computeIfAbsent(generation, g -> new CopyOnWriteArrayList<>()).add(release);
    }

    @Override
    public PaperWriter openWriter() {
        return new OpenSearchWriter(this);
    }

    @Override
    public long sizeOnDisk() {
        return http.get("/" + name + "/_stats/store").path("_all").path("total").path("store").path("size_in_bytes").asLong(-1);
    }

    /** The truth is an exact scan by the k-NN plugin's scoring script over every chunk. */
    @Override
    public double vectorRecall(List<float[]> queries, int k, int fanOut) {
        double found = 0;
        for (float[] query : queries) {
            Set<String> approximate = new HashSet<>(chunkIds(OpenSearchMapping.knn(query, Math.max(k, fanOut), null), k));
            List<String> exact = chunkIds(OpenSearchMapping.exactScan(query), k);
            found += exact.stream().filter(approximate::contains).count() / (double) Math.max(1, exact.size());
        }
        return queries.isEmpty() ? 0 : found / queries.size();
    }

    private List<String> chunkIds(JsonNode query, int k) {
        ObjectNode body = OpenSearchHttp.JSON.createObjectNode();
        body.put("size", k);
        body.put("_source", false);
        body.set("query", query);
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : http.read("/" + name + "/_search", body, Map.of()).path("hits").path("hits")) ids.add(hit.path("_id").asText());
        return ids;
    }

    /** Removes the index from the cluster, if it is there. */
    public static void drop(Settings settings) {
        try (OpenSearchHttp http = new OpenSearchHttp(settings.urls(), settings.username(), settings.password())) {
            OpenSearchHttp.Reply mapping = http.send("GET", "/" + settings.index() + "/_mapping", null, Map.of());
            // An upgraded index is an alias, which DELETE refuses: the index behind it goes, and the alias with it.
            List<String> indexes = new ArrayList<>();
            if (mapping.status() < 300) mapping.json().fieldNames().forEachRemaining(indexes::add);
            else indexes.add(settings.index());
            // and a crashed upgrade's half-built index, which nothing else would remove
            indexes.add(OpenSearchUpgrade.target(settings.index()));
            for (String concrete : indexes) {
                OpenSearchHttp.Reply reply = http.send("DELETE", "/" + concrete, null, Map.of());
                if (reply.status() >= 400 && reply.status() != 404) {
                    throw new IndexException("cannot delete index " + concrete + " at " + http.url() + ": " + OpenSearchHttp.reason(reply.json()));
                }
            }
        }
    }

    @Override
    public void close() {
        http.close();
        analyzer.close();
    }
}
