package dev.paperchat.retrieve;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.embed.Embedder;
import dev.paperchat.index.Fields;
import dev.paperchat.index.PaperIndex;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.BoostQuery;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.util.BytesRef;

/**
 * Finds papers for any query by fusing BM25 over titles and abstracts, vector search over
 * chunks and BM25 of the query expanded by pseudo-relevance feedback, adding a bonus when the
 * query names a paper, then grouping per paper and picking each paper's best sentences.
 */
public final class HybridRetriever {
    /** How deep each leg looks before fusion. */
    static final int DEPTH = 100;
    /** How many chunks the vector leg asks the HNSW graph for: several chunks may be one paper's. */
    public static final int VECTOR_DEPTH = 2 * DEPTH;
    /** Added to the fused score per unit of title match: a named paper should come first. */
    static final double TITLE_WEIGHT = 0.05;
    static final int SENTENCES_PER_HIT = 3;
    static final double QUANTITY_BONUS = 0.25;
    /** A paper and one that cites its method by name. */
    static final int MAX_PAPERS_PER_NAME = 2;

    private final PaperIndex index;
    private final Embedder embedder;
    private final Fusion fusion;
    private final Evidence evidence;
    private final Rm3 rm3 = Rm3.DEFAULT;
    private final TitleIndex titles = new TitleIndex();

    public HybridRetriever(PaperIndex index, Embedder embedder, Fusion fusion, Evidence evidence) {
        this.index = index;
        this.embedder = embedder;
        this.fusion = fusion;
        this.evidence = evidence;
        // The title matchers of new segments are built by the ingest that commits them, not by a query.
        index.addWarmer(searcher -> titles.warm(searcher, name -> distinctive(searcher, name)));
    }

    public SearchResult search(SearchRequest request) {
        return search(request, Mode.HYBRID);
    }

    public SearchResult search(SearchRequest request, Mode mode) {
        float[] vector = mode == Mode.BM25 ? null : embedder.embedQuery(request.query());
        return index.search(searcher -> search(searcher, request, mode, vector));
    }

    private SearchResult search(IndexSearcher searcher, SearchRequest request, Mode mode, float[] vector) throws IOException {
        long generation = ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getGeneration();
        List<String> queryTerms = QueryTerms.distinct(index.analyzer(), Fields.ABSTRACT, request.query());
        List<String> lexical = mode == Mode.VECTOR ? List.of() : lexical(searcher, queryTerms, request.filters());
        Map<String, Double> dense = mode == Mode.BM25 ? Map.of() : dense(searcher, vector, request.filters());
        List<String> denseRanking = Fusion.ranking(dense);
        List<String> feedback = mode == Mode.HYBRID
                ? feedback(searcher, queryTerms, Fusion.ranking(fusion.fuse(lexical, denseRanking, List.of())), request.filters())
                : List.of();

        Map<String, Double> fused = fusion.fuse(lexical, denseRanking, feedback);
        Map<String, Double> titleMatch = titleMatches(searcher, request.query(), fused.keySet());
        titleMatch.keySet().forEach(id -> fused.putIfAbsent(id, 0.0));
        titleMatch.forEach((id, match) -> fused.merge(id, TITLE_WEIGHT * match, Double::sum));

        List<String> top = fused.entrySet().stream()
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).limit(request.k()).toList();
        Map<String, Paper> papers = new HashMap<>();
        for (String id : top) PaperIndex.storedPaper(searcher, id).ifPresent(p -> papers.put(id, p));
        Map<String, List<ChunkScore>> chunks = vector == null ? Map.of() : chunkScores(searcher, vector, top);
        Map<String, Double> idf = idf(searcher, queryTerms);

