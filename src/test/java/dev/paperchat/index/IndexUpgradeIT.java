package dev.paperchat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.langchain4j.model.embedding.onnx.bgesmallenv15q.BgeSmallEnV15QuantizedEmbeddingModel;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.embed.CountingModel;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.EmbeddingModels;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.SegmentInfos;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IndexUpgradeIT {
    private static final CountingModel model = new CountingModel(new BgeSmallEnV15QuantizedEmbeddingModel());
    private static final Embedder embedder = new Embedder(model, EmbeddingModels.DEFAULT_MODEL, EmbeddingModels.BGE_QUERY_PREFIX);
    private static List<Paper> papers;

    @TempDir
    Path dir;

    @BeforeAll
    static void readPapers() {
        papers = SampleCorpus.read(CorpusReader.withAllFormats()).papers().subList(0, 12);
    }

    @Test
    void should_rebuild_an_older_schema_in_place_and_reuse_every_stored_vector() throws IOException {
        Path path = dir.resolve("index");
        IndexStats before = build(path);
        recordSchema(path, "3");
        assertEquals(Optional.of("3"), IndexUpgrade.outdatedSchema(path, embedder.name()));

        int embeddedBefore = model.passages().get();
        IndexUpgrade.Result result = IndexUpgrade.run(path, "3", embedder, Chunker.DEFAULT, false, IngestListener.NONE);

        assertEquals(0, model.passages().get() - embeddedBefore, "no chunk is embedded again");
        assertEquals(new IndexUpgrade.Result("3", 12, before.chunks(), result.seconds()), result);
        assertEquals(Optional.empty(), IndexUpgrade.outdatedSchema(path, embedder.name()));
        assertFalse(Files.exists(dir.resolve("index.upgrade")));
        assertFalse(Files.exists(dir.resolve("index.schema3")));
        assertHoldsEveryPaper(path, before);
    }

    @Test
    void should_embed_again_only_the_chunks_the_old_index_has_no_vector_for() throws IOException {
        Path path = dir.resolve("index");
        build(path);
        Paper lost = papers.get(5);
        try (Directory directory = FSDirectory.open(path); IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            writer.deleteDocuments(new BooleanQuery.Builder()
                    .add(new TermQuery(new Term(Fields.TYPE, Fields.TYPE_CHUNK)), BooleanClause.Occur.FILTER)
                    .add(new TermQuery(new Term(Fields.PAPER_ID, lost.id())), BooleanClause.Occur.FILTER).build());
            writer.commit();
        }
        recordSchema(path, "3");

        int embeddedBefore = model.passages().get();
        IndexUpgrade.run(path, "3", embedder, Chunker.DEFAULT, true, IngestListener.NONE);

        assertEquals(Chunker.DEFAULT.chunk(lost.id(), lost.abstractText()).size(), model.passages().get() - embeddedBefore);
        try (PaperIndex index = PaperIndex.open(path, embedder.name(), embedder.dimension(), true)) {
            assertEquals(12, index.stats().papers());
            assertTrue(index.read(s -> s.chunkScores(embedder.embedQuery(lost.title()), List.of(lost.id()))).containsKey(lost.id()));
        }
    }

    @Test
    void should_delete_an_old_index_a_crash_left_aside_after_the_new_one_took_its_name() throws IOException {
        Path path = dir.resolve("index");
        IndexStats before = build(path);
        Path halfDeleted = Files.createDirectories(dir.resolve("index.schema3"));
        Files.writeString(halfDeleted.resolve("segments_9"), "what a crash mid-delete left");
        Path usersOwn = Files.createDirectories(dir.resolve("index.schemas-backup"));

        assertEquals(Optional.empty(), IndexUpgrade.ifOutdated(path, embedder, Chunker.DEFAULT, false, schema -> {}));

        assertFalse(Files.exists(halfDeleted), "it would be put back if the user later removed the index");
        assertTrue(Files.exists(usersOwn), "a folder of another name is not paperchat's");
        assertHoldsEveryPaper(path, before);
    }

    @Test
    void should_put_back_an_index_a_crash_left_aside_mid_swap_and_upgrade_it() throws IOException {
        Path path = dir.resolve("index");
        IndexStats before = build(path);
        recordSchema(path, "3");
        Files.move(path, dir.resolve("index.schema3")); // the swap's first move, then the crash

        Optional<IndexUpgrade.Result> result = IndexUpgrade.ifOutdated(path, embedder, Chunker.DEFAULT, false, schema -> {});

        assertEquals("3", result.orElseThrow().fromSchema());
        assertFalse(Files.exists(dir.resolve("index.schema3")));
        assertTrue(Files.exists(dir.resolve("index.upgrade.lock")), "the lock file stays, so that every process locks the same file");
        assertHoldsEveryPaper(path, before);
    }

    @Test
    void should_upgrade_once_when_two_open_an_old_index_at_the_same_time() throws Exception {
        Path path = dir.resolve("index");
        build(path);
        recordSchema(path, "3");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            Callable<Optional<IndexUpgrade.Result>> open =
                    () -> IndexUpgrade.ifOutdated(path, embedder, Chunker.DEFAULT, false, schema -> {});
            List<Optional<IndexUpgrade.Result>> results = new ArrayList<>();
            for (var future : pool.invokeAll(List.of(open, open))) results.add(future.get());
            assertEquals(1, results.stream().filter(Optional::isPresent).count(), results.toString());
        } finally {
            pool.shutdownNow();
        }
        try (PaperIndex index = PaperIndex.open(path, embedder.name(), embedder.dimension())) {
            assertEquals(12, index.stats().papers());
        }
    }

    @Test
    void should_leave_alone_a_newer_schema_another_model_and_a_missing_index() throws IOException {
        Path path = dir.resolve("index");
        build(path);
        assertEquals(Optional.empty(), IndexUpgrade.outdatedSchema(path, "another-model"));
        recordSchema(path, "99");
        assertEquals(Optional.empty(), IndexUpgrade.outdatedSchema(path, embedder.name()));
        assertEquals(Optional.empty(), IndexUpgrade.outdatedSchema(dir.resolve("nothing-here"), embedder.name()));
    }

    private static IndexStats build(Path path) {
        try (PaperIndex index = PaperIndex.open(path, embedder.name(), embedder.dimension())) {
            new Ingester(index, embedder, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
            return index.stats();
        }
    }

    private static void assertHoldsEveryPaper(Path path, IndexStats before) {
        try (PaperIndex index = PaperIndex.open(path, embedder.name(), embedder.dimension())) {
            assertEquals(before.chunks(), index.stats().chunks());
            for (Paper paper : papers) assertEquals(Optional.of(paper), index.paper(paper.id()));
        }
    }

    /** What an older paperchat would have recorded: the same index, another schema number. */
    private static void recordSchema(Path path, String schema) throws IOException {
        try (Directory directory = FSDirectory.open(path); IndexWriter writer = new IndexWriter(directory, new IndexWriterConfig())) {
            Map<String, String> data = new HashMap<>(SegmentInfos.readLatestCommit(directory).getUserData());
            data.put(Fields.META_SCHEMA, schema);
            writer.setLiveCommitData(data.entrySet(), true);
            writer.commit();
        }
    }
}
