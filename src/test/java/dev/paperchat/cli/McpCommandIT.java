package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.app.Config;
import dev.paperchat.app.PaperChat;
import dev.paperchat.app.SampleIndex;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.ParseResult;
import dev.paperchat.corpus.Source;
import dev.paperchat.index.IndexException;
import dev.paperchat.index.IngestListener;
import dev.paperchat.index.PaperIndex;
import dev.paperchat.index.PaperWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class McpCommandIT {
    /** A stdio server whose first ingest met another process's writer answers again once that writer is done, without a restart. */
    @Test
    void should_try_the_sample_ingest_again_after_another_writer_is_done(@TempDir Path dir) {
        var embedder = SampleIndex.get().embedder();
        try (PaperChat app = new PaperChat(Config.of(Map.of("index", dir.toString())), embedder)) {
            McpCommand.SampleReady ready;
            try (PaperIndex other = PaperIndex.open(dir, embedder.name(), embedder.dimension()); PaperWriter writer = other.openWriter()) {
                ready = new McpCommand.SampleReady(app);
                IndexException.Busy busy = assertThrows(IndexException.Busy.class, ready::get);
                assertTrue(busy.getMessage().startsWith("index "), "its own words, no wrapper's class name: " + busy.getMessage());
                assertFalse(busy.getMessage().contains("Exception"), busy.getMessage());
            }
            // The other process stored a paper meanwhile: the collection is no longer empty, and the sample is not ingested.
            app.ingester().ingest(new ParseResult(List.of(Paper.of("A Paper Stored Meanwhile", "It was stored by another writer.",
                    List.of(), null, null, null, null, new Source("other.jsonl", 1))), List.of()), IngestListener.NONE);
            assertSame(app, ready.get());
            assertEquals(1, app.index().stats().papers());
        }
    }
}
