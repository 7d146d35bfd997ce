package dev.paperchat.index;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.PaperMerger;
import java.io.Closeable;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;
import org.apache.lucene.codecs.KnnVectorsFormat;
import org.apache.lucene.codecs.lucene103.Lucene103Codec;
import org.apache.lucene.codecs.lucene99.Lucene99HnswScalarQuantizedVectorsFormat;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.BinaryDocValues;
import org.apache.lucene.index.DirectoryReader;
import org.apache.lucene.index.DocValues;
import org.apache.lucene.index.FloatVectorValues;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.KnnVectorValues;
import org.apache.lucene.index.LeafReaderContext;
import org.apache.lucene.index.ReaderUtil;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.SortedDocValues;
import org.apache.lucene.index.Term;
import org.apache.lucene.index.VectorSimilarityFunction;
import org.apache.lucene.search.DocIdSetIterator;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.KnnFloatVectorQuery;
import org.apache.lucene.search.ScoreDoc;
import org.apache.lucene.search.SearcherFactory;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopDocs;
import org.apache.lucene.search.similarities.BM25Similarity;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.store.LockObtainFailedException;
import org.apache.lucene.util.Bits;

/**
 * The embedded index: papers and chunks in one Lucene index on disk. Readers share a {@link SearcherManager}, so
 * queries run while an ingest writes; the writer is opened only for a write and holds the
 * index lock only that long, so a CLI ingest and a running server can take turns.
 */
public final class LuceneIndex implements PaperIndex {
    /** Anserini's BM25 parameters for abstracts: short documents want little length normalisation. */
    public static final BM25Similarity SIMILARITY = new BM25Similarity(0.9f, 0.4f);

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer = new PaperAnalyzer();
    private final SearcherManager searchers;
    private final String model;
    private final int dimension;
    private final boolean quantized;
    /** Run on each new searcher before queries see it: by the thread that refreshes, usually the ingest. */
    private final List<Consumer<Snapshot>> warmers = new CopyOnWriteArrayList<>();

    private static final long OTHER_COMMITS_CHECK_NANOS = 1_000_000_000L;
    private final AtomicLong lastRefreshCheck = new AtomicLong(System.nanoTime());

    /** Searches the slices of one query in parallel, or null: one thread per query. */
    private final ExecutorService slices;

    private LuceneIndex(Path path, Directory directory, String model, int dimension, boolean quantized, int searchThreads)
            throws IOException {
        this.path = path;
        // The calling thread searches slices too, so N threads need N - 1 more.
        this.slices = searchThreads <= 1 ? null : Executors.newFixedThreadPool(searchThreads - 1, runnable -> {
            Thread thread = new Thread(runnable, "search-slice");
            thread.setDaemon(true);
            return thread;
        });
        this.directory = directory;
        this.model = model;
        this.dimension = dimension;
        this.quantized = quantized;
        this.searchers = new SearcherManager(directory, new SearcherFactory() {
            @Override
            public IndexSearcher newSearcher(org.apache.lucene.index.IndexReader reader, org.apache.lucene.index.IndexReader previous) {
                IndexSearcher searcher = new IndexSearcher(reader, slices);
                searcher.setSimilarity(SIMILARITY);
                for (Consumer<Snapshot> warmer : warmers) warmer.accept(new LuceneSnapshot(LuceneIndex.this, searcher));
                return searcher;
            }
        });
    }

    /**
     * Opens the index at {@code path}, creating an empty one if there is none. An index written
     * with another embedding model is refused: its vectors would be meaningless to this one.
     *
     * @param quantized write vectors as int8 scalar-quantised HNSW: a quarter of the memory for large collections
     */
    public static LuceneIndex open(Path path, String model, int dimension, boolean quantized) {
        return open(path, model, dimension, quantized, 1);
    }

    /**
     * @param searchThreads threads one query may use to search the index's slices at once: lower
     *                      latency on a large index, fewer cores left for concurrent queries
     */
    public static LuceneIndex open(Path path, String model, int dimension, boolean quantized, int searchThreads) {
        try {
            Files.createDirectories(path);
            Directory directory = FSDirectory.open(path);
            try {
                checkOrCreate(path, directory, model, dimension);
                return new LuceneIndex(path, directory, model, dimension, quantized, searchThreads);
            } catch (RuntimeException | IOException e) {
                directory.close();
                throw e;
            }
        } catch (IOException e) {
            throw IndexException.of("cannot open", path, e);
        }
    }

    static boolean existsAt(Path path) {
        try (Directory directory = FSDirectory.open(path)) {
            return DirectoryReader.indexExists(directory);
        } catch (IOException e) {
            return false;
        }
    }

