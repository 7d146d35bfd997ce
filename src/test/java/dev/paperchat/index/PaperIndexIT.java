package dev.paperchat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Bibtex;
import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.CorpusReader;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.SampleCorpus;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.EmbeddingModels;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ForkJoinPool;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PaperIndexIT {
    private static Embedder embedder;
    private static List<Paper> papers;

    @TempDir
    Path dir;

    @BeforeAll
    static void loadModelAndPapers() {
        embedder = EmbeddingModels.load(EmbeddingModels.DEFAULT_MODEL, Path.of("models"), null, ForkJoinPool.commonPool());
        papers = SampleCorpus.read(CorpusReader.withAllFormats()).papers().subList(0, 12);
    }

    private static IngestSummary ingest(PaperIndex index, List<Paper> papers) {
        return new Ingester(index, embedder, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
    }

    @Test
    void should_measure_hnsw_recall_against_an_exact_scan() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension(), true)) {
            ingest(index, papers);
            List<float[]> queries = List.of(embedder.embedQuery("reasoning with reinforcement learning"),
                    embedder.embedQuery(papers.get(3).title()));
            // Twelve vectors: the graph search is exhaustive, so it finds exactly what the scan finds.
            assertEquals(1.0, index.vectorRecall(queries, 5, 5), 1e-9);
            assertEquals(1.0, index.vectorRecall(queries, 5, 50), 1e-9);
            assertEquals(0.0, index.vectorRecall(List.of(), 5, 5));
        }
    }

    @Test
    void should_give_each_paper_its_direction_in_embedding_space() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            ingest(index, papers);
            List<String> ids = papers.subList(0, 4).stream().map(Paper::id).toList();
            float[] query = embedder.embedQuery("reasoning with reinforcement learning");
            index.read(snapshot -> {
                Map<String, float[]> vectors = snapshot.paperVectors(List.of(ids.get(0), ids.get(1), ids.get(2), ids.get(3), "no-such-paper"));
                assertEquals(Set.copyOf(ids), vectors.keySet());
                Map<String, List<ChunkScore>> chunks = snapshot.chunkScores(query, ids);
                for (String id : ids) {
                    float[] v = vectors.get(id);
                    assertEquals(1.0, dot(v, v), 1e-5, "unit length");
                    // A paper of one chunk points where its chunk does.
                    if (chunks.get(id).size() == 1) assertEquals(chunks.get(id).get(0).cosine(), dot(query, v), 1e-4);
                }
                assertTrue(ids.stream().anyMatch(id -> chunks.get(id).size() == 1));
                assertEquals(Map.of(), snapshot.paperVectors(List.of()));
                return null;
            });
        }
    }

    private static double dot(float[] a, float[] b) {
        double dot = 0;
        for (int i = 0; i < a.length; i++) dot += a[i] * b[i];
        return dot;
    }

    @Test
    void should_add_papers_then_find_everything_unchanged_on_reingest() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            IngestSummary first = ingest(index, papers);
            assertEquals(12, first.added());
            assertEquals(12, first.papers());
            assertTrue(first.chunks() >= 12);

            IngestSummary second = ingest(index, papers);
            assertEquals(0, second.added());
            assertEquals(12, second.unchanged());
            assertEquals(0, second.chunksEmbedded());
            assertEquals(first.chunks(), second.chunks());
        }
    }

    /** Lines added at the top of a file move its papers, not change them: no update is reported, and the new lines are stored. */
    @Test
    void should_count_papers_whose_lines_moved_unchanged_and_store_where_they_are_now() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            ingest(index, papers);
            List<Paper> moved = papers.stream().map(p -> p.withSources(p.sources().stream()
                    .map(s -> new dev.paperchat.corpus.Source(s.file(), s.line() + 2)).toList())).toList();
            IngestSummary again = ingest(index, moved);
            assertEquals(0, again.updated(), again.toString());
            assertEquals(12, again.unchanged());
            assertEquals(0, again.chunksEmbedded());
            Map<String, Paper> stored = index.read(snapshot -> snapshot.papers(moved.stream().map(Paper::id).toList()));
            assertTrue(moved.stream().anyMatch(p -> p.sources().size() > 1), "a paper of several files among them");
            for (Paper p : moved) {
                assertEquals(Set.copyOf(p.sources()), Set.copyOf(stored.get(p.id()).sources()), "where it is now, its old lines gone");
            }
        }
    }

    @Test
    void should_replace_a_paper_whose_abstract_changed_without_duplicating_it() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            ingest(index, papers);
            long chunksBefore = index.stats().chunks();
            Paper old = papers.get(3);
            Paper changed = new Paper(old.id(), old.title(), "A completely new abstract. It has two sentences.",
                    old.authors(), old.authorCount(), old.date(), old.organization(), old.upvotes(), old.venue(), old.entryType(), old.keywords(),
                    old.links(), old.aliases(), old.citationKey(), old.sources());
            List<Paper> edited = new ArrayList<>(papers);
            edited.set(3, changed);

            IngestSummary summary = ingest(index, edited);
            assertEquals(1, summary.updated());
            assertEquals(11, summary.unchanged());
            assertEquals(12, summary.papers());
            assertEquals("A completely new abstract. It has two sentences.", index.paper(old.id()).orElseThrow().abstractText());
            int oldChunks = Chunker.DEFAULT.chunk(old.id(), old.abstractText()).size();
            assertEquals(chunksBefore - oldChunks + 1, index.stats().chunks());
        }
    }

    @Test
    void should_store_nothing_of_a_write_that_fails_half_way_through_a_paper() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            ingest(index, papers);
            IndexStats before = index.stats();
            Paper old = papers.get(3);
            var chunks = Chunker.DEFAULT.chunk(old.id(), old.abstractText());
            // A vector of the wrong length is refused after the paper's old chunks were deleted:
            // closing the writer must not commit that deletion.
            try (PaperWriter writer = index.openWriter()) {
                List<float[]> wrong = chunks.stream().map(c -> new float[7]).toList();
                assertThrows(RuntimeException.class, () -> writer.write(List.of(new PaperRecord(old, "t", "r", chunks, wrong))));
            }
            ((LuceneIndex) index).refresh();
            assertEquals(List.of(before.papers(), before.chunks()), List.of(index.stats().papers(), index.stats().chunks()));
            assertEquals(12, ingest(index, papers).unchanged(), "the original file finds everything as it was");
        }
    }

    @Test
    void should_let_the_vector_leg_filter_a_paper_by_an_organisation_it_gained_in_a_later_ingest() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            Paper bare = papers.get(0);
            Paper plain = new Paper(bare.id(), bare.title(), bare.abstractText(), List.of(), null, null, null,
                    null, null, null, List.of(), List.of(), List.of(), null, bare.sources());
            ingest(index, List.of(plain));
            Paper withOrg = new Paper(bare.id(), bare.title(), bare.abstractText(), List.of(), null, "2025-03-04", "Acme Labs",
                    null, null, null, List.of(), List.of(), List.of(), null, bare.sources());
            IngestSummary summary = ingest(index, List.of(withOrg));
            assertEquals(1, summary.updated());
            float[] query = embedder.embedQuery(bare.title());
            for (Filters filters : List.of(new Filters(null, null, "acme labs"), new Filters(LocalDate.of(2025, 3, 1), null, null))) {
                Snapshot.Legs legs = index.read(s -> s.legs(Map.of("the", 1.0), query, filters, 10, 10));
                assertEquals(List.of(bare.id()), List.copyOf(legs.dense().keySet()), filters.toString());
            }
        }
    }

    /** BibTeX and RIS records often give a month or a year only: a range finds them as it finds a day, in both legs and in memory. */
    @Test
    void should_find_a_paper_dated_by_month_or_year_in_a_date_range_that_holds_that_month_or_year() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            List<String> dates = List.of("2022-09", "2022", "2021-12-31", "7 Apr", "2023-01-01");
            List<Paper> dated = new ArrayList<>();
            for (int i = 0; i < dates.size(); i++) {
                Paper p = papers.get(i);
                dated.add(new Paper(p.id(), p.title(), p.abstractText(), List.of(), null, dates.get(i), null,
                        null, null, null, List.of(), List.of(), List.of(), null, p.sources()));
            }
            ingest(index, dated);
            Filters year2022 = Filters.parse("2022", "2022", null);
            assertEquals(new Filters(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31), null), year2022, "a year typed as a bound");
            assertEquals(new Filters(LocalDate.of(2024, 2, 1), LocalDate.of(2024, 2, 29), null), Filters.parse("2024-02", "2024-02", null));
            Set<String> expected = Set.of(dated.get(0).id(), dated.get(1).id());
            Map<String, Double> everyWord = new HashMap<>();
            for (Paper p : dated) for (String w : p.title().toLowerCase(Locale.ROOT).split("\\W+")) if (w.length() > 3) everyWord.put(w, 1.0);
            Snapshot.Legs legs = index.read(s -> s.legs(everyWord, embedder.embedQuery("reasoning"), year2022, 10, 20));
            assertEquals(expected, Set.copyOf(legs.lexical()));
            assertEquals(expected, legs.dense().keySet());
            assertEquals(expected, dated.stream().filter(year2022::matches).map(Paper::id).collect(Collectors.toSet()));
            Filters september = new Filters(LocalDate.of(2022, 9, 10), LocalDate.of(2022, 9, 20), null);
            assertEquals(List.of(), dated.stream().filter(september::matches).map(Paper::id).toList(),
                    "a range inside the month or year holds neither of its days: the paper may be from any of them");
        }
    }

    @Test
    void should_keep_stored_metadata_when_a_source_without_metadata_is_ingested() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            Paper withDate = papers.stream().filter(p -> p.date() != null).findFirst().orElseThrow();
            ingest(index, List.of(withDate));
            Paper bare = new Paper(withDate.id(), withDate.title(), withDate.abstractText(), List.of(), null, null, null,
                    null, null, null, List.of(), List.of(), List.of(), null, List.of(new dev.paperchat.corpus.Source("bare.jsonl", 1)));
            IngestSummary summary = ingest(index, List.of(bare));
            assertEquals(1, summary.updated(), "one more source");
            Paper stored = index.paper(withDate.id()).orElseThrow();
            assertEquals(withDate.date(), stored.date());
            assertEquals(withDate.organization(), stored.organization());
            assertEquals(withDate.sources().size() + 1, stored.sources().size());
        }
    }

    @Test
    void should_merge_two_records_that_are_one_stored_paper_by_different_keys_in_one_ingest() {
        String abstractText = "We scale test-time compute. It helps on math.";
        dev.paperchat.corpus.Source src = new dev.paperchat.corpus.Source("s.jsonl", 1);
        Paper stored = Paper.builder("Scaling Test-Time Compute", abstractText, src).doi("10.1000/xyz").build();
        // The BibTeX entry is found by its DOI, the listing by its title: they share no key with each other.
        Paper bib = Paper.builder("Scaling Test-Time Compute Optimally", abstractText, new dev.paperchat.corpus.Source("lib.bib", 3))
                .doi("10.1000/xyz").venue("JMLR").build();
        Paper listing = Paper.builder("Scaling Test-Time Compute", abstractText, new dev.paperchat.corpus.Source("list.txt", 1))
                .organization("Acme").build();
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            ingest(index, List.of(stored));
            // Two files of one ingest: the records are batches apart.
            List<Paper> files = new ArrayList<>(List.of(bib));
            for (int i = 0; i < Ingester.BATCH + 5; i++) {
                files.add(Paper.builder("Filler Paper Number " + i, "A filler abstract " + i + ". It says little.", src).build());
            }
            files.add(listing);
            ingest(index, files);
            Paper merged = index.paper(stored.id()).orElseThrow();
            assertEquals("JMLR", merged.venue(), "the first record's venue is kept");
            assertEquals("Acme", merged.organization(), "and the second's organisation");
            IngestSummary again = ingest(index, files);
            assertEquals(0, again.added() + again.updated(), "the same files change nothing: " + again);
            assertEquals(Ingester.BATCH + 6, index.stats().papers());
        }
    }

    @Test
    void should_store_one_work_arriving_by_atom_bibtex_and_listing_as_one_paper_idempotently() {
        var reader = CorpusReader.withAllFormats();
        Path fixtures = Path.of("src/test/resources/fixtures/formats");
        Paper listing = SampleCorpus.read(reader).papers().stream().filter(p -> p.title().startsWith("Quiet-STaR")).findFirst().orElseThrow();
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            ingest(index, List.of(listing));
            Ingester ingester = new Ingester(index, embedder, Chunker.DEFAULT);
            IngestSummary atom = ingester.ingest(reader.read(List.of(fixtures.resolve("arxiv-query.atom"))), IngestListener.NONE);
            assertEquals(1, atom.updated(), "the Atom entry of Quiet-STaR updates the listing's paper");
            assertEquals(3, atom.added());
            IngestSummary bib = ingester.ingest(reader.read(List.of(fixtures.resolve("zotero.bib"))), IngestListener.NONE);
            assertEquals(1, bib.updated());
            assertEquals(2, bib.added(), "its duplicate key's second entry is another work");
            assertEquals(6, index.stats().papers());

            Paper merged = index.paperByAnyId("2403.09629").orElseThrow();
            assertEquals(listing.id(), merged.id());
            assertEquals("zelikman2024quietstar", merged.citationKey());
            assertEquals(List.of("Eric Zelikman", "Georges Harik", "Noah D. Goodman"), merged.authors());
            assertEquals(listing.sources().size() + 2, merged.sources().size(), merged.sources().toString());
            assertEquals(merged, index.paperByAnyId("arxiv:2403.09629").orElseThrow());
            // A writer's \\cite{} key names the paper too, the entry's own or the one paperchat gives a paper without one.
            assertEquals(merged, index.paperByAnyId("zelikman2024quietstar").orElseThrow());
            assertEquals(merged, index.paperByAnyId("Zelikman2024QuietSTaR").orElseThrow(), "in any case, as a DOI is");
            assertEquals(merged, index.paperByAnyId(merged.id().toUpperCase(Locale.ROOT)).orElseThrow(), "paperchat's own id in any case too");

            IngestSummary again = ingester.ingest(reader.read(List.of(fixtures.resolve("zotero.bib"), fixtures.resolve("arxiv-query.atom"))),
                    IngestListener.NONE);
            assertEquals(0, again.added() + again.updated(), again.toString());
            assertEquals(6, again.papers());
            Paper keyless = SampleCorpus.read(reader).papers().stream().filter(p -> p.title().startsWith("The Markovian Thinker")).findFirst().orElseThrow();
            ingest(index, List.of(keyless));
            assertEquals(keyless.id(), index.paperByAnyId(Bibtex.key(keyless)).orElseThrow().id());
        }
    }

    @Test
    void should_keep_everything_after_close_and_reopen() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            ingest(index, papers);
        }
        try (PaperIndex reopened = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            assertEquals(12, reopened.stats().papers());
            assertEquals(papers.get(0), reopened.paper(papers.get(0).id()).orElseThrow());
        }
    }

    @Test
    void should_refuse_to_open_an_index_built_with_another_model() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            ingest(index, papers.subList(0, 1));
        }
        IndexException e = assertThrows(IndexException.class, () -> PaperIndex.open(dir, "other-model", 768));
        assertTrue(e.getMessage().contains("bge-small-en-v1.5-q"), e.getMessage());
        assertTrue(e.getMessage().contains("re-index"), e.getMessage());
    }

    @Test
    void should_refuse_a_second_writer_while_one_ingest_holds_the_lock() throws Exception {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension());
             var writer = index.openWriter()) {
            IndexException e = assertThrows(IndexException.class, index::openWriter);
            assertTrue(e.getMessage().contains("being written by another process"), e.getMessage());
        }
    }

    @Test
    void should_show_a_running_index_what_another_process_committed() throws Exception {
        try (PaperIndex server = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            assertEquals(0, server.stats().papers());
            try (PaperIndex cli = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
                ingest(cli, papers.subList(0, 3));
            }
            // The server's own ingest plans against the other's commit: the same papers are not stored twice.
            IngestSummary again = ingest(server, papers.subList(0, 3));
            assertEquals(List.of(0, 3), List.of(again.added(), again.unchanged()));
            try (PaperIndex cli = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
                ingest(cli, papers.subList(3, 5));
            }
            long deadline = System.nanoTime() + 30_000_000_000L;
            while (server.stats().papers() < 5 && System.nanoTime() < deadline) Thread.sleep(100);
            assertEquals(5, server.stats().papers(), "searches see the other process's papers without a restart");
            assertTrue(server.paper(papers.get(4).id()).isPresent());
        }
    }

    @Test
    void should_count_a_paper_read_with_a_warning_as_stored_not_rejected() {
        try (PaperIndex index = PaperIndex.open(dir, embedder.name(), embedder.dimension())) {
            List<dev.paperchat.corpus.ParseError> errors = List.of(
                    dev.paperchat.corpus.ParseError.warning("a.txt", 3, "invalid UTF-8 bytes, replaced by U+FFFD"),
                    new dev.paperchat.corpus.ParseError("a.txt", 9, "title with no abstract"));
            IngestSummary summary = new Ingester(index, embedder, Chunker.DEFAULT)
                    .ingest(new ParseResult(papers.subList(0, 2), errors), IngestListener.NONE);
            assertEquals(List.of(2, 1), List.of(summary.added(), summary.rejected()));
            assertEquals(errors, summary.errors(), "both are reported");
        }
    }
}
