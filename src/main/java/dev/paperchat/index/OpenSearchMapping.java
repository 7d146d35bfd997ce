package dev.paperchat.index;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.paperchat.corpus.Chunk;
import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Titles;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/** The OpenSearch index's settings, mapping, documents and queries, as JSON: the embedded index's fields, one for one. */
final class OpenSearchMapping {
    /** Each write stamps its documents, so the largest stamp says whether anything changed. */
    static final String STAMP = "stamp";
    static final String ANALYZER = "paper_text";

    private OpenSearchMapping() {}

    static ObjectNode create(String model, int dimension, boolean quantized, int shards, int replicas) {
        ObjectNode body = object();
        ObjectNode index = body.putObject("settings").putObject("index");
        index.put("knn", true);
        index.put("number_of_shards", shards);
        index.put("number_of_replicas", replicas);
        putAnalysis(index);
        ObjectNode bm25 = index.putObject("similarity").putObject("default");
        bm25.put("type", "BM25");
        bm25.put("k1", LuceneIndex.SIMILARITY.getK1());
        bm25.put("b", LuceneIndex.SIMILARITY.getB());
        ObjectNode mappings = body.putObject("mappings");
        mappings.put("dynamic", "strict");
        ObjectNode meta = mappings.putObject("_meta");
        meta.put(Fields.META_MODEL, model);
        meta.put(Fields.META_DIMENSION, String.valueOf(dimension));
        meta.put(Fields.META_SCHEMA, Fields.SCHEMA_VERSION);
        ObjectNode p = mappings.putObject("properties");
        for (String keyword : new String[] {Fields.TYPE, Fields.ID, Fields.ALIAS, Fields.WORK_KEY, Fields.ORG, Fields.TEXT_HASH,
                Fields.RECORD_HASH, Fields.PAPER_ID, Fields.NAME_KEYS, Fields.SOURCE}) {
            p.putObject(keyword).put("type", "keyword");
        }
        for (String text : new String[] {Fields.TITLE, Fields.ABSTRACT, Fields.CONTENTS}) {
            p.putObject(text).put("type", "text").put("analyzer", ANALYZER);
        }
        p.putObject(Fields.DAY).put("type", "integer");
        p.putObject(Fields.CHUNK_ORDINAL).put("type", "integer");
        p.putObject(STAMP).put("type", "long");
        for (String stored : new String[] {Fields.START, Fields.END}) {
            p.putObject(stored).put("type", "integer").put("index", false);
        }
        p.putObject(Fields.NAMES).put("type", "keyword").put("index", false).put("doc_values", false);
        p.putObject(Fields.JSON).put("type", "keyword").put("index", false).put("doc_values", false);
        ObjectNode vector = p.putObject(Fields.VECTOR);
        vector.put("type", "knn_vector");
        vector.put("dimension", dimension);
        ObjectNode method = vector.putObject("method");
        method.put("name", "hnsw");
        method.put("space_type", "cosinesimil");
        // Always the Lucene engine: the same HNSW as the embedded index, and the only one the
        // k-NN plugin can run without its native libraries.
        method.put("engine", "lucene");
        ObjectNode parameters = method.putObject("parameters");
        parameters.put("m", 16);
        parameters.put("ef_construction", 100);
        if (quantized) parameters.putObject("encoder").put("name", "sq");
        return body;
    }

    /** {@link PaperAnalyzer}'s chain in OpenSearch's built-in filters, so both backends index the same terms. */
    private static void putAnalysis(ObjectNode index) {
        ObjectNode analysis = index.putObject("analysis");
        ObjectNode filters = analysis.putObject("filter");
        filters.putObject("possessive").put("type", "stemmer").put("language", "possessive_english");
        ArrayNode rules = filters.putObject("adjective_verbs").put("type", "synonym").putArray("synonyms");
        new TreeMap<>(AdjectiveVerbFilter.FORMS).forEach((form, adjective) -> rules.add(form + " => " + form + ", " + adjective));
        ObjectNode analyzer = analysis.putObject("analyzer").putObject(ANALYZER);
        analyzer.put("type", "custom");
        analyzer.put("tokenizer", "standard");
        analyzer.putArray("filter").add("possessive").add("lowercase").add("asciifolding").add("stop").add("adjective_verbs").add("kstem");
    }

    static ObjectNode paperSource(Paper paper, String textHash, String recordHash, long stamp) {
        ObjectNode doc = object();
        doc.put(Fields.TYPE, Fields.TYPE_PAPER);
        doc.put(Fields.ID, paper.id());
        ArrayNode aliases = doc.putArray(Fields.ALIAS);
        for (String alias : PaperCodec.aliasKeys(paper)) aliases.add(alias);
        doc.put(Fields.TITLE, paper.title());
        doc.put(Fields.ABSTRACT, paper.abstractText());
        doc.put(Fields.CONTENTS, paper.title() + "\n" + paper.abstractText());
        doc.put(Fields.WORK_KEY, Titles.workKey(paper.title()));
        PaperCodec.sourceFiles(paper).forEach(doc.putArray(Fields.SOURCE)::add);
        ArrayNode names = doc.putArray(Fields.NAMES);
        MethodNames.introduced(paper).forEach(names::add);
        ArrayNode keys = doc.putArray(Fields.NAME_KEYS);
        MethodNames.keys(MethodNames.defined(paper)).forEach(keys::add);
        putFilterFields(doc, paper);
        doc.put(Fields.JSON, PaperCodec.toJson(paper));
        doc.put(Fields.TEXT_HASH, textHash);
        doc.put(Fields.RECORD_HASH, recordHash);
        doc.put(STAMP, stamp);
        return doc;
    }

