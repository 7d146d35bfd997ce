package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class CliErrorsTest {

    @Test
    void should_answer_a_bad_option_in_a_line_and_point_to_the_help() {
        CliRun badDate = CliRun.of("search", "--from", "2025-13-01", "entropy");
        assertEquals(2, badDate.status());
        assertEquals(List.of("paperchat: Invalid value for option '--from': '2025-13-01' is not a date (YYYY-MM-DD, YYYY-MM or YYYY)",
                "See 'paperchat search --help'."), badDate.err().lines().toList());
        CliRun typo = CliRun.of("search", "--frm", "2025-01-01", "entropy");
        assertEquals(2, typo.status());
        assertTrue(typo.err().startsWith("paperchat: Unknown option: '--frm'"), typo.err());
        assertTrue(typo.err().contains("--from"), "suggests the option meant: " + typo.err());
        assertTrue(typo.err().lines().count() <= 4, typo.err());
        CliRun swapped = CliRun.of("ingest", "x.jsonl", "--idnex", "/tmp/nowhere");
        assertEquals(List.of("paperchat: Unknown option: '--idnex'", "Did you mean --index?", "See 'paperchat ingest --help'."),
                swapped.err().lines().toList());
        CliRun nothingLike = CliRun.of("search", "--zzzzzz", "entropy");
        assertEquals(List.of("paperchat: Unknown option: '--zzzzzz'", "See 'paperchat search --help'."), nothingLike.err().lines().toList());
    }

    /** A file where the index should be, and an index whose files are damaged, are said so, not by Lucene's internals. */
    @Test
    void should_say_an_index_that_is_a_file_or_damaged(@org.junit.jupiter.api.io.TempDir Path dir) throws Exception {
        String file = Files.writeString(dir.resolve("index.txt"), "not an index").toString();
        CliRun stats = CliRun.of("stats", "--index", file);
        assertEquals(2, stats.status());
        assertTrue(stats.err().contains(file + " is a file, not an index directory"), stats.err());
        CliRun ask = CliRun.of("ask", "--index", file, "--mode", "extractive", "entropy");
        assertTrue(ask.err().contains("cannot open index " + file + ": it is a file, not a directory"), ask.err());
        Path damaged = Files.createDirectories(dir.resolve("damaged"));
        Files.writeString(damaged.resolve("segments_1"), "junk junk junk junk");
        CliRun read = CliRun.of("stats", "--index", damaged.toString());
        assertEquals(2, read.status(), "--index names no index it can read: " + read.err());
        assertEquals("paperchat: cannot read index " + damaged + ": its files are damaged, or are no index paperchat wrote"
                + " (move the directory aside and ingest again)", read.err().lines().filter(l -> l.startsWith("paperchat:")).findFirst().orElse(""));
    }

    @Test
    void should_print_a_bad_option_as_json_under_json() throws Exception {
        CliRun typo = CliRun.of("search", "--limit", "3", "reasoning", "--json");
        assertEquals(2, typo.status());
        var failure = dev.paperchat.app.Json.MAPPER.readTree(typo.out());
        assertEquals("Unknown option: '--limit'", failure.get("error").asText().lines().findFirst().orElse(""), typo.out());
        assertEquals(2, failure.get("status").asInt());
        assertTrue(typo.err().startsWith("paperchat: Unknown option: '--limit'"), "stderr says it as without --json: " + typo.err());
        CliRun badDate = CliRun.of("search", "reasoning", "--from", "2025-13", "--json");
        assertTrue(dev.paperchat.app.Json.MAPPER.readTree(badDate.out()).get("error").asText().contains("is not a date"), badDate.out());
        CliRun noQuestion = CliRun.of("ask", "--json");
        assertEquals(2, dev.paperchat.app.Json.MAPPER.readTree(noQuestion.out()).get("status").asInt(), noQuestion.out());
    }
}