    /** A new index goes into an empty directory, never among a user's own files ("--index ~/Documents"). */
    private static void refuseOthersFiles(Path path) throws IOException {
        try (var files = Files.list(path)) {
            Optional<Path> other = files.filter(f -> !LUCENE_FILE.matcher(f.getFileName().toString()).matches()).findFirst();
            if (other.isPresent()) {
                throw new IndexException(path + " holds other files (" + other.get().getFileName() + ") and no paperchat index; "
                        + "give a new or empty directory as --index");
            }
        }
    }

    /** What Lucene itself writes, also when a first ingest was cut short. */
    private static final Pattern LUCENE_FILE = Pattern.compile("segments_\\w+|pending_segments_\\w+|write\\.lock|_.+");

    private static void checkOrCreate(Path path, Directory directory, String model, int dimension) throws IOException {
        if (DirectoryReader.indexExists(directory)) {
            Map<String, String> meta = SegmentInfos.readLatestCommit(directory).getUserData();
            IndexMeta.check(path.toString(), meta::get, model, dimension, "--index directory", "paperchat ingest --index NEW_DIR ...");
            return;
        }
        refuseOthersFiles(path);
        try (IndexWriter writer = new IndexWriter(directory, writerConfig(new PaperAnalyzer(), false))) {
            writer.setLiveCommitData(commitData(model, dimension).entrySet());
            writer.commit();
        }
    }

