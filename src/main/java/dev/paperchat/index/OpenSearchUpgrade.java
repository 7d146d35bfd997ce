package dev.paperchat.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.embed.Embedder;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * Rebuilds an OpenSearch index that an older paperchat wrote with the same embedding model, as
 * {@link IndexUpgrade} does for the embedded one: its stored papers are ingested anew into
 * {@code NAME-schemaN} beside it, keeping every stored vector, and one atomic alias action then
 * deletes the old index and gives its name to the new one. Searches never see a half-built
 * index, and a crash before the swap leaves the old one whole.
 *
 * <p>OpenSearch has no file to lock: the new index is the lock. Its {@code _meta} carries a
 * heartbeat that the upgrading process renews every batch; another process that finds it waits
 * for the swap, and one that finds its heartbeat stale (a crashed upgrade) deletes it and starts again.
 */
public final class OpenSearchUpgrade {
    static final String HEARTBEAT = "paperchat.upgrade.heartbeat";
    static final long STALE_MS = 2 * 60_000;
    private static final int BATCH = 256;
    private static final long POLL_MS = 1_000;

    private OpenSearchUpgrade() {}

    /** What the index under a name holds: the concrete index (the name itself, or what its alias points to) and its mapping. */
    private record Current(String concrete, JsonNode mappings, JsonNode settings) {
        String meta(String key) {
            JsonNode value = mappings.path("_meta").path(key);
            return value.isMissingNode() ? null : value.asText();
        }

        boolean quantized() {
            return mappings.path("properties").path(Fields.VECTOR).path("method").path("parameters").path("encoder").path("name")
                    .asText().equals("sq");
        }
    }

    /**
     * Upgrades the index named in {@code settings} if an older paperchat wrote it with this model.
     *
     * @return what the upgrade did, or empty when there was nothing to do (or another process did it)
     */
    public static Optional<IndexUpgrade.Result> ifOutdated(OpenSearchIndex.Settings settings, Embedder embedder, Chunker chunker,
                                                           Consumer<String> starting) {
        if (settings.urls().isEmpty()) return Optional.empty();
        try (OpenSearchHttp http = new OpenSearchHttp(settings.urls(), settings.username(), settings.password())) {
            String target = settings.index() + "-schema" + Fields.SCHEMA_VERSION;
            while (true) {
                Optional<Current> current = outdated(http, settings.index(), embedder.name());
                if (current.isEmpty()) return Optional.empty();
                if (claim(http, target, current.get(), embedder)) {
                    starting.accept(current.get().meta(Fields.META_SCHEMA));
                    return Optional.of(run(http, settings, target, current.get(), embedder, chunker));
                }
                OpenSearchHttp.pause(POLL_MS);
            }
        }
    }

    /** The index under {@code name} when an older paperchat wrote it with {@code model}. */
    private static Optional<Current> outdated(OpenSearchHttp http, String name, String model) {
        OpenSearchHttp.Reply reply = http.send("GET", "/" + name, null, Map.of());
        if (reply.status() == 404) return Optional.empty();
        if (reply.status() >= 400) throw new IndexException("cannot read index " + name + " at " + http.url() + ": " + OpenSearchHttp.reason(reply.json()));
        var entry = reply.json().properties().iterator().next();
        Current current = new Current(entry.getKey(), entry.getValue().path("mappings"), entry.getValue().path("settings").path("index"));
        boolean older = IndexUpgrade.older(current.meta(Fields.META_SCHEMA)) && model.equals(current.meta(Fields.META_MODEL));
        return older ? Optional.of(current) : Optional.empty();
    }

    /**
     * Creates the new index, which only one process can do. A leftover whose heartbeat went
     * stale is a crashed upgrade's and is deleted; a live one is another process's.
     */
    private static boolean claim(OpenSearchHttp http, String target, Current current, Embedder embedder) {
        ObjectNode body = OpenSearchMapping.create(embedder.name(), embedder.dimension(), current.quantized(),
                current.settings().path("number_of_shards").asInt(1), current.settings().path("number_of_replicas").asInt(1));
        ((ObjectNode) body.path("mappings").path("_meta")).put(HEARTBEAT, String.valueOf(System.currentTimeMillis()));
        OpenSearchHttp.Reply created = http.send("PUT", "/" + target, body, Map.of());
        if (created.status() < 300) {
            http.call("GET", "/_cluster/health/" + target, null, Map.of("wait_for_status", "yellow", "timeout", "30s"));
            return true;
        }
        if (!created.json().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            throw new IndexException("cannot create index " + target + " at " + http.url() + ": " + OpenSearchHttp.reason(created.json()));
        }
        OpenSearchHttp.Reply leftover = http.send("GET", "/" + target + "/_mapping", null, Map.of());
        long beat = leftover.json().path(target).path("mappings").path("_meta").path(HEARTBEAT).asLong(0);
        if (leftover.status() < 300 && System.currentTimeMillis() - beat > STALE_MS) http.send("DELETE", "/" + target, null, Map.of());
        return false;
    }

