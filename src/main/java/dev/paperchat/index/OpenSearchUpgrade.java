package dev.paperchat.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.embed.Embedder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Rebuilds an OpenSearch index that an older paperchat wrote with the same embedding model, as
 * {@link IndexUpgrade} does for the embedded one: its stored papers are ingested anew into
 * {@code NAME-schemaN} beside it, keeping every stored vector, and one atomic alias action then
 * deletes the old index and gives its name to the new one. Searches never see a half-built
 * index, and a crash before the swap leaves the old one whole.
 *
 * <p>OpenSearch has no file to lock: the new index is the lock. Its {@code _meta} carries a
 * heartbeat that the upgrading process renews every few seconds; another process that finds it
 * waits for the swap, and one that sees the heartbeat unchanged for {@link #STALE_MS} by its own
 * clock (a crashed upgrade) deletes it and starts again. An index that has aliases is never
 * taken for a leftover: it is the upgraded one.
 */
public final class OpenSearchUpgrade {
    static final String HEARTBEAT = "paperchat.upgrade.heartbeat";
    static final long STALE_MS = 2 * 60_000;
    private static final int BATCH = 256;
    private static final long POLL_MS = 1_000;
    private static final long BEAT_MS = 10_000;

    /** What a waiting process last saw of another's upgrade: its heartbeat, and when that value was first seen here. */
    private static final class Watch {
        String beat;
        long since;

        /**
         * Whether the heartbeat has stood still for {@link #STALE_MS} by this process's clock, so
         * that another machine's clock cannot make a live upgrade look dead; one written ten times
         * that long ago by any clock is a crashed upgrade's without waiting.
         */
        boolean stale(String current) {
            long written = current.matches("\\d{1,18}") ? Long.parseLong(current) : 0;
            if (System.currentTimeMillis() - written > 10 * STALE_MS) return true;
            long now = System.nanoTime();
            if (!current.equals(beat)) {
                beat = current;
                since = now;
            }
            return now - since > STALE_MS * 1_000_000;
        }
    }

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
                                                           Consumer<String> starting, Runnable waiting) {
        if (settings.urls().isEmpty()) return Optional.empty();
        try (OpenSearchHttp http = new OpenSearchHttp(settings.urls(), settings.username(), settings.password())) {
            String target = target(settings.index());
            Watch watch = new Watch();
            boolean waited = false;
            while (true) {
                Optional<Current> current = outdated(http, settings.index(), embedder.name());
                if (current.isEmpty()) return Optional.empty();
                Claim claim = claim(http, target, current.get(), embedder, watch);
                if (claim == Claim.OURS) {
                    starting.accept(current.get().meta(Fields.META_SCHEMA));
                    return Optional.of(run(http, settings, target, current.get(), embedder, chunker));
                }
                if (claim == Claim.OTHERS && !waited) waiting.run();
                waited |= claim == Claim.OTHERS;
                OpenSearchHttp.pause(POLL_MS);
            }
        }
    }

    /** The index an upgrade of {@code name} to this version's schema builds. */
    static String target(String name) {
        return name + "-schema" + Fields.SCHEMA_VERSION;
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

    /** Whose upgrade runs: this process's, another's, or nobody's yet (a finished or crashed one was just seen). */
    private enum Claim { OURS, OTHERS, CLEARED }

    /**
     * Creates the new index, which only one process can do. One that exists with aliases is an
     * upgrade that has finished; one whose heartbeat stood still too long is a crashed upgrade's
     * and is deleted; a live one is another process's; one without a heartbeat is not an upgrade
     * at all, and in the way.
     */
    private static Claim claim(OpenSearchHttp http, String target, Current current, Embedder embedder, Watch watch) {
        ObjectNode body = OpenSearchMapping.create(embedder.name(), embedder.dimension(), current.quantized(),
                current.settings().path("number_of_shards").asInt(1), current.settings().path("number_of_replicas").asInt(1));
        ((ObjectNode) body.path("mappings").path("_meta")).put(HEARTBEAT, String.valueOf(System.currentTimeMillis()));
        OpenSearchHttp.Reply created = http.send("PUT", "/" + target, body, Map.of());
        if (created.status() < 300) {
            http.call("GET", "/_cluster/health/" + target, null, Map.of("wait_for_status", "yellow", "timeout", "30s"));
            return Claim.OURS;
        }
        if (!created.json().path("error").path("type").asText().equals("resource_already_exists_exception")) {
            throw new IndexException("cannot create index " + target + " at " + http.url() + ": " + OpenSearchHttp.reason(created.json()));
        }
        OpenSearchHttp.Reply existing = http.send("GET", "/" + target, null, Map.of());
        JsonNode index = existing.json().path(target);
        JsonNode beat = index.path("mappings").path("_meta").path(HEARTBEAT);
        if (existing.status() >= 300 || !index.path("aliases").isEmpty()) return Claim.CLEARED;
        if (!beat.isTextual()) {
            throw new IndexException("index " + target + " at " + http.url() + " is in the way of upgrading " + current.concrete()
                    + ": it is not an upgrade in progress; delete it or move it, then start again");
        }
        if (!watch.stale(beat.asText())) return Claim.OTHERS;
        http.send("DELETE", "/" + target, null, Map.of());
        return Claim.CLEARED;
    }

    private static IndexUpgrade.Result run(OpenSearchHttp http, OpenSearchIndex.Settings settings, String target, Current current,
                                           Embedder embedder, Chunker chunker) {
        long started = System.nanoTime();
        String old = current.concrete();
        ScheduledExecutorService heart = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "upgrade-heartbeat");
            thread.setDaemon(true);
            return thread;
        });
        boolean swapped = false;
        try (OpenSearchIndex fresh = OpenSearchIndex.attach(settings, target, embedder.name(), embedder.dimension())) {
            heart.scheduleWithFixedDelay(() -> beat(http, target, embedder), BEAT_MS, BEAT_MS, TimeUnit.MILLISECONDS);
            ObjectNode body = OpenSearchMapping.object();
            body.set("query", OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER));
            body.putArray("_source").add(Fields.JSON);
            body.putArray("sort").addObject().put(Fields.ID, "asc");
            http.pages("/" + old + "/_search", body, BATCH, hits -> {
                Map<String, Paper> papers = new LinkedHashMap<>();
                for (JsonNode hit : hits) {
                    Paper paper = PaperCodec.fromJson(hit.path("_source").path(Fields.JSON).asText());
                    papers.put(paper.id(), paper);
                }
                new Ingester(fresh, embedder.reusing(vectors(http, old, papers)), chunker)
                        .ingest(new ParseResult(List.copyOf(papers.values()), List.of()), IngestListener.NONE);
            });
            IndexStats stats = fresh.stats();
            stop(heart);
            swap(http, settings.index(), old, target);
            swapped = true;
            http.call("PUT", "/" + target + "/_mapping", meta(embedder, null), Map.of());
            return new IndexUpgrade.Result(current.meta(Fields.META_SCHEMA), stats.papers(), stats.chunks(), (System.nanoTime() - started) / 1e9);
        } finally {
            stop(heart);
            if (!swapped) deleteUnlessAliased(http, target);
        }
    }

    /** Stops the heartbeat and waits for a beat in flight, which would otherwise land after the swap clears it. */
    private static void stop(ScheduledExecutorService heart) {
        heart.shutdownNow();
        try {
            heart.awaitTermination(30, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    /** A failed upgrade takes its half-built index with it, so the next start need not wait for its heartbeat to stop. */
    private static void deleteUnlessAliased(OpenSearchHttp http, String target) {
        try {
            OpenSearchHttp.Reply index = http.send("GET", "/" + target, null, Map.of());
            if (index.status() < 300 && index.json().path(target).path("aliases").isEmpty()) http.send("DELETE", "/" + target, null, Map.of());
        } catch (RuntimeException e) {
            // The cluster is gone: the leftover's heartbeat will stop, and the next start deletes it.
        }
    }

    /** The stored vector of each chunk of {@code papers}, keyed by the text it was embedded from. */
    private static Map<String, float[]> vectors(OpenSearchHttp http, String index, Map<String, Paper> papers) {
        if (papers.isEmpty()) return Map.of();
        Map<String, float[]> vectors = new HashMap<>();
        ObjectNode body = OpenSearchMapping.object();
        body.set("query", OpenSearchMapping.terms(Fields.PAPER_ID, papers.keySet()));
        body.putArray("_source").add(Fields.PAPER_ID).add(Fields.START).add(Fields.END).add(Fields.VECTOR);
        var sort = body.putArray("sort");
        sort.addObject().put(Fields.PAPER_ID, "asc");
        sort.addObject().put(Fields.CHUNK_ORDINAL, "asc");
        http.pages("/" + index + "/_search", body, BATCH, hits -> {
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                Paper paper = papers.get(source.path(Fields.PAPER_ID).asText());
                String text = paper == null ? null : PaperCodec.embeddedText(paper, source.path(Fields.START).asInt(), source.path(Fields.END).asInt());
                float[] vector = OpenSearchMapping.vector(source);
                if (text != null && vector != null) vectors.put(text, vector);
            }
        });
        return vectors;
    }

    /** Best effort: a missed beat is made up by the next, and a long gap only lets another process take over. */
    private static void beat(OpenSearchHttp http, String target, Embedder embedder) {
        try {
            http.send("PUT", "/" + target + "/_mapping", meta(embedder, System.currentTimeMillis()), Map.of());
        } catch (RuntimeException e) {
            // The cluster is unreachable for a moment: the upgrade's own requests will say so.
        }
    }

    /** In one cluster-state change the old index goes and its name becomes an alias of the new one. */
    private static void swap(OpenSearchHttp http, String name, String old, String target) {
        ObjectNode actions = OpenSearchMapping.object();
        var list = actions.putArray("actions");
        list.addObject().putObject("remove_index").put("index", old);
        list.addObject().putObject("add").put("index", target).put("alias", name);
        http.call("POST", "/_aliases", actions, Map.of());
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
