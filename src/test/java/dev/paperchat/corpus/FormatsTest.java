package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

class FormatsTest {
    private static final Path DIR = Path.of("src/test/resources/fixtures/formats");
    private final CorpusReader reader = CorpusReader.withAllFormats();

    private ParseResult read(String name) {
        return reader.read(List.of(DIR.resolve(name)));
    }

    private static Paper titled(ParseResult result, String prefix) {
        return result.papers().stream().filter(p -> p.title().startsWith(prefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper " + prefix + " in " + result.papers()));
    }

    @Test
    void should_read_an_arxiv_atom_response_field_by_field() {
        ParseResult result = read("arxiv-query.atom");
        assertEquals(4, result.papers().size());
        Paper quiet = titled(result, "Quiet-STaR");
        assertEquals("Quiet-STaR: Language Models Can Teach Themselves to Think Before Speaking", quiet.title());
        assertTrue(quiet.abstractText().startsWith("When writing and talking, people sometimes pause to think. We present Quiet-STaR,"));
        assertEquals(List.of("Eric Zelikman", "Georges Harik", "Noah D. Goodman"), quiet.authors());
        assertEquals("2024-03-14", quiet.date());
        assertEquals("2403.09629", quiet.arxivId());
        assertEquals(List.of("cs.CL", "cs.AI"), quiet.keywords());
        assertEquals(List.of("http://arxiv.org/abs/2403.09629v2", "http://arxiv.org/pdf/2403.09629v2"), quiet.links());

        Paper tot = titled(result, "Tree of Thoughts");
        assertEquals("10.48550/arxiv.2305.10601", tot.doi());
        assertEquals("NeurIPS 2023", tot.venue());
        assertTrue(titled(result, "ReAct").abstractText().contains("interleaved manner & show gains"));

        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().contains("2401.99999") && result.errors().get(0).message().contains("missing abstract"),
                result.errors().toString());
        assertEquals(58, result.errors().get(0).line());

        String bare = "<feed xmlns=\"http://www.w3.org/2005/Atom\"><entry><id>http://arxiv.org/abs/2403.09629v2</id>"
                + "<title>Quiet-STaR</title><summary>We present Quiet-STaR.</summary></entry></feed>";
        Paper linkless = reader.read("bare.atom", bare.getBytes(StandardCharsets.UTF_8), "arxiv").papers().get(0);
        assertEquals(List.of("http://arxiv.org/abs/2403.09629v2"), linkless.links(), "an entry without links keeps its id's page");
    }

    @Test
    void should_read_a_zotero_bibtex_export_with_accents_braces_macros_and_problems() {
        ParseResult result = read("zotero.bib");
        assertEquals(3, result.papers().size());
        Paper quiet = titled(result, "Quiet-STaR");
        assertEquals("zelikman2024quietstar", quiet.citationKey());
        assertEquals(List.of("Eric Zelikman", "Georges Harik", "Noah D. Goodman"), quiet.authors());
        assertEquals("2403.09629", quiet.arxivId());
        assertEquals("2024", quiet.date());
        assertEquals(List.of("reasoning", "rationales"), quiet.keywords());

        Paper accented = titled(result, "Straße");
        assertEquals("Straße und Überblick: A Study of Accented BERT Titles", accented.title());
        assertEquals(List.of("Jörg Müller", "Ana García"), accented.authors());
        assertEquals("Advances in Neural Information Processing Systems", accented.venue());
        assertEquals("10.1234/abc.2023.42", accented.doi());
        assertTrue(accented.abstractText().contains("accents such as ü and é survive"), accented.abstractText());
        assertEquals("muller2023", accented.citationKey());

        List<String> messages = result.errors().stream().map(ParseError::toString).toList();
        assertEquals(2, messages.size(), messages.toString());
        assertTrue(messages.get(0).contains("noabstract2020") && messages.get(0).contains("no abstract"), messages.get(0));
        assertTrue(messages.get(1).contains("duplicate citation key \"zelikman2024quietstar\" (first at line 4): this entry is stored without it"),
                messages.get(1));
        // Another work under a key already taken is kept, the key staying the first one's.
        assertNull(titled(result, "A Duplicate Key").citationKey());
        assertTrue(result.errors().get(1).kept());
    }

    @Test
    void should_print_latex_symbols_and_leave_out_citations_in_a_bibtex_abstract() {
        String bib = "@article{k, title={Fast Reasoning}, abstract={Prior work~\\cite{smith2020,lee2021} is slow; "
                + "we give a 2.3\\times speedup, 5.9\\% $\\rightarrow$ 10.9\\%, and keep $O(n \\log n)$ \\citep{wang2022}.}}";
        Paper paper = CorpusReader.withAllFormats().read("refs.bib", bib.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("Prior work is slow; we give a 2.3\u00d7 speedup, 5.9% \u2192 10.9%, and keep $O(n \\log n)$.", paper.abstractText());
        assertTrue(Bibtex.entry(paper).contains("2.3\u00d7 speedup"), Bibtex.entry(paper));
    }

    /** A JSONL abstract copied from LaTeX reads as a BibTeX one does: raised and lowered text as HTML's, styling gone. */
    @Test
    void should_read_raised_and_styled_latex_in_a_jsonl_abstract() {
        String jsonl = "{\"title\": \"Scaling Sparse Models\", \"abstract\": \"We train 10\\\\textsuperscript{6} experts with weights "
                + "w\\\\textsubscript{i}, a \\\\textbf{B}idirectional router, and keep 48.1\\\\% of the cost.\"}\n";
        Paper paper = CorpusReader.withAllFormats().read("papers.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("We train 10^6 experts with weights w_i, a Bidirectional router, and keep 48.1% of the cost.",
                paper.abstractText());
    }

    @Test
    void should_read_csl_json_items() {
        ParseResult result = read("zotero-csl.json");
        assertEquals(2, result.papers().size());
        Paper tot = titled(result, "Tree of Thoughts");
        assertEquals(List.of("Shunyu Yao", "Dian Yu"), tot.authors());
        assertEquals("2023-05-17", tot.date());
        assertEquals("10.48550/arxiv.2305.10601", tot.doi());
        assertEquals("2305.10601", tot.arxivId());
        assertEquals("yao2023tree", tot.citationKey());
        assertEquals(List.of("reasoning", "search"), tot.keywords());
        assertEquals("2023", titled(result, "Self-Consistency").date());
        assertEquals(List.of("The Google Brain Team"), titled(result, "Self-Consistency").authors());
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).message().contains("missing abstract"));

        String lists = "[{\"id\": \"a\", \"title\": [\"One Title\"], \"abstract\": \"An abstract.\"},"
                + " {\"id\": \"b\", \"title\": [\"not\", \"a\", \"string\"], \"abstract\": \"Another.\"}]";
        ParseResult crossref = CorpusReader.withAllFormats().read("lists.json", lists.getBytes(StandardCharsets.UTF_8), "csl-json");
        assertEquals(List.of("One Title"), crossref.papers().stream().map(Paper::title).toList(), "Crossref's list of one title");
        assertEquals(1, crossref.errors().size());
        assertTrue(crossref.errors().get(0).message().contains("field \"title\" is a list of 3 texts; expected one"), crossref.errors().toString());
    }

