package dev.paperchat.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.corpus.Paper;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A view of an OpenSearch index for one request. OpenSearch has no snapshot a request can hold,
 * so its generation (the newest write stamp) and paper count are read once, with the first
 * round of the search where there is one.
 */
final class OpenSearchSnapshot implements Snapshot {
    /** OpenSearch's default bound on an aggregation's buckets; a collection of more organisations lists these. */
    private static final int MAX_VALUES = 10_000;
    private final OpenSearchIndex index;
    private final OpenSearchHttp http;
    private State state;

    private record State(long generation, long papers, long chunks) {}

    OpenSearchSnapshot(OpenSearchIndex index) {
        this.index = index;
        this.http = index.http();
    }

    @Override
    public long generation() {
        return state().generation;
    }

    @Override
    public long paperCount() {
        return state().papers;
    }

    long chunkCount() {
        return state().chunks;
    }

    private State state() {
        if (state == null) state = state(http.read(endpoint("_search"), stateQuery(), Map.of()));
        return state;
    }

    private static ObjectNode stateQuery() {
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 0);
        body.put("track_total_hits", true);
        ObjectNode aggs = body.putObject("aggs");
        aggs.putObject("stamp").putObject("max").put("field", OpenSearchMapping.STAMP);
        aggs.putObject("types").putObject("terms").put("field", Fields.TYPE);
        return body;
    }

    private static State state(JsonNode response) {
        JsonNode aggs = response.path("aggregations");
        long papers = 0, chunks = 0;
        for (JsonNode bucket : aggs.path("types").path("buckets")) {
            if (bucket.path("key").asText().equals(Fields.TYPE_PAPER)) papers = bucket.path("doc_count").asLong();
            if (bucket.path("key").asText().equals(Fields.TYPE_CHUNK)) chunks = bucket.path("doc_count").asLong();
        }
        return new State(aggs.path("stamp").path("value").asLong(0), papers, chunks);
    }

    @Override
    public Map<String, Integer> docFreqs(String field, Collection<String> terms) {
        if (terms.isEmpty()) return Map.of();
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 0);
        body.set("query", OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER));
        ObjectNode filters = body.putObject("aggs").putObject("df").putObject("filters").putObject("filters");
        for (String term : terms) filters.set(term, OpenSearchMapping.term(field, term));
        JsonNode buckets = http.read(endpoint("_search"), body, Map.of()).path("aggregations").path("df").path("buckets");
        Map<String, Integer> freqs = new HashMap<>();
        for (String term : terms) freqs.put(term, buckets.path(term).path("doc_count").asInt(0));
        return freqs;
    }

    @Override
    public List<String> paperIds(Filters filters) {
        List<String> ids = new ArrayList<>();
        ObjectNode body = OpenSearchMapping.object();
        body.set("query", OpenSearchMapping.papers(filters));
        body.put("_source", false);
        body.putArray("sort").addObject().put(Fields.ID, "asc");
        http.pages(endpoint("_search"), body, 5000, hits -> hits.forEach(hit -> ids.add(hit.path("sort").path(0).asText())));
        return ids;
    }

    @Override
    public Map<String, Integer> valueCounts(String field) {
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 0);
        body.set("query", OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER));
        body.putObject("aggs").putObject("values").putObject("terms").put("field", field).put("size", MAX_VALUES);
        Map<String, Integer> counts = new HashMap<>();
        for (JsonNode bucket : http.read(endpoint("_search"), body, Map.of()).path("aggregations").path("values").path("buckets")) {
            counts.put(bucket.path("key").asText(), bucket.path("doc_count").asInt());
        }
        return counts;
    }

    /** OpenSearch's term suggester, which ranks as Lucene's spell checker does: closest, then most frequent. */
    @Override
    public Map<String, String> spellings(String field, Collection<String> missing) {
        if (missing.isEmpty()) return Map.of();
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 0);
        ObjectNode suggest = body.putObject("suggest");
        List<String> terms = List.copyOf(missing);
        for (int i = 0; i < terms.size(); i++) {
            suggest.putObject("t" + i).put("text", terms.get(i)).putObject("term").put("field", field).put("analyzer", "keyword")
                    .put("suggest_mode", "missing").put("max_edits", 1).put("prefix_length", 1)
                    .put("min_word_length", 4).put("size", 1);
        }
        JsonNode suggestions = http.read(endpoint("_search"), body, Map.of()).path("suggest");
        Map<String, String> spellings = new HashMap<>();
        for (int i = 0; i < terms.size(); i++) {
            JsonNode option = suggestions.path("t" + i).path(0).path("options").path(0);
            if (option.has("text")) spellings.put(terms.get(i), option.get("text").asText());
        }
        return spellings;
    }

    /** Both legs and the index's state in one {@code _msearch}. */
    @Override
    public Legs legs(Map<String, Double> terms, float[] vector, Filters filters, int depth, int vectorDepth) {
        StringBuilder lines = new StringBuilder();
        ObjectNode header = OpenSearchMapping.object();
        header.put("index", index.name());
        // Global term statistics across shards, so BM25 scores as one index would.
        ObjectNode dfsHeader = header.deepCopy();
        dfsHeader.put("search_type", "dfs_query_then_fetch");
        if (!terms.isEmpty()) {
            lines.append(OpenSearchMapping.line(dfsHeader)).append(OpenSearchMapping.line(
                    search(OpenSearchMapping.lexical(terms, filters), depth, Fields.ID)));
        }
        if (vector != null) {
            lines.append(OpenSearchMapping.line(header)).append(OpenSearchMapping.line(
                    search(OpenSearchMapping.knn(vector, vectorDepth, filters), vectorDepth, Fields.PAPER_ID)));
        }
        boolean needState = state == null;
        if (needState) lines.append(OpenSearchMapping.line(header)).append(OpenSearchMapping.line(stateQuery()));
        if (lines.isEmpty()) return new Legs(List.of(), Map.of());
        JsonNode responses = msearch(lines.toString());
        int next = 0;
        List<String> lexical = terms.isEmpty() ? List.of() : ids(check(responses.get(next++)), Fields.ID);
        Map<String, Double> dense = new LinkedHashMap<>();
        if (vector != null) {
            for (JsonNode hit : check(responses.get(next++)).path("hits").path("hits")) {
                dense.merge(hit.path("_source").path(Fields.PAPER_ID).asText(), cosine(hit.path("_score").asDouble()), Math::max);
            }
        }
        if (needState) state = state(check(responses.get(next)));
        return new Legs(lexical, dense);
    }

    @Override
    public List<String> lexicalAmong(Map<String, Double> terms, Collection<String> candidates, int depth) {
        if (terms.isEmpty() || candidates.isEmpty()) return List.of();
        ObjectNode query = OpenSearchMapping.lexicalAmong(terms, candidates);
        ObjectNode header = OpenSearchMapping.object();
        header.put("index", index.name());
        header.put("search_type", "dfs_query_then_fetch");
        JsonNode responses = msearch(OpenSearchMapping.line(header) + OpenSearchMapping.line(search(query, depth, Fields.ID)));
        return ids(check(responses.get(0)), Fields.ID);
    }

    private JsonNode msearch(String lines) {
        return http.read("/_msearch", lines, Map.of()).path("responses");
    }

    private JsonNode check(JsonNode response) {
        if (response.has("error")) {
            throw new IndexException("OpenSearch index " + index.location() + " failed a search: " + OpenSearchHttp.reason(response));
        }
        return response;
    }

    private static ObjectNode search(ObjectNode query, int size, String field) {
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", size);
        body.set("query", query);
        body.putArray("_source").add(field);
        return body;
    }

    private static List<String> ids(JsonNode response, String field) {
        List<String> ids = new ArrayList<>();
        for (JsonNode hit : response.path("hits").path("hits")) ids.add(hit.path("_source").path(field).asText());
        return ids;
    }

    /** The Lucene engine's cosinesimil score is (1 + cos) / 2, as in the embedded index. */
    private static double cosine(double score) {
        return 2.0 * score - 1.0;
    }

    @Override
    public Map<String, Paper> papers(Collection<String> ids) {
        if (ids.isEmpty()) return Map.of();
        ObjectNode body = OpenSearchMapping.object();
        var docIds = body.putArray("ids");
        ids.forEach(id -> docIds.add(OpenSearchMapping.paperDocId(id)));
        Map<String, Paper> papers = new HashMap<>();
        for (JsonNode doc : http.read(endpoint("_mget"), body, Map.of("_source_includes", Fields.JSON)).path("docs")) {
            if (!doc.path("found").asBoolean()) continue;
            Paper paper = PaperCodec.fromJson(doc.path("_source").path(Fields.JSON).asText());
            papers.put(paper.id(), paper);
        }
        return papers;
    }

    /** Exact: a filter this small makes the Lucene engine score every chunk it lets through. */
    @Override
    public Map<String, List<ChunkScore>> chunkScores(float[] vector, Collection<String> paperIds) {
        if (paperIds.isEmpty()) return Map.of();
        int n = 64 * paperIds.size();
        ObjectNode knn = OpenSearchMapping.knn(vector, n, null);
        ((ObjectNode) knn.path("knn").path(Fields.VECTOR)).set("filter", OpenSearchMapping.terms(Fields.PAPER_ID, paperIds));
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", n);
        body.set("query", knn);
        body.putArray("_source").add(Fields.PAPER_ID).add(Fields.START).add(Fields.END);
        Map<String, List<ChunkScore>> chunks = new HashMap<>();
        for (JsonNode hit : http.read(endpoint("_search"), body, Map.of()).path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            chunks.computeIfAbsent(source.path(Fields.PAPER_ID).asText(), k -> new ArrayList<>()).add(new ChunkScore(
                    source.path(Fields.START).asInt(), source.path(Fields.END).asInt(), cosine(hit.path("_score").asDouble())));
        }
        return chunks;
    }

    @Override
    public Map<String, float[]> paperVectors(Collection<String> paperIds) {
        if (paperIds.isEmpty()) return Map.of();
        ObjectNode body = OpenSearchMapping.object();
        body.put("size", 64 * paperIds.size());
        body.set("query", OpenSearchMapping.terms(Fields.PAPER_ID, paperIds));
        body.putArray("_source").add(Fields.PAPER_ID).add(Fields.VECTOR);
        Map<String, float[]> sums = new HashMap<>();
        for (JsonNode hit : http.read(endpoint("_search"), body, Map.of()).path("hits").path("hits")) {
            JsonNode source = hit.path("_source");
            float[] vector = OpenSearchMapping.vector(source);
            if (vector == null) continue;
            Vectors.add(sums.computeIfAbsent(source.path(Fields.PAPER_ID).asText(), k -> new float[vector.length]), vector);
        }
        sums.values().forEach(Vectors::normalize);
        return sums;
    }

    /**
     * The whole index as one part, keyed by its generation: any write makes a new part, read
     * whole again. Fine for collections of up to some hundred thousand papers.
     */
    @Override
    public List<TitleSegment> titleSegments() {
        long generation = generation();
        return List.of(new TitleSegment(index.location() + "@" + generation, this::namedPapers, doc -> true,
                release -> index.onRelease(generation, release)));
    }

    private List<NamedPaper> namedPapers() {
        List<NamedPaper> papers = new ArrayList<>();
        ObjectNode body = OpenSearchMapping.object();
        body.set("query", OpenSearchMapping.term(Fields.TYPE, Fields.TYPE_PAPER));
        body.putArray("_source").add(Fields.ID).add(Fields.TITLE).add(Fields.NAMES);
        body.putArray("sort").addObject().put(Fields.ID, "asc");
        http.pages(endpoint("_search"), body, 5000, hits -> {
            for (JsonNode hit : hits) {
                JsonNode source = hit.path("_source");
                List<String> names = new ArrayList<>();
                source.path(Fields.NAMES).forEach(n -> names.add(n.asText()));
                papers.add(new NamedPaper(papers.size(), source.path(Fields.ID).asText(), source.path(Fields.TITLE).asText(), names));
            }
        });
        return papers;
    }

    private String endpoint(String api) {
        return "/" + index.name() + "/" + api;
    }
}