    static ObjectNode chunkSource(Paper paper, Chunk chunk, float[] vector, long stamp) {
        ObjectNode doc = object();
        doc.put(Fields.TYPE, Fields.TYPE_CHUNK);
        doc.put(Fields.PAPER_ID, paper.id());
        doc.put(Fields.CHUNK_ORDINAL, chunk.ordinal());
        doc.put(Fields.START, chunk.span().start());
        doc.put(Fields.END, chunk.span().end());
        putFilterFields(doc, paper);
        ArrayNode values = doc.putArray(Fields.VECTOR);
        for (float v : vector) values.add(v);
        doc.put(STAMP, stamp);
        return doc;
    }

    private static void putFilterFields(ObjectNode doc, Paper paper) {
        if (paper.organization() != null) doc.put(Fields.ORG, paper.organization().toLowerCase(Locale.ROOT));
        List<Integer> days = PaperCodec.epochDays(paper.date());
        if (!days.isEmpty()) days.forEach(doc.putArray(Fields.DAY)::add);
    }

    /** A chunk's stored {@code knn_vector}, or null when its source has none. */
    static float[] vector(JsonNode source) {
        JsonNode values = source.path(Fields.VECTOR);
        if (values.isEmpty()) return null;
        float[] vector = new float[values.size()];
        for (int i = 0; i < vector.length; i++) vector[i] = (float) values.get(i).asDouble();
        return vector;
    }

    static String paperDocId(String paperId) {
        return "p:" + paperId;
    }

    static String chunkDocId(String paperId, int ordinal) {
        return "c:" + paperId + ":" + ordinal;
    }

    /** Weighted term queries on title and abstract, as the embedded index runs them. */
    static ObjectNode lexical(Map<String, Double> weightedTerms, Filters filters) {
        return lexical(weightedTerms, filters, null);
    }

    /** {@link #lexical} over the given papers only. */
    static ObjectNode lexicalAmong(Map<String, Double> weightedTerms, Collection<String> candidates) {
        return lexical(weightedTerms, Filters.NONE, candidates);
    }

    private static ObjectNode lexical(Map<String, Double> weightedTerms, Filters filters, Collection<String> among) {
        ObjectNode bool = object();
        ArrayNode should = bool.putArray("should");
        weightedTerms.forEach((term, weight) -> {
            ObjectNode t = object();
            t.putObject("term").putObject(Fields.CONTENTS).put("value", term).put("boost", weight);
            should.add(t);
        });
        bool.put("minimum_should_match", 1);
        ArrayNode filter = bool.putArray("filter");
        filter.add(term(Fields.TYPE, Fields.TYPE_PAPER));
        addFilters(filter, filters);
        if (among != null) filter.add(terms(Fields.ID, among));
        ObjectNode query = object();
        query.set("bool", bool);
        return query;
    }

    static ObjectNode knn(float[] vector, int k, Filters filters) {
        ObjectNode knn = object();
        ArrayNode values = knn.putArray("vector");
        for (float v : vector) values.add(v);
        knn.put("k", k);
        if (filters != null && !filters.isEmpty()) {
            ArrayNode filter = array();
            filter.add(term(Fields.TYPE, Fields.TYPE_CHUNK));
            addFilters(filter, filters);
            knn.putObject("filter").putObject("bool").set("filter", filter);
        }
        ObjectNode query = object();
        query.putObject("knn").set(Fields.VECTOR, knn);
        return query;
    }

    /** Every chunk scored by exact cosine, through the k-NN plugin's scoring script. */
    static ObjectNode exactScan(float[] vector) {
        ObjectNode scriptScore = object();
        scriptScore.set("query", term(Fields.TYPE, Fields.TYPE_CHUNK));
        ObjectNode script = scriptScore.putObject("script");
        script.put("source", "knn_score");
        script.put("lang", "knn");
        ObjectNode params = script.putObject("params");
        params.put("field", Fields.VECTOR);
        ArrayNode values = params.putArray("query_value");
        for (float v : vector) values.add(v);
        params.put("space_type", "cosinesimil");
        ObjectNode query = object();
        query.set("script_score", scriptScore);
        return query;
    }

    /** Every paper the filters pass. */
    static ObjectNode papers(Filters filters) {
        ObjectNode query = object();
        ArrayNode filter = query.putObject("bool").putArray("filter");
        filter.add(term(Fields.TYPE, Fields.TYPE_PAPER));
        addFilters(filter, filters);
        return query;
    }

    private static void addFilters(ArrayNode filter, Filters filters) {
        if (filters == null) return;
        if (filters.organization() != null) filter.add(term(Fields.ORG, filters.organization().toLowerCase(Locale.ROOT)));
        if (filters.hasDateRange()) {
            ObjectNode range = object();
            ObjectNode day = range.putObject("range").putObject(Fields.DAY);
            if (filters.from() != null) day.put("gte", filters.from().toEpochDay());
            if (filters.to() != null) day.put("lte", filters.to().toEpochDay());
            filter.add(range);
        }
    }

    static ObjectNode term(String field, String value) {
        ObjectNode term = object();
        term.putObject("term").put(field, value);
        return term;
    }

    static ObjectNode terms(String field, Iterable<String> values) {
        ObjectNode terms = object();
        ArrayNode list = terms.putObject("terms").putArray(field);
        values.forEach(list::add);
        return terms;
    }

    static ObjectNode object() {
        return OpenSearchHttp.JSON.createObjectNode();
    }

    static ArrayNode array() {
        return OpenSearchHttp.JSON.createArrayNode();
    }

    /** One line of NDJSON. */
    static String line(JsonNode node) {
        return node.toString() + "\n";
    }
}
