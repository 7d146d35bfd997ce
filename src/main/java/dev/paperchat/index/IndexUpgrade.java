package dev.paperchat.index;

import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.embed.Embedder;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;

/**
 * Rebuilds, in place, an embedded index that an older paperchat wrote with the same embedding
 * model: its stored papers are ingested anew into a sibling directory, which then takes the
 * old one's place. A chunk whose text is unchanged keeps its stored vector, so an upgrade costs
 * the text analysis and the HNSW graph, not the model.
 */
public final class IndexUpgrade {
    /** Papers read, and their vectors held, at a time: memory stays flat however large the index. */
    static final int BATCH = 1024;

    private IndexUpgrade() {}

    /** What an upgrade did. */
    public record Result(String fromSchema, long papers, long chunks, double seconds) {}

    /** Whether a recorded schema number is one an upgrade can bring up to this version's. */
    static boolean older(String schema) {
        return schema != null && schema.matches("\\d{1,3}") && Integer.parseInt(schema) < Integer.parseInt(Fields.SCHEMA_VERSION);
    }

    /**
     * The schema of the paperchat index at {@code path} when it is older than this version's and
     * was built with {@code model}; empty when there is nothing to upgrade (or something that an
     * upgrade cannot fix, which opening the index then reports).
     */
    public static Optional<String> outdatedSchema(Path path, String model) {
        if (!Files.isDirectory(path)) return Optional.empty();
        try (Directory directory = FSDirectory.open(path)) {
            if (!DirectoryReader.indexExists(directory)) return Optional.empty();
            Map<String, String> meta = SegmentInfos.readLatestCommit(directory).getUserData();
            String schema = meta.get(Fields.META_SCHEMA);
            boolean older = older(schema);
            return older && model.equals(meta.get(Fields.META_MODEL)) ? Optional.of(schema) : Optional.empty();
        } catch (IOException e) {
            throw IndexException.of("cannot read", path, e);
        }
    }

