package dev.paperchat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.retrieve.Evidence;
import dev.paperchat.retrieve.Fusion;
import dev.paperchat.retrieve.HybridRetriever;
import dev.paperchat.retrieve.SearchRequest;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Queries keep answering while an ingest writes; two ingests in one process take turns. */
class ConcurrencyIT {
    @TempDir
    Path dir;

    @Test
    void should_answer_queries_while_an_ingest_runs() throws Exception {
        List<Paper> corpus = IngestProcess.corpus(2_000);
        try (PaperIndex index = PaperIndex.open(dir, IngestProcess.EMBEDDER.name(), IngestProcess.EMBEDDER.dimension())) {
            HybridRetriever retriever = new HybridRetriever(index, IngestProcess.EMBEDDER, Fusion.DEFAULT, Evidence.DEFAULT);
            CompletableFuture<IngestSummary> ingest = CompletableFuture.supplyAsync(() ->
                    new Ingester(index, IngestProcess.EMBEDDER, Chunker.DEFAULT).ingest(new ParseResult(corpus, List.of()), IngestListener.NONE));
            AtomicInteger searches = new AtomicInteger(), withResults = new AtomicInteger();
            while (!ingest.isDone()) {
                var result = retriever.search(new SearchRequest("reinforcement learning for reasoning", 5));
                assertTrue(result.hits().size() <= 5);
                searches.incrementAndGet();
                if (!result.hits().isEmpty()) withResults.incrementAndGet();
            }
            assertEquals(2_000, ingest.get().papers());
            assertTrue(searches.get() > 0, "searches ran while the ingest did");
            assertTrue(withResults.get() > 0, "commits made during the ingest are visible to searches");
        }
    }

    @Test
    void should_serialise_two_ingests_in_one_process_without_duplicates() throws Exception {
        List<Paper> corpus = IngestProcess.corpus(600);
        try (PaperIndex index = PaperIndex.open(dir, IngestProcess.EMBEDDER.name(), IngestProcess.EMBEDDER.dimension())) {
            Ingester ingester = new Ingester(index, IngestProcess.EMBEDDER, Chunker.DEFAULT);
            var first = CompletableFuture.supplyAsync(() -> ingester.ingest(new ParseResult(corpus, List.of()), IngestListener.NONE));
            var second = CompletableFuture.supplyAsync(() -> ingester.ingest(new ParseResult(corpus, List.of()), IngestListener.NONE));
            IngestSummary a = first.get(), b = second.get();
            assertEquals(600, a.added() + b.added(), "each paper added once");
            assertEquals(600, a.unchanged() + b.unchanged(), "and found unchanged by the other");
            assertEquals(600, index.stats().papers());
        }
    }
}
