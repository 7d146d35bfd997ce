package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CiteCommandIT {

    @Test
    void should_print_the_bibtex_of_a_paper_named_by_its_id_doi_or_arxiv_id(@TempDir Path dir) throws Exception {
        Path papers = dir.resolve("papers.jsonl");
        Files.writeString(papers, "{\"title\": \"A Paper With Identifiers\", \"abstract\": \"We are found by DOI. And by arXiv id.\","
                + " \"doi\": \"10.1000/ABC.2\", \"url\": \"https://arxiv.org/abs/2401.00001v3\", \"date\": \"2024-01-02\"}\n");
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("ingest", "--index", index, papers.toString()).status());
        for (String id : new String[] {dev.paperchat.corpus.Titles.id("A Paper With Identifiers"), "10.1000/abc.2", "doi:10.1000/ABC.2", "arXiv:2401.00001v3"}) {
            CliRun run = CliRun.of("cite", "--index", index, "--id", id);
            assertEquals(0, run.status(), id + ": " + run.err());
            assertTrue(run.out().startsWith("@"), run.out());
            assertTrue(run.out().contains("A Paper With Identifiers"), run.out());
        }
        CliRun missing = CliRun.of("cite", "--index", index, "--id", "10.1000/nothing");
        assertNotEquals(0, missing.status());
        assertTrue(missing.err().contains("no paper with id, DOI or arXiv id 10.1000/nothing"), missing.err());
    }
}