    /** JSON Lines named ".json", two arrays in one file, an item that is no object: all but the first would be lost in silence. */
    @Test
    void should_reject_what_follows_a_csl_json_files_first_value() {
        String a = "{\"title\": \"Okapi A\", \"abstract\": \"Okapi calves hide.\"}", b = "{\"title\": \"Okapi B\", \"abstract\": \"Okapi calves grow.\"}";
        for (String text : List.of(a + "\n" + b + "\n", "[" + a + "]\n[" + b + "]\n")) {
            ParseResult result = CorpusReader.withAllFormats().read("lines.json", text.getBytes(StandardCharsets.UTF_8), null);
            assertEquals(List.of("Okapi A"), result.papers().stream().map(Paper::title).toList());
            assertEquals(List.of("lines.json:2: more follows the file's first JSON value, which CSL JSON holds alone (one array of items); for one paper"
                    + " per line, name the file .jsonl or give the format jsonl"), result.errors().stream().map(ParseError::toString).toList());
        }
        ParseResult number = CorpusReader.withAllFormats().read("n.json", ("[" + a + ", 3, " + b + "]").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("Okapi A"), number.papers().stream().map(Paper::title).toList());
        assertEquals("n.json:1: CSL JSON items must be objects, found a number; the rest of the array is not read", number.errors().get(0).toString());
        ParseResult garbage = CorpusReader.withAllFormats().read("g.json", ("[" + a + "] garbage").getBytes(StandardCharsets.UTF_8), null);
        assertEquals(1, garbage.papers().size());
        assertTrue(garbage.errors().get(0).message().startsWith("invalid JSON: Unrecognized token 'garbage'"), garbage.errors().toString());
    }

