package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PapersCommandIT {

    @Test
    void should_list_the_papers_a_page_at_a_time_with_the_filters(@TempDir Path dir) throws Exception {
        Path papers = dir.resolve("papers.jsonl");
        Files.writeString(papers, """
                {"title": "Zebra Reasoning", "abstract": "We study zebras.", "date": "2024-03-01"}
                {"title": "Apple Reasoning", "abstract": "We study apples.", "date": "2025-06-01"}
                {"title": "Mango Reasoning", "abstract": "We study mangoes.", "date": "2025-07-01"}
                """);
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("ingest", "--index", index, papers.toString()).status());

        CliRun page = CliRun.of("papers", "--index", index, "--limit", "2");
        assertEquals(0, page.status(), page.err());
        String[] lines = page.out().strip().split("\n");
        assertTrue(lines[0].endsWith("2025-06-01  -  Apple Reasoning") && lines[1].endsWith("Mango Reasoning"), page.out());
        assertEquals("(1-2 of 3 papers; the next page: --offset 2)", lines[2]);

        JsonNode dated = new ObjectMapper().readTree(CliRun.of("papers", "--index", index, "--from", "2025", "--json").out());
        assertEquals(2, dated.get("total").asInt());
        assertEquals("Apple Reasoning", dated.at("/papers/0/title").asText());
        assertFalse(dated.at("/papers/0").has("abstractText"));
        JsonNode abstracts = new ObjectMapper().readTree(CliRun.of("papers", "--index", index, "--json", "--abstracts").out());
        assertFalse(abstracts.at("/papers/0/abstractText").asText().isBlank(), abstracts.toString());
        String[] withAbstracts = CliRun.of("papers", "--index", index, "--abstracts", "--limit", "1").out().split("\n");
        assertTrue(withAbstracts[0].endsWith("Apple Reasoning"), withAbstracts[0]);
        assertEquals("    " + abstracts.at("/papers/0/abstractText").asText(), withAbstracts[1], "the abstract under its paper's line");

        CliRun none = CliRun.of("papers", "--index", index, "--offset", "3");
        assertEquals("(none of 3 papers)", none.out().strip());
        CliRun bad = CliRun.of("papers", "--index", index, "--limit", "501");
        assertEquals(2, bad.status());
        assertTrue(bad.err().contains("limit must be between 1 and 500, was 501"), bad.err());
    }
}
