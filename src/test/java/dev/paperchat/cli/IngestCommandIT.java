package dev.paperchat.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.paperchat.corpus.Titles;
import java.io.BufferedReader;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class IngestCommandIT {

    @Test
    void should_store_what_it_read_and_exit_with_1_when_a_path_or_an_entry_was_rejected(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, "{\"title\": \"A Stored Paper\", \"abstract\": \"It is stored. Whatever else fails.\"}\n");
        String index = dir.resolve("index").toString();
        CliRun clean = CliRun.of("ingest", "--index", index, good.toString());
        assertEquals(0, clean.status(), clean.err());
        // Tests run with stderr redirected, as in a CI log: progress comes in lines, not a redrawn bar.
        assertTrue(clean.err().startsWith("Ingesting 1 paper\n") && clean.err().contains("Ingesting: 1/1 papers\n") && !clean.err().contains("\r"),
                clean.err());
        Path missing = dir.resolve("missing.jsonl");
        Files.writeString(good, "{\"title\": \"A Second Paper\", \"abstract\": \"Also stored.\"}\n{\"title\": \"No Abstract\"}\n", StandardOpenOption.APPEND);
        CliRun partial = CliRun.of("ingest", "--index", index, "--json", missing.toString(), good.toString());
        assertEquals(1, partial.status(), partial.err());
        assertTrue(partial.err().contains("rejected " + missing + ": no such file or directory"), partial.err());
        assertTrue(partial.err().contains("skipped " + good + ":3: missing field \"abstract\""), "a record without an abstract: " + partial.err());
        assertTrue(partial.out().contains("\"new\":1") && partial.out().contains("\"papers\":2"), partial.out());

        Path fresh = dir.resolve("fresh-index");
        CliRun mistyped = CliRun.of("ingest", "--index", fresh.toString(), missing.toString());
        assertEquals(2, mistyped.status(), "nothing to read is bad input: " + mistyped.err());
        assertTrue(mistyped.err().contains("no such file or directory: " + missing), mistyped.err());
        assertFalse(Files.exists(fresh), "no index is made for it");
    }

    private static com.fasterxml.jackson.databind.JsonNode ingest(String index, Path... files) throws Exception {
        String[] args = Stream.concat(Stream.of("ingest", "--index", index, "--json"),
                Arrays.stream(files).map(Path::toString)).toArray(String[]::new);
        CliRun run = CliRun.of(args);
        return new com.fasterxml.jackson.databind.ObjectMapper().readTree(run.out());
    }

    /**
     * A file of thousands of bad lines is said in its first 200 and a count, not a screen of 100,000 lines; --json has all.
     * Each message is said once with its lines, rejections before warnings: one wrong field of every line buries nothing.
     */
    @Test
    void should_print_the_first_200_rejections_and_count_the_others(@TempDir Path dir) throws Exception {
        // Each line's error at another column, each its own message.
        String bad = IntStream.range(0, 250).mapToObj(i -> "{\"title\": \"t\"" + ", \"k\": 1".repeat(i) + " x}\n").collect(Collectors.joining());
        Path file = Files.writeString(dir.resolve("many.jsonl"), bad + "{\"title\": \"Good\", \"abstract\": \"Fine.\"}\n");
        String index = dir.resolve("index").toString();
        CliRun run = CliRun.of("ingest", "--index", index, file.toString());
        assertEquals(1, run.status());
        assertEquals(200, run.err().lines().filter(l -> l.startsWith("rejected ")).count(), run.err());
        assertTrue(run.err().contains("... and 50 more warnings and rejections (--json lists all of them)"), run.err());
        assertEquals(250, ingest(index, file).get("errors").size(), "the JSON summary has them all");

        Path same = Files.writeString(dir.resolve("same.jsonl"), "{\"title\": \"A\", \"abstract\": \"Fine.\", \"year\": 2020, \"date\": \"6 Jan\"}\n"
                + "{\"title\": \"B\", \"abstract\": \"Fine.\", \"year\": 2021, \"date\": \"7 Feb\"}\n".repeat(9) + "not json\n");
        List<String> said = CliRun.of("ingest", "--index", index, same.toString()).err().lines().filter(l -> l.startsWith("rejected ") || l.startsWith("warning ")).toList();
        assertEquals(List.of("rejected " + same + ":11: invalid JSON: Unrecognized token 'not': was expecting (JSON String, Number, Array, Object or token 'null',"
                        + " 'true' or 'false'), at column 1",
                "warning " + same + ": lines 1, 2, 3, 4, 5 and 5 more: field \"year\" is not read; known: id, title, abstract, authors, date, url, doi, arxivId,"
                        + " organization, links, venue, keywords",
                "warning " + same + ": lines 1, 2, 3, 4, 5 and 5 more: date '6 Jan' is not YYYY, YYYY-MM or YYYY-MM-DD: kept as written, but date filters pass"
                        + " over this paper (and alike)"), said);
    }

    /** A feed saved from a query arXiv refused is an error, not a paper titled "Error" that replaces the file's papers. */
    @Test
    void should_reject_an_arxiv_error_feed_and_keep_the_papers_stored_from_that_file(@TempDir Path dir) throws Exception {
        Path feed = Files.writeString(dir.resolve("query.atom"), ATOM.formatted("""
                <entry><id>http://arxiv.org/abs/2403.09629v2</id><title>Okapi Foraging</title>
                <summary>Okapis forage at dawn in the Ituri forest.</summary><published>2024-03-14T00:00:00Z</published></entry>"""));
        String index = dir.resolve("index").toString();
        assertEquals(1, ingest(index, feed).get("new").asInt());
        Files.writeString(feed, ATOM.formatted("""
                <entry><id>http://arxiv.org/api/errors#incorrect_id_format_for_1234.5678</id><title>Error</title>
                <summary>incorrect id format for 1234.5678</summary></entry>"""));
        CliRun refused = CliRun.of("ingest", "--index", index, feed.toString());
        assertEquals(1, refused.status(), refused.err());
        assertTrue(refused.err().contains("query.atom:2: the arXiv API answered with an error, not papers: \"incorrect id format for 1234.5678\""),
                refused.err());
        assertTrue(refused.err().contains("1 paper(s) stored from this file that it no longer holds were kept"), refused.err());
        assertEquals(List.of("Okapi Foraging"), titles(index, "okapi error"));

        Path none = Files.writeString(dir.resolve("none.atom"), ATOM.formatted(""));
        CliRun nothing = CliRun.of("ingest", "--index", index, none.toString());
        assertEquals(0, nothing.status(), "a query that found nothing is no error: " + nothing.err());
        assertTrue(nothing.err().contains("none.atom:1: the arXiv feed holds no entries (its query found nothing"), nothing.err());
        assertFalse(nothing.err().contains("holds no papers"), "said once: " + nothing.err());
    }

    private static final String ATOM = "<?xml version=\"1.0\"?><feed xmlns=\"http://www.w3.org/2005/Atom\">\n%s\n</feed>\n";

    /** A failed export looks like a file of nothing: said, not a silent success. */
    @Test
    void should_warn_of_a_new_file_that_holds_no_papers(@TempDir Path dir) throws Exception {
        Path empty = Files.writeString(dir.resolve("export.jsonl"), "");
        String index = dir.resolve("index").toString();
        CliRun run = CliRun.of("ingest", "--index", index, empty.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("export.jsonl") && run.err().contains("the file holds no papers"), run.err());
    }

    private static List<String> titles(String index, String query) throws Exception {
        CliRun search = CliRun.of("search", "--index", index, "--json", "-k", "10", query);
        List<String> titles = new ArrayList<>();
        new com.fasterxml.jackson.databind.ObjectMapper().readTree(search.out()).get("results").forEach(r -> titles.add(r.get("title").asText()));
        return titles;
    }

    private static final String OKAPI = "@article{okapi, title = {Okapi Foraging Behaviour in the Ituri Forest}, abstract = {Okapis browse leaves in the forest understorey.}}\n";
    private static final String TAPIR = "@article{tapir, title = {Tapir Seed Dispersal}, abstract = {Tapirs carry seeds far through the forest.}}\n";
    private static final String ZEBRA = "@article{zebra, title = {Zebra Stripes and Flies}, abstract = {Stripes keep biting flies from landing on zebras.}}\n";

    /** A library file exported again: an entry deleted goes, a title corrected replaces the old one, and a broken file removes nothing. */
    @Test
    void should_make_the_index_hold_what_a_file_read_again_holds_now(@TempDir Path dir) throws Exception {
        Path refs = dir.resolve("refs.bib"), other = dir.resolve("other.jsonl");
        String index = dir.resolve("index").toString();
        Files.writeString(refs, OKAPI + TAPIR + ZEBRA);
        assertEquals(3, ingest(index, refs).get("new").asInt());

        Files.writeString(refs, OKAPI.replace("Behaviour in the Ituri Forest", "Behavior in the Ituri Rainforest") + TAPIR);
        var edited = ingest(index, refs);
        assertEquals(List.of(1, 1, 2, 2), List.of(edited.get("new").asInt(), edited.get("unchanged").asInt(), edited.get("removed").asInt(),
                edited.get("papers").asInt()), edited.toString());
        assertTrue(edited.get("errors").toString().contains("2 paper(s) stored from this file that it no longer holds were removed: "), edited.toString());
        assertTrue(edited.get("errors").toString().contains("\\\"Zebra Stripes and Flies\\\"")
                && edited.get("errors").toString().contains("\\\"Okapi Foraging Behaviour in the Ituri Forest\\\""), "named: " + edited);
        assertEquals(List.of("Okapi Foraging Behavior in the Ituri Rainforest"), titles(index, "okapi").stream().filter(t -> t.startsWith("Okapi")).toList());

        Files.writeString(other, "{\"title\": \"Tapir Seed Dispersal\", \"abstract\": \"Tapirs carry seeds far through the forest.\"}\n");
        ingest(index, other);
        Files.writeString(refs, OKAPI.replace("Behaviour in the Ituri Forest", "Behavior in the Ituri Rainforest"));
        var detached = ingest(index, refs);
        assertEquals(List.of(0, 1, 2), List.of(detached.get("removed").asInt(), detached.get("updated").asInt(), detached.get("papers").asInt()),
                "the tapir paper stays, as other.jsonl holds it: " + detached);

        Files.writeString(refs, ZEBRA + "@article{broken, title = {Broken\n");
        var broken = ingest(index, refs);
        assertEquals(List.of(1, 0, 3), List.of(broken.get("new").asInt(), broken.get("removed").asInt(), broken.get("papers").asInt()),
                "a rejected entry may be the okapi paper: " + broken);
        assertTrue(broken.get("errors").toString().contains("1 paper(s) stored from this file that it no longer holds were kept, as an entry of it was rejected"),
                "and it says so: " + broken);
        Files.writeString(refs, "@article{broken, title = {Broken\n");
        var allRejected = ingest(index, refs);
        assertEquals(List.of(0, 3), List.of(allRejected.get("removed").asInt(), allRejected.get("papers").asInt()), allRejected.toString());
        assertTrue(allRejected.get("errors").toString().contains("2 paper(s) stored from this file that it no longer holds were kept"),
                "said too when every entry is rejected: " + allRejected);
        Files.writeString(refs, "");
        var emptied = ingest(index, refs);
        assertEquals(0, emptied.get("removed").asInt(), "an empty file is likelier a failed write");
        assertTrue(emptied.get("errors").toString().contains("the file holds no papers now; the 2 paper(s) stored from it were kept"),
                "and it says so: " + emptied);

        CliRun remove = CliRun.of("remove", "--index", index, dev.paperchat.corpus.Titles.id("Tapir Seed Dispersal"), "10.1/none");
        assertEquals(1, remove.status(), "one id named no paper: " + remove.err());
        assertTrue(remove.out().startsWith("removed tapir-seed-dispersal-"), remove.out());
        assertTrue(remove.err().contains("no paper with id, DOI, arXiv id or BibTeX key 10.1/none"), remove.err());
        assertEquals(Set.of("Okapi Foraging Behavior in the Ituri Rainforest", "Zebra Stripes and Flies"),
                Set.copyOf(titles(index, "forest seeds okapi tapir")));
        CliRun none = CliRun.of("remove", "--index", index, "--json", "no-such-paper");
        assertEquals(2, none.status(), "no id named a paper: bad input, as for cite --id");
        com.fasterxml.jackson.databind.JsonNode report = new com.fasterxml.jackson.databind.ObjectMapper().readTree(none.out());
        assertEquals(0, report.get("removed").size(), none.out());
        assertEquals("no-such-paper", report.at("/missing/0").asText(), none.out());
    }

    /** Two files that give two papers one id, or one title to paperchat: said when ingesting, and the id names neither. */
    @Test
    void should_warn_of_an_id_two_papers_share_and_of_another_abstract_from_another_file(@TempDir Path dir) throws Exception {
        String index = dir.resolve("index").toString();
        Path gizmos = Files.writeString(dir.resolve("gizmos.jsonl"), "{\"id\": \"d1\", \"title\": \"Sparse Gizmos\", \"abstract\": \"Gizmos are sparse.\"}\n");
        Path basalt = Files.writeString(dir.resolve("basalt.jsonl"), "{\"id\": \"d1\", \"title\": \"Lunar Basalt\", \"abstract\": \"Basalt is lunar.\"}\n");
        ingest(index, gizmos);
        var shared = ingest(index, basalt);
        assertEquals("id \"d1\" is the id of paper " + Titles.id("Sparse Gizmos") + " too, so it names none of them: look up or remove this paper"
                + " by its paperchat id, " + Titles.id("Lunar Basalt"), shared.at("/errors/0/message").asText(), shared.toString());
        assertTrue(shared.at("/errors/0/kept").asBoolean(), "a warning: the paper is stored");
        CliRun remove = CliRun.of("remove", "--index", index, "d1");
        assertEquals(2, remove.status());
        assertTrue(remove.err().contains("\"d1\" is the id, DOI or arXiv id of more than one paper"), remove.err());
        assertEquals(2, CliRun.of("papers", "--index", index).out().lines().filter(l -> l.contains("  ")).count(), "nothing removed");
        assertTrue(ingest(index, gizmos).at("/errors/0/message").asText().startsWith("id \"d1\" is the id of several stored papers already"),
                "read again: still shared");

        String edits = dir.resolve("edits").toString();
        Path draft = Files.writeString(dir.resolve("draft.jsonl"), "{\"id\": \"e1\", \"title\": \"Sparse Gizmoz\", \"abstract\": \"Gizmos are sparse.\"}\n");
        ingest(edits, draft);
        Files.writeString(draft, "{\"id\": \"e1\", \"title\": \"Sparse Gizmos Corrected\", \"abstract\": \"Gizmos are sparse.\"}\n");
        var corrected = ingest(edits, draft);
        assertEquals(List.of("1 paper(s) stored from this file that it no longer holds were removed: \"Sparse Gizmoz\""),
                corrected.get("errors").findValuesAsText("message"), "a corrected title keeps its id, which its old version loses: no id is shared");

        Path fsharp = Files.writeString(dir.resolve("f1.jsonl"), "{\"title\": \"F# Providers\", \"abstract\": \"F# type providers.\"}\n");
        Path fstar = Files.writeString(dir.resolve("f2.jsonl"), "{\"title\": \"F* Providers\", \"abstract\": \"F* is a proof language with providers.\"}\n");
        ingest(index, fsharp);
        var merged = ingest(index, fstar);
        assertEquals(1, merged.get("updated").asInt());
        assertTrue(merged.at("/errors/0/message").asText().startsWith("repeats the work \"F# Providers\" stored from " + fsharp.toAbsolutePath() + ":1"
                + " (the same title, but for case and punctuation) with another abstract"), merged.toString());
        // Both read in one run: the second is no less a merge, and is told of as one.
        var together = ingest(dir.resolve("together").toString(), fsharp, fstar);
        assertEquals(1, together.get("papers").asInt());
        assertTrue(together.at("/errors/0/message").asText().startsWith("repeats the work \"F# Providers\" read from " + fsharp.toAbsolutePath() + ":1"
                + " (the same title, but for case and punctuation) with another abstract"), together.toString());

        // A record that updates its stored work under a title written otherwise keeps its id: there is nothing to warn of.
        String versions = dir.resolve("versions").toString();
        ingest(versions, Files.writeString(dir.resolve("v1.jsonl"), "{\"id\": \"p1\", \"title\": \"Quantum Annealing for Protein Folding\", \"abstract\": \"We fold.\"}\n"));
        var v2 = ingest(versions, Files.writeString(dir.resolve("v2.jsonl"),
                "{\"id\": \"p1\", \"title\": \"Quantum Annealing for Protein Folding (v2)\", \"abstract\": \"We fold, again.\"}\n"));
        assertEquals(1, v2.get("updated").asInt(), v2.toString());
        assertTrue(v2.get("errors").findValues("message").stream().noneMatch(m -> m.asText().contains("names none of them")), v2.toString());
        // A record that gives itself another paper's paperchat id is told that id goes on naming that paper.
        var taken = ingest(versions, Files.writeString(dir.resolve("v3.jsonl"), "{\"id\": \"" + Titles.id("Quantum Annealing for Protein Folding")
                + "\", \"title\": \"Gannet Dives\", \"abstract\": \"We time dives.\"}\n"));
        assertEquals("id \"" + Titles.id("Quantum Annealing for Protein Folding") + "\" is the paperchat id of another paper, which it goes on naming:"
                + " look up or remove this paper by its paperchat id, " + Titles.id("Gannet Dives"), taken.at("/errors/0/message").asText());
    }

    /**
     * A library file with an entry that has no abstract (a book, a talk: most Zotero exports have
     * one) is no damaged file: a corrected entry still replaces its old version, and a stored paper
     * whose entry lost its abstract stays.
     */
    @Test
    void should_sync_a_file_whose_only_rejected_entry_has_no_abstract(@TempDir Path dir) throws Exception {
        Path refs = dir.resolve("refs.bib");
        String index = dir.resolve("index").toString();
        String book = "@book{handbook, title = {A Handbook of Forest Mammals}, year = {2019}}\n";
        Files.writeString(refs, OKAPI + TAPIR + book);
        var first = ingest(index, refs);
        assertEquals(List.of(2, 1), List.of(first.get("new").asInt(), first.get("rejected").asInt()), first.toString());

        Files.writeString(refs, OKAPI.replace("Behaviour in the Ituri Forest", "Behavior in the Ituri Rainforest")
                + TAPIR.replace("abstract = {Tapirs carry seeds far through the forest.}", "year = {2020}") + book);
        var corrected = ingest(index, refs);
        assertEquals(List.of(1, 1, 2, 2), List.of(corrected.get("new").asInt(), corrected.get("removed").asInt(), corrected.get("rejected").asInt(),
                corrected.get("papers").asInt()), "the old okapi title goes; the tapir paper, its abstract gone from the entry, stays: " + corrected);
        assertEquals(List.of("Okapi Foraging Behavior in the Ituri Rainforest"), titles(index, "okapi").stream().filter(t -> t.startsWith("Okapi")).toList());
        assertFalse(corrected.get("errors").toString().contains("were kept, as an entry of it was rejected"), corrected.toString());
    }

    /**
     * A library of books beside its papers (a Zotero export) is no failure: its entries without an abstract are said on one
     * line per file and counted apart, and the status is 0; a line whose abstract is misspelt is a mistake, and fails.
     */
    @Test
    void should_skip_entries_without_an_abstract_on_one_line_and_exit_0(@TempDir Path dir) throws Exception {
        String books = IntStream.range(0, 7).mapToObj(i -> "@book{book" + i + ", title = {A Handbook of Mammals, Volume " + i + "}, year = {2019}}\n")
                .collect(Collectors.joining());
        Path library = Files.writeString(dir.resolve("library.bib"), OKAPI + books);
        String index = dir.resolve("index").toString();
        CliRun run = CliRun.of("ingest", "--index", index, library.toString());
        assertEquals(0, run.status(), run.err());
        assertTrue(run.err().contains("skipped " + library + ": lines ") && run.err().contains(" and 2 more: 7 entries without an abstract"), run.err());
        assertEquals(1, run.err().lines().filter(line -> line.startsWith("skipped")).count(), run.err());
        assertTrue(run.out().contains("1 new, 0 updated, 0 unchanged, 0 removed, 0 rejected, 7 without an abstract skipped;"), run.out());
        Path misspelt = Files.writeString(dir.resolve("papers.jsonl"), "{\"title\": \"Tapir Seeds\", \"abstarct\": \"Tapirs carry seeds.\"}\n");
        CliRun mistake = CliRun.of("ingest", "--index", index, misspelt.toString());
        assertEquals(1, mistake.status(), mistake.err());
        assertTrue(mistake.err().contains("rejected " + misspelt + ":1: missing field \"abstract\" (the line's \"abstarct\" is not read"), mistake.err());
    }

    /** A folder ingested again: a file deleted from it takes its papers along, said in the summary; an emptied folder removes nothing. */
    @Test
    void should_remove_the_papers_of_a_file_gone_from_a_directory_read_again(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library").resolve("sub"));
        Path refs = Files.writeString(dir.resolve("library").resolve("refs.bib"), OKAPI + TAPIR);
        Path zebra = Files.writeString(library.resolve("zebra.bib"), ZEBRA);
        Path alsoTapir = Files.writeString(library.resolve("tapir.jsonl"), "{\"title\": \"Tapir Seed Dispersal\", \"abstract\": \"Tapirs carry seeds far.\"}\n");
        Path elsewhere = Files.writeString(dir.resolve("loose.bib"), ZEBRA.replace("zebra,", "zebra2,").replace("Zebra Stripes and Flies", "Zebra Migration"));
        String index = dir.resolve("index").toString();
        assertEquals(4, ingest(index, dir.resolve("library"), elsewhere).get("new").asInt());

        Files.delete(refs);
        Files.delete(elsewhere);
        var again = ingest(index, dir.resolve("library"));
        assertEquals(List.of(1, 1, 3), List.of(again.get("removed").asInt(), again.get("updated").asInt(), again.get("papers").asInt()),
                "the okapi paper goes; the tapir paper stays, as tapir.jsonl holds it; loose.bib was no file of the folder: " + again);
        assertTrue(again.get("errors").toString().contains("1 file(s) gone from this directory since an earlier ingest: " + refs.toAbsolutePath()
                + "; 1 paper(s) no other file holds were removed: \\\"Okapi Foraging Behaviour in the Ituri Forest\\\""), again.toString());
        assertEquals(Set.of("Tapir Seed Dispersal", "Zebra Stripes and Flies", "Zebra Migration"),
                Set.copyOf(titles(index, "okapi tapir zebra forest seeds")));

        // A file renamed, or moved into a subfolder, is read in the same run: its papers stay, now of the new file.
        Files.move(zebra, library.resolve("zebras.bib"));
        var renamed = ingest(index, dir.resolve("library"));
        assertEquals(List.of(0, 3), List.of(renamed.get("removed").asInt(), renamed.get("papers").asInt()), renamed.toString());
        assertEquals(2, renamed.get("new").asInt() + renamed.get("updated").asInt() + renamed.get("unchanged").asInt(),
                "each of the two papers the folder holds counted once: " + renamed);
        assertEquals(1, renamed.get("updated").asInt(), "the zebra paper, now of the new file: " + renamed);
        assertTrue(renamed.get("errors").toString().contains("; no paper was removed, as other files hold their papers"), renamed.toString());
        Files.move(library.resolve("zebras.bib"), Files.createDirectories(library.resolve("deeper")).resolve("zebras.bib"));
        var moved = ingest(index, dir.resolve("library"));
        assertEquals(List.of(0, 3), List.of(moved.get("removed").asInt(), moved.get("papers").asInt()), moved.toString());
        var again2 = ingest(index, dir.resolve("library"));
        assertEquals(List.of(0, 0, 3), List.of(again2.get("removed").asInt(), again2.get("updated").asInt(), again2.get("papers").asInt()),
                "the moved file is the paper's only source now: " + again2);
        zebra = library.resolve("deeper").resolve("zebras.bib");

        Files.delete(zebra);
        Files.delete(alsoTapir);
        var emptied = ingest(index, dir.resolve("library"));
        assertEquals(List.of(0, 3), List.of(emptied.get("removed").asInt(), emptied.get("papers").asInt()), "an empty folder may be a failed sync: " + emptied);
        assertTrue(emptied.get("errors").toString().contains("this directory holds no file now; the papers of the 2 file(s) ingested from it before were kept"),
                emptied.toString());
        // A folder a failed sync left with its hidden files only is as empty: they are never read.
        Files.writeString(dir.resolve("library").resolve(".DS_Store"), "Bud1");
        Files.writeString(Files.createDirectories(library.resolve(".git")).resolve("config"), "[core]");
        var hiddenOnly = ingest(index, dir.resolve("library"));
        assertEquals(List.of(0, 3), List.of(hiddenOnly.get("removed").asInt(), hiddenOnly.get("papers").asInt()), hiddenOnly.toString());
        assertTrue(hiddenOnly.get("errors").toString().contains("this directory holds only hidden files now; the papers of the 2 file(s)"),
                hiddenOnly.toString());
    }

    /** In one run, an entry moved from one file to another stays, now of the other file. */
    @Test
    void should_keep_an_entry_moved_to_another_file_of_the_same_run(@TempDir Path dir) throws Exception {
        Path refs = dir.resolve("refs.bib"), other = dir.resolve("other.bib");
        String index = dir.resolve("index").toString();
        Files.writeString(refs, OKAPI + TAPIR);
        Files.writeString(other, ZEBRA);
        assertEquals(3, ingest(index, refs, other).get("new").asInt());
        Files.writeString(refs, TAPIR);
        Files.writeString(other, ZEBRA + OKAPI);
        var moved = ingest(index, refs, other);
        assertEquals(List.of(0, 3), List.of(moved.get("removed").asInt(), moved.get("papers").asInt()), moved.toString());
        Files.writeString(other, ZEBRA);
        var gone = ingest(index, refs, other);
        assertEquals(List.of(1, 2), List.of(gone.get("removed").asInt(), gone.get("papers").asInt()), "other.bib was its only source: " + gone);
    }

    /** A paper two files gave, one of them deleted: what the other says now, at once, without the deleted file's date and abstract. */
    @Test
    void should_make_a_paper_what_its_remaining_file_says_once_the_other_is_gone(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectories(dir.resolve("library"));
        Path full = Files.writeString(library.resolve("full.jsonl"),
                "{\"title\": \"Okapi Foraging Behaviour\", \"abstract\": \"Okapis browse leaves in the understorey of the Ituri forest, at dawn and dusk.\", \"date\": \"2022-09-15\"}\n");
        Files.writeString(library.resolve("short.bib"), "@article{okapi, title = {Okapi Foraging Behaviour}, abstract = {Okapis browse leaves.}, year = {2023}}\n");
        String index = dir.resolve("index").toString();
        assertEquals(1, ingest(index, library).get("papers").asInt());
        Files.delete(full);
        var after = ingest(index, library);
        assertEquals(List.of(0, 1), List.of(after.get("removed").asInt(), after.get("updated").asInt()), after.toString());
        CliRun paper = CliRun.of("cite", "--index", index, "--id", dev.paperchat.corpus.Titles.id("Okapi Foraging Behaviour"));
        assertTrue(paper.out().contains("year = {2023}") && paper.out().contains("abstract = {Okapis browse leaves.}"), paper.out());
        var again = ingest(index, library);
        assertEquals(List.of(1, 0), List.of(again.get("unchanged").asInt(), again.get("updated").asInt()), "nothing left to change: " + again);
    }

    /** The same, when the other file is not read in the run: it is read again from where it was ingested. */
    @Test
    void should_make_a_paper_what_its_remaining_file_says_when_it_is_read_again(@TempDir Path dir) throws Exception {
        Path bib = Files.writeString(dir.resolve("short.bib"),
                "@article{okapi, title = {Okapi Foraging Behaviour}, abstract = {Okapis browse leaves.}, year = {2023}}\n");
        Path jsonl = Files.writeString(dir.resolve("mine.jsonl"), "{\"title\": \"Okapi Foraging Behaviour\", \"abstract\": \"Okapis browse "
                + "leaves in the understorey of the Ituri forest, at dawn and dusk.\", \"date\": \"2018\"}\n"
                + "{\"title\": \"Tapir Seed Dispersal\", \"abstract\": \"Tapirs carry seeds far through the forest.\"}\n");
        String index = dir.resolve("index").toString();
        ingest(index, bib);
        ingest(index, jsonl);
        String id = dev.paperchat.corpus.Titles.id("Okapi Foraging Behaviour");
        assertTrue(CliRun.of("cite", "--index", index, "--id", id).out().contains("year = {2018}"), "the earliest date of the two");
        Files.writeString(jsonl, "{\"title\": \"Tapir Seed Dispersal\", \"abstract\": \"Tapirs carry seeds far through the forest.\"}\n");
        var after = ingest(index, jsonl);
        assertEquals(List.of(0, 2), List.of(after.get("removed").asInt(), after.get("papers").asInt()), after.toString());
        CliRun paper = CliRun.of("cite", "--index", index, "--id", id);
        assertTrue(paper.out().contains("year = {2023}") && paper.out().contains("abstract = {Okapis browse leaves.}"),
                "short.bib alone, read again: " + paper.out());
    }

    @Test
    void should_take_a_file_given_by_another_spelling_of_its_path_for_the_same_source(@TempDir Path dir) throws Exception {
        Path folder = Files.createDirectories(Path.of("target", "spelt-" + System.nanoTime()));
        try {
            Path file = Files.writeString(folder.resolve("a.jsonl"), "{\"title\": \"A Spelt Paper\", \"abstract\": \"It is read twice.\"}\n");
            String index = dir.resolve("index").toString();
            assertEquals(0, CliRun.of("ingest", "--index", index, file.toString()).status());
            for (Path other : List.of(file.toAbsolutePath(), folder.resolve(".").resolve("a.jsonl"))) {
                CliRun again = CliRun.of("ingest", "--index", index, "--json", other.toString());
                assertTrue(again.out().contains("\"unchanged\":1"), other + ": " + again.out());
            }
        } finally {
            try (var files = Files.list(folder)) {
                for (Path f : files.toList()) Files.delete(f);
            }
            Files.delete(folder);
        }
    }

    @Test
    void should_reject_a_file_with_no_records_of_its_format_and_read_a_directory_file_by_its_first_line(@TempDir Path dir) throws Exception {
        String index = dir.resolve("index").toString();
        Path bibtexAsRis = Files.writeString(dir.resolve("refs.ris"), "@article{k,\n  title = {A Paper},\n  abstract = {Its abstract.}\n}\n");
        CliRun wrong = CliRun.of("ingest", "--index", index, bibtexAsRis.toString());
        assertEquals(1, wrong.status(), wrong.err());
        assertTrue(wrong.err().contains("rejected " + bibtexAsRis + ":1: no ris records found; if the file is in another format, say which ("), wrong.err());

        CliRun bogus = CliRun.of("ingest", "--index", index, "--format", "bogus", bibtexAsRis.toString());
        assertEquals(2, bogus.status(), bogus.err());
        assertTrue(bogus.err().contains("--format must be one of jsonl, bibtex, ris, arxiv, csl-json, listing, was 'bogus'"), bogus.err());

        Path folder = Files.createDirectory(dir.resolve("exports"));
        Files.writeString(folder.resolve("export.dat"), "TY  - JOUR\nTI  - A Paper From RIS\nAB  - Its abstract, in RIS.\nER  - \n");
        Files.writeString(folder.resolve("notes.md"), "# what I exported\n");
        CliRun walked = CliRun.of("ingest", "--index", index, "--json", folder.toString());
        assertEquals(0, walked.status(), walked.err());
        assertTrue(walked.out().contains("\"new\":1"), walked.out());
        assertTrue(walked.err().contains("warning " + folder.resolve("notes.md") + ": skipped: not in a format paperchat reads"), walked.err());
    }

    @Test
    void should_refuse_to_search_an_index_that_does_not_exist_or_a_directory_of_other_files_instead_of_creating_an_empty_one(@TempDir Path dir) throws Exception {
        Path typo = dir.resolve("indx");
        // ask, eval and mcp ingest the sample into a new index, as a first run does; these only read.
        for (String command : new String[] {"search", "cite", "stats"}) {
            CliRun run = switch (command) {
                case "stats" -> CliRun.of(command, "--index", typo.toString());
                case "cite" -> CliRun.of(command, "--index", typo.toString(), "--title", "quiet star");
                default -> CliRun.of(command, "--index", typo.toString(), "entropy");
            };
            assertEquals(2, run.status(), command + ": " + run.err());
            assertTrue(run.err().contains("no index at " + typo), run.err());
        }
        assertTrue(Files.notExists(typo));

        Path documents = Files.createDirectory(dir.resolve("documents"));
        Files.writeString(documents.resolve("notes.txt"), "mine");
        for (String command : new String[] {"search", "stats"}) {
            CliRun run = command.equals("stats") ? CliRun.of(command, "--index", documents.toString())
                    : CliRun.of(command, "--index", documents.toString(), "entropy");
            assertEquals(2, run.status(), command + ": " + run.err());
            assertTrue(run.err().contains(documents + " holds other files (notes.txt), no paperchat index"), run.err());
            assertTrue(run.err().contains("ingest these files into a new directory: paperchat ingest --index NEW_DIR " + documents),
                    "a suggestion that works, not an ingest into the same directory, which is refused: " + run.err());
        }
        // Commands that would create an index there refuse too.
        for (CliRun run : List.of(CliRun.of("ask", "--index", documents.toString(), "entropy"),
                CliRun.of("ingest", "--index", documents.toString(), documents.resolve("notes.txt").toString()))) {
            assertEquals(2, run.status(), run.err());
            assertTrue(run.err().contains(documents + " holds other files (notes.txt) and no paperchat index"), run.err());
        }
        try (var files = Files.list(documents)) {
            assertEquals(List.of(documents.resolve("notes.txt")), files.toList(), "nothing was written there");
        }
    }

    @Test
    void should_say_standard_input_is_empty_whatever_its_format(@TempDir Path dir) {
        String index = dir.resolve("index").toString();
        for (String[] args : List.of(new String[] {"ingest", "--index", index, "-"}, new String[] {"ingest", "--index", index, "--format", "jsonl", "-"})) {
            CliRun empty = CliRun.withInput(" \n", args);
            assertEquals(0, empty.status(), empty.err());
            assertTrue(empty.err().contains("warning stdin: standard input is empty: no papers to read"), empty.err());
        }
        CliRun piped = CliRun.withInput("{\"title\": \"A Piped Paper\", \"abstract\": \"It came through a pipe.\"}\n",
                "ingest", "--index", index, "--format", "jsonl", "-");
        assertEquals(0, piped.status(), piped.err());
        assertTrue(piped.out().startsWith("1 new"), piped.out());
    }

    /** A paper two files hold takes a correction made in either: it is what the files hold now, not the older merge kept. */
    @Test
    void should_take_a_correction_in_one_of_two_files_holding_a_paper(@TempDir Path dir) throws Exception {
        Path library = Files.createDirectory(dir.resolve("library"));
        Files.writeString(library.resolve("a.jsonl"), "{\"title\": \"Stale Merge Test Paper\", \"abstract\": \"Short correct abstract from"
                + " the JSONL file. Two sentences.\", \"date\": \"2024-05-01\"}\n");
        Path bib = library.resolve("b.bib");
        Files.writeString(bib, "@article{stale,\n  title = {Stale Merge Test Paper},\n  abstract = {Long abstract with a pasted trailer: Download"
                + " PDF | Cite this | Share on Twitter | Copyright 2024 All rights reserved.},\n  year = {1999},\n}\n");
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("ingest", "--index", index, library.toString()).status());
        Files.writeString(bib, "@article{stale,\n  title = {Stale Merge Test Paper},\n  abstract = {Corrected abstract. Two sentences.},\n  year = {2024},\n}\n");
        for (String[] again : List.of(new String[] {bib.toString()}, new String[] {library.toString()})) {
            CliRun run = CliRun.of(Stream.concat(Stream.of("ingest", "--index", index), Stream.of(again)).toArray(String[]::new));
            assertEquals(0, run.status(), run.err());
            String papers = CliRun.of("papers", "--index", index, "--abstracts").out();
            assertTrue(papers.contains("2024-05-01") && papers.contains("Short correct abstract") && !papers.contains("1999")
                    && !papers.contains("Download PDF"), String.join(" ", again) + ": " + papers);
        }
    }

    /** Another file's record that gives a stored paper's DOI under another title is another paper: the stored one keeps its text. */
    @Test
    void should_not_let_a_wrong_doi_from_another_file_overwrite_a_stored_paper(@TempDir Path dir) throws Exception {
        Path mine = dir.resolve("mine.jsonl"), other = dir.resolve("other.bib");
        Files.writeString(mine, "{\"title\": \"Graph Neural Networks for Traffic Forecasting\", \"abstract\": \"We forecast traffic with graph"
                + " neural networks. MAE improves.\", \"doi\": \"10.5555/3600270\", \"date\": \"2024-01-01\"}\n");
        Files.writeString(other, "@inproceedings{db2019,\n  title = {Learned Cost Models for Query Optimisation},\n  abstract = {Query optimisation"
                + " with learned cost models, a longer abstract than the stored one.},\n  doi = {10.5555/3600270},\n  year = {2019},\n}\n");
        String index = dir.resolve("index").toString();
        assertEquals(0, CliRun.of("ingest", "--index", index, mine.toString()).status());
        CliRun second = CliRun.of("ingest", "--index", index, other.toString());
        assertEquals(0, second.status(), second.err());
        assertTrue(second.out().startsWith("1 new"), second.out());
        String papers = CliRun.of("papers", "--index", index).out();
        assertTrue(papers.contains("Graph Neural Networks for Traffic Forecasting") && papers.contains("Learned Cost Models for Query Optimisation"), papers);
    }

    /** A pipe that never ends is read up to a file's limit, then refused by name, as a file too large is. */
    @Test
    void should_refuse_standard_input_longer_than_a_file_may_be(@TempDir Path dir) {
        InputStream endless = new InputStream() {
            @Override
            public int read() {
                return 'x';
            }

            @Override
            public int read(byte[] bytes, int offset, int length) {
                Arrays.fill(bytes, offset, offset + length, (byte) 'x');
                return length;
            }
        };
        CliRun run = CliRun.withInput(endless, "ingest", "--index", dir.resolve("index").toString(), "--format", "jsonl", "-");
        assertEquals(1, run.status(), run.err());
        assertTrue(run.err().contains("stdin: standard input holds more than 67108864 bytes, the most a file may hold"), run.err());
    }

    /** Another process writing the index is no bad input: status 3, for a script to wait and run the command again, and --json says so. */
    @Test
    void should_exit_with_3_and_say_so_in_json_while_another_process_writes_the_index(@TempDir Path dir) throws Exception {
        Path good = dir.resolve("good.jsonl");
        Files.writeString(good, "{\"title\": \"A Stored Paper\", \"abstract\": \"It is stored.\"}\n");
        Path index = dir.resolve("index");
        assertEquals(0, CliRun.of("ingest", "--index", index.toString(), good.toString()).status());
        var embedder = dev.paperchat.app.SampleIndex.get().embedder();
        try (dev.paperchat.index.PaperIndex open = dev.paperchat.index.PaperIndex.open(index, embedder.name(), embedder.dimension());
             dev.paperchat.index.PaperWriter writer = open.openWriter()) {
            CliRun busy = CliRun.of("ingest", "--index", index.toString(), "--json", good.toString());
            assertEquals(3, busy.status(), busy.err());
            var failure = dev.paperchat.app.Json.MAPPER.readTree(busy.out());
            assertEquals(3, failure.get("status").asInt());
            assertTrue(failure.get("error").asText().contains("is being written by another process"), busy.out());
        }
    }

    /** Ctrl-C or a kill midway: the ingest stores the batches it wrote, says so, and the same command goes on from there. */
    @Test
    void should_keep_and_say_what_an_ingest_stopped_midway_wrote(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "dev.paperchat.cli.Main", "ingest", "--sample", "--index", index.toString())
                .redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("Ingesting: ")) { /* until the first batch is written */ }
        assertTrue(line != null && line.matches("Ingesting: \\d+/300 papers"), String.valueOf(line));
        // SIGTERM, as a kill or a CI's cancel sends it; Process.destroy would close the output unread.
        process.toHandle().destroy();
        String rest = String.join("\n", lines.lines().toList());
        assertEquals(143, process.waitFor(), "128 + SIGTERM, as a shell says a command a kill stopped: " + rest);
        Matcher stopped = Pattern.compile("ingest stopped after (\\d+) of 300 papers: those \\1 are stored, the rest are not;"
                + " run the same command again to go on \\(stored papers are skipped\\)").matcher(rest);
        assertTrue(stopped.find(), rest);
        int stored = Integer.parseInt(stopped.group(1));
        assertTrue(stored > 0 && stored < 300, rest);
        CliRun again = CliRun.of("ingest", "--sample", "--index", index.toString());
        assertEquals(0, again.status(), again.err());
        assertTrue(again.out().startsWith((300 - stored) + " new, 0 updated, " + stored + " unchanged"), again.out());
    }

    /** A second Ctrl-C or kill halts at once, without the JVM's shutdown hooks (ONNX Runtime's would close the model under a batch). */
    @Test
    void should_halt_at_a_second_signal_and_leave_the_index_at_its_last_commit(@TempDir Path dir) throws Exception {
        Path index = dir.resolve("index");
        Process process = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED",
                "-XX:ErrorFile=" + dir.resolve("hs_err.log"), "-cp", System.getProperty("java.class.path"), "dev.paperchat.cli.Main", "ingest", "--sample",
                "--index", index.toString()).redirectErrorStream(true).start();
        BufferedReader lines = new BufferedReader(new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
        String line;
        while ((line = lines.readLine()) != null && !line.startsWith("Ingesting: ")) { /* until the first batch is written */ }
        process.toHandle().destroy();
        while ((line = lines.readLine()) != null && !line.startsWith("stopping: ")) { /* until the first signal is heard */ }
        process.toHandle().destroy();
        String rest = String.join("\n", lines.lines().toList());
        assertEquals(143, process.waitFor(), rest);
        assertTrue(rest.contains("ingest halted: the index keeps its last commit"), rest);
        assertTrue(Files.notExists(dir.resolve("hs_err.log")), "no crash of the JVM");
        CliRun stats = CliRun.of("stats", "--index", index.toString());
        assertEquals(0, stats.status(), stats.err());
    }

    /** {@code java -jar ~/paperchat/target/paperchat.jar ...} from another directory, without the launcher's PAPERCHAT_HOME. */
    @Test
    void should_find_its_prompts_and_page_when_started_from_another_directory(@TempDir Path elsewhere) throws Exception {
        ProcessBuilder command = new ProcessBuilder(ProcessHandle.current().info().command().orElse("java"), "--enable-native-access=ALL-UNNAMED",
                "-cp", System.getProperty("java.class.path"), "dev.paperchat.cli.Main", "ask", "--index",
                Path.of(dev.paperchat.app.SampleIndex.get().index().location()).toAbsolutePath().toString(), "--llm-base-url", "http://127.0.0.1:1/v1", "--json", "entropy collapse")
                .directory(elsewhere.toFile()).redirectErrorStream(true);
        command.environment().remove("PAPERCHAT_HOME");
        Process process = command.start();
        String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), out);
        assertTrue(out.contains("cannot connect"), "it read the prompts and went on to ask the LLM: " + out);
        assertEquals(2, out.split("cannot connect", -1).length, "the answer's notice tells the failure, and no log line again: " + out);
    }
}
