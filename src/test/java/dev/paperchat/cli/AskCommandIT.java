package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class AskCommandIT {

    /** `ask` takes the filters `search` and the API take. */
    @Test
    void should_answer_from_the_papers_the_filters_leave(@TempDir Path dir) throws Exception {
        Path papers = Files.writeString(dir.resolve("glaciers.jsonl"), """
                {"title": "Glacier Melt in the Alps", "abstract": "We measure glacier melt from satellite images.", "date": "2022-09"}
                {"title": "Glacier Retreat in Patagonia", "abstract": "We measure glacier retreat from aerial photographs.", "date": "2021"}
                {"title": "Glacier Surges in Svalbard", "abstract": "We measure glacier surges from radar.", "date": "2023-03-01"}
                """);
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("ingest", "--index", index, papers.toString()).status());
        CliRun ask = CliRun.of("ask", "--index", index, "--json", "--mode", "extractive", "--from", "2022", "--to", "2022", "how do we measure glaciers?");
        assertEquals(0, ask.status(), ask.err());
        JsonNode answer = new ObjectMapper().readTree(ask.out());
        Set<String> titles = new HashSet<>();
        answer.get("sources").forEach(source -> titles.add(source.get("title").asText()));
        assertEquals(Set.of("Glacier Melt in the Alps"), titles, answer.toString());
        assertTrue(answer.get("notices").toString().contains("Only papers matching the filters"), answer.toString());
        CliRun bad = CliRun.of("ask", "--index", index, "--from", "2022-13", "glaciers");
        assertEquals(2, bad.status(), bad.err());
    }
}