        List<PaperHit> hits = new ArrayList<>();
        for (String id : top) {
            Paper paper = papers.get(id);
            if (paper == null || !passes(paper, request.filters())) continue;
            hits.add(new PaperHit(paper, fused.get(id), lexical.indexOf(id) + 1, denseRanking.indexOf(id) + 1,
                    dense.getOrDefault(id, 0.0), titleMatch.getOrDefault(id, 0.0),
                    bestSentences(paper, request.query(), queryTerms, idf, chunks.getOrDefault(id, List.of()))));
        }
        Set<String> termsOfTop = hits.isEmpty() ? Set.of() : new java.util.HashSet<>(QueryTerms.all(index.analyzer(),
                Fields.ABSTRACT, hits.get(0).paper().title() + "\n" + hits.get(0).paper().abstractText()));
        Set<String> absent = new java.util.HashSet<>();
        for (String term : queryTerms) if (searcher.getIndexReader().docFreq(new Term(Fields.CONTENTS, term)) == 0) absent.add(term);
        int collectionSize = searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER)));
        Evidence.Verdict verdict = evidence.judge(request.query(), hits, queryTerms, idf, termsOfTop, absent, collectionSize);
        return new SearchResult(request.query(), hits, verdict.covered(), verdict.confidence(), generation);
    }

    private List<String> lexical(IndexSearcher searcher, List<String> terms, Filters filters) throws IOException {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String term : terms) weights.put(term, 1.0);
        return lexical(searcher, weights, filters);
    }

    /** BM25 of the query expanded by RM3 from the first round's best papers. */
    private List<String> feedback(IndexSearcher searcher, List<String> terms, List<String> firstRound, Filters filters) throws IOException {
        if (terms.isEmpty() || firstRound.isEmpty()) return List.of();
        List<List<String>> feedback = new ArrayList<>();
        for (String id : firstRound.subList(0, Math.min(rm3.feedbackDocs(), firstRound.size()))) {
            Optional<Paper> paper = PaperIndex.storedPaper(searcher, id);
            if (paper.isPresent()) feedback.add(QueryTerms.all(index.analyzer(), Fields.CONTENTS, paper.get().title() + "\n" + paper.get().abstractText()));
        }
        return lexical(searcher, rm3.expand(terms, feedback), filters);
    }

    private List<String> lexical(IndexSearcher searcher, Map<String, Double> weightedTerms, Filters filters) throws IOException {
        if (weightedTerms.isEmpty()) return List.of();
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        // One field for title and abstract: measured better than a boosted title field beside the
        // abstract (topic recall@10 0.760 against 0.613 with title^2), as a title is part of the record.
        weightedTerms.forEach((term, weight) -> text.add(
                new BoostQuery(new TermQuery(new Term(Fields.CONTENTS, term)), weight.floatValue()), BooleanClause.Occur.SHOULD));
        Query query = FilterQueries.restrict(text.build(), Fields.TYPE_PAPER, filters);
        List<String> ids = new ArrayList<>();
        for (ScoreDoc hit : searcher.search(query, DEPTH).scoreDocs) {
            ids.add(PaperIndex.idOf(searcher, hit.doc, Fields.ID));
        }
        return ids;
    }

    /** Best cosine per paper over the nearest chunks. */
    private Map<String, Double> dense(IndexSearcher searcher, float[] vector, Filters filters) throws IOException {
        Query filter = filters.isEmpty() ? null : FilterQueries.restrict(null, Fields.TYPE_CHUNK, filters);
        TopDocs top = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, VECTOR_DEPTH, filter), VECTOR_DEPTH);
        Map<String, Double> best = new HashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            String paperId = PaperIndex.idOf(searcher, hit.doc, Fields.PAPER_ID);
            best.merge(paperId, cosine(hit.score), Math::max);
        }
        return best;
    }

    /** Every chunk of the given papers with its cosine to the query: an exact search over a small filter. */
    private Map<String, List<ChunkScore>> chunkScores(IndexSearcher searcher, float[] vector, List<String> paperIds) throws IOException {
        if (paperIds.isEmpty()) return Map.of();
        Query filter = new TermInSetQuery(Fields.PAPER_ID, paperIds.stream().map(BytesRef::new).toList());
        TopDocs top = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, 64 * paperIds.size(), filter), 64 * paperIds.size());
        Map<String, List<ChunkScore>> chunks = new HashMap<>();
        for (ScoreDoc hit : top.scoreDocs) {
            Document doc = searcher.storedFields().document(hit.doc);
            chunks.computeIfAbsent(doc.get(Fields.PAPER_ID), k -> new ArrayList<>()).add(new ChunkScore(
                    doc.getField(Fields.START).numericValue().intValue(),
                    doc.getField(Fields.END).numericValue().intValue(), cosine(hit.score)));
        }
        return chunks;
    }

    /** Lucene's DOT_PRODUCT score is (1 + cos) / 2. */
    private static double cosine(float luceneScore) {
        return 2.0 * luceneScore - 1.0;
    }

    private Map<String, Double> titleMatches(IndexSearcher searcher, String query, Set<String> candidates) {
        Predicate<String> distinctive = name -> distinctive(searcher, name);
        Map<String, Double> matches = new HashMap<>(titles.nameMatches(searcher, query, distinctive));
        for (String id : candidates) {
            double coverage = titles.coverage(searcher, query, id, distinctive);
            if (coverage >= 0.6) matches.merge(id, coverage, Math::max);
        }
        return matches;
    }

    private List<SentenceHit> bestSentences(Paper paper, String query, List<String> queryTerms, Map<String, Double> idf,
                                            List<ChunkScore> chunks) {
        String text = paper.abstractText();
        boolean asksQuantity = QuantityQuestion.quantityAsked(query).isPresent();
        List<Span> spans = Sentences.split(text);
        double totalIdf = queryTerms.stream().mapToDouble(t -> idf.getOrDefault(t, 0.0)).sum();
        List<SentenceHit> sentences = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            Set<String> words = new LinkedHashSet<>(QueryTerms.all(index.analyzer(), Fields.ABSTRACT, span.of(text)));
            double lexical = totalIdf == 0 ? 0 : queryTerms.stream().filter(words::contains)
                    .mapToDouble(t -> idf.getOrDefault(t, 0.0)).sum() / totalIdf;
            double dense = chunks.stream().filter(c -> c.start <= span.start() && span.end() <= c.end)
                    .mapToDouble(ChunkScore::cosine).max().orElse(0);
            // A question asking "how many" is answered by a sentence with a number it does not already hold.
            double quantity = asksQuantity && QuantityQuestion.statesNewNumber(span.of(text), query) ? QUANTITY_BONUS : 0;
            sentences.add(new SentenceHit(i, span.start(), span.end(), span.of(text), dense + 0.5 * lexical + quantity));
        }
        sentences.sort(Comparator.comparingDouble(SentenceHit::score).reversed());
        return sentences.subList(0, Math.min(SENTENCES_PER_HIT, sentences.size()));
    }

    private static Map<String, Double> idf(IndexSearcher searcher, List<String> terms) throws IOException {
        Map<String, Double> idf = new HashMap<>();
        int docs = Math.max(1, searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER))));
        for (String term : terms) {
            int df = searcher.getIndexReader().docFreq(new Term(Fields.ABSTRACT, term));
            idf.put(term, Math.log(1 + (docs - df + 0.5) / (df + 0.5)));
        }
        return idf;
    }

    private static boolean passes(Paper paper, Filters filters) {
        return FilterQueries.matches(paper, filters);
    }

    /**
     * A name identifies a paper only if hardly any other paper uses it: "GRPO" names no single
     * paper. A name of several words is as rare as its rarest word.
     */
    private boolean distinctive(IndexSearcher searcher, String name) {
        try {
            int papers = Integer.MAX_VALUE;
            for (String term : QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, name)) {
                papers = Math.min(papers, searcher.getIndexReader().docFreq(new Term(Fields.CONTENTS, term)));
            }
            return papers <= MAX_PAPERS_PER_NAME;
        } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    private record ChunkScore(int start, int end, double cosine) {}

}
