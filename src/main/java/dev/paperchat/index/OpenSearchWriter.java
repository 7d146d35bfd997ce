package dev.paperchat.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.PaperMerger;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Writes one ingest as bulk requests, one per batch of papers. A paper's chunks go before its
 * record, and the record carries the hashes a later ingest compares: a paper whose record is
 * missing or stale is written again, so a failed ingest leaves nothing that counts as done.
 */
final class OpenSearchWriter implements PaperWriter {
    private static final int ATTEMPTS = 5;
    private static final int PAGE = 1_000;
    /** The most source files of one directory a new ingest of it looks at for files gone (an aggregation has one page). */
    private static final int MAX_SOURCES = 10_000;

    private final OpenSearchIndex index;
    private final OpenSearchHttp http;

    OpenSearchWriter(OpenSearchIndex index) {
        this.index = index;
        this.http = index.http();
    }

    /** One {@code _msearch}: for each paper, the records that share its id, another id or its title. */
    @Override
    public List<Optional<StoredPaper>> sameWork(List<Paper> papers) {
        if (papers.isEmpty()) return List.of();
        StringBuilder lines = new StringBuilder();
        ObjectNode header = OpenSearchMapping.object().put("index", index.name());
        for (Paper paper : papers) {
            ArrayNode should = OpenSearchMapping.array();
            should.add(OpenSearchMapping.term(Fields.ID, paper.id()));
            for (String key : paper.workKeys()) {
                should.add(key.startsWith(Paper.TITLE_KEY)
                        ? OpenSearchMapping.term(Fields.WORK_KEY, key.substring(Paper.TITLE_KEY.length()))
                        : OpenSearchMapping.term(Fields.ALIAS, Paper.aliasKey(key)));
            }
            ObjectNode bool = OpenSearchMapping.object();
            bool.set("should", should);
            bool.put("minimum_should_match", 1);
            bool.putArray("filter").add(OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER));
            ObjectNode body = OpenSearchMapping.object();
            body.put("size", 10);
            body.putObject("query").set("bool", bool);
            lines.append(OpenSearchMapping.line(header)).append(OpenSearchMapping.line(body));
        }
        JsonNode responses = http.read("/_msearch", lines.toString(), Map.of()).path("responses");
        List<Optional<StoredPaper>> stored = new ArrayList<>();
        for (int i = 0; i < papers.size(); i++) stored.add(best(papers.get(i), responses.get(i)));
        return stored;
    }

    /** The candidate that matches by the strongest key, in the embedded index's order: id, then each work key. */
    private Optional<StoredPaper> best(Paper paper, JsonNode response) {
        if (response.has("error")) throw new IndexException("OpenSearch index " + index.location() + ": " + OpenSearchHttp.reason(response));
        List<JsonNode> sources = new ArrayList<>();
        response.path("hits").path("hits").forEach(hit -> sources.add(hit.path("_source")));
        List<Predicate<JsonNode>> keys = new ArrayList<>();
        keys.add(s -> s.path(Fields.ID).asText().equals(paper.id()));
        for (String key : paper.workKeys()) {
            keys.add(key.startsWith(Paper.TITLE_KEY)
                    ? s -> s.path(Fields.WORK_KEY).asText().equals(key.substring(Paper.TITLE_KEY.length()))
                    : s -> contains(s.path(Fields.ALIAS), Paper.aliasKey(key))
                            && PaperMerger.sameWork(key, PaperCodec.fromJson(s.path(Fields.JSON).asText()), paper));
        }
        for (var key : keys) {
            for (JsonNode s : sources) {
                if (key.test(s)) {
                    return Optional.of(new StoredPaper(PaperCodec.fromJson(s.path(Fields.JSON).asText()),
                            s.path(Fields.TEXT_HASH).asText(), s.path(Fields.RECORD_HASH).asText()));
                }
            }
        }
        return Optional.empty();
    }

    private static boolean contains(JsonNode array, String value) {
        for (JsonNode v : array) if (v.asText().equals(value)) return true;
        return false;
    }

    @Override
    public void write(List<PaperRecord> records) {
        if (records.isEmpty()) return;
        long stamp = System.currentTimeMillis();
        List<String> actions = new ArrayList<>();
        List<String> paperOfAction = new ArrayList<>();
        surplusChunks(records).forEach((docId, paperId) -> {
            actions.add(OpenSearchMapping.line(OpenSearchMapping.object().set("delete", OpenSearchMapping.object().put("_id", docId))));
            paperOfAction.add(paperId);
        });
        for (PaperRecord r : records) {
            String id = r.paper().id();
            for (int i = 0; i < r.chunks().size(); i++) {
                actions.add(index(OpenSearchMapping.chunkDocId(id, i),
                        OpenSearchMapping.chunkSource(r.paper(), r.chunks().get(i), r.vectors().get(i), stamp)));
                paperOfAction.add(id);
            }
            actions.add(index(OpenSearchMapping.paperDocId(id), OpenSearchMapping.paperSource(r.paper(), r.textHash(), r.recordHash(), stamp)));
            paperOfAction.add(id);
        }
        bulk(actions, paperOfAction);
    }

    /** A paper whose text changed may now have fewer chunks than before: those beyond its new count, by document id. */
    private Map<String, String> surplusChunks(List<PaperRecord> records) {
        ArrayNode should = OpenSearchMapping.array();
        for (PaperRecord r : records) {
            if (r.metadataOnly()) continue;
            ObjectNode bool = OpenSearchMapping.object();
            ArrayNode filter = bool.putObject("bool").putArray("filter");
            filter.add(OpenSearchMapping.term(Fields.PAPER_ID, r.paper().id()));
            ObjectNode range = OpenSearchMapping.object();
            range.putObject("range").putObject(Fields.CHUNK_ORDINAL).put("gte", r.chunks().size());
            filter.add(range);
            should.add(bool);
        }
        if (should.isEmpty()) return Map.of();
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 10_000);
        body.putArray("_source").add(Fields.PAPER_ID);
        ObjectNode bool = body.putObject("query").putObject("bool");
        bool.set("should", should);
        bool.put("minimum_should_match", 1);
        Map<String, String> surplus = new LinkedHashMap<>();
        for (JsonNode hit : http.read("/" + index.name() + "/_search", body, Map.of()).path("hits").path("hits")) {
            surplus.put(hit.path("_id").asText(), hit.path("_source").path(Fields.PAPER_ID).asText());
        }
        return surplus;
    }

    private static String index(String docId, ObjectNode source) {
        ObjectNode action = OpenSearchMapping.object();
        action.putObject("index").put("_id", docId);
        return OpenSearchMapping.line(action) + OpenSearchMapping.line(source);
    }

    /** Sends the actions, again and again with backoff for those the cluster refused for load. */
    private void bulk(List<String> actions, List<String> paperOfAction) {
        long backoff = 200;
        for (int attempt = 1; ; attempt++) {
            JsonNode items = http.call("POST", "/" + index.name() + "/_bulk", String.join("", actions), Map.of()).path("items");
            List<String> retry = new ArrayList<>(), retryPapers = new ArrayList<>();
            for (int i = 0; i < items.size(); i++) {
                JsonNode result = items.get(i).elements().next();
                int status = result.path("status").asInt();
                if (status < 300 || (status == 404 && items.get(i).has("delete"))) continue;
                if ((status == 429 || status == 503) && attempt < ATTEMPTS) {
                    retry.add(actions.get(i));
                    retryPapers.add(paperOfAction.get(i));
                    continue;
                }
                throw new IndexException("OpenSearch index " + index.location() + " did not store paper " + paperOfAction.get(i)
                        + " (HTTP " + status + "): " + OpenSearchHttp.reason(result));
            }
            if (retry.isEmpty()) return;
            OpenSearchHttp.pause(backoff);
            backoff *= 2;
            actions = retry;
            paperOfAction = retryPapers;
        }
    }

    /** Pages through the papers of the source by id, as a file may have stored more than one search returns. */
    @Override
    public Set<String> idsFromSource(String file) {
        Set<String> ids = new LinkedHashSet<>();
        String after = null;
        while (true) {
            ObjectNode body = OpenSearchMapping.object();
            body.put("size", PAGE);
            body.putArray("_source").add(Fields.ID);
            body.putArray("sort").add(OpenSearchMapping.object().put(Fields.ID, "asc"));
            if (after != null) body.putArray("search_after").add(after);
            ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
            filter.add(OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER));
            filter.add(OpenSearchMapping.term(Fields.SOURCE, file));
            JsonNode hits = http.read("/" + index.name() + "/_search", body, Map.of()).path("hits").path("hits");
            hits.forEach(hit -> ids.add(hit.path("_source").path(Fields.ID).asText()));
            if (hits.size() < PAGE) return ids;
            after = hits.get(hits.size() - 1).path("_source").path(Fields.ID).asText();
        }
    }

    /** The source values that begin with the directory, by a terms aggregation over the papers that name one. */
    @Override
    public Set<String> sourcesUnder(String directory) {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 0);
        ArrayNode filter = body.putObject("query").putObject("bool").putArray("filter");
        filter.add(OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER));
        filter.add(OpenSearchMapping.object().set("prefix", OpenSearchMapping.object().put(Fields.SOURCE, prefix)));
        body.putObject("aggs").putObject("files").putObject("terms").put("field", Fields.SOURCE).put("size", MAX_SOURCES);
        Set<String> files = new LinkedHashSet<>();
        http.read("/" + index.name() + "/_search", body, Map.of()).path("aggregations").path("files").path("buckets")
                .forEach(bucket -> files.add(bucket.path("key").asText()));
        // A paper of a source under the directory may name other sources too: only those under it are asked of.
        files.removeIf(file -> !file.startsWith(prefix));
        return files;
    }

    @Override
    public Optional<StoredPaper> stored(String id) {
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 1);
        body.putObject("query").set("bool", OpenSearchMapping.object().set("filter", OpenSearchMapping.array()
                .add(OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER)).add(OpenSearchMapping.term(Fields.ID, id))));
        JsonNode hits = http.read("/" + index.name() + "/_search", body, Map.of()).path("hits").path("hits");
        if (hits.isEmpty()) return Optional.empty();
        JsonNode s = hits.get(0).path("_source");
        return Optional.of(new StoredPaper(PaperCodec.fromJson(s.path(Fields.JSON).asText()), s.path(Fields.TEXT_HASH).asText(),
                s.path(Fields.RECORD_HASH).asText()));
    }

    /** The paper's record and its chunks, found by search (a cluster need not have delete-by-query), in one bulk request. */
    @Override
    public void delete(String id) {
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 10_000);
        body.put("_source", false);
        body.putObject("query").set("term", OpenSearchMapping.object().put(Fields.PAPER_ID, id));
        List<String> docIds = new ArrayList<>(List.of(OpenSearchMapping.paperDocId(id)));
        http.read("/" + index.name() + "/_search", body, Map.of()).path("hits").path("hits").forEach(hit -> docIds.add(hit.path("_id").asText()));
        List<String> actions = docIds.stream()
                .map(docId -> OpenSearchMapping.line(OpenSearchMapping.object().set("delete", OpenSearchMapping.object().put("_id", docId)))).toList();
        bulk(actions, Collections.nCopies(actions.size(), id));
    }

    @Override
    public void commit() {
        http.post("/" + index.name() + "/_refresh", null);
        index.refreshed();
    }

    /** Nothing to release: each bulk request stands alone, and the cluster's own refresh shows what a failed ingest wrote. */
    @Override
    public void close() {}
}
