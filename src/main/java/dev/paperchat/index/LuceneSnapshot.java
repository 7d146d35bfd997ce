package dev.paperchat.index;

import dev.paperchat.corpus.Paper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
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
import org.apache.lucene.search.spell.DirectSpellChecker;
import org.apache.lucene.search.spell.SuggestMode;
import org.apache.lucene.search.spell.SuggestWord;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** A view of the embedded index through one searcher. */
final class LuceneSnapshot implements Snapshot {
    private final LuceneIndex index;
    private final IndexSearcher searcher;

    LuceneSnapshot(LuceneIndex index, IndexSearcher searcher) {
        this.index = index;
        this.searcher = searcher;
    }

    @Override
    public long generation() {
        return io(() -> ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getGeneration());
    }

    @Override
    public long paperCount() {
        return io(() -> searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER))));
    }

    @Override
    public Map<String, Integer> docFreqs(String field, Collection<String> terms) {
        Map<String, Integer> freqs = new HashMap<>();
        for (String term : terms) freqs.put(term, io(() -> searcher.count(papersWith(new Term(field, term)))));
        return freqs;
    }

    /**
     * Counted over the papers the index holds now: a term's document frequency also counts a
     * paper removed or written again ("Lp-Reg" then had two papers introducing it) until a merge.
     * A count of a term query reads the frequency where a segment has no deletions; the
     * organisation, which chunks carry too, needs the papers' filter.
     */
    private static Query papersWith(Term term) {
        if (!term.field().equals(Fields.ORG)) return new TermQuery(term);
        return new BooleanQuery.Builder().add(new TermQuery(term), BooleanClause.Occur.FILTER)
                .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER)), BooleanClause.Occur.FILTER).build();
    }

    @Override
    public List<String> paperIds(Filters filters) {
        Query papers = FilterQueries.restrict(null, Fields.TYPE_PAPER, filters);
        int all = Math.max(1, searcher.getIndexReader().maxDoc());
        List<String> ids = new ArrayList<>(io(() -> LuceneIndex.idsOf(searcher, searcher.search(papers, all).scoreDocs, Fields.ID)));
        Collections.sort(ids);
        return ids;
    }

    /** Counted by a query of papers, not the term's document frequency, which counts chunks and papers removed until a merge. */
    @Override
    public Map<String, Integer> valueCounts(String field) {
        Map<String, Integer> counts = new HashMap<>();
        Terms terms = io(() -> MultiTerms.getTerms(searcher.getIndexReader(), field));
        if (terms == null) return counts;
        TermsEnum values = io(terms::iterator);
        for (BytesRef value = io(values::next); value != null; value = io(values::next)) {
            Term term = new Term(field, BytesRef.deepCopyOf(value));
            int papers = io(() -> searcher.count(papersWith(term)));
            if (papers > 0) counts.put(term.text(), papers);
        }
        return counts;
    }

    @Override
    public Map<String, String> spellings(String field, Collection<String> missing) {
        Map<String, String> spellings = new HashMap<>();
        for (String term : missing) {
            DirectSpellChecker checker = new DirectSpellChecker();
            checker.setMaxEdits(1);
            checker.setAccuracy(0);
            SuggestWord[] similar = io(() -> checker.suggestSimilar(new Term(field, term), 1, searcher.getIndexReader(),
                    SuggestMode.SUGGEST_WHEN_NOT_IN_INDEX));
            if (similar.length > 0) spellings.put(term, similar[0].string);
        }
        return spellings;
    }

    /** With search threads, the two legs run at once; without, one after the other on this thread. */
    @Override
    public Legs legs(Map<String, Double> terms, float[] vector, Filters filters, int depth, int vectorDepth) {
        List<Callable<Object>> legs = List.of(
                () -> terms.isEmpty() ? List.of() : lexicalIds(terms, filters, depth),
                () -> vector == null ? Map.of() : dense(vector, filters, vectorDepth));
        List<Object> results = io(() -> searcher.getTaskExecutor().invokeAll(legs));
        @SuppressWarnings("unchecked")
        Legs both = new Legs((List<String>) results.get(0), (Map<String, Double>) results.get(1));
        return both;
    }

    @Override
    public List<String> lexicalAmong(Map<String, Double> terms, Collection<String> candidates, int depth) {
        if (terms.isEmpty() || candidates.isEmpty()) return List.of();
        return io(() -> lexicalIds(terms, Filters.NONE, new TermInSetQuery(Fields.ID, candidates.stream().map(BytesRef::new).toList()), depth));
    }

    private List<String> lexicalIds(Map<String, Double> weightedTerms, Filters filters, int depth) throws IOException {
        return lexicalIds(weightedTerms, filters, null, depth);
    }

    private List<String> lexicalIds(Map<String, Double> weightedTerms, Filters filters, Query among, int depth) throws IOException {
        BooleanQuery.Builder text = new BooleanQuery.Builder();
        // One field for title and abstract: measured better than a boosted title field beside the
        // abstract (topic recall@10 0.760 against 0.613 with title^2), as a title is part of the record.
        weightedTerms.forEach((term, weight) -> text.add(
                new BoostQuery(new TermQuery(new Term(Fields.CONTENTS, term)), weight.floatValue()), BooleanClause.Occur.SHOULD));
        Query query = FilterQueries.restrict(text.build(), Fields.TYPE_PAPER, filters);
        if (among != null) query = new BooleanQuery.Builder().add(query, BooleanClause.Occur.MUST).add(among, BooleanClause.Occur.FILTER).build();
        return new ArrayList<>(LuceneIndex.idsOf(searcher, searcher.search(query, depth).scoreDocs, Fields.ID));
    }

    /** Best cosine per paper over the nearest chunks. */
    private Map<String, Double> dense(float[] vector, Filters filters, int depth) throws IOException {
        Query filter = filters.isEmpty() ? null : FilterQueries.restrict(null, Fields.TYPE_CHUNK, filters);
        TopDocs top = searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, depth, filter), depth);
        List<String> ids = LuceneIndex.idsOf(searcher, top.scoreDocs, Fields.PAPER_ID);
        Map<String, Double> best = new LinkedHashMap<>();
        for (int i = 0; i < top.scoreDocs.length; i++) best.merge(ids.get(i), cosine(top.scoreDocs[i].score), Math::max);
        return best;
    }

    @Override
    public Map<String, Paper> papers(Collection<String> ids) {
        Map<String, Paper> papers = new HashMap<>();
        for (String id : ids) io(() -> LuceneIndex.storedPaper(searcher, id)).ifPresent(p -> papers.put(id, p));
        return papers;
    }

    /** An exact search over a small filter. */
    @Override
    public Map<String, List<ChunkScore>> chunkScores(float[] vector, Collection<String> paperIds) {
        if (paperIds.isEmpty()) return Map.of();
        return io(() -> {
            Query filter = new TermInSetQuery(Fields.PAPER_ID, paperIds.stream().map(BytesRef::new).toList());
            int n = 64 * paperIds.size();
            Map<String, List<ChunkScore>> chunks = new HashMap<>();
            for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, vector, n, filter), n).scoreDocs) {
                Document doc = searcher.storedFields().document(hit.doc);
                chunks.computeIfAbsent(doc.get(Fields.PAPER_ID), k -> new ArrayList<>()).add(new ChunkScore(
                        doc.getField(Fields.START).numericValue().intValue(),
                        doc.getField(Fields.END).numericValue().intValue(), cosine(hit.score)));
            }
            return chunks;
        });
    }

    @Override
    public Map<String, float[]> paperVectors(Collection<String> paperIds) {
        if (paperIds.isEmpty()) return Map.of();
        return io(() -> {
            Map<String, float[]> sums = new HashMap<>();
            LiveMatches.forEachChunkVector(searcher.getIndexReader(), paperIds, (chunk, vector) ->
                    Vectors.add(sums.computeIfAbsent(chunk.get(Fields.PAPER_ID), k -> new float[vector.length]), vector));
            sums.values().forEach(Vectors::normalize);
            return sums;
        });
    }

    /** Lucene's DOT_PRODUCT score is (1 + cos) / 2. */
    private static double cosine(float luceneScore) {
        return 2.0 * luceneScore - 1.0;
    }

    /** One part per segment: segments never change, so what is built from one is built once. */
    @Override
    public List<TitleSegment> titleSegments() {
        List<TitleSegment> segments = new ArrayList<>();
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            IndexReader.CacheHelper helper = leaf.reader().getCoreCacheHelper();
            Bits live = leaf.reader().getLiveDocs();
            segments.add(new TitleSegment(helper == null ? new Object() : helper.getKey(),
                    () -> io(() -> LuceneIndex.namedPapers(leaf)),
                    doc -> live == null || live.get(doc),
                    release -> { if (helper != null) helper.addClosedListener(key -> release.run()); }));
        }
        return segments;
    }

    IndexSearcher searcher() {
        return searcher;
    }

    private interface Read<T> {
        T get() throws IOException;
    }

    private <T> T io(Read<T> read) {
        try {
            return read.get();
        } catch (IOException e) {
            throw IndexException.of("cannot read", index.path(), e);
        }
    }
}