    private static IndexWriterConfig writerConfig(Analyzer analyzer, boolean quantized) {
        IndexWriterConfig config = new IndexWriterConfig(analyzer);
        if (quantized) {
            config.setCodec(new Lucene103Codec() {
                @Override
                public KnnVectorsFormat getKnnVectorsFormatForField(String field) {
                    return new Lucene99HnswScalarQuantizedVectorsFormat();
                }
            });
        }
        config.setSimilarity(SIMILARITY);
        config.setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND);
        config.setRAMBufferSizeMB(64);
        // Only an explicit commit makes writes durable: an ingest that fails half-way through a
        // paper (its old chunks deleted, its new ones not yet added) is rolled back on close.
        config.setCommitOnClose(false);
        return config;
    }

    private static Map<String, String> commitData(String model, int dimension) {
        Map<String, String> data = new HashMap<>();
        data.put(Fields.META_MODEL, model);
        data.put(Fields.META_DIMENSION, String.valueOf(dimension));
        data.put(Fields.META_SCHEMA, Fields.SCHEMA_VERSION);
        return data;
    }

    public Path path() {
        return path;
    }

    @Override
    public String location() {
        return path.toString();
    }

    @Override
    public String backend() {
        return "lucene";
    }

    @Override
    public <T> T read(Function<Snapshot, T> read) {
        return search(searcher -> read.apply(new LuceneSnapshot(this, searcher)));
    }

    @Override
    public Analyzer analyzer() {
        return analyzer;
    }

    /** Runs a read against the newest searcher, releasing it afterwards. */
    public <T> T search(SearchFunction<T> function) {
        refreshIfOtherCommitsMayBeNew();
        try {
            IndexSearcher searcher = searchers.acquire();
            try {
                return function.apply(searcher);
            } finally {
                searchers.release(searcher);
            }
        } catch (IOException e) {
            throw IndexException.of("cannot read", path, e);
        }
    }

    /**
     * Another process (a CLI ingest beside a running server) commits without telling this one;
     * a look at the directory once a second lets searches see its papers without a restart.
     */
    private void refreshIfOtherCommitsMayBeNew() {
        long now = System.nanoTime();
        long last = lastRefreshCheck.get();
        if (now - last < OTHER_COMMITS_CHECK_NANOS || !lastRefreshCheck.compareAndSet(last, now)) return;
        try {
            // Returns at once when another thread is refreshing: that one brings the new commit.
            searchers.maybeRefresh();
        } catch (IOException | RuntimeException e) {
            // The search goes on with what it had; the next check tries again.
            org.slf4j.LoggerFactory.getLogger(LuceneIndex.class).warn("cannot look for new commits in {}: {}", path, e.toString());
        }
    }

    /** Makes commits by this or another process visible to the next search, waiting for a refresh under way. */
    public void refresh() {
        try {
            searchers.maybeRefreshBlocking();
        } catch (IOException e) {
            throw new IndexException("cannot refresh index " + path + ": " + e.getMessage(), e);
        }
    }

    @Override
    public Optional<Paper> paper(String id) {
        return search(searcher -> storedPaper(searcher, id));
    }

    public static Optional<Paper> storedPaper(IndexSearcher searcher, String id) throws IOException {
        Document doc = paperDocument(searcher, id);
        return doc == null ? Optional.empty() : Optional.of(PaperCodec.fromJson(doc.get(Fields.JSON)));
    }

    static Document paperDocument(IndexSearcher searcher, String id) throws IOException {
        return first(searcher, new TermQuery(new Term(Fields.ID, id)));
    }

    /** The stored record of the same work: by id, then DOI or arXiv id, then normalised title. */
    static Document sameWork(IndexSearcher searcher, Paper paper) throws IOException {
        Document byId = paperDocument(searcher, paper.id());
        if (byId != null) return byId;
        for (String key : paper.workKeys()) {
            Document doc = key.startsWith(Paper.TITLE_KEY)
                    ? first(searcher, new TermQuery(new Term(Fields.WORK_KEY, key.substring(Paper.TITLE_KEY.length()))))
                    : first(searcher, new TermQuery(new Term(Fields.ALIAS, Paper.aliasKey(key))));
            if (doc != null && PaperMerger.sameWork(key, PaperCodec.fromJson(doc.get(Fields.JSON)), paper)) return doc;
        }
        return null;
    }

    private static Document first(IndexSearcher searcher, org.apache.lucene.search.Query query) throws IOException {
        TopDocs hits = searcher.search(query, 1);
        return hits.scoreDocs.length == 0 ? null : searcher.storedFields().document(hits.scoreDocs[0].doc);
    }

    @Override
    public Optional<Paper> paperByAnyId(String id) {
        return search(searcher -> {
            Document doc = paperDocument(searcher, id);
            // paperchat's ids are lower case: "QUIET-STAR-..." copied from a title-cased page names the paper too.
            if (doc == null && !Paper.aliasKey(id).equals(id)) doc = paperDocument(searcher, Paper.aliasKey(id));
            if (doc != null) return Optional.of(paperOf(doc));
            List<Paper> aliased = new ArrayList<>();
            for (String key : Paper.lookupKeys(id)) {
                if (!aliased.isEmpty()) break;
                TopDocs hits = searcher.search(new TermQuery(new Term(Fields.ALIAS, key)), 2);
                for (ScoreDoc hit : hits.scoreDocs) aliased.add(paperOf(searcher.storedFields().document(hit.doc)));
            }
            return PaperIndex.onlyOne(id, aliased);
        });
    }

    /**
     * The value of a doc-values id field ({@link Fields#ID} or {@link Fields#PAPER_ID}) of each hit,
     * in hit order: the hits are visited in document order, so each segment's doc values are
     * opened once per search instead of once per hit.
     */
    public static List<String> idsOf(IndexSearcher searcher, ScoreDoc[] hits, String field) throws IOException {
        List<LeafReaderContext> leaves = searcher.getIndexReader().leaves();
        Integer[] order = new Integer[hits.length];
        for (int i = 0; i < hits.length; i++) order[i] = i;
        Arrays.sort(order, Comparator.comparingInt(i -> hits[i].doc));
        String[] ids = new String[hits.length];
        LeafReaderContext leaf = null;
        SortedDocValues values = null;
        for (int i : order) {
            int doc = hits[i].doc;
            if (leaf == null || doc >= leaf.docBase + leaf.reader().maxDoc()) {
                leaf = leaves.get(ReaderUtil.subIndex(doc, leaves));
                values = DocValues.getSorted(leaf.reader(), field);
            }
            ids[i] = values.advanceExact(doc - leaf.docBase) ? values.lookupOrd(values.ordValue()).utf8ToString() : null;
        }
        return Arrays.asList(ids);
    }

    /** Every paper of a segment, deleted ones too, read from doc values: no stored record is decoded. */
    public static List<NamedPaper> namedPapers(LeafReaderContext leaf) throws IOException {
        List<NamedPaper> papers = new ArrayList<>();
        SortedDocValues ids = DocValues.getSorted(leaf.reader(), Fields.ID);
        BinaryDocValues titles = DocValues.getBinary(leaf.reader(), Fields.TITLE);
        BinaryDocValues names = DocValues.getBinary(leaf.reader(), Fields.NAMES);
        for (int doc = ids.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = ids.nextDoc()) {
            if (!titles.advanceExact(doc)) continue;
            String introduced = names.advanceExact(doc) ? names.binaryValue().utf8ToString() : "";
            papers.add(new NamedPaper(doc, ids.lookupOrd(ids.ordValue()).utf8ToString(), titles.binaryValue().utf8ToString(),
                    introduced.isEmpty() ? List.of() : List.of(introduced.split("\n"))));
        }
        return papers;
    }

    public static Paper paperOf(Document doc) {
        return PaperCodec.fromJson(doc.get(Fields.JSON));
    }

    @Override
    public IndexStats stats() {
        return search(searcher -> new IndexStats(
                searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_PAPER))),
                searcher.count(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_CHUNK))),
                model, dimension, ((DirectoryReader) searcher.getIndexReader()).getIndexCommit().getGeneration()));
    }

    @Override
    public String model() {
        return model;
    }

    @Override
    public int dimension() {
        return dimension;
    }

    /**
     * The truth is an exact scan of the full-precision vectors, so the figure is what the graph
     * and, in a quantised index, the int8 vectors cost in recall.
     */
    @Override
    public double vectorRecall(List<float[]> queries, int k, int fanOut) {
        return search(searcher -> {
            double found = 0;
            for (float[] query : queries) {
                Set<Integer> approximate = new HashSet<>();
                int n = Math.max(k, fanOut);
                for (ScoreDoc hit : searcher.search(new KnnFloatVectorQuery(Fields.VECTOR, query, n), k).scoreDocs) approximate.add(hit.doc);
                List<Integer> exact = exactNearest(searcher, query, k);
                found += exact.stream().filter(approximate::contains).count() / (double) Math.max(1, exact.size());
            }
            return queries.isEmpty() ? 0 : found / queries.size();
        });
    }

    private static List<Integer> exactNearest(IndexSearcher searcher, float[] query, int k) throws IOException {
        PriorityQueue<ScoredDoc> best = new PriorityQueue<>(Comparator.comparingDouble(ScoredDoc::score));
        for (LeafReaderContext leaf : searcher.getIndexReader().leaves()) {
            FloatVectorValues vectors = leaf.reader().getFloatVectorValues(Fields.VECTOR);
            if (vectors == null) continue;
            Bits live = leaf.reader().getLiveDocs();
            KnnVectorValues.DocIndexIterator it = vectors.iterator();
            for (int doc = it.nextDoc(); doc != DocIdSetIterator.NO_MORE_DOCS; doc = it.nextDoc()) {
                if (live != null && !live.get(doc)) continue;
                float score = VectorSimilarityFunction.DOT_PRODUCT.compare(query, vectors.vectorValue(it.index()));
                best.add(new ScoredDoc(score, leaf.docBase + doc));
                if (best.size() > k) best.poll();
            }
        }
        return best.stream().map(ScoredDoc::doc).toList();
    }

    private record ScoredDoc(float score, int doc) {}

    /** Prepares every later searcher (after each commit) before a query can use it. */
    @Override
    public void onNewSnapshot(Consumer<Snapshot> warmer) {
        warmers.add(warmer);
    }

    @Override
    public long sizeOnDisk() {
        try (var files = Files.list(path)) {
            return files.mapToLong(f -> f.toFile().length()).sum();
        } catch (IOException e) {
            throw new IndexException("cannot list index " + path + ": " + e.getMessage(), e);
        }
    }

    /** Only one process can hold the writer; the lock goes with the process. */
    @Override
    public LuceneWriter openWriter() {
        try {
            IndexWriter writer = new IndexWriter(directory, writerConfig(analyzer, quantized));
            try {
                writer.setLiveCommitData(commitData(model, dimension).entrySet());
                // The ingest plans against what is stored: another process may have committed since the last search.
                refresh();
            } catch (RuntimeException e) {
                writer.close();
                throw e;
            }
            return new LuceneWriter(this, writer);
        } catch (LockObtainFailedException e) {
            throw new IndexException.Busy("index " + path + " is being written by another process (an ingest, or a server "
                    + "ingesting); wait for it to finish, or ingest through that server's API", e);
        } catch (IOException e) {
            throw IndexException.of("cannot write to", path, e);
        }
    }

    /** The searchers close before the threads that slice searches stop, and each part closes even if one before it fails. */
    @Override
    public void close() {
        try (Closeable closeAnalyzer = analyzer; Closeable closeDirectory = directory; Closeable closeSearchers = searchers) {
            // closed in reverse order: the searchers first, then the directory, then the analyzer
        } catch (IOException e) {
            throw new UncheckedIOException("cannot close index " + path, e);
        } finally {
            if (slices != null) slices.shutdownNow();
        }
    }

    /** A read that may throw the IOException Lucene declares everywhere. */
    @FunctionalInterface
    public interface SearchFunction<T> {
        T apply(IndexSearcher searcher) throws IOException;
    }
}
