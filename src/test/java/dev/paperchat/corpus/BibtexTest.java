package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

class BibtexTest {

    /** The entry without the comment before it that says what it lacks (these fixtures have no year). */
    private static String entry(Paper paper) {
        return Bibtex.entry(paper).replaceFirst("^% Incomplete:[^\\n]*\\n", "");
    }

    @Test
    void should_keep_a_titles_latex_math_and_escape_the_text_around_it() {
        assertEquals("$\\texttt{SAILOR}$: 100\\% \\& more", Bibtex.escapeKeepingMath("$\\texttt{SAILOR}$: 100% & more"));
        assertEquals("\\$\\textbraceright{}x\\textbraceleft{}\\$ costs \\$5", Bibtex.escapeKeepingMath("$}x{$ costs $5"),
                "braces without their pair are written as the commands for them, as BibTeX counts \\{ and \\} too");
        assertEquals("$\\alpha^2$-RL and $O(n_1)$", Bibtex.escapeKeepingMath("$\\alpha^2$-RL and $O(n_1)$"));
        assertEquals("\\$\\textbackslash{}input\\{/etc/passwd\\}\\$", Bibtex.escapeKeepingMath("$\\input{/etc/passwd}$"), "no command that reads files");
        assertEquals("$O(n \\log n)$ and $\\frac{1}{\\sqrt{k}}$", Bibtex.escapeKeepingMath("$O(n \\log n)$ and $\\frac{1}{\\sqrt{k}}$"),
                "operators typeset and do nothing else");
        assertEquals("\\$\\textbackslash{}write18\\{rm\\}\\$", Bibtex.escapeKeepingMath("$\\write18{rm}$"));
        assertEquals("From \\$5 to \\$10", Bibtex.escapeKeepingMath("From $5 to $10"), "prices are not math");
        assertEquals("\\$x \\& y\\$", Bibtex.escapeKeepingMath("$x & y$"));
        Paper paper = Paper.builder("$\\texttt{SAILOR}$: Steering Reasoning & Search", "An abstract. It costs $5 and 10%.",
                new Source("t.jsonl", 1)).build();
        String entry = Bibtex.entry(paper);
        assertTrue(entry.contains("title = {{$\\texttt{SAILOR}$: Steering Reasoning \\& Search}}"), entry);
        assertTrue(entry.contains("It costs \\$5 and 10\\%."), entry);
        ParseResult back = CorpusReader.withAllFormats().read("back.bib", entry.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), back.errors());
        assertEquals(List.of(paper.title()), back.papers().stream().map(Paper::title).toList(), "the title comes back as it was");
    }

    /** An entry without author names or a year says so in a comment BibTeX skips, and reads back as the same paper. */
    @Test
    void should_say_before_an_entry_what_a_citation_lacks() {
        Paper listed = Paper.builder("Follow the Leader", "An abstract.", new Source("l.md", 1)).authorCount(7).build();
        String entry = Bibtex.entry(listed);
        assertTrue(entry.startsWith("% Incomplete: no author names (7 authors), no year; add them before citing.\n@misc{"), entry);
        ParseResult back = CorpusReader.withAllFormats().read("back.bib", entry.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), back.errors());
        assertEquals(List.of("Follow the Leader"), back.papers().stream().map(Paper::title).toList());
        Paper complete = Paper.builder("Follow the Leader", "An abstract.", new Source("l.jsonl", 1)).authors(List.of("Ada Lovelace"))
                .date("2025-06-08").build();
        assertTrue(Bibtex.entry(complete).startsWith("@"), Bibtex.entry(complete));
    }

    @Test
    void should_read_math_as_written_and_escaped_dollars_as_dollars_and_write_both_back() {
        String bib = "@article{k,\n  title = {Estimating {$\\pi$} with {LLMs}},\n"
                + "  abstract = {We bound $\\mathcal{O}(n^2)$ error in Caf\\'{e} runs, from \\$5 to \\$10 each.}\n}\n";
        Paper paper = CorpusReader.withAllFormats().read("math.bib", bib.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("Estimating \u03c0 with LLMs", paper.title(), "a Greek letter alone is the letter, as other sources write it");
        assertEquals("We bound $\\mathcal{O}(n^2)$ error in Café runs, from $5 to $10 each.", paper.abstractText());
        assertTrue(Bibtex.entry(paper).contains("abstract = {We bound $\\mathcal{O}(n^2)$ error in Café runs, from \\$5 to \\$10 each.}"),
                Bibtex.entry(paper));
        Paper back = CorpusReader.withAllFormats().read("back.bib", Bibtex.entry(paper).getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals(paper.title(), back.title(), Bibtex.entry(paper));
        assertEquals(paper.abstractText(), back.abstractText(), Bibtex.entry(paper));
    }

    /** BibTeX counts a brace after a backslash too: an abstract's brace without its pair ("\\footnote{" cut short) must not run into the next entry. */
    @Test
    void should_write_an_unpaired_brace_so_that_the_entry_s_braces_balance_and_read_it_back() {
        Paper paper = Paper.builder("Braces", "A } stray brace. Code is out.\\footnote{The code is at https://x.org/a. A set {a, b} is paired.",
                new Source("b.jsonl", 1)).build();
        String entry = Bibtex.entry(paper);
        int depth = 0;
        for (char c : entry.toCharArray()) {
            depth += c == '{' ? 1 : c == '}' ? -1 : 0;
            assertTrue(depth >= 0, entry);
        }
        assertEquals(0, depth, "every brace the entry opens, it closes: " + entry);
        assertTrue(entry.contains("\\textbackslash{}footnote\\textbraceleft{}The code") && entry.contains("\\{a, b\\}")
                && entry.contains("A \\textbraceright{} stray"), entry);
        Paper back = CorpusReader.withAllFormats().read("back.bib", (entry + "\n@misc{next, title = {Next}, abstract = {After.}}\n").getBytes(StandardCharsets.UTF_8), null)
                .papers().get(0);
        assertEquals(paper.abstractText(), back.abstractText(), entry);
    }

    @Test
    void should_keep_an_apostrophe_as_written_and_read_latex_quotes_as_quotes() {
        String bib = "@inproceedings{m,\n  title = {M{\\\"u}ller's Lemma},\n  author = {O'Brien, Pat},\n"
                + "  abstract = {It's a ``quoted'' result -- proved on the models' problems.}\n}\n";
        Paper paper = CorpusReader.withAllFormats().read("q.bib", bib.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("Müller's Lemma", paper.title());
        assertEquals(List.of("Pat O'Brien"), paper.authors());
        assertEquals("It's a \u201cquoted\u201d result \u2013 proved on the models' problems.", paper.abstractText());
        String paired = "@article{p,\n  title = {Paired},\n  abstract = {Under a mild ''informative'' condition, and the models'' ''5x'' gains.}\n}\n";
        Paper quoted = CorpusReader.withAllFormats().read("p.bib", paired.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("Under a mild \u201cinformative\u201d condition, and the models\u201d \u201c5x\u201d gains.", quoted.abstractText(),
                "''informative'' as authors pair them opens and closes; after a letter, '' closes");
    }

    /** A BibTeX url is where the work is: the code an abstract links to is kept in the note, and read back from it. */
    @Test
    void should_give_the_papers_own_link_as_its_url_and_its_code_in_the_note() {
        Paper paper = Paper.builder("SAILOR", "Code at https://github.com/a/sailor and https://b.github.io/sailor.", new Source("t.jsonl", 1))
                .link("https://arxiv.org/abs/2501.01234").build();
        String entry = Bibtex.entry(paper);
        assertTrue(entry.contains("  url = {https://arxiv.org/abs/2501.01234},"), entry);
        assertTrue(entry.contains("  note = {code: \\url{https://github.com/a/sailor}; see also: \\url{https://b.github.io/sailor}},"), entry);
        assertTrue(entry.contains("  paperchatid = {" + paper.id() + "}"), "the id in a field no style prints: " + entry);
        assertFalse(Bibtex.entry(Paper.builder("Plain", "No links.", new Source("t.jsonl", 4)).build()).contains("note = "), "no note to print");
        Paper back = CorpusReader.withAllFormats().read("back.bib", entry.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        // The paper's own page comes first on the way back, as the url field is read before the note.
        assertEquals(List.of("https://arxiv.org/abs/2501.01234", "https://github.com/a/sailor", "https://b.github.io/sailor"), back.links(), entry);
        Paper codeOnly = Paper.builder("Coder", "See https://github.com/c/coder.", new Source("t.jsonl", 2)).build();
        assertFalse(Bibtex.entry(codeOnly).contains("url = "), "no url rather than the code's: " + Bibtex.entry(codeOnly));
        // A blog, a model's or dataset's page on a mirror, a lab's home page: whatever the abstract links to is no page of the paper's own.
        Paper blogged = Paper.builder("Blogged", "Blogpost: https://allenai.org/blog/molmoact. Weights: https://hf-mirror.com/m/motif. "
                + "Our homepage is at: http://iip.whu.edu.cn/frank/index.html", new Source("t.jsonl", 3)).build();
        String entryOfBlogged = Bibtex.entry(blogged);
        assertFalse(entryOfBlogged.contains("url = "), entryOfBlogged);
        assertTrue(entryOfBlogged.contains("see also: \\url{https://allenai.org/blog/molmoact}; see also: \\url{https://hf-mirror.com/m/motif};"
                + " see also: \\url{http://iip.whu.edu.cn/frank/index.html}}"), entryOfBlogged);
    }

    @Test
    void should_read_back_the_characters_its_entry_escapes_and_read_latex_spaces_as_spaces() {
        String abstractText = "The loss is x^2 + y_1 and the set {a, b} is used. A path C:\\Users\\lab and the symbol ~ appear at 50% & $5.";
        Paper paper = Paper.of("Symbols: A Test", abstractText, List.of(), null, null, null, null, new Source("t", 1));
        String entry = Bibtex.entry(paper);
        Paper back = CorpusReader.withAllFormats().read("back.bib", entry.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals(abstractText, back.abstractText(), entry);
        String spaced = "@misc{s,\n  title = {Spaced},\n  abstract = {Accuracy rises by 3.2\\,pp in Table~1, as et al.\\ show.}\n}\n";
        Paper read = CorpusReader.withAllFormats().read("s.bib", spaced.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("Accuracy rises by 3.2 pp in Table 1, as et al. show.", read.abstractText());
        // "$\\sim$" is "about", no tie; a path's "~" stays; math keeps its spaces as written.
        String kept = "@misc{k,\n  title = {Kept},\n  abstract = {Gains of $\\sim$5\\% with code at http://www.example.edu/~vo/code"
                + " and $O(n\\,\\log n)$ time; \\LaTeX\\ is fine.}\n}\n";
        Paper tilde = CorpusReader.withAllFormats().read("k.bib", kept.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("Gains of ~5% with code at http://www.example.edu/~vo/code and $O(n\\,\\log n)$ time; LaTeX is fine.", tilde.abstractText());
    }

    @Test
    void should_read_and_write_the_month() {
        String bib = "@misc{m,\n  title = {A Title},\n  year = {2023},\n  month = aug,\n  abstract = {An abstract.}\n}\n";
        Paper paper = CorpusReader.withAllFormats().read("m.bib", bib.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("2023-08", paper.date());
        String entry = Bibtex.entry(paper);
        assertTrue(entry.contains("  year = {2023},\n  month = aug,"), entry);
        Paper back = CorpusReader.withAllFormats().read("back.bib", entry.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("2023-08", back.date(), "the month survives a round trip");
        assertEquals("2023-09", BibtexParser.yearAndMonth("2023", "September"));
        assertEquals("2023-11", BibtexParser.yearAndMonth("2023", "11"));
        assertEquals("2023", BibtexParser.yearAndMonth("2023", "spring"), "no month: the year alone");
        assertEquals("circa 2023", BibtexParser.yearAndMonth("circa 2023", "aug"));
    }

    @Test
    void should_keep_the_day_and_the_keywords_through_a_round_trip_and_warn_of_a_month_that_is_none() {
        String jsonl = "{\"title\": \"A Dated Title\", \"abstract\": \"An abstract.\", \"date\": \"2019-02-27\"}\n";
        Paper paper = CorpusReader.withAllFormats().read("d.jsonl", jsonl.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        String bib = "@article{k, title = {A Dated Title}, abstract = {An abstract.}, date = {2019-02-27}, keywords = {deep sea, microplastics}}\n";
        Paper keyed = CorpusReader.withAllFormats().read("k.bib", bib.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        for (Paper p : List.of(paper, keyed)) {
            String entry = Bibtex.entry(p);
            assertTrue(entry.contains("  year = {2019},\n  month = feb,\n  date = {2019-02-27},"), entry);
            Paper back = CorpusReader.withAllFormats().read("back.bib", entry.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
            assertEquals("2019-02-27", back.date(), "the day survives");
            assertEquals(p.keywords(), back.keywords());
        }
        assertEquals(List.of("deep sea", "microplastics"), keyed.keywords());
        var odd = CorpusReader.withAllFormats().read("o.bib",
                "@article{o, title = {T}, abstract = {A.}, year = {2023}, month = {13}}\n".getBytes(StandardCharsets.UTF_8), null);
        assertEquals("2023", odd.papers().get(0).date());
        assertEquals(List.of("entry \"o\": month '13' is no month: the year alone is kept"), odd.errors().stream().map(ParseError::message).toList());
    }

    /** An organisation among the authors stays one author through a round trip, and two entries of one work keep the first's key. */
    @Test
    void should_keep_an_organisation_whole_and_the_first_entrys_key() {
        String bib = "@article{nguyen2023sparse, title = {Sparse Experts}, abstract = {A.}, author = {Kim, Soo-Ah and {The DeepGraph Team}}}\n"
                + "@article{nguyen2023sparse_dup, title = {Sparse Experts}, abstract = {A.}}\n";
        Paper paper = CorpusReader.withAllFormats().read("k.bib", bib.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        String entry = entry(paper);
        assertTrue(entry.startsWith("@article{nguyen2023sparse,\n"), entry);
        assertTrue(entry.contains("author = {Soo-Ah Kim and {The DeepGraph Team}}"), entry);
        Paper back = CorpusReader.withAllFormats().read("back.bib", entry.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals(List.of("Soo-Ah Kim", "The DeepGraph Team"), back.authors());
        String accented = "@article{gödel2023accents, title = {Accents}, abstract = {A.}}\n";
        assertTrue(entry(CorpusReader.withAllFormats().read("a.bib", accented.getBytes(StandardCharsets.UTF_8), null).papers().get(0))
                .startsWith("@article{gödel2023accents,"), "a key with an accented letter is the writer's key");
        String team = "{\"title\": \"Qwen2 Technical Report\", \"abstract\": \"A.\", \"authors\": \"Qwen Team\", \"date\": \"2024\"}\n";
        Paper report = CorpusReader.withAllFormats().read("q.jsonl", team.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertTrue(Bibtex.key(report).startsWith("qwen2024"), Bibtex.key(report));
        String viaDoi = "@misc{sc, title = {Self-Consistency}, abstract = {A.}, doi = {10.48550/arXiv.2203.11171}}\n";
        assertEquals("2203.11171", CorpusReader.withAllFormats().read("d.bib", viaDoi.getBytes(StandardCharsets.UTF_8), null).papers().get(0).arxivId(),
                "arXiv's own DOI gives the arXiv id");
    }

    @Test
    void should_export_the_entry_type_its_source_gave_with_the_venue_where_that_type_names_it() {
        CorpusReader reader = CorpusReader.withAllFormats();
        Paper bib = reader.read("c.bib", "@inproceedings{c,\n  title = {A Talk},\n  booktitle = {Proceedings of ACL},\n  abstract = {It talks.}\n}\n"
                .getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        Paper ris = reader.read("c.ris", "TY  - CONF\nTI  - A Talk\nT2  - Proceedings of ACL\nAB  - It talks.\nER  - \n"
                .getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        Paper csl = reader.read("c.json", "[{\"id\": \"c\", \"type\": \"paper-conference\", \"title\": \"A Talk\", \"container-title\": \"Proceedings of ACL\", \"abstract\": \"It talks.\"}]"
                .getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        for (Paper paper : List.of(bib, ris, csl)) {
            String entry = entry(paper);
            assertTrue(entry.startsWith("@inproceedings{") && entry.contains("booktitle = {Proceedings of ACL}"), entry);
        }
        Paper journal = reader.read("j.ris", "TY  - JOUR\nTI  - A Result\nJO  - Nature\nAB  - It holds.\nER  - \n"
                .getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertTrue(entry(journal).startsWith("@article{") && entry(journal).contains("journal = {Nature}"), entry(journal));
        Paper untyped = Paper.builder("A Note", "It notes.", new Source("n.jsonl", 1)).build();
        assertTrue(entry(untyped).startsWith("@misc{"), "no type and no venue: " + entry(untyped));
        Paper back = reader.read("back.bib", Bibtex.entry(bib).getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("inproceedings", back.entryType(), "the type survives a round trip");
        Paper conference = reader.read("old.bib", "@conference{o,\n  title = {Old Talk},\n  booktitle = {Proc. ICRA},\n  abstract = {Old.}\n}\n"
                .getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertTrue(entry(conference).startsWith("@inproceedings{"), "@conference is @inproceedings: " + Bibtex.entry(conference));
        Paper report = reader.read("r.bib", "@techreport{r,\n  title = {GPT-4 Report},\n  institution = {OpenAI},\n  abstract = {A report.}\n}\n"
                .getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertTrue(entry(report).startsWith("@techreport{") && Bibtex.entry(report).contains("institution = {OpenAI}"), Bibtex.entry(report));
    }

    @Test
    void should_write_a_doi_verbatim_and_read_one_written_with_latex_escapes() {
        String bib = "@incollection{c,\n  title = {A Chapter},\n  abstract = {It has a DOI.},\n  doi = {10.1007/978-3-030\\_13\\#2},\n"
                + "  url = {https://example.org/gp\\_scale?id=12\\%3D}\n}\n";
        Paper paper = CorpusReader.withAllFormats().read("chapter.bib", bib.getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals("10.1007/978-3-030_13#2", paper.doi());
        assertTrue(paper.links().contains("https://example.org/gp_scale?id=12%3D"), "a link as its address, without the escapes: " + paper.links());
        assertTrue(Bibtex.entry(paper).contains("doi = {10.1007/978-3-030_13#2}"), Bibtex.entry(paper));
        Paper back = CorpusReader.withAllFormats().read("back.bib", Bibtex.entry(paper).getBytes(StandardCharsets.UTF_8), null).papers().get(0);
        assertEquals(paper.doi(), back.doi());
    }

    @Test
    void should_read_an_entry_in_parentheses_as_bibtex_allows() {
        String bib = "@article(paren2019,\n  title = {Parenthesised (Still) Fine},\n  abstract = {An abstract (with a remark).},\n  year = 2019\n)\n"
                + "@misc{next, title = {Next}, abstract = {After it.}}\n";
        var read = CorpusReader.withAllFormats().read("p.bib", bib.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), read.errors());
        assertEquals(List.of("Parenthesised (Still) Fine", "Next"), read.papers().stream().map(Paper::title).toList());
        assertEquals("An abstract (with a remark).", read.papers().get(0).abstractText());
    }

    @Test
    void should_read_latex_accents_and_special_letters_as_the_characters_they_are() {
        String bib = "@article{acc,\n  title = {Lake Ice in {\\L}{\\'o}d{\\'z} and {\\r{A}}ngstr{\\\"o}m's \\v{C}esk\\'y Data, $\\hat{x}$ kept},\n"
                + "  author = {Erd{\\H{o}}s, P{\\'a}l and {\\L}ukasiewicz, Jan and {\\c{C}}elik, Ay{\\c{s}}e and Nguy{\\~{\\^e}}n, V{\\u{a}}n"
                + " and W{\\l}odarczyk, {\\.Z}aneta and Garc{\\'\\i}a, Ana and {\\O}stergaard, S{\\o}ren and Stra{\\ss}e, Max},\n"
                + "  abstract = {Na{\\\"\\i}ve {\\oe}uvre, {\\ae}ther, {\\AA}se and \\k{a} with \\d{a}.}\n}\n";
        var read = CorpusReader.withAllFormats().read("acc.bib", bib.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), read.errors());
        Paper paper = read.papers().get(0);
        assertEquals("Lake Ice in Łódź and Ångström's Český Data, $\\hat{x}$ kept", paper.title());
        assertEquals(List.of("Pál Erdős", "Jan Łukasiewicz", "Ayşe Çelik", "Văn Nguyễn", "Żaneta Włodarczyk", "Ana García",
                "Søren Østergaard", "Max Straße"), paper.authors());
        assertEquals("Naïve œuvre, æther, Åse and ą with ạ.", paper.abstractText());
    }

    @Test
    void should_keep_a_word_whose_first_letters_are_styled_and_read_raised_and_lowered_text() {
        String bib = "@article{bert,\n  title = {\\textbf{B}ERT Explained},\n  abstract = {BERT stands for \\textbf{B}idirectional \\emph{E}ncoder "
                + "\\underline{R}epresentations from \\textit{\\\"{u}ber} \\textbf{T}ransformers, with 10\\textsuperscript{6} samples, "
                + "a rate of 10\\textsuperscript{-4} and weights w\\textsubscript{i}, in \\emph{Ok}api\\textsuperscript{\\dag} style.}\n}\n";
        var read = CorpusReader.withAllFormats().read("bert.bib", bib.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), read.errors());
        assertEquals("BERT Explained", read.papers().get(0).title());
        assertEquals("BERT stands for Bidirectional Encoder Representations from über Transformers, with 10^6 samples, "
                + "a rate of 10^-4 and weights w_i, in Okapi style.", read.papers().get(0).abstractText(), "a raised mark goes, not its word");
    }

    @Test
    void should_take_what_an_entry_lacks_from_the_entry_its_crossref_names_which_is_no_paper() {
        String bib = "@inproceedings{kim2023, title = {Sparse Routing}, author = {Kim, Soo}, crossref = {ICML2023},\n"
                + "  abstract = {We route tokens sparsely.}}\n"
                + "@inproceedings{lee2023, title = {Dense Routing}, year = {2022}, crossref = {icml2023}, abstract = {We route densely.}}\n"
                + "@proceedings{icml2023, title = {Proceedings of ICML 2023}, booktitle = {ICML 2023}, year = {2023}, month = jul,\n"
                + "  doi = {10.5555/icml2023}, url = {https://icml.cc/2023}}\n";
        var read = CorpusReader.withAllFormats().read("refs.bib", bib.getBytes(StandardCharsets.UTF_8), null);
        assertEquals(List.of(), read.errors(), "the volume is no paper without an abstract, and no error");
        assertEquals(List.of("Sparse Routing", "Dense Routing"), read.papers().stream().map(Paper::title).toList());
        Paper sparse = read.papers().get(0);
        assertEquals(List.of("2023-07", "ICML 2023"), List.of(sparse.date(), sparse.venue()));
        assertEquals("2022", read.papers().get(1).date(), "what the entry gives is its own");
        assertEquals(Arrays.asList(null, null), read.papers().stream().map(Paper::doi).toList(), "the volume's DOI is no paper's: it would make them one");
    }
}
