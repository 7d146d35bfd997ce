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

    /** A first `ask` fills an empty index with the sample corpus, which takes half a minute: it says so before, not after. */
    @Test
    void should_say_that_it_ingests_the_sample_corpus_into_an_empty_index_first(@TempDir Path dir) {
        CliRun ask = CliRun.of("ask", "--index", dir.resolve("index").toString(), "--mode", "extractive", "What is EMPO?");
        assertEquals(0, ask.status(), ask.err());
        assertTrue(ask.err().contains("paperchat: the index is empty; ingesting the sample corpus first (300 papers, about half a minute, once)"), ask.err());
        assertTrue(ask.out().contains("EMPO"), ask.out());
    }

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

    /** No abstract writes its own DOI or arXiv id: the question asks about the paper it names. */
    @Test
    void should_answer_about_the_paper_a_doi_or_arxiv_id_names(@TempDir Path dir) throws Exception {
        Path papers = Files.writeString(dir.resolve("glaciers.jsonl"), """
                {"title": "Glacier Melt in the Alps", "abstract": "We measure glacier melt from satellite images.", "doi": "10.1000/melt.1"}
                {"title": "Glacier Surges in Svalbard", "abstract": "We measure glacier surges from radar.", "url": "https://arxiv.org/abs/2401.00002v2"}
                """);
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("ingest", "--index", index, papers.toString()).status());
        for (String question : new String[] {"What is arXiv:2401.00002 about?", "what does https://arxiv.org/abs/2401.00002 measure?",
                "What does 10.1000/MELT.1 do?"}) {
            CliRun ask = CliRun.of("ask", "--index", index, "--json", "--mode", "extractive", question);
            assertEquals(0, ask.status(), ask.err());
            JsonNode answer = new ObjectMapper().readTree(ask.out());
            assertTrue(answer.get("covered").asBoolean(), answer.toString());
            String expected = question.contains("MELT") ? "Glacier Melt in the Alps" : "Glacier Surges in Svalbard";
            assertEquals(expected, answer.get("sources").get(0).get("title").asText(), answer.toString());
        }
    }
}
