package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Runs bench with tiny sizes: every row is printed. Figures are not asserted: timings belong to bench, not to tests. */
class BenchCommandIT {

    @Test
    void should_print_every_row_for_a_tiny_synthetic_corpus_with_fake_embeddings() {
        CliRun run = CliRun.of("bench", "--papers", "300", "--fake-embeddings", "--runs", "1", "--queries", "3");
        assertEquals(0, run.status(), run.err());
        for (String row : List.of("ingest (median)", "query embedding (floor)", "search (hybrid)", "ask extractive: first sentence",
                "ask extractive: complete", "cite by title", "cite by claim", "cite a 10,000-character text", "search during an ingest", "peak heap", "peak resident memory", "index on disk", "vector recall@10")) {
            assertTrue(run.out().contains(row), row + " missing in\n" + run.out());
        }
        assertTrue(run.out().contains("300 papers"));
        assertTrue(run.out().contains("fake-random-384"));
    }

    @Test
    void should_refuse_sizes_below_one_before_measuring_anything() {
        for (String[] option : new String[][] {{"--ingest-papers", "-1"}, {"--runs", "0"}, {"--queries", "0"}}) {
            CliRun run = CliRun.of("bench", option[0], option[1]);
            assertEquals(2, run.status(), option[0] + ": " + run.err());
            assertTrue(run.err().contains(option[0] + " must be"), run.err());
        }
    }

    @Test
    void should_print_the_documented_json_for_the_sample_with_the_real_model() throws Exception {
        CliRun run = CliRun.of("bench", "--json", "--runs", "1", "--queries", "2", "--ingest-papers", "3", "--no-cold-start");
        assertEquals(0, run.status(), run.err());
        JsonNode report = new ObjectMapper().readTree(run.out());
        for (String field : List.of("embedRawPerSecond", "ingestChunksPerSecond", "ingestPapersPerSecond", "queryEmbedMs", "searchMs",
                "askMs", "citeTitleMs", "citeLongestMs", "searchDuringIngestMs", "vectorRecallAt10", "heapMiB", "runs")) {
            assertTrue(report.has(field), field);
        }
        assertEquals(300, report.get("papers").asInt());
        assertTrue(report.at("/searchMs/p50").asDouble() > 0);
        assertEquals(3, report.at("/citeLongestMs/n").asInt(), "a list of titles, a passage and random names, once a run");
        assertTrue(report.at("/searchDuringIngestMs/n").asInt() > 0, "searches ran while the sample was ingested");
        double recall = report.get("vectorRecallAt10").asDouble();
        assertTrue(recall > 0.5 && recall <= 1.0, "HNSW over 300 vectors finds most true neighbours: " + recall);
    }
}
