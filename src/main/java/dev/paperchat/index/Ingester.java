package dev.paperchat.index;

import dev.paperchat.corpus.Chunk;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Hash;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.PaperMerger;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.embed.Embedder;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.locks.ReentrantLock;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;

/**
 * Writes parsed papers into the index incrementally: an unchanged paper is skipped before
 * anything is embedded, a paper whose metadata changed is rewritten without re-embedding,
 * and a paper whose text changed has its chunks replaced. Commits every {@link #COMMIT_EVERY}
 * papers, so a crash loses at most that much work and never leaves half a paper visible.
 */
public final class Ingester {
    static final int BATCH = 32;
    static final int COMMIT_EVERY = 512;

    private final PaperIndex index;
    private final Embedder embedder;
    private final Chunker chunker;
    private final ReentrantLock writing = new ReentrantLock();

    public Ingester(PaperIndex index, Embedder embedder, Chunker chunker) {
        this.index = index;
        this.embedder = embedder;
        this.chunker = chunker;
    }

    public IngestSummary ingest(ParseResult parsed, IngestListener listener) {
        long started = System.nanoTime();
        List<Paper> papers = PaperMerger.mergeDuplicates(parsed.papers());
        Counts counts = new Counts();
        writing.lock();
        try (IndexWriter writer = index.openWriter()) {
            listener.started(papers.size());
            for (int from = 0; from < papers.size(); from += BATCH) {
                List<Paper> batch = papers.subList(from, Math.min(papers.size(), from + BATCH));
                writeBatch(writer, batch, counts);
                listener.progressed(from + batch.size());
                if ((from + batch.size()) % COMMIT_EVERY < BATCH) commit(writer);
            }
            commit(writer);
        } catch (IOException e) {
            throw new IndexException("ingest into " + index.path() + " failed: " + e.getMessage(), e);
        } finally {
            writing.unlock();
        }
        IndexStats stats = index.stats();
        return new IngestSummary(counts.added, counts.updated, counts.unchanged, parsed.errors().size(),
                stats.papers(), stats.chunks(), counts.embedded, (System.nanoTime() - started) / 1e9, parsed.errors());
    }

    private void commit(IndexWriter writer) throws IOException {
        writer.commit();
        index.refresh();
    }

    private void writeBatch(IndexWriter writer, List<Paper> batch, Counts counts) throws IOException {
        List<Planned> toEmbed = new ArrayList<>();
        List<Planned> metadataOnly = new ArrayList<>();
        index.search(searcher -> {
            for (Paper incoming : batch) plan(searcher, incoming, counts, toEmbed, metadataOnly);
            return null;
        });
        for (Planned p : metadataOnly) writer.updateDocument(new Term(Fields.ID, p.paper.id()), p.document());
        List<String> texts = new ArrayList<>();
        for (Planned p : toEmbed) for (Chunk c : p.chunks) texts.add(PaperCodec.embeddedText(p.paper, c));
        List<float[]> vectors = embedder.embedPassages(texts);
        counts.embedded += vectors.size();
        int next = 0;
        for (Planned p : toEmbed) {
            List<Document> docs = new ArrayList<>();
            for (Chunk c : p.chunks) docs.add(PaperCodec.chunkDocument(p.paper, c, vectors.get(next++)));
            writer.deleteDocuments(new Term(Fields.PAPER_ID, p.paper.id()));
            writer.updateDocument(new Term(Fields.ID, p.paper.id()), p.document());
            writer.addDocuments(docs);
        }
    }

    private void plan(IndexSearcher searcher, Paper incoming, Counts counts, List<Planned> toEmbed,
                      List<Planned> metadataOnly) throws IOException {
        Document stored = PaperIndex.paperDocument(searcher, incoming.id());
        Paper paper = stored == null ? incoming : PaperMerger.update(PaperIndex.paperOf(stored), incoming);
        String textHash = Hash.sha256(paper.title() + "\n" + paper.abstractText());
        String recordHash = Hash.sha256(PaperCodec.toJson(paper));
        if (stored == null) {
            counts.added++;
        } else if (recordHash.equals(stored.get(Fields.RECORD_HASH))) {
            counts.unchanged++;
            return;
        } else {
            counts.updated++;
            if (textHash.equals(stored.get(Fields.TEXT_HASH))) {
                metadataOnly.add(new Planned(paper, List.of(), textHash, recordHash));
                return;
            }
        }
        toEmbed.add(new Planned(paper, chunker.chunk(paper.id(), paper.abstractText()), textHash, recordHash));
    }

    private record Planned(Paper paper, List<Chunk> chunks, String textHash, String recordHash) {
        Document document() {
            return PaperCodec.paperDocument(paper, textHash, recordHash);
        }
    }

    private static final class Counts {
        int added;
        int updated;
        int unchanged;
        int embedded;
    }
}
