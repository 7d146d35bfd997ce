package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MalformedInputTest {
    private static final String ABSTRACT = "We study how language models reason step by step. Our method improves accuracy by 5% on GSM8K.";
    private final CorpusReader reader = CorpusReader.withAllFormats();

    private ParseResult listing(String text) {
        return reader.read("input.txt", text.getBytes(StandardCharsets.UTF_8), "listing");
    }

    private static String entry(String title, String abstractText) {
        return title + "\n\n" + abstractText + "\n\n  • 3 authors\n·\nMay 2, 2025\n\n";
    }

    @Test
    void should_read_nothing_and_report_nothing_from_an_empty_file() {
        ParseResult result = listing("");
        assertEquals(List.of(), result.papers());
        assertEquals(List.of(), result.errors());
    }

    @Test
    void should_reject_binary_garbage_without_throwing() {
        byte[] garbage = new byte[100_000];
        new Random(7).nextBytes(garbage);
        ParseResult result = reader.read("garbage.txt", garbage, "listing");
        assertEquals(List.of(), result.papers());
        assertEquals(List.of("garbage.txt: not a text file: its bytes are binary data; paperchat reads text (" + String.join(", ", reader.formats())
                + "): unpack it, or export it as text"), result.errors().stream().map(ParseError::toString).toList());
        assertEquals(Set.of(), result.wholeSources(), "what the file stored before is kept");
        // Garbage with no control byte is read as text, and each line it spoils is reported.
        for (int i = 0; i < garbage.length; i++) if (garbage[i] >= 0 && garbage[i] < 0x20 && garbage[i] != '\n') garbage[i] = 'x';
        ParseResult text = reader.read("garbage.txt", garbage, "listing");
        assertFalse(text.errors().isEmpty(), "garbage is reported, not silently dropped");
        assertTrue(text.errors().stream().allMatch(e -> e.file().equals("garbage.txt") && e.line() >= 1));
    }

    /** A compressed export or a PDF named .jsonl is told for what it is, not as a page of JSON errors. */
    @Test
    void should_name_a_binary_file_by_its_first_bytes_whatever_its_name() throws Exception {
        java.io.ByteArrayOutputStream gz = new java.io.ByteArrayOutputStream();
        try (var out = new java.util.zip.GZIPOutputStream(gz)) {
            out.write(("{\"title\": \"T\", \"abstract\": \"" + ABSTRACT + "\"}\n").getBytes(StandardCharsets.UTF_8));
        }
        Map<String, byte[]> files = Map.of(
                "a gzip archive", gz.toByteArray(),
                "a PDF document", "%PDF-1.7\n%\u00e2\u00e3\n1 0 obj".getBytes(StandardCharsets.ISO_8859_1),
                "a ZIP archive (or a Word or Excel file)", new byte[] {'P', 'K', 3, 4, 20, 0, 0, 0});
        for (var file : files.entrySet()) {
            ParseResult result = reader.read("papers.jsonl", file.getValue(), null);
            assertEquals(List.of(), result.papers());
            assertEquals(1, result.errors().size(), result.errors().toString());
            assertTrue(result.errors().get(0).message().startsWith("not a text file: its bytes are " + file.getKey() + ";"), result.errors().toString());
        }
        // UTF-16 and UTF-32 hold zero bytes and are text.
        String jsonl = "{\"title\": \"T\", \"abstract\": \"" + ABSTRACT + "\"}\n";
        assertEquals(1, reader.read("w.jsonl", jsonl.getBytes(StandardCharsets.UTF_16LE), null).papers().size());
        assertEquals(1, reader.read("w.jsonl", jsonl.getBytes(Charset.forName("UTF-32BE")), null).papers().size());
    }

    @Test
    void should_report_a_title_with_no_abstract_with_its_line_and_keep_the_papers_around_it() {
        ParseResult result = listing(entry("First Paper", ABSTRACT) + "Lonely Title\n\n" + entry("Second Paper", ABSTRACT));
        assertEquals(List.of("First Paper", "Second Paper"), result.papers().stream().map(Paper::title).toList());
        assertEquals(1, result.errors().size());
        assertEquals(9, result.errors().get(0).line());
        assertTrue(result.errors().get(0).message().contains("title with no abstract"));
    }

    @Test
    void should_reject_a_one_megabyte_line_and_keep_the_rest() {
        String huge = "word ".repeat(200_000) + ".";
        ParseResult result = listing(entry("First Paper", ABSTRACT) + entry("Huge Paper", huge) + entry("Third Paper", ABSTRACT));
        assertEquals(List.of("First Paper", "Third Paper"), result.papers().stream().map(Paper::title).toList());
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().contains("at most 20000"));
        assertEquals(9, result.errors().get(0).line());
    }

    @Test
    void should_reject_a_fifty_megabyte_line_quickly_and_keep_the_rest() {
        String huge = "x".repeat(50 << 20);
        long start = System.nanoTime();
        ParseResult listing = listing(entry("First Paper", ABSTRACT) + entry("Huge", huge) + entry("Last Paper", ABSTRACT));
        ParseResult jsonl = reader.read("big.jsonl", ("{\"title\": \"Big\", \"abstract\": \"" + huge + "\"}\n"
                + "{\"title\": \"Small\", \"abstract\": \"Fine.\"}\n").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("First Paper", "Last Paper"), listing.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("Small"), jsonl.papers().stream().map(Paper::title).toList());
        assertEquals(1, jsonl.errors().get(0).line());
        assertTrue(System.nanoTime() - start < 60_000_000_000L, "bounded time");
    }

    @Test
    void should_reject_a_huge_bibtex_entry_or_json_string_by_its_place_and_keep_the_papers_around_it() {
        String huge = "x".repeat(22 << 20);
        String bib = "@article{first, title = {First Paper}, abstract = {" + ABSTRACT + "}}\n"
                + "@article{long1, title = {Huge}, abstract = {" + huge + "}}\n"
                + "@article{last, title = {Last Paper}, abstract = {" + ABSTRACT + "}}\n";
        ParseResult bibtex = reader.read("lib.bib", bib.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("First Paper", "Last Paper"), bibtex.papers().stream().map(Paper::title).toList());
        assertEquals("entry \"long1\" is " + (huge.length() + 47) + " characters (its \"abstract\" field " + (huge.length() + 4) + "), at most "
                + BibtexParser.MAX_ENTRY_CHARS + " allowed; skipped", bibtex.errors().get(0).message());
        // The comments after an entry are no part of it.
        String commented = "@article{small, title = {Small}, abstract = {" + ABSTRACT + "}}\n" + ("% a note\n").repeat(300_000);
        assertEquals(List.of("Small"), reader.read("c.bib", commented.getBytes(StandardCharsets.UTF_8), null).papers().stream().map(Paper::title).toList());
        assertEquals(2, bibtex.errors().get(0).line());
        String csl = "[{\"id\": \"big\", \"type\": \"article\", \"title\": \"Big\", \"abstract\": \"" + huge + "\"},"
                + " {\"id\": \"small\", \"type\": \"article\", \"title\": \"Small\", \"abstract\": \"Fine.\"}]";
        ParseResult json = reader.read("lib.json", csl.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("Small"), json.papers().stream().map(Paper::title).toList(), json.errors().toString());
        assertTrue(json.errors().get(0).message().contains("abstract is " + huge.length() + " characters, at most 20000 allowed"), json.errors().toString());
    }

    @Test
    void should_skip_a_jsonl_record_without_an_abstract_and_reject_one_whose_abstract_is_misspelt() {
        ParseResult result = reader.read("p.jsonl", ("{\"title\": \"A Book\", \"publisher\": \"X\"}\n{\"title\": \"T\", \"abstarct\": \"x\"}\n"
                + "{\"title\": \"S2\", \"abstract\": null, \"year\": 2020}\n").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(Arrays.asList("A Book", null, "S2"), result.errors().stream().map(ParseError::titleWithoutAbstract).toList(), result.errors().toString());
        assertTrue(result.errors().get(1).message().contains("the line's \"abstarct\" is not read"), result.errors().toString());
    }

    @Test
    void should_replace_invalid_utf8_bytes_and_name_the_line() {
        byte[] bad = (entry("First Paper", ABSTRACT) + "Caf\u00e9 Paper\n\n" + ABSTRACT + "\n").getBytes(StandardCharsets.UTF_8);
        // Replace the two-byte é by a lone Latin-1 byte, as a file saved in the wrong encoding has it.
        String latin1 = new String(bad, StandardCharsets.UTF_8).replace("\u00e9", "\u0000");
        byte[] bytes = latin1.getBytes(StandardCharsets.UTF_8);
        for (int i = 0; i < bytes.length; i++) if (bytes[i] == 0) bytes[i] = (byte) 0xE9;
        // Elsewhere the file is UTF-8 ("naïve"): the one bad line is damage, and costs its bad bytes only.
        byte[] utf8 = (entry("Na\u00efve Paper", ABSTRACT)).getBytes(StandardCharsets.UTF_8);
        byte[] mixed = Arrays.copyOf(utf8, utf8.length + bytes.length);
        System.arraycopy(bytes, 0, mixed, utf8.length, bytes.length);
        ParseResult result = reader.read("damaged.txt", mixed, "listing");
        assertEquals(List.of("Na\u00efve Paper", "First Paper", "Caf\uFFFD Paper"), result.papers().stream().map(Paper::title).toList());
        // Each entry takes 8 lines: the bad title is the third entry's first.
        assertEquals(ParseError.warning("damaged.txt", 17, "invalid UTF-8 bytes, replaced by U+FFFD"), result.errors().get(0));
    }

    /** A file saved in Latin-1 read as UTF-8 would replace its stored papers with copies whose "é" is U+FFFD. */
    @Test
    void should_read_a_file_whose_characters_beyond_ascii_are_none_utf8_as_latin1() {
        String text = entry("Caf\u00e9 Paper", ABSTRACT) + entry("Na\u00efve \u201cquoted\u201d Paper", ABSTRACT);
        ParseResult result = reader.read("latin1.txt", text.getBytes(Charset.forName("windows-1252")), "listing");
        assertEquals(List.of("Caf\u00e9 Paper", "Na\u00efve \u201cquoted\u201d Paper"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("latin1.txt:1: not UTF-8: read as windows-1252 (Latin-1), as none of its characters beyond ASCII is UTF-8; save it as"
                + " UTF-8 to be sure"), result.errors().stream().map(ParseError::toString).toList());
        assertTrue(result.errors().get(0).kept(), "a warning: the papers are read");
    }

    @Test
    void should_read_utf16_by_its_byte_order_mark_or_its_zero_bytes() {
        String jsonl = "{\"title\": \"Wide Caf\u00e9 Paper\", \"abstract\": \"Saved by Notepad. In UTF-16.\"}\r\n{\"title\": \"Second\", \"abstract\": \"Also.\"}\r\n";
        for (String charset : List.of("UTF-16", "UTF-16LE", "UTF-16BE")) {
            byte[] bytes = jsonl.getBytes(Charset.forName(charset));
            // Java's "UTF-16" writes a big-endian mark; "UTF-16LE" and "UTF-16BE" none, so their zero bytes tell them.
            ParseResult result = reader.read("wide.jsonl", bytes, null);
            assertEquals(List.of("Wide Caf\u00e9 Paper", "Second"), result.papers().stream().map(Paper::title).toList(), charset);
            assertEquals(List.of(), result.errors(), charset);
        }
        byte[] marked = new byte[] {(byte) 0xFF, (byte) 0xFE};
        byte[] le = jsonl.getBytes(StandardCharsets.UTF_16LE);
        byte[] both = Arrays.copyOf(marked, 2 + le.length);
        System.arraycopy(le, 0, both, 2, le.length);
        assertEquals(2, reader.read("wide.jsonl", both, null).papers().size(), "a little-endian mark");
        for (String charset : List.of("UTF-32", "UTF-32LE", "UTF-32BE")) {
            ParseResult result = reader.read("wider.jsonl", jsonl.getBytes(Charset.forName(charset)), null);
            assertEquals(List.of("Wide Caf\u00e9 Paper", "Second"), result.papers().stream().map(Paper::title).toList(), charset);
            assertEquals(List.of(), result.errors(), charset);
        }
        byte[] marked32 = Arrays.copyOf(new byte[] {(byte) 0xFF, (byte) 0xFE, 0, 0}, 4 + jsonl.length() * 4);
        System.arraycopy(jsonl.getBytes(Charset.forName("UTF-32LE")), 0, marked32, 4, jsonl.length() * 4);
        assertEquals(2, reader.read("wider.jsonl", marked32, null).papers().size(), "UTF-32's little-endian mark, which begins as UTF-16's");
    }

    @Test
    void should_report_a_missing_path_and_read_the_others(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), entry("Good Paper", ABSTRACT));
        ParseResult result = reader.read(List.of(dir.resolve("missing"), dir));
        assertEquals(1, result.papers().size());
        assertTrue(result.errors().get(0).message().contains("no such file"));
    }

    @Test
    void should_survive_a_symlink_loop(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), entry("Good Paper", ABSTRACT));
        Files.createSymbolicLink(dir.resolve("loop"), dir);
        ParseResult result = reader.read(List.of(dir));
        assertEquals(1, result.papers().size());
        assertEquals(List.of(ParseError.warning(dir.resolve("loop").toString(), 0, "skipped: a symbolic link back into a directory above it")),
                result.errors(), "a warning in words, no exception's name, and no rejection: nothing is wrong with the papers");
    }

    /** A folder reached through a link is the folder: its files are the same sources, whose papers follow their edits. */
    @Test
    void should_name_a_file_reached_through_a_symlink_by_its_real_path_and_skip_hidden_folders(@TempDir Path dir) throws Exception {
        Files.createDirectories(dir.resolve("real/.cache"));
        Files.writeString(dir.resolve("real/good.txt"), entry("Good Paper", ABSTRACT));
        Files.writeString(dir.resolve("real/.cache/old.txt"), entry("Cached Paper", ABSTRACT));
        Files.createSymbolicLink(dir.resolve("link"), dir.resolve("real"));
        ParseResult direct = reader.read(List.of(dir.resolve("real")));
        ParseResult linked = reader.read(List.of(dir.resolve("link")));
        assertEquals(List.of("Good Paper"), linked.papers().stream().map(Paper::title).toList(), "a hidden folder is skipped as a hidden file is");
        assertEquals(direct.papers().get(0).sources(), linked.papers().get(0).sources());
        assertEquals(direct.directories(), linked.directories());
        assertTrue(linked.directories().values().iterator().next().contains(dir.resolve("real/.cache").toRealPath().toString()),
                "what the hidden folder held before is kept: " + linked.directories());
        // A link within the folder to a file elsewhere is the folder's file: deleting the link removes its papers.
        Files.createDirectories(dir.resolve("elsewhere"));
        Files.writeString(dir.resolve("elsewhere/lib.txt"), entry("Linked Paper", ABSTRACT));
        Files.createSymbolicLink(dir.resolve("real/lib.txt"), dir.resolve("elsewhere/lib.txt"));
        ParseResult withLink = reader.read(List.of(dir.resolve("real")));
        assertEquals(dir.resolve("real").toRealPath().resolve("lib.txt").toString(),
                withLink.papers().stream().filter(p -> p.title().equals("Linked Paper")).findFirst().orElseThrow().sources().get(0).file());
    }

    /** What a directory holds that is no file to read is said, as its papers, stored before, are kept. */
    @Test
    void should_say_it_skips_a_link_to_nothing_and_what_is_no_regular_file(@TempDir Path dir) throws Exception {
        Files.writeString(dir.resolve("good.txt"), entry("Good Paper", ABSTRACT));
        Files.createSymbolicLink(dir.resolve("gone.jsonl"), dir.resolve("nowhere.jsonl"));
        ParseResult result = reader.read(List.of(dir));
        assertEquals(1, result.papers().size());
        assertEquals(List.of(ParseError.warning(dir.resolve("gone.jsonl").toString(), 0, "skipped: a symbolic link to nothing (its target is gone)")),
                result.errors());
    }

    /** The one warning a read gave, of an entry it kept, with its line. */
    private static ParseError onlyWarning(String name, ParseResult result) {
        assertEquals(1, result.errors().size(), name + ": " + result.errors());
        ParseError warning = result.errors().get(0);
        assertTrue(warning.kept(), name + " warns, it does not reject");
        assertTrue(warning.line() >= 1, name + " names the line");
        return warning;
    }

    /** The paper is worth having without its date; a filter by date passes over it, as over a paper that gave none. */
    @Test
    void should_keep_a_paper_of_an_impossible_date_without_it_and_warn_with_its_line_in_every_format() {
        String good = "{\"title\": \"Dated Paper\", \"abstract\": \"Fine.\", \"date\": \"2024-02-29\"}\n";
        Map<String, String> files = Map.of(
                "a.jsonl", good + "{\"title\": \"T\", \"abstract\": \"A.\", \"date\": \"2025-02-30\"}\n",
                "a.json", "[{\"title\": \"T\", \"abstract\": \"A.\", \"issued\": {\"date-parts\": [[2024, 13, 1]]}}]",
                "a.ris", "TY  - JOUR\nTI  - T\nAB  - A.\nPY  - 2024/02/30/\nER  - \n",
                "a.bib", "@article{k, title = {T}, abstract = {A.}, date = {2024-04-31}}\n",
                "a.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><title>T</title><summary>A.</summary>"
                        + "<published>2024-00-10T00:00:00Z</published></entry></feed>");
        files.forEach((name, text) -> {
            ParseResult result = reader.read(name, text.getBytes(StandardCharsets.UTF_8), null);
            Paper kept = result.papers().stream().filter(p -> p.title().equals("T")).findFirst().orElseThrow(() -> new AssertionError(name + ": " + result));
            assertNull(kept.date(), name);
            ParseError warning = onlyWarning(name, result);
            assertTrue(warning.message().contains("is not a calendar date: left out"), name + ": " + warning);
        });
        ParseResult jsonl = reader.read("a.jsonl", files.get("a.jsonl").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(Arrays.asList("2024-02-29", null), jsonl.papers().stream().map(Paper::date).toList());
        assertEquals(2, jsonl.errors().get(0).line());
    }

    /** "0000" and "9999" stand for a date nobody knew: kept, they would sort first or last under every date filter. */
    @Test
    void should_leave_out_a_year_no_paper_can_have_and_keep_the_paper() {
        int nextYear = LocalDate.now().getYear() + 1;
        Map<String, String> files = Map.of(
                "a.jsonl", "{\"title\": \"T\", \"abstract\": \"A.\", \"date\": \"0000\"}\n",
                "a.bib", "@article{k, title = {T}, abstract = {A.}, year = {9999}}\n",
                "a.ris", "TY  - JOUR\nTI  - T\nAB  - A.\nPY  - 1066/10/14/\nER  - \n");
        files.forEach((name, text) -> {
            ParseResult result = reader.read(name, text.getBytes(StandardCharsets.UTF_8), null);
            assertNull(result.papers().get(0).date(), name);
            assertTrue(onlyWarning(name, result).message().endsWith("has no year a paper can have (1600 to " + nextYear + "): left out"),
                    name + ": " + result.errors());
        });
        String edges = "{\"title\": \"Old\", \"abstract\": \"A.\", \"date\": \"1665-03\"}\n"
                + "{\"title\": \"Preprint\", \"abstract\": \"B.\", \"date\": \"" + nextYear + "-01-02\"}\n";
        ParseResult kept = reader.read("edges.jsonl", edges.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("1665-03", nextYear + "-01-02"), kept.papers().stream().map(Paper::date).toList());
        assertEquals(List.of(), kept.errors());
    }

    /** A date followed by what no filter reads keeps its date; a value that holds none is kept as written, and said. */
    @Test
    void should_read_the_date_before_a_time_a_letter_or_a_season_and_warn_of_one_that_holds_none() {
        Map<String, String> dated = Map.of(
                "a.bib", "@article{k, title = {T}, abstract = {A.}, year = {2022a}}\n",
                "b.ris", "TY  - JOUR\nTI  - T\nAB  - A.\nPY  - 2022/09/15/Fall\nER  - \n",
                "c.jsonl", "{\"title\": \"T\", \"abstract\": \"A.\", \"date\": \"2024-03-14T09:30:00Z\"}\n");
        Map<String, String> expected = Map.of("a.bib", "2022", "b.ris", "2022-09-15", "c.jsonl", "2024-03-14");
        dated.forEach((name, text) -> {
            ParseResult result = reader.read(name, text.getBytes(StandardCharsets.UTF_8), null);
            assertEquals(List.of(), result.errors(), name);
            assertEquals(expected.get(name), result.papers().get(0).date(), name);
        });
        ParseResult noTime = reader.read("t.jsonl", "{\"title\": \"T\", \"abstract\": \"A.\", \"date\": \"2024-03-05T25:99:00Z\"}\n"
                .getBytes(StandardCharsets.UTF_8), null);
        assertEquals("2024-03-05", noTime.papers().get(0).date());
        assertEquals("date '2024-03-05T25:99:00Z' has no time of day after its day: the day is kept", onlyWarning("t.jsonl", noTime).message());
        Map<String, String> undated = Map.of(
                "a.bib", "@article{k, title = {T}, abstract = {A.}, year = {n.d.}}\n",
                "b.ris", "TY  - JOUR\nTI  - T\nAB  - A.\nDA  - Spring 2023\nER  - \n",
                "c.jsonl", "{\"title\": \"T\", \"abstract\": \"A.\", \"date\": \"forthcoming\"}\n",
                "d.json", "[{\"title\": \"T\", \"abstract\": \"A.\", \"issued\": {\"date-parts\": [[\"spring\"]]}}]",
                "e.json", "[{\"title\": \"T\", \"abstract\": \"A.\", \"issued\": {\"literal\": \"n.d.\"}}]");
        undated.forEach((name, text) -> {
            ParseResult result = reader.read(name, text.getBytes(StandardCharsets.UTF_8), null);
            ParseError warning = onlyWarning(name, result);
            assertTrue(warning.message().contains("is not YYYY, YYYY-MM or YYYY-MM-DD: kept as written, but date filters pass over this paper"),
                    name + ": " + warning);
            assertFalse(result.papers().get(0).date().isEmpty(), name);
        });
    }

    @Test
    void should_leave_out_a_doi_that_is_none_and_say_so_with_the_entry_in_every_format() {
        Map<String, String> files = Map.of(
                "b.json", "[{\"id\": \"x1\", \"title\": \"T\", \"abstract\": \"A.\", \"DOI\": \"pending\"}]",
                "b.ris", "TY  - JOUR\nTI  - T\nAB  - A.\nDO  - n/a\nER  - \n",
                "b.bib", "@article{key1, title = {T}, abstract = {A.}, doi = {see arXiv}}\n",
                "b.xml", "<feed xmlns=\"http://www.w3.org/2005/Atom\" xmlns:arxiv=\"http://arxiv.org/schemas/atom\"><entry><title>T</title>"
                        + "<summary>A.</summary><arxiv:doi>unknown</arxiv:doi></entry></feed>");
        files.forEach((name, text) -> {
            ParseResult result = reader.read(name, text.getBytes(StandardCharsets.UTF_8), null);
            assertEquals(1, result.papers().size(), name + ": " + result.errors());
            assertTrue(result.papers().get(0).aliases().stream().noneMatch(a -> a.startsWith(Paper.DOI)), name);
            assertTrue(onlyWarning(name, result).message().contains("is no DOI (10.NNNN/...): left out"), name + ": " + result.errors());
        });
        assertTrue(reader.read("b.bib", files.get("b.bib").getBytes(StandardCharsets.UTF_8), null).errors().get(0).message()
                .startsWith("entry \"key1\": doi 'see arXiv'"), "names the entry");
        // A DOI with words after it keeps the DOI, and says what was read of it; a URL's or a sentence's end is no such word.
        ParseResult spaced = reader.read("c.ris", "TY  - JOUR\nTI  - T\nAB  - A.\nDO  - 10.1000/not a doi\nER  - \n".getBytes(StandardCharsets.UTF_8), null);
        assertTrue(spaced.papers().get(0).aliases().contains(Paper.DOI + "10.1000/not"), spaced.papers().get(0).aliases().toString());
        assertTrue(onlyWarning("c.ris", spaced).message().contains("doi '10.1000/not a doi' holds more than a DOI: read as 10.1000/not"), spaced.errors().toString());
        ParseResult clean = reader.read("d.ris", "TY  - JOUR\nTI  - T\nAB  - A.\nDO  - https://doi.org/10.1000/XYZ.\nER  - \n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), clean.errors());
        // A letter whose lower case is longer (Turkish "İ") fails nothing.
        ParseResult turkish = reader.read("e.ris", "TY  - JOUR\nTI  - T\nAB  - A.\nDO  - İ 10.1000/İstanbul notes\nER  - \n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, turkish.papers().size(), turkish.errors().toString());
    }

    @Test
    void should_read_an_arxiv_entry_with_markup_in_its_title_or_a_category_without_a_term_and_the_entries_after_it() {
        String feed = "<feed xmlns=\"http://www.w3.org/2005/Atom\">\n"
                + "<entry><title type=\"html\">On <i>Quiet</i> Reasoning</title><summary>A.</summary><category/></entry>\n"
                + "<entry><title type=\"html\">Second &lt;b&gt;Bold&lt;/b&gt; x &amp;lt; y</title><summary>B.</summary><category term=\"cs.CL\"/></entry>\n</feed>";
        ParseResult result = reader.read("feed.xml", feed.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("On Quiet Reasoning", "Second Bold x < y"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of(List.of(), List.of("cs.CL")), result.papers().stream().map(Paper::keywords).toList());
    }

    @Test
    void should_read_a_short_abstract_that_its_metadata_line_follows_and_report_a_listing_with_no_paper() {
        ParseResult result = listing(entry("Why Kiwis Cannot Fly", "Kiwi birds cannot fly. We study why.")
                + entry("Second Paper", ABSTRACT));
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("Why Kiwis Cannot Fly", "Second Paper"), result.papers().stream().map(Paper::title).toList());
        ParseResult notes = listing("\nSome notes I took.\n\nNothing here is a paper.\n");
        assertEquals(List.of(), notes.papers());
        assertEquals(1, notes.errors().size());
        assertEquals(4, notes.errors().get(0).line(), "the paragraph too short for an abstract");
        assertTrue(notes.errors().get(0).message().startsWith("no papers found: the paragraph after \"Some notes I took.\" is 24 characters"),
                notes.errors().toString());
    }

    @Test
    void should_name_a_csl_item_by_its_place_and_id_and_read_nothing_from_an_empty_feed() {
        ParseResult csl = reader.read("refs.json", "[{\"title\": \"T\", \"abstract\": \"A.\"}, {\"id\": \"k2\", \"title\": \"U\"}, {\"abstract\": \"B.\"}]"
                .getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("refs.json:1: item 2 (id \"k2\"): missing abstract (its fields: id, title); skipped",
                        "refs.json:1: item 3: missing title (its fields: abstract); skipped"),
                csl.errors().stream().map(ParseError::toString).toList());
        for (String empty : new String[] {"feed.atom", "feed.xml"}) {
            ParseResult feed = reader.read(empty, "\n".getBytes(StandardCharsets.UTF_8), "arxiv");
            assertEquals(List.of(), feed.errors(), empty);
            assertEquals(List.of(), feed.papers());
        }
    }

    @Test
    void should_refuse_a_file_of_unknown_format() {
        ParseResult result = reader.read("notes.doc", "Some notes on papers.\n".getBytes(StandardCharsets.UTF_8), null);
        assertTrue(result.errors().get(0).message().startsWith("unknown format"));
        // A listing page's text on standard input has no first line to tell it by: the message says how to name it.
        ParseResult listing = reader.read("stdin", "new\n\nDaily Papers\n\nA Title\n\nAn abstract.\n".getBytes(StandardCharsets.UTF_8), null);
        assertTrue(listing.errors().get(0).message().endsWith("as --format listing for a listing page's text"), listing.errors().toString());
    }

    @Test
    void should_merge_duplicates_within_one_read_into_one_paper() {
        ParseResult result = reader.read("dup.txt", (entry("Same Paper", ABSTRACT) + "Same  paper\n\n" + ABSTRACT + " More.\n\n")
                .getBytes(StandardCharsets.UTF_8), "listing");
        List<Paper> merged = PaperMerger.mergeDuplicates(result.papers());
        assertEquals(1, merged.size());
        assertEquals(ABSTRACT + " More.", merged.get(0).abstractText());
        assertEquals("2025-05-02", merged.get(0).date());
        assertEquals(2, merged.get(0).sources().size());
    }

    /** An export's placeholder where a record has no abstract is no abstract: the record is skipped as one without it is. */
    @Test
    void should_read_a_placeholder_abstract_as_none() {
        for (String none : List.of("No abstract available.", "N/A", "Abstract", ".", "--", "Abstract not available")) {
            ParseResult result = reader.read("p.jsonl", ("{\"title\": \"A Placeholder\", \"abstract\": \"" + none + "\"}\n").getBytes(StandardCharsets.UTF_8), null);
            assertEquals(List.of(), result.papers(), none);
            assertTrue(result.errors().get(0).message().startsWith("missing abstract"), none + ": " + result.errors());
        }
        ParseResult real = reader.read("p.jsonl", "{\"title\": \"Real\", \"abstract\": \"No abstract available models learn.\"}\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, real.papers().size(), "words beyond a placeholder's are an abstract");
    }

    /** What a librarian's exports hold: an old Mac's lines, a tab typed into a JSON string, two exports joined, a JSON array as .jsonl. */
    @Test
    void should_read_old_mac_lines_raw_tabs_and_joined_exports_and_name_a_json_array() {
        ParseResult mac = reader.read("mac.ris", "TY  - JOUR\rTI  - Old Mac\rAB  - An abstract. With CR lines.\rER  - \r".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("Old Mac"), mac.papers().stream().map(Paper::title).toList(), mac.errors().toString());
        ParseResult joined = reader.read("t.jsonl", ("{\"title\": \"Tab\tInside\", \"abstract\": \"An abstract\twith a tab. Two sentences.\"}\n"
                + "\uFEFF{\"title\": \"After a Joined Mark\", \"abstract\": \"Another abstract. Two sentences.\"}\n").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("Tab Inside", "After a Joined Mark"), joined.papers().stream().map(Paper::title).toList(), joined.errors().toString());
        assertEquals("An abstract with a tab. Two sentences.", joined.papers().get(0).abstractText());
        ParseResult array = reader.read("arr.jsonl", "[\n  {\"title\": \"A\", \"abstract\": \"B\"}\n]\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("arr.jsonl:1: a JSON array over several lines, not JSON Lines (one object a line): if it is CSL JSON, read it with"
                + " --format csl-json"), array.errors().stream().map(ParseError::toString).toList());
    }

    /** A DOI names one work only under a title like its own: a proceedings' volume DOI on each of its papers had made them one. */
    @Test
    void should_keep_apart_works_that_share_a_doi_under_other_titles_and_say_so() {
        String jsonl = "{\"title\": \"Alpha Networks for Vision\", \"abstract\": \"We study alpha networks. They see.\", \"doi\": \"10.1234/vol7\"}\n"
                + "{\"title\": \"Beta Methods in Parsing\", \"abstract\": \"We parse with beta methods. It works.\", \"doi\": \"10.1234/vol7\"}\n"
                + "{\"title\": \"Alpha Networks for Vision: Extended\", \"abstract\": \"We study alpha networks at length. They see more.\", \"doi\": \"10.1234/vol7\"}\n";
        ParseResult result = reader.read("proc.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("Alpha Networks for Vision: Extended", "Beta Methods in Parsing"),
                PaperMerger.mergeDuplicates(result.papers()).stream().map(Paper::title).sorted().toList(), "the extended version is one work with its first");
        assertTrue(result.errors().stream().anyMatch(e -> e.line() == 2 && e.message().equals("shares doi:10.1234/vol7 with \"Alpha Networks for Vision\""
                + " (line 1) under another title: kept as two papers; is the id wrong in one of them?")), result.errors().toString());
        assertTrue(result.errors().stream().anyMatch(e -> e.line() == 3 && e.message().startsWith("repeats the work of line 1 (the same DOI 10.1234/vol7)")),
                "the warning says what made them one: " + result.errors());
    }

    @Test
    void should_tell_titles_of_one_work_from_others() {
        assertTrue(Titles.alike("Quiet-STaR", "Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking"));
        assertTrue(Titles.alike("Language Models Can Teach Themselves to Think", "Language models can teach themselves to think before speaking"));
        assertTrue(Titles.alike("Attention Is All You Need (v2)", "Attention is all you need"));
        assertFalse(Titles.alike("Graph Neural Networks for Traffic Forecasting", "Learned Cost Models for Query Optimisation"));
        assertFalse(Titles.alike("Quiet", "Quietude of Models"), "a whole word's start, not a word's");
    }

    @Test
    void should_reject_a_title_of_control_characters_alone_with_its_line_and_keep_the_rest_of_the_file() {
        ParseResult result = listing(entry("\u0000", ABSTRACT) + entry("Second Paper", ABSTRACT));
        assertEquals(List.of("Second Paper"), result.papers().stream().map(Paper::title).toList());
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertEquals(1, result.errors().get(0).line());
        assertTrue(result.errors().get(0).message().contains("missing title"), result.errors().toString());
    }

    /** "\u202Egnp.exe" shows as "exe.png" wherever a title is printed: the overrides are left out, the letters kept. */
    @Test
    void should_leave_out_bidirectional_overrides_and_keep_the_script() {
        ParseResult result = listing(entry("RTL \u202Egnp.exe\u202C Paper \u2066\u05e9\u05dc\u05d5\u05dd\u2069", ABSTRACT + " \u202Dx\u202C."));
        assertEquals("RTL gnp.exe Paper \u05e9\u05dc\u05d5\u05dd", result.papers().get(0).title());
        assertEquals(ABSTRACT + " x.", result.papers().get(0).abstractText());
    }

    @Test
    void should_reject_an_organisation_too_long_to_index_with_its_line() {
        String org = "Acme".repeat(10_000);
        ParseResult result = listing("Long Org\n\n" + ABSTRACT + "\n\n  • 3 authors\n·\nacme " + org + "\n·\nMay 2, 2025\n\n"
                + entry("Second Paper", ABSTRACT));
        assertEquals(List.of("Second Paper"), result.papers().stream().map(Paper::title).toList());
        assertEquals("input.txt:1: organization is 40000 characters, at most 1000 allowed; skipped", result.errors().get(0).toString());
    }

    /** Markdown's emphasis in an abstract is its words, as quotes read them; a star beside a letter or digit is no emphasis. */
    @Test
    void should_read_markdown_emphasis_as_its_words() {
        ParseResult result = listing(entry("Marked Up", "We introduce **Roads to Rome (R2R)**, a router. What *characterizes* a good CoT is unclear."
                + " It scores 4.1 on V* Bench, and R=-a*e^H+b holds."));
        assertEquals("We introduce Roads to Rome (R2R), a router. What characterizes a good CoT is unclear. It scores 4.1 on V* Bench, and R=-a*e^H+b holds.",
                result.papers().get(0).abstractText());
    }

    /** Text pasted from a terminal keeps no "[31m" of its colour codes. */
    @Test
    void should_leave_out_terminal_colour_codes_whole() {
        ParseResult result = listing(entry("\u001B[1;31mColoured\u001B[0m Title\u001B]0;window\u0007", ABSTRACT + "\u001B[2K"));
        assertEquals("Coloured Title", result.papers().get(0).title());
        assertEquals(ABSTRACT, result.papers().get(0).abstractText());
    }

    @Test
    void should_read_bibtex_and_others_as_et_al_and_name_the_key_of_a_malformed_entry() {
        String bib = "@article{ok, title={First}, abstract={" + ABSTRACT + "}, author={Lovelace, Ada and Others}}\n"
                + "@article{cut2024, title={Second}, abstract={" + ABSTRACT + "\n"
                + "@article{after, title={Third}, abstract={" + ABSTRACT + "}}\n";
        ParseResult result = reader.read("lib.bib", bib.getBytes(StandardCharsets.UTF_8), "bibtex");
        assertEquals(List.of("First", "Third"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("Ada Lovelace"), result.papers().get(0).authors());
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertTrue(result.errors().get(0).toString().startsWith("lib.bib:2: malformed BibTeX entry \"cut2024\": "), result.errors().toString());
    }

    @Test
    void should_keep_a_bibtex_entry_with_an_empty_keyword_and_drop_authors_that_name_no_one() {
        String bib = "@article{a, title={First}, abstract={" + ABSTRACT + "}, keywords={rl, {}, { }, reasoning}, author={, and Ada Lovelace}}\n"
                + "@article{b, title={Second}, abstract={" + ABSTRACT + "}}\n";
        ParseResult result = reader.read("lib.bib", bib.getBytes(StandardCharsets.UTF_8), "bibtex");
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("First", "Second"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("rl", "reasoning"), result.papers().get(0).keywords());
        ParseResult json = reader.read("in.jsonl", ("{\"title\": \"T\", \"abstract\": \"" + ABSTRACT + "\", \"authors\": [\",\", \" \", \"Ada Lovelace\"]}\n")
                .getBytes(StandardCharsets.UTF_8), "jsonl");
        assertEquals(List.of("Ada Lovelace"), json.papers().get(0).authors());
    }

    @Test
    void should_keep_two_papers_whose_titles_have_no_letter_or_digit_apart() {
        ParseResult result = listing(entry("???", ABSTRACT) + entry("!!!", "A different abstract about other things entirely."));
        assertEquals(2, result.papers().size(), result.errors().toString());
        assertEquals(2, PaperMerger.mergeDuplicates(result.papers()).size(), "not one work");
        assertTrue(!result.papers().get(0).id().equals(result.papers().get(1).id()));
    }
}
