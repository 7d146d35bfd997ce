package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.paperchat.app.SampleIndex;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class EvalCommandIT {

    @Test
    void should_print_the_figures_of_a_small_evaluation_file_as_json() throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        // The CLI opens the same index beside the shared one: readers need no lock.
        {
            CliRun run = CliRun.of("eval", "--index", index.toString(), "--json", "src/test/resources/fixtures/eval-small.jsonl");
            assertEquals(0, run.status(), run.err());
            JsonNode report = new ObjectMapper().readTree(run.out());
            assertEquals(3, report.get("questions").asInt());
            assertEquals(1.0, report.at("/byType/title/mrr").asDouble());
            assertEquals(1.0, report.at("/byType/title/recall@10").asDouble());
            // One of the two relevant titles of s2 is not in the index: recall is at most a half, and it is reported.
            assertTrue(report.at("/byType/topic/recall@10").asDouble() <= 0.5);
            assertEquals("s2: A Paper That Does Not Exist", report.get("unknownTitles").get(0).asText());
            assertEquals(1.0, report.at("/abstention/abstained").asDouble());
            assertEquals(2, report.at("/overall/n").asInt());
        }
    }

    @Test
    void should_print_a_table_with_every_mode_when_comparing() throws Exception {
        Path index = Path.of(SampleIndex.get().index().location());
        {
            CliRun run = CliRun.of("eval", "--index", index.toString(), "--compare", "src/test/resources/fixtures/eval-small.jsonl");
            assertEquals(0, run.status(), run.err());
            for (String mode : new String[] {"bm25", "vector", "hybrid"}) {
                assertTrue(run.out().lines().anyMatch(l -> l.matches(mode + " +overall +2 .*")), run.out());
            }
            assertTrue(run.out().contains("Titles not in the index"));
        }
    }

    @Test
    void should_name_the_line_of_a_bad_evaluation_file() throws Exception {
        Path bad = java.nio.file.Files.createTempFile("bad", ".jsonl");
        java.nio.file.Files.writeString(bad, "{\"id\":\"x\",\"type\":\"topic\",\"question\":\"q\"}\n{oops\n");
        CliRun run = CliRun.of("eval", "--index", "target/unused-index", bad.toString());
        assertEquals(2, run.status());
        assertTrue(run.err().contains(bad + ":2:"), run.err());

        Path latin1 = java.nio.file.Files.createTempFile("latin1", ".jsonl");
        java.nio.file.Files.write(latin1, "{\"question\": \"caf\u00e9\"}\n".getBytes(java.nio.charset.StandardCharsets.ISO_8859_1));
        CliRun notUtf8 = CliRun.of("eval", "--index", "target/unused-index", latin1.toString());
        assertEquals(2, notUtf8.status());
        assertTrue(notUtf8.err().contains(latin1 + ": not UTF-8 text"), notUtf8.err());
        CliRun missing = CliRun.of("eval", "--index", "target/unused-index", "target/no-such-eval.jsonl");
        assertEquals(2, missing.status());
        assertTrue(missing.err().contains("target/no-such-eval.jsonl: no such file"), missing.err());
    }
}