    /** A field of the wrong shape is said and left out, as JSONL's are, not dropped in silence. */
    @Test
    void should_warn_of_csl_authors_and_dates_of_the_wrong_shape() {
        String items = "[{\"title\": \"A\", \"abstract\": \"Bilbies dig.\", \"issued\": {\"date-parts\": \"2024\"}},\n"
                + "{\"title\": \"B\", \"abstract\": \"Bilbies dig.\", \"issued\": 2023, \"author\": \"Smith, J.\"},\n"
                + "{\"title\": \"C\", \"abstract\": \"Bilbies dig.\", \"author\": [{\"family\": 5}, {\"family\": \"Ng\", \"given\": \"A\"}],"
                + " \"issued\": {\"date-parts\": [[2024, 3]]}}]";
        ParseResult result = CorpusReader.withAllFormats().read("odd.json", items.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(3, result.papers().size(), "each paper is kept");
        assertEquals(List.of("A Ng"), titled(result, "C").authors());
        assertEquals("2024-03", titled(result, "C").date());
        assertEquals(null, titled(result, "B").date());
        assertEquals(List.of("odd.json:1: item 1: field \"issued\" must be {\"date-parts\": [[year, month, day]]}, was {\"date-parts\":\"2024\"}; the date is not read",
                "odd.json:2: item 2: field \"author\" must be a list of names ({\"family\", \"given\"} or {\"literal\"}), was a string; the authors are not read",
                "odd.json:2: item 2: field \"issued\" must be {\"date-parts\": [[year, month, day]]}, was 2023; the date is not read",
                "odd.json:3: item 3: an author of field \"author\" is no name ({\"family\", \"given\"} or {\"literal\"}, as text): {\"family\":5}; not read"),
                result.errors().stream().map(ParseError::toString).toList());
        assertTrue(result.errors().stream().allMatch(ParseError::kept));
    }

    /** pandas' to_json(orient="records"), a script's json.dump: papers as JSONL writes them, in one array, are read in full. */
    @Test
    void should_read_a_json_array_of_records_as_jsonl_reads_each_and_a_list_under_one_name() {
        String records = "[{\"id\": \"x1\", \"title\": \"Wildfire Spread\", \"abstract\": \"Fires spread.\", \"authors\": [\"Nora Fuchs\"],"
                + " \"date\": \"2023-08-15\", \"doi\": \"10.9000/wildfire.2023\", \"organization\": \"FireLab\", \"keywords\": [\"fire\"], \"yaer\": 2023},\n"
                + " {\"title\": \"Zotero Item\", \"abstract\": \"CSL.\", \"issued\": {\"date-parts\": [[2024]]}, \"DOI\": \"10.9000/z\"}]";
        ParseResult result = CorpusReader.withAllFormats().read("export.json", records.getBytes(StandardCharsets.UTF_8), null);
        Paper record = titled(result, "Wildfire Spread");
        assertEquals(List.of("Nora Fuchs"), record.authors());
        assertEquals("2023-08-15", record.date());
        assertEquals("FireLab", record.organization());
        assertEquals(List.of("fire"), record.keywords());
        assertTrue(record.aliases().contains("doi:10.9000/wildfire.2023"), record.aliases().toString());
        assertEquals("2024", titled(result, "Zotero Item").date(), "a CSL item beside it is read as CSL");
        assertEquals(List.of("export.json:1: item 1 (id \"x1\"): field \"yaer\" is not read; known: id, title, abstract, authors, date, url, doi, arxivId,"
                + " organization, links, venue, keywords"), result.errors().stream().map(ParseError::toString).toList(), "a field it does not read is said");

        String wrapped = "{\"papers\": [{\"title\": \"Wrapped\", \"abstract\": \"Inside.\", \"date\": \"2022\"}], \"count\": 1}";
        ParseResult inside = CorpusReader.withAllFormats().read("wrapped.json", wrapped.getBytes(StandardCharsets.UTF_8), null);
        assertEquals("2022", titled(inside, "Wrapped").date(), "a list under one name holds the papers");
        ParseResult none = CorpusReader.withAllFormats().read("meta.json", "{\"count\": 0, \"query\": \"x\"}".getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("meta.json:1: the file's JSON object has no \"title\" and holds no list of papers under one name (as {\"items\": [...]});"
                + " its fields: count, query"), none.errors().stream().map(ParseError::toString).toList());
    }

    @Test
    void should_read_ris_records_and_report_broken_ones() {
        ParseResult result = read("export.ris");
        assertEquals(1, result.papers().size());
        Paper react = result.papers().get(0);
        assertEquals("ReAct: Synergizing Reasoning and Acting in Language Models", react.title());
        assertEquals(List.of("Shunyu Yao", "Jeffrey Zhao"), react.authors());
        assertEquals("2023-05-01", react.date());
        assertEquals("International Conference on Learning Representations", react.venue());
        assertTrue(react.abstractText().endsWith("allowing greater synergy between the two."), react.abstractText());
        assertEquals("10.5555/react.2023", react.doi());
        assertEquals(List.of("https://react-lm.github.io"), react.links());
        assertEquals(List.of(16, 22), result.errors().stream().map(ParseError::line).toList());
    }

    /** A file larger than can be read in the heap is refused by name, unread; the other files of the run are read. */
    @Test
    void should_refuse_a_file_larger_than_the_limit_and_read_the_others(@org.junit.jupiter.api.io.TempDir Path dir) throws IOException {
        Path big = dir.resolve("big.jsonl");
        try (var file = new java.io.RandomAccessFile(big.toFile(), "rw")) {
            file.setLength(CorpusReader.MAX_FILE_BYTES + 1);
        }
        Files.writeString(dir.resolve("small.jsonl"), "{\"title\": \"A Small Paper\", \"abstract\": \"It is read. Beside a big file.\"}\n");
        ParseResult result = reader.read(List.of(big, dir.resolve("small.jsonl")), null);
        assertEquals(List.of("A Small Paper"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("file is 67108865 bytes, at most 67108864 allowed"), result.errors().stream().map(ParseError::message).toList());
    }

    /** Exporters' slips had lost records without a word: one space before the hyphen, tags in lower case, a line separator in a value. */
    @Test
    void should_read_ris_tags_written_loosely_and_values_with_line_separators() {
        String ris = "TY - JOUR\nTI - One Space\nAB - An abstract. Of two sentences.\nER - \n\n"
                + "ty  - JOUR\nti  - Lower Case\nab  - Another abstract. Also two.\ner  - \n\n"
                + "TY  - JOUR\nTI  - Line Separator\nAB  - First sentence.\u2028Second one\u0085 after it.\nER  - \n\n"
                + "TY  - JOUR\nTI  - Wrapped\nAB  - A long abstract\nAI - driven systems wrap. It ends.\nER  - \n";
        ParseResult result = reader.read("loose.ris", ris.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of("One Space", "Lower Case", "Line Separator", "Wrapped"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of(), result.errors());
        assertTrue(result.papers().get(3).abstractText().contains("AI - driven systems wrap"), "no RIS tag: a wrapped line");
    }

    @Test
    void should_keep_valid_entries_beside_malformed_ones_and_name_the_line() {
        ParseResult atom = read("truncated.atom");
        assertEquals(List.of("Chain-of-Thought Prompting Elicits Reasoning in Large Language Models"),
                atom.papers().stream().map(Paper::title).toList());
        assertTrue(atom.errors().get(0).message().startsWith("malformed XML"), atom.errors().toString());
        assertTrue(atom.errors().get(0).line() >= 11);

        ParseResult bib = read("unbalanced.bib");
        assertEquals(List.of("A Good Entry Before", "A Good Entry After"), bib.papers().stream().map(Paper::title).toList());
        assertEquals(1, bib.errors().size());
        assertTrue(bib.errors().get(0).line() >= 7, bib.errors().toString());

        ParseResult json = read("invalid.json");
        assertEquals(List.of("Valid Before The Error"), json.papers().stream().map(Paper::title).toList());
        assertEquals(3, json.errors().get(0).line());
    }

    @Test
    void should_not_resolve_external_entities() throws IOException {
        ParseResult result = read("xxe.atom");
        assertTrue(result.papers().isEmpty());
        assertEquals(2, result.errors().get(0).line());
        assertTrue(result.errors().get(0).message().contains("document type declarations are not allowed"));
        String secret = Files.exists(Path.of("/etc/hostname")) ? Files.readString(Path.of("/etc/hostname")).strip() : "";
        assertTrue(secret.isEmpty() || !result.errors().toString().contains(secret));
    }

    @Test
    void should_merge_one_work_from_atom_bibtex_and_the_listing_into_one_paper() {
        ParseResult all = reader.read(List.of(DIR.resolve("arxiv-query.atom"), DIR.resolve("zotero.bib"),
                DIR.resolve("zotero-csl.json")));
        List<Paper> quiet = all.papers().stream().filter(p -> p.title().startsWith("Quiet-STaR")).toList();
        assertEquals(1, quiet.size());
        Paper merged = quiet.get(0);
        assertEquals("2403.09629", merged.arxivId());
        assertEquals("zelikman2024quietstar", merged.citationKey());
        assertEquals(2, merged.sources().size());
        assertEquals("2024-03-14", merged.date(), "the earliest full date wins over a year");
        // Tree of Thoughts: Atom (DOI, arXiv id) and CSL JSON (same DOI) are one work.
        List<Paper> tot = all.papers().stream().filter(p -> p.title().startsWith("Tree of Thoughts")).toList();
        assertEquals(1, tot.size());
        assertEquals("yao2023tree", tot.get(0).citationKey());
    }

    @Test
    void should_merge_a_bibtex_entry_that_gives_its_arxiv_id_only_in_its_url_with_the_same_work_under_another_title() {
        String bib = "@misc{k,\n  title = {Thinking Tokens: A Study},\n  abstract = {An abstract.},\n"
                + "  url = {https://arxiv.org/abs/2501.01234v2}\n}\n";
        String jsonl = "{\"title\": \"Thinking Tokens, a Study (Extended)\", \"abstract\": \"An abstract, longer.\", \"id\": \"arXiv:2501.01234\"}\n";
        ParseResult all = ParseResult.concat(List.of(reader.read("a.bib", bib.getBytes(StandardCharsets.UTF_8), null),
                reader.read("b.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), null)));
        List<Paper> merged = PaperMerger.mergeDuplicates(all.papers());
        assertEquals(1, merged.size(), merged.toString());
        assertEquals("2501.01234", merged.get(0).arxivId());
        assertEquals(null, Identifiers.arxivOfLink("https://example.org/2501.01234"), "numbers on another site are no arXiv id");
    }

    @Test
    void should_read_every_file_of_a_directory_as_a_forced_format_and_report_a_missing_path(@org.junit.jupiter.api.io.TempDir Path dir)
            throws IOException {
        Files.writeString(dir.resolve("export.txt"), "TY  - JOUR\nTI  - Forced Format\nAB  - An abstract. Of two sentences.\nER  - \n");
        Files.writeString(dir.resolve("notes"), "TY  - JOUR\nTI  - No Extension\nAB  - Another abstract. Also two.\nER  - \n");
        ParseResult result = reader.read(List.of(dir, dir.resolve("missing.ris")), "ris");
        assertEquals(List.of("Forced Format", "No Extension"), result.papers().stream().map(Paper::title).sorted().toList());
        assertEquals(1, result.errors().size());
        assertTrue(result.errors().get(0).toString().contains("missing.ris"), result.errors().toString());
        assertTrue(reader.read(List.of(dir), "psychic").errors().get(0).message().startsWith("unknown format"));
    }

    @Test
    void should_detect_formats_by_content_for_standard_input() {
        assertEquals(1, reader.read("-", "TY  - JOUR\nTI  - T\nAB  - An abstract.\nER  - \n".getBytes(), null).papers().size());
        assertEquals(1, reader.read("-", "@article{k, title={T}, abstract={An abstract.}}\n".getBytes(), null).papers().size());
        assertEquals(1, reader.read("-", "[{\"title\":\"T\",\"abstract\":\"An abstract.\"}]".getBytes(), null).papers().size());
        assertEquals(2, reader.read("-", "{\"title\":\"T\",\"abstract\":\"An abstract.\"}\n{\"title\":\"U\",\"abstract\":\"B.\"}\n"
                .getBytes(), null).papers().size(), "JSON Lines");
        assertEquals(1, reader.read("PAPERS.JSONL", "{\"title\":\"T\",\"abstract\":\"An abstract.\"}\n".getBytes(), null).papers().size());
        assertNull(Identifiers.arxiv("not an id"));
        assertEquals("2403.09629", Identifiers.arxiv("arXiv:2403.09629v3"));
        assertEquals("hep-th/9901001", Identifiers.arxiv("arXiv:hep-th/9901001v2"));
        assertEquals("math.GT/0309136", Identifiers.arxiv("https://arxiv.org/abs/math.GT/0309136"));
        org.junit.jupiter.api.Assertions.assertTimeoutPreemptively(Duration.ofSeconds(20),
                () -> assertNull(Identifiers.arxiv("x".repeat(100_000))), "no id in 100,000 letters: took two minutes before");
        assertEquals("10.1000/xyz", Identifiers.doi("https://doi.org/10.1000/XYZ."));
    }
}
