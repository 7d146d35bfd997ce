package dev.paperchat.index;

import java.io.IOException;
import java.util.Collection;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexReader;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.ScoreMode;
import org.apache.lucene.search.Scorer;
import org.apache.lucene.search.TermInSetQuery;
import org.apache.lucene.search.Weight;
import org.apache.lucene.util.Bits;
import org.apache.lucene.util.BytesRef;

/** Every live document that matches a query, segment by segment and in document order. */
final class LiveMatches {
    private LiveMatches() {}

    interface Match {
        void accept(LeafReaderContext leaf, int doc, StoredFields stored) throws IOException;
    }

    interface ChunkVector {
        /** @param vector the index's own array: copy it to keep it */
        void accept(Document chunk, float[] vector) throws IOException;
    }

    static void forEach(IndexReader reader, Query query, Match match) throws IOException {
        IndexSearcher searcher = new IndexSearcher(reader);
        Weight weight = searcher.createWeight(searcher.rewrite(query), ScoreMode.COMPLETE_NO_SCORES, 1);
        for (LeafReaderContext leaf : reader.leaves()) {
            Scorer scorer = weight.scorer(leaf);
            if (scorer == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            StoredFields stored = leaf.reader().storedFields();
            DocIdSetIterator docs = scorer.iterator();
            for (int doc = docs.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = docs.nextDoc()) {
                if (live == null || live.get(doc)) match.accept(leaf, doc, stored);
            }
        }
    }

    /** Every live chunk of the given papers with its stored vector. */
    static void forEachChunkVector(IndexReader reader, Collection<String> paperIds, ChunkVector visit) throws IOException {
        Query chunks = new TermInSetQuery(Fields.PAPER_ID, paperIds.stream().map(BytesRef::new).toList());
        LeafReaderContext[] at = new LeafReaderContext[1];
        FloatVectorValues[] values = new FloatVectorValues[1];
        KnnVectorValues.DocIndexIterator[] withVector = new KnnVectorValues.DocIndexIterator[1];
        forEach(reader, chunks, (leaf, doc, stored) -> {
            if (leaf != at[0]) {
                at[0] = leaf;
                values[0] = leaf.reader().getFloatVectorValues(Fields.VECTOR);
                withVector[0] = values[0] == null ? null : values[0].iterator();
            }
            if (withVector[0] == null) return;
            if (withVector[0].docID() < doc) withVector[0].advance(doc);
            if (withVector[0].docID() == doc) visit.accept(stored.document(doc), values[0].vectorValue(withVector[0].index()));
        });
    }
}