    private static IndexUpgrade.Result run(OpenSearchHttp http, OpenSearchIndex.Settings settings, String target, Current current,
                                           Embedder embedder, Chunker chunker) {
        long started = System.nanoTime();
        String old = current.concrete();
        try (OpenSearchIndex fresh = OpenSearchIndex.attach(settings, target, embedder.name(), embedder.dimension())) {
            JsonNode after = null;
            while (true) {
                ObjectNode page = OpenSearchMapping.object();
                page.put("size", BATCH);
                page.set("query", OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER));
                page.putArray("_source").add(Fields.JSON);
                page.putArray("sort").addObject().put(Fields.ID, "asc");
                if (after != null) page.set("search_after", after);
                JsonNode hits = http.read("/" + old + "/_search", page, Map.of()).path("hits").path("hits");
                Map<String, Paper> papers = new LinkedHashMap<>();
                for (JsonNode hit : hits) {
                    Paper paper = PaperCodec.fromJson(hit.path("_source").path(Fields.JSON).asText());
                    papers.put(paper.id(), paper);
                }
                new Ingester(fresh, embedder.reusing(vectors(http, old, papers)), chunker)
                        .ingest(new ParseResult(List.copyOf(papers.values()), List.of()), IngestListener.NONE);
                beat(http, target, embedder);
                if (hits.size() < BATCH) break;
                after = hits.get(hits.size() - 1).path("sort");
            }
            IndexStats stats = fresh.stats();
            swap(http, settings.index(), old, target, embedder);
            return new IndexUpgrade.Result(current.meta(Fields.META_SCHEMA), stats.papers(), stats.chunks(), (System.nanoTime() - started) / 1e9);
        }
    }

    /** The stored vector of each chunk of {@code papers}, keyed by the text it was embedded from. */
    private static Map<String, float[]> vectors(OpenSearchHttp http, String index, Map<String, Paper> papers) {
        if (papers.isEmpty()) return Map.of();
        Map<String, float[]> vectors = new HashMap<>();
        JsonNode after = null;
        while (true) {
            ObjectNode body = OpenSearchMapping.object();
            body.put("size", BATCH);
            body.set("query", OpenSearchMapping.terms(Fields.PAPER_ID, papers.keySet()));
            body.putArray("_source").add(Fields.PAPER_ID).add(Fields.START).add(Fields.END).add(Fields.VECTOR);
            var sort = body.putArray("sort");
            sort.addObject().put(Fields.PAPER_ID, "asc");
            sort.addObject().put(Fields.CHUNK_ORDINAL, "asc");
            if (after != null) body.set("search_after", after);
            JsonNode hits = http.read("/" + index + "/_search", body, Map.of()).path("hits").path("hits");
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                Paper paper = papers.get(source.path(Fields.PAPER_ID).asText());
                String text = paper == null ? null : PaperCodec.embeddedText(paper, source.path(Fields.START).asInt(), source.path(Fields.END).asInt());
                JsonNode values = source.path(Fields.VECTOR);
                if (text == null || values.isEmpty()) continue;
                float[] vector = new float[values.size()];
                for (int i = 0; i < vector.length; i++) vector[i] = (float) values.get(i).asDouble();
                vectors.put(text, vector);
            }
            if (hits.size() < BATCH) return vectors;
            after = hits.get(hits.size() - 1).path("sort");
        }
    }

    private static void beat(OpenSearchHttp http, String target, Embedder embedder) {
        http.call("PUT", "/" + target + "/_mapping", meta(embedder, System.currentTimeMillis()), Map.of());
    }

    /** In one cluster-state change the old index goes and its name becomes an alias of the new one; then the heartbeat goes too. */
    private static void swap(OpenSearchHttp http, String name, String old, String target, Embedder embedder) {
        ObjectNode actions = OpenSearchMapping.object();
        var list = actions.putArray("actions");
        list.addObject().putObject("remove_index").put("index", old);
        list.addObject().putObject("add").put("index", target).put("alias", name);
        http.call("POST", "/_aliases", actions, Map.of());
        http.call("PUT", "/" + target + "/_mapping", meta(embedder, null), Map.of());
    }

    /** A mapping update that sets the whole {@code _meta}: what every paperchat index records, and the heartbeat while upgrading. */
    private static ObjectNode meta(Embedder embedder, Long heartbeat) {
        ObjectNode body = OpenSearchMapping.object();
        ObjectNode meta = body.putObject("_meta");
        meta.put(Fields.META_MODEL, embedder.name());
        meta.put(Fields.META_DIMENSION, String.valueOf(embedder.dimension()));
        meta.put(Fields.META_SCHEMA, Fields.SCHEMA_VERSION);
        if (heartbeat != null) meta.put(HEARTBEAT, String.valueOf(heartbeat));
        return body;
    }
}
