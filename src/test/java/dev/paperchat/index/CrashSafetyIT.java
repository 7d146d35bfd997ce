package dev.paperchat.index;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Chunker;
import dev.paperchat.corpus.Paper;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.TermQuery;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Kills an ingesting process with SIGKILL at several points: the index always opens, holds
 * exactly the papers of its last commit (whole, with all their chunks), and the same ingest run
 * again completes with no duplicates and the counts of an uninterrupted run.
 */
class CrashSafetyIT {
    static final int PAPERS = 2_600;

    @TempDir
    Path dir;

    @Test
    void should_recover_from_sigkill_at_several_points_without_duplicates_or_half_papers() throws Exception {
        List<Paper> corpus = IngestProcess.corpus(PAPERS);
        int expectedChunks = corpus.stream().mapToInt(p -> Chunker.DEFAULT.chunk(p.id(), p.abstractText()).size()).sum();
        for (int killAfter : new int[] {600, 1_100, 1_700}) {
            Process process = start();
            waitForProgress(process, killAfter);
            process.destroyForcibly().waitFor(30, TimeUnit.SECONDS); // SIGKILL: no shutdown hook, no close
            long papers = checkConsistent(corpus);
            System.out.println("killed after " + killAfter + " papers written: " + papers + " committed papers survive");
            assertTrue(papers % Ingester.COMMIT_EVERY == 0, "only whole commits survive, found " + papers);
        }
        Process last = start();
        String done = waitForLine(last, "done");
        assertEquals(0, last.waitFor());
        String[] figures = done.split(" ");
        assertEquals(PAPERS, Integer.parseInt(figures[3]), done);
        assertEquals(expectedChunks, Integer.parseInt(figures[4]), done);
        assertEquals(PAPERS, checkConsistent(corpus));
    }

    private Process start() throws Exception {
        String java = ProcessHandle.current().info().command().orElse("java");
        return new ProcessBuilder(java, "--enable-native-access=ALL-UNNAMED", "-cp", System.getProperty("java.class.path"),
                IngestProcess.class.getName(), dir.toString(), String.valueOf(PAPERS))
                .redirectError(ProcessBuilder.Redirect.DISCARD).start();
    }

    private static void waitForProgress(Process process, int papers) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        for (String line; (line = out.readLine()) != null; ) {
            if (line.startsWith("progress ") && Integer.parseInt(line.substring(9)) >= papers) return;
        }
        throw new AssertionError("the ingest ended before " + papers + " papers");
    }

    private static String waitForLine(Process process, String prefix) throws Exception {
        BufferedReader out = new BufferedReader(new InputStreamReader(process.getInputStream()));
        for (String line; (line = out.readLine()) != null; ) if (line.startsWith(prefix)) return line;
        throw new AssertionError("no line starting with " + prefix);
    }

    /** Opens the index as a new process would and checks every paper is whole; returns the paper count. */
    private long checkConsistent(List<Paper> corpus) {
        try (var index = PaperIndex.open(dir, IngestProcess.EMBEDDER.name(), IngestProcess.EMBEDDER.dimension())) {
            IndexStats stats = index.stats();
            // Papers are written in order and committed in order: what survives is a prefix of the corpus.
            long expectedChunks = 0;
            for (int i = 0; i < stats.papers(); i++) {
                Paper paper = corpus.get(i);
                int chunks = Chunker.DEFAULT.chunk(paper.id(), paper.abstractText()).size();
                expectedChunks += chunks;
                long stored = index.search(s -> (long) s.count(new TermQuery(new Term(Fields.PAPER_ID, paper.id()))));
                assertEquals(chunks, stored, "chunks of paper " + i);
                assertEquals(1L, (long) index.search(s -> s.count(new TermQuery(new Term(Fields.ID, paper.id())))), "paper " + i + " once");
            }
            assertEquals(expectedChunks, stats.chunks());
            return stats.papers();
        }
    }
}
