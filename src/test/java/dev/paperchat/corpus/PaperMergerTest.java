package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class PaperMergerTest {
    private static Paper paper(String file, String abstractText, String date, String organization, List<String> keywords) {
        return Paper.builder("A Paper", abstractText, new Source(file, 1)).date(date).organization(organization).keywords(keywords).build();
    }

    @Test
    void should_take_an_edit_of_the_same_file_whole() {
        Paper stored = paper("papers.jsonl", "The full abstract. It is long enough.", "2025-08-15", "Acme", List.of("rl", "entropy"));
        Paper edited = paper("papers.jsonl", "The full abstract. It is long enough.", "2025-08-25", null, List.of("rl"));
        Paper updated = PaperMerger.update(stored, edited);
        assertEquals("2025-08-25", updated.date(), "a corrected date, though later");
        assertEquals(null, updated.organization(), "a removed field");
        assertEquals(List.of("rl"), updated.keywords(), "a removed keyword");
    }

    @Test
    void should_warn_of_one_work_given_two_abstracts_by_two_files_of_one_run() {
        Paper fsharp = Paper.builder("F# Providers", "Type providers in F# generate types.", new Source("fsharp.jsonl", 1)).build();
        Paper fstar = Paper.builder("F* Providers", "F* is a proof-oriented language with providers.", new Source("fstar.jsonl", 3)).build();
        List<ParseError> warnings = PaperMerger.conflictsAcrossFiles(List.of(fsharp, fstar));
        assertEquals(1, warnings.size());
        assertEquals("fstar.jsonl", warnings.get(0).file());
        assertEquals(3, warnings.get(0).line());
        assertEquals("repeats the work \"F# Providers\" read from fsharp.jsonl:1 (the same title, but for case and punctuation) with another abstract: they are"
                + " one paper, with the longer abstract; two works need titles that differ in more than case and punctuation", warnings.get(0).message());
        // The same abstract twice (a listing page and its JSONL export), or one cut short, is one work as expected; one file's repeats are its own to tell.
        Paper cut = Paper.builder("F# providers", "Type providers in F#", new Source("listing.txt", 9)).build();
        Paper again = Paper.builder("F# Providers", "F# again, other words.", new Source("fsharp.jsonl", 2)).build();
        assertEquals(List.of(), PaperMerger.conflictsAcrossFiles(List.of(fsharp, cut, again)));
    }

    @Test
    void should_keep_the_richer_record_when_the_work_arrives_by_another_route() {
        Paper stored = paper("listing.txt", "The full abstract. It is long enough to win.", "2025-08-15", "Acme", List.of("rl"));
        Paper other = paper("refs.bib", "Short.", "2025-09-01", null, List.of("entropy"));
        Paper updated = PaperMerger.update(stored, other);
        assertEquals("The full abstract. It is long enough to win.", updated.abstractText());
        assertEquals("2025-08-15", updated.date(), "the first appearance");
        assertEquals("Acme", updated.organization(), "metadata the newer record lacks is kept");
        assertEquals(List.of("entropy", "rl"), updated.keywords().stream().sorted().toList());
    }

    @Test
    void should_keep_the_fuller_author_list_and_only_web_links() {
        Paper record = Paper.builder("A Paper", "The abstract.", new Source("papers.jsonl", 1)).authors(List.of("Ann Lee", "Bob Ray"))
                .link("javascript:alert(1)").link("file:///etc/passwd").link("https://example.org/a-paper").build();
        Paper arxiv = Paper.builder("A Paper", "The abstract.", new Source("feed.atom", 3)).authors(List.of("Ann Lee")).build();
        assertEquals(List.of("https://example.org/a-paper"), record.links());
        assertEquals(List.of("Ann Lee", "Bob Ray"), PaperMerger.update(record, arxiv).authors());
        assertEquals(List.of("Ann Lee", "Bob Ray"), PaperMerger.update(arxiv, record).authors());
    }

    @Test
    void should_replace_a_stored_abstract_that_is_longer_only_by_latex_escapes() {
        Paper fresh = paper("listing.txt", "It reaches 48.1% on AIME.", "2025-08-15", null, List.of());
        Paper stored = new Paper(fresh.id(), fresh.title(), "It reaches 48.1\\% on AIME.", fresh.authors(), fresh.authorCount(), fresh.date(),
                fresh.organization(), fresh.upvotes(), fresh.venue(), fresh.entryType(), fresh.keywords(), fresh.links(), fresh.aliases(), fresh.citationKey(),
                List.of(new Source("listing.txt", 1), new Source("refs.bib", 1)));
        assertEquals("It reaches 48.1% on AIME.", PaperMerger.update(stored, fresh).abstractText());
    }
}
