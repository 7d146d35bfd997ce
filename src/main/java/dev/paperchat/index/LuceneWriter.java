package dev.paperchat.index;

import dev.paperchat.corpus.Paper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Set;
import java.util.List;
import java.util.Optional;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.MultiTerms;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.Terms;
import org.apache.lucene.index.TermsEnum;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.util.BytesRef;
import org.apache.lucene.util.StringHelper;

/** Writes one ingest through Lucene's IndexWriter; a paper and its chunks go in one commit. */
final class LuceneWriter implements PaperWriter {
    private final LuceneIndex index;
    private final IndexWriter writer;

    LuceneWriter(LuceneIndex index, IndexWriter writer) {
        this.index = index;
        this.writer = writer;
    }

    @Override
    public List<Optional<StoredPaper>> sameWork(List<Paper> papers) {
        return index.search(searcher -> {
            List<Optional<StoredPaper>> stored = new ArrayList<>();
            for (Paper paper : papers) {
                Document doc = LuceneIndex.sameWork(searcher, paper);
                stored.add(doc == null ? Optional.empty() : Optional.of(new StoredPaper(LuceneIndex.paperOf(doc),
                        doc.get(Fields.TEXT_HASH), doc.get(Fields.RECORD_HASH))));
            }
            return stored;
        });
    }

    @Override
    public void write(List<PaperRecord> records) {
        try {
            for (PaperRecord r : records) {
                Document paper = PaperCodec.paperDocument(r.paper(), r.textHash(), r.recordHash());
                if (r.metadataOnly()) {
                    writer.updateDocument(new Term(Fields.ID, r.paper().id()), paper);
                    continue;
                }
                List<Document> chunks = new ArrayList<>();
                for (int i = 0; i < r.chunks().size(); i++) chunks.add(PaperCodec.chunkDocument(r.paper(), r.chunks().get(i), r.vectors().get(i)));
                writer.deleteDocuments(new Term(Fields.PAPER_ID, r.paper().id()));
                writer.updateDocument(new Term(Fields.ID, r.paper().id()), paper);
                writer.addDocuments(chunks);
            }
        } catch (IOException e) {
            throw new IndexException("writing to index " + index.path() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Set<String> idsFromSource(String file) {
        return index.search(searcher -> {
            Query query = FilterQueries.restrict(new TermQuery(new Term(Fields.SOURCE, file)), Fields.TYPE_PAPER, Filters.NONE);
            int count = Math.max(1, searcher.count(query));
            return new HashSet<>(LuceneIndex.idsOf(searcher, searcher.search(query, count).scoreDocs, Fields.ID));
        });
    }

    /** The index's source terms that begin with the directory: a term of deleted papers only is checked by the caller. */
    @Override
    public Set<String> sourcesUnder(String directory) {
        String prefix = directory.endsWith("/") ? directory : directory + "/";
        return index.search(searcher -> {
            Set<String> files = new HashSet<>();
            Terms terms = MultiTerms.getTerms(searcher.getIndexReader(), Fields.SOURCE);
            if (terms == null) return files;
            TermsEnum each = terms.iterator();
            if (each.seekCeil(new BytesRef(prefix)) == TermsEnum.SeekStatus.END) return files;
            for (BytesRef term = each.term(); term != null && StringHelper.startsWith(term, new BytesRef(prefix)); term = each.next()) {
                files.add(term.utf8ToString());
            }
            return files;
        });
    }

    @Override
    public Optional<StoredPaper> stored(String id) {
        return index.search(searcher -> {
            Document doc = LuceneIndex.paperDocument(searcher, id);
            return doc == null ? Optional.empty() : Optional.of(new StoredPaper(LuceneIndex.paperOf(doc), doc.get(Fields.TEXT_HASH), doc.get(Fields.RECORD_HASH)));
        });
    }

    @Override
    public void delete(String id) {
        try {
            writer.deleteDocuments(new Term(Fields.PAPER_ID, id), new Term(Fields.ID, id));
        } catch (IOException e) {
            throw new IndexException("deleting from index " + index.path() + " failed: " + e.getMessage(), e);
        }
    }

    @Override
    public void commit() {
        try {
            writer.commit();
        } catch (IOException e) {
            throw new IndexException("committing index " + index.path() + " failed: " + e.getMessage(), e);
        }
        index.refresh();
    }

    @Override
    public void close() {
        try {
            writer.close();
        } catch (IOException e) {
            throw new IndexException("closing index " + index.path() + " failed: " + e.getMessage(), e);
        }
    }
}
