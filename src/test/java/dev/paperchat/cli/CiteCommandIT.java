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
        String index = ingested(dir, "{\"title\": \"A Paper With Identifiers\", \"abstract\": \"We are found by DOI. And by arXiv id.\","
                + " \"doi\": \"10.1000/ABC.2\", \"url\": \"https://arxiv.org/abs/2401.00001v3\", \"date\": \"2024-01-02\"}\n");
        for (String id : new String[] {dev.paperchat.corpus.Titles.id("A Paper With Identifiers"), "10.1000/abc.2", "doi:10.1000/ABC.2", "arXiv:2401.00001v3"}) {
            CliRun run = CliRun.of("cite", "--index", index, "--id", id);
            assertEquals(0, run.status(), id + ": " + run.err());
            assertTrue(run.out().startsWith("% Incomplete: no author names; add them before citing.\n@"), run.out());
            assertTrue(run.out().contains("A Paper With Identifiers"), run.out());
        }
        // --json gives the record the API's GET /api/papers/{id} gives, year, DOI and arXiv id read from it.
        CliRun json = CliRun.of("cite", "--index", index, "--id", "10.1000/abc.2", "--json");
        assertEquals(0, json.status(), json.err());
        for (String field : new String[] {"\"year\":2024", "\"doi\":\"10.1000/abc.2\"", "\"arxivId\":\"2401.00001\"", "\"title\":\"A Paper With Identifiers\""}) {
            assertTrue(json.out().contains(field), field + " in " + json.out());
        }
        CliRun missing = CliRun.of("cite", "--index", index, "--id", "10.1000/nothing");
        assertNotEquals(0, missing.status());
        assertTrue(missing.err().contains("no paper with id, DOI, arXiv id or BibTeX key 10.1000/nothing"), missing.err());
    }

    /** Writers paste a link, a BibTeX entry or a reference that quotes its title where a title is asked for. */
    @Test
    void should_find_a_paper_by_a_pasted_link_bibtex_entry_or_reference(@TempDir Path dir) throws Exception {
        String index = ingested(dir, "{\"title\": \"LazyEviction: Lagged Eviction for Long Reasoning\", \"abstract\": \"We evict cache entries late.\","
                + " \"doi\": \"10.1000/ABC.2\", \"url\": \"https://arxiv.org/abs/2401.00001v3\"}\n"
                + "{\"title\": \"Another Paper on Reasoning\", \"abstract\": \"We study long reasoning and eviction of the cache.\"}\n");
        for (String pasted : new String[] {"https://doi.org/10.1000/abc.2", "https://arxiv.org/pdf/2401.00001v1", "arXiv:2401.00001", "2401.00001",
                "@inproceedings{zhang2025, title = {{LazyEviction}: Lagged Eviction for Long Reasoning}, booktitle = {NeurIPS}, year = {2025}}",
                "[12] H. Zhang et al., \u201cLazyEviction: Lagged Eviction for Long Reasoning,\u201d in NeurIPS, 2025.",
                "Lazy Eviction: Lagged Eviction for Long Reasoning", "https://doi.org/10.1000/nothing https://arxiv.org/abs/2401.00001"}) {
            CliRun run = CliRun.of("cite", "--index", index, "--title", pasted, "--json");
            assertEquals(0, run.status(), pasted + ": " + run.err());
            assertTrue(run.out().contains("\"found\" : true") || run.out().contains("\"found\":true"), pasted + ": " + run.out());
            assertTrue(run.out().indexOf("LazyEviction") < run.out().indexOf("Another Paper"), pasted + ": " + run.out());
        }
        CliRun unknown = CliRun.of("cite", "--index", index, "--title", "https://doi.org/10.1000/nothing", "--json");
        assertTrue(unknown.out().contains("\"found\" : false") || unknown.out().contains("\"found\":false"), unknown.out());
    }

    /** A writer pastes a paragraph of their draft: each sentence gets its own source and BibTeX entry. */
    @Test
    void should_look_up_each_claim_of_a_pasted_passage(@TempDir Path dir) throws Exception {
        String index = ingested(dir, "{\"title\": \"Cassowary Claws\", \"abstract\": \"We show that cassowary claws grow back within a year.\"}\n"
                + "{\"title\": \"Penguin Migration\", \"abstract\": \"We find that penguins migrate further in warm years.\"}\n");
        CliRun run = CliRun.of("cite", "--index", index, "-k", "1", "--claim",
                "Cassowary claws grow back within a year. Penguins migrate further in warm years.");
        assertEquals(0, run.status(), run.err());
        String out = run.out();
        assertTrue(out.startsWith("The passage holds 2 claims; each sentence is looked up on its own.\n"), out);
        int first = out.indexOf("Claim 1: \"Cassowary claws grow back within a year.\"\nCassowary Claws  (confidence");
        int second = out.indexOf("Claim 2: \"Penguins migrate further in warm years.\"\nPenguin Migration  (confidence");
        assertTrue(first > 0 && second > first, out);
        assertTrue(out.indexOf("title = {{Cassowary Claws}}") > second && out.indexOf("title = {{Penguin Migration}}") > second,
                "a BibTeX entry for each claim's source: " + out);
    }

    /** An index in {@code dir} of the papers of the JSONL text. */
    private static String ingested(Path dir, String jsonl) throws Exception {
        Path papers = Files.writeString(dir.resolve("papers.jsonl"), jsonl);
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("ingest", "--index", index, papers.toString()).status());
        return index;
    }
}
