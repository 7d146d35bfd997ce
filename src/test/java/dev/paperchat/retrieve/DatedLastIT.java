package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;

import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.Source;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.FakeEmbeddingModel;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.Ingester;
import dev.paperchat.index.PaperIndex;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The newest and oldest paper by their records' dates, which BibTeX and RIS often give as a year or a month alone. */
class DatedLastIT {
    private static final Embedder EMBEDDER = new Embedder(new FakeEmbeddingModel(384), FakeEmbeddingModel.NAME, "");

    @Test
    void should_place_a_paper_by_its_day_before_one_dated_by_its_year_alone(@TempDir Path dir) {
        try (PaperIndex index = indexOf(dir, "2025-11-20", "2025", "2025-01-15", "2025-03", "7 Apr")) {
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);
            assertEquals("2025-11-20", retriever.datedLast(true).paper().orElseThrow().date(), "a year alone spans every month, and is placed in none");
            assertEquals("2025-01-15", retriever.datedLast(false).paper().orElseThrow().date());
            assertEquals(1, retriever.datedLast(true).undated());
        }
    }

    @Test
    void should_take_a_year_alone_when_no_record_of_that_year_gives_more(@TempDir Path dir) {
        try (PaperIndex index = indexOf(dir, "2024", "2025", "2023-06")) {
            HybridRetriever retriever = new HybridRetriever(index, EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);
            assertEquals("2025", retriever.datedLast(true).paper().orElseThrow().date());
            assertEquals("2023-06", retriever.datedLast(false).paper().orElseThrow().date());
        }
    }

    private static PaperIndex indexOf(Path dir, String... dates) {
        List<Paper> papers = new ArrayList<>();
        for (int i = 0; i < dates.length; i++) {
            papers.add(Paper.builder("Study number " + i, "We study topic " + i + " of reasoning.", new Source("t", i + 1)).date(dates[i]).build());
        }
        PaperIndex index = PaperIndex.open(dir, EMBEDDER.name(), EMBEDDER.dimension());
        new Ingester(index, EMBEDDER, Chunker.DEFAULT).ingest(new ParseResult(papers, List.of()), IngestListener.NONE);
        return index;
    }
}