    /**
     * Upgrades the index at {@code path} if an older paperchat wrote it, holding a lock file beside
     * it so that two processes opening it at once do not both rebuild it; the second waits, then
     * finds it current. An index that a crash left aside mid-swap is first put back.
     *
     * @return what the upgrade did, or empty when there was nothing to do
     */
    public static Optional<Result> ifOutdated(Path path, Embedder embedder, Chunker chunker, boolean quantized,
                                              Consumer<String> starting) {
        deleteStaleAside(path);
        if (outdatedSchema(path, embedder.name()).isEmpty() && leftAside(path).isEmpty()) return Optional.empty();
        Path lockFile = path.resolveSibling(path.getFileName() + ".upgrade.lock");
        synchronized (IndexUpgrade.class) { // a file lock is held per JVM, not per thread
            try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.CREATE, StandardOpenOption.WRITE);
                 FileLock lock = channel.lock()) {
                Optional<Path> aside = leftAside(path);
                if (aside.isPresent()) Files.move(aside.get(), path, StandardCopyOption.ATOMIC_MOVE);
                Optional<String> schema = outdatedSchema(path, embedder.name());
                if (schema.isEmpty()) return Optional.empty();
                starting.accept(schema.get());
                return Optional.of(run(path, schema.get(), embedder, chunker, quantized, IngestListener.NONE));
            } catch (IOException e) {
                // The lock file stays: deleting it after release would let a third process lock a
                // new file while a second holds the old one, and both would upgrade at once.
                throw new IndexException("cannot upgrade index " + path + ": " + e.getMessage(), e);
            }
        }
    }

    /** The old index that {@link #swap} moved aside, when a crash came before the new one took its name. */
    private static Optional<Path> leftAside(Path path) {
        if (Files.exists(path)) return Optional.empty();
        return asides(path).stream().findFirst();
    }

    /**
     * An old index left aside by a crash after the new one took its name, part deleted perhaps:
     * it goes now, or a user who later removes the index would have it put back in its place.
     */
    private static void deleteStaleAside(Path path) {
        if (!Files.exists(path)) return;
        for (Path aside : asides(path)) {
            try {
                deleteTree(aside);
            } catch (IOException | UncheckedIOException e) {
                // Another process starting at once may be deleting it too; what is left goes at the next start.
            }
        }
    }

    /** Siblings named exactly DIR.schemaN, as {@link #swap} names them. */
    private static List<Path> asides(Path path) {
        if (path.getParent() == null || !Files.isDirectory(path.getParent())) return List.of();
        Pattern name = Pattern.compile(Pattern.quote(path.getFileName() + ".schema") + "\\d+");
        try (Stream<Path> siblings = Files.list(path.getParent())) {
            return siblings.filter(p -> name.matcher(p.getFileName().toString()).matches() && Files.isDirectory(p)).toList();
        } catch (IOException e) {
            return List.of();
        }
    }

    static Result run(Path path, String fromSchema, Embedder embedder, Chunker chunker, boolean quantized,
                      IngestListener listener) {
        long started = System.nanoTime();
        Path fresh = path.resolveSibling(path.getFileName() + ".upgrade");
        try {
            deleteTree(fresh);
            long papers, chunks;
            try (Directory directory = FSDirectory.open(path);
                 DirectoryReader old = DirectoryReader.open(directory);
                 LuceneIndex target = LuceneIndex.open(fresh, embedder.name(), embedder.dimension(), quantized)) {
                IndexSearcher searcher = new IndexSearcher(old);
                List<String> ids = paperIds(old);
                listener.started(ids.size());
                for (int from = 0; from < ids.size(); from += BATCH) {
                    List<String> batch = ids.subList(from, Math.min(ids.size(), from + BATCH));
                    Map<String, Paper> stored = papers(searcher, batch);
                    Embedder reusing = embedder.reusing(vectors(searcher, stored));
                    new Ingester(target, reusing, chunker).ingest(new ParseResult(List.copyOf(stored.values()), List.of()),
                            IngestListener.NONE);
                    listener.progressed(from + batch.size());
                }
                papers = target.stats().papers();
                chunks = target.stats().chunks();
            }
            swap(path, fresh, fromSchema);
            return new Result(fromSchema, papers, chunks, (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new IndexException("cannot upgrade index " + path + " from schema " + fromSchema + ": " + e.getMessage(), e);
        }
    }

    private static List<String> paperIds(DirectoryReader reader) throws IOException {
        List<String> ids = new ArrayList<>();
        LiveMatches.forEach(reader, new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER)),
                (leaf, doc, stored) -> ids.add(stored.document(doc).get(Fields.ID)));
        return ids;
    }

    private static Map<String, Paper> papers(IndexSearcher searcher, List<String> ids) throws IOException {
        Map<String, Paper> papers = new LinkedHashMap<>();
        for (String id : ids) LuceneIndex.storedPaper(searcher, id).ifPresent(p -> papers.put(id, p));
        return papers;
    }

    /** The stored vector of each chunk of {@code papers}, keyed by the text it was embedded from. */
    private static Map<String, float[]> vectors(IndexSearcher searcher, Map<String, Paper> papers) throws IOException {
        Map<String, float[]> vectors = new HashMap<>();
        LiveMatches.forEachChunkVector(searcher.getIndexReader(), papers.keySet(), (chunk, vector) -> {
            Paper paper = papers.get(chunk.get(Fields.PAPER_ID));
            String text = paper == null ? null
                    : PaperCodec.embeddedText(paper, chunk.getField(Fields.START).numericValue().intValue(), chunk.getField(Fields.END).numericValue().intValue());
            if (text != null) vectors.put(text, vector.clone());
        });
        return vectors;
    }

    /** The old index moves aside, the new one takes its name, and only then is the old one deleted. */
    private static void swap(Path path, Path fresh, String fromSchema) throws IOException {
        Path aside = path.resolveSibling(path.getFileName() + ".schema" + fromSchema);
        deleteTree(aside);
        Files.move(path, aside, StandardCopyOption.ATOMIC_MOVE);
        Files.move(fresh, path, StandardCopyOption.ATOMIC_MOVE);
        deleteTree(aside);
    }

    private static void deleteTree(Path dir) throws IOException {
        if (!Files.exists(dir)) return;
        try (Stream<Path> walk = Files.walk(dir)) {
            for (Path p : walk.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(p);
        }
    }
}
