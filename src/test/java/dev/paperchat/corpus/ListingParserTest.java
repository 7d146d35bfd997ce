package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class ListingParserTest {
    private final CorpusReader reader = CorpusReader.withAllFormats();

    static byte[] sampleFile(String name) throws IOException {
        try (InputStream in = ListingParserTest.class.getResourceAsStream("/corpus/" + name)) {
            return in.readAllBytes();
        }
    }

    private ParseResult parse(String name) throws IOException {
        return reader.read(name, sampleFile(name), "listing");
    }

    @Test
    void should_read_every_entry_of_each_sample_file_without_rejections() throws IOException {
        Map<String, Integer> expected = Map.of(
                "001_579d1438fa2739ee.txt", 40, "002_96737302ae8efa26.txt", 44,
                "003_bf2464b50450a4b8.txt", 134, "004_b6f0e6483b4f2cfc.txt", 104);
        int total = 0;
        for (var entry : expected.entrySet()) {
            ParseResult result = parse(entry.getKey());
            assertEquals(List.of(), result.errors(), entry.getKey());
            assertEquals(entry.getValue(), result.papers().size(), entry.getKey());
            total += result.papers().size();
        }
        assertEquals(322, total);
    }

    @Test
    void should_give_abstracts_the_characters_that_latex_escapes_and_keep_titles_as_written() {
        Paper klear = SampleCorpus.read(reader).papers().stream().filter(p -> p.title().startsWith("Klear-Reasoner")).findFirst().orElseThrow();
        assertTrue(klear.abstractText().contains("90.5% on AIME 2024"), klear.abstractText());
        assertTrue(SampleCorpus.read(reader).papers().stream().noneMatch(p -> p.abstractText().matches("(?s).*\\\\[%&_#$].*")));

        ParseResult result = reader.read("a.jsonl", """
                {"title": "R\\\\&D at 50\\\\%: A Title", "abstract": "We reach 48.1\\\\% on Q\\\\&A with LVLM\\\\_CSP, cost \\\\$3 and rank \\\\#1; $\\\\alpha$ and \\\\\\\\ stay."}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        Paper paper = result.papers().get(0);
        assertEquals("R\\&D at 50\\%: A Title", paper.title(), "titles are the keys users and eval files give");
        assertEquals("We reach 48.1% on Q&A with LVLM_CSP, cost $3 and rank #1; \u03b1 and \\\\ stay.", paper.abstractText());

        ParseResult styled = reader.read("b.jsonl", """
                {"title": "Styled", "abstract": "We term it \\\\textit{reasoning sparks}, say ``first, I need to'' and train $\\\\texttt{SAILOR}$ on Code Chain-of-Thought\\\\textasciitilde{}(CodeCoT); $\\\\mathcal{O}(n)$ stays."}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals("We term it reasoning sparks, say \u201cfirst, I need to\u201d and train SAILOR on Code Chain-of-Thought (CodeCoT);"
                + " $\\mathcal{O}(n)$ stays.", styled.papers().get(0).abstractText(), "styling commands go, their words stay");

        ParseResult quoted = reader.read("c.jsonl", """
                {"title": "Quoted", "abstract": "Under a mild ''informative'' condition, phenomena like ``aha moments\\\", ``length-scaling'' and tokens like ''<think>''."}
                """.getBytes(java.nio.charset.StandardCharsets.UTF_8), null);
        assertEquals("Under a mild \u201cinformative\u201d condition, phenomena like \u201caha moments\u201d, \u201clength-scaling\u201d and tokens like"
                + " \u201c<think>\u201d.", quoted.papers().get(0).abstractText(), "each pair of quotes as authors write them opens and closes");
    }

    /** A listing page's handle before the display name goes; an organisation written without one is kept whole. */
    @Test
    void should_read_an_organisation_and_a_date_copied_onto_one_line() {
        String abstractText = "Gannets dive from great heights. We time their dives over three breeding seasons.";
        String text = "Gannet Dives\n\n" + abstractText + "\n\ntencent Tencent \u00b7 Apr 7, 2025\n\n"
                + "Gannet Flights\n\n" + abstractText + "\n\nMeta AI \u00b7 2024-03-01\n";
        ParseResult result = reader.read("one-line.txt", text.getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("Tencent", "Meta AI"), result.papers().stream().map(Paper::organization).toList());
        assertEquals(List.of("2025-04-07", "2024-03-01"), result.papers().stream().map(Paper::date).toList());
    }

    /** A date alone on the line after the abstract, however written, is the paper's date, not the title of another. */
    @Test
    void should_read_a_date_alone_on_its_line_in_any_form() {
        String abstractText = "Gannets dive from great heights. We time their dives over three breeding seasons.";
        for (String[] dated : new String[][] {{"2025-08-15", "2025-08-15"}, {"2025", "2025"}, {"\u00b7 Aug 15, 2025", "2025-08-15"},
                {"Aug 15, 2025", "2025-08-15"}}) {
            ParseResult result = reader.read("dated.txt", ("Gannet Dives\n\n" + abstractText + "\n\n" + dated[0] + "\n").getBytes(StandardCharsets.UTF_8), "listing");
            assertEquals(List.of(), result.errors().stream().filter(e -> !e.kept()).toList(), dated[0]);
            assertEquals(1, result.papers().size(), dated[0]);
            assertEquals(dated[1], result.papers().get(0).date(), dated[0]);
        }
    }

    @Test
    void should_keep_an_organisations_display_name_and_drop_only_a_handle() {
        String abstractText = "Gannets dive from great heights. We time their dives over three breeding seasons.";
        List<String> written = List.of("tencent Tencent", "UWaterloo University of Waterloo", "ByteDance ByteDance", "alibaba-inc alibaba-inc",
                "Meta AI", "Stanford University", "ETH Zurich", "ByteDance Seed", "Oxford Apiary Lab", "Ai2", "Sun Yat-sen University", "UT Austin");
        StringBuilder text = new StringBuilder();
        for (int i = 0; i < written.size(); i++) text.append("Gannet Dives ").append(i).append("\n\n").append(abstractText).append("\n\n")
                .append(written.get(i)).append("\n\u00b7\nApr 8, 2025\n\n");
        ParseResult result = reader.read("orgs.txt", text.toString().getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals(List.of("Tencent", "University of Waterloo", "ByteDance", "alibaba-inc", "Meta AI", "Stanford University", "ETH Zurich",
                "ByteDance Seed", "Oxford Apiary Lab", "Ai2", "Sun Yat-sen University", "UT Austin"), result.papers().stream().map(Paper::organization).toList());
    }

    /** A blank line lost after a paper's metadata: the next title is no organisation of the paper above. */
    @Test
    void should_read_a_line_run_on_after_metadata_as_the_next_paper() {
        String abstractText = "Gannets dive from great heights. We time their dives over three breeding seasons.";
        String text = "Gannet Dives One\n\n" + abstractText + "\n\n\u2022 3 authors \u00b7 Aug 15, 2025\nGannet Dives Two\n\n" + abstractText
                + "\n\ntencent Tencent\n\u00b7\nApr 8, 2025\nGannet Dives Three\n\n" + abstractText + "\n\n\u2022 2 authors\n";
        ParseResult result = reader.read("run-on.txt", text.getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals(List.of("Gannet Dives One", "Gannet Dives Two", "Gannet Dives Three"), result.papers().stream().map(Paper::title).toList());
        assertEquals(Arrays.asList(null, "Tencent", null), result.papers().stream().map(Paper::organization).toList(),
                "an organisation is the line before the \"\u00b7\"");
        assertEquals(List.of("run-on.txt:6: no blank line between the paper's metadata above and this line; read as the start of the next paper",
                "run-on.txt:13: no blank line between the paper's metadata above and this line; read as the start of the next paper"),
                result.errors().stream().map(ParseError::toString).toList());
    }

    @Test
    void should_merge_the_same_paper_from_several_files_into_300_unique_papers() {
        ParseResult sample = SampleCorpus.read(reader);
        assertEquals(300, sample.papers().size());
        assertEquals(300, sample.papers().stream().map(Paper::id).distinct().count());
        Paper merged = sample.papers().stream().filter(p -> p.sources().size() > 1).findFirst().orElseThrow();
        assertTrue(merged.sources().stream().map(Source::file).distinct().count() > 1, "sources from several files");
    }

    @Test
    void should_read_metadata_of_a_known_paper() throws IOException {
        Paper empo = find(parse("001_579d1438fa2739ee.txt"), "Right Question is Already Half the Answer");
        assertEquals("Tencent", empo.organization());
        assertEquals("2025-04-08", empo.date());
        assertNull(empo.authorCount());
        assertTrue(empo.abstractText().startsWith("While large language models (LLMs) have demonstrated"));
        assertEquals(new Source("001_579d1438fa2739ee.txt", 29), empo.sources().get(0));

        Paper ettrl = find(parse("001_579d1438fa2739ee.txt"), "ETTRL");
        assertEquals(6, ettrl.authorCount());
        assertEquals("2025-08-15", ettrl.date());
    }

    @Test
    void should_keep_raw_date_without_year_and_the_upvote_count() throws IOException {
        Paper subsearch = find(parse("001_579d1438fa2739ee.txt"), "SubSearch");
        assertEquals("7 Apr", subsearch.date(), "day first: \"Apr 7\" reads as April 2007");
        assertEquals(3, subsearch.authorCount());

        Paper rise = find(parse("001_579d1438fa2739ee.txt"), "Fantastic Reasoning Behaviors");
        assertEquals("2025-12-30", rise.date());
        assertEquals(3, rise.upvotes());
        assertEquals("Deepmind", rise.organization());
    }

    @Test
    void should_keep_urls_of_abstracts_as_links() throws IOException {
        Paper uvCot = find(parse("001_579d1438fa2739ee.txt"), "Unsupervised Visual Chain-of-Thought");
        assertEquals(List.of("https://github.com/kesenzhao/UV-CoT"), uvCot.links());
    }

    @Test
    void should_read_titles_that_contain_full_stops() throws IOException {
        ParseResult result = parse("003_bf2464b50450a4b8.txt");
        assertEquals("Don't Overthink it. Preferring Shorter Thinking Chains for Improved LLM Reasoning",
                find(result, "Don't Overthink it.").title());
        assertTrue(find(result, "DeepSeek vs. o3-mini").title().length() > "DeepSeek vs. o3-mini".length(), "the title goes on past its full stop");
    }

    @Test
    void should_read_the_file_without_metadata() throws IOException {
        ParseResult result = parse("004_b6f0e6483b4f2cfc.txt");
        assertFalse(result.papers().isEmpty());
        assertTrue(result.papers().stream().allMatch(p -> p.date() == null && p.organization() == null));
    }

    /** Each file is parsed on its own: a paper listed in two files gets one id from both, so that merging them keeps one. */
    @Test
    void should_give_every_title_the_same_id_in_every_file() throws IOException {
        Map<String, Set<String>> idsByTitle = new HashMap<>();
        Map<String, Integer> filesByTitle = new HashMap<>();
        for (String file : List.of("001_579d1438fa2739ee.txt", "002_96737302ae8efa26.txt", "003_bf2464b50450a4b8.txt", "004_b6f0e6483b4f2cfc.txt")) {
            for (Paper p : parse(file).papers()) {
                idsByTitle.computeIfAbsent(Titles.normalize(p.title()), t -> new HashSet<>()).add(p.id());
                filesByTitle.merge(Titles.normalize(p.title()), 1, Integer::sum);
            }
        }
        assertTrue(filesByTitle.values().stream().anyMatch(files -> files > 1), "some titles are listed in several files");
        idsByTitle.forEach((title, ids) -> assertEquals(1, ids.size(), title + ": " + ids));
    }

    static Paper find(ParseResult result, String titlePrefix) {
        return result.papers().stream().filter(p -> p.title().startsWith(titlePrefix)).findFirst()
                .orElseThrow(() -> new AssertionError("no paper titled " + titlePrefix));
    }

    @Test
    void should_keep_a_paper_whose_metadata_holds_a_number_too_large_for_a_count() {
        String listing = "A Paper With Odd Metadata\n\n" + "We study how listing pages count authors and upvotes, and what happens when they overflow. ".repeat(3) + "\n\n\u2022 99999999999 authors\n\u00b7\nAug 15, 2025 99999999999\n\n"
                + "Another Paper\n\n" + "This abstract is an ordinary one, with ordinary counts of authors and upvotes in its metadata. ".repeat(3) + "\n\n\u2022 3 authors\n\u00b7\nAug 16, 2025 12\n";
        ParseResult result = reader.read("odd.txt", listing.getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("A Paper With Odd Metadata", "Another Paper"), result.papers().stream().map(Paper::title).toList());
        assertEquals(null, result.papers().get(0).authorCount());
        assertEquals(3, result.papers().get(1).authorCount());
        assertEquals(12, result.papers().get(1).upvotes());
    }

    /** A date line in another form is a date, checked as other formats' are, never the organisation; the organisation line stays. */
    @Test
    void should_read_dates_written_otherwise_as_dates_and_keep_the_organisation() {
        String abstractText = "We study how heatwaves change the way language models reason about weather reports in long documents.";
        String text = String.join("\n", "Paper One", "", abstractText, "", "MIT Massachusetts Institute of Technology", "\u00b7", "2024-05-06", "",
                "Paper Two", "", abstractText, "", "\u2022 3 authors", "\u00b7", "2025", "",
                "Paper Three", "", abstractText, "", "\u2022 3 authors", "\u00b7", "Spring 2023", "",
                "Paper Four", "", abstractText, "", "\u2022 3 authors", "\u00b7", "Feb 30, 2024", "",
                "Paper Five", "", abstractText, "", "tencent Tencent", "\u00b7", "Feb 29", "",
                "Paper Six", "", abstractText, "", "tencent Tencent", "\u00b7", "2025-01-20 5", "",
                "Paper Seven", "", abstractText, "", "tencent Tencent", "\u00b7", "Jan 5, 2024", "12", "");
        ParseResult result = reader.read("dates.txt", text.getBytes(StandardCharsets.UTF_8), "listing");
        Map<String, Paper> byTitle = result.papers().stream().collect(Collectors.toMap(Paper::title, p -> p));
        assertEquals("2024-05-06", byTitle.get("Paper One").date());
        assertEquals("Massachusetts Institute of Technology", byTitle.get("Paper One").organization());
        assertEquals("2025", byTitle.get("Paper Two").date());
        assertNull(byTitle.get("Paper Two").organization());
        assertEquals("Spring 2023", byTitle.get("Paper Three").date());
        assertNull(byTitle.get("Paper Three").organization());
        assertNull(byTitle.get("Paper Four").date());
        assertEquals("29 Feb", byTitle.get("Paper Five").date());
        assertEquals("Tencent", byTitle.get("Paper Five").organization());
        assertEquals(List.of("2025-01-20", "Tencent", 5), List.of(byTitle.get("Paper Six").date(), byTitle.get("Paper Six").organization(),
                byTitle.get("Paper Six").upvotes()), "a date with its upvote count, as the listing writes 'Dec 30, 2025 3'");
        assertEquals(List.of("2024-01-05", "Tencent", 12), List.of(byTitle.get("Paper Seven").date(), byTitle.get("Paper Seven").organization(),
                byTitle.get("Paper Seven").upvotes()), "a count on a line of its own");
        assertEquals(List.of("dates.txt:23: date 'Spring 2023' is not YYYY, YYYY-MM or YYYY-MM-DD: kept as written, but date filters pass over this paper",
                        "dates.txt:31: date 'Feb 30, 2024' is not a calendar date: left out"),
                result.errors().stream().map(e -> e.file() + ":" + e.line() + ": " + e.message()).toList());
        assertTrue(result.errors().stream().allMatch(ParseError::kept));
    }

    @Test
    void should_read_metadata_copied_onto_one_line_and_a_date_alone() {
        String text = """
                Cassowary Gait Analysis With Reinforcement Learning

                We analyse how cassowaries walk on uneven forest ground using a reinforcement learning model trained on motion capture.

                • 4 authors · Aug 15, 2025

                Tapir Foraging Patterns in Lowland Forests

                Tapirs forage at night and disperse seeds over long distances, tracked by GPS collars for a whole year.

                Aug 16, 2025
                """;
        ParseResult result = reader.read("copied.txt", text.getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals(List.of(), result.errors());
        assertEquals(List.of("Cassowary Gait Analysis With Reinforcement Learning", "Tapir Foraging Patterns in Lowland Forests"),
                result.papers().stream().map(Paper::title).toList(), "one-sentence abstracts, each with its metadata after it");
        assertEquals(4, result.papers().get(0).authorCount());
        assertEquals(List.of("2025-08-15", "2025-08-16"), result.papers().stream().map(Paper::date).toList());
    }

    @Test
    void should_say_that_an_abstract_is_too_short_when_a_file_gives_no_paper() {
        ParseResult result = reader.read("one.txt", "Cafe Paper On Heatwaves\n\nWe study heatwaves.\n".getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals(List.of(), result.papers());
        assertEquals("no papers found: the paragraph after \"Cafe Paper On Heatwaves\" is 19 characters; an abstract has at least 80"
                + " unless metadata follows it after a blank line (\"\u2022 3 authors\", \"Aug 15, 2025\")", result.errors().get(0).message());
        assertEquals(3, result.errors().get(0).line());
        String unfinished = "We study how heatwaves change the reasoning of language models over long weather reports in a region";
        ParseResult headed = reader.read("two.txt", ("new\n\nGet trending papers in your email inbox!\n\nCafe Paper\n\n" + unfinished + "\n")
                .getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals("no papers found: the paragraph after \"Cafe Paper\" is " + unfinished.length() + " characters but does not read as an abstract"
                + " (over 300 characters, or two sentences or more, or over 200 characters, ending with a full stop) unless metadata follows it"
                + " after a blank line (\"\u2022 3 authors\", \"Aug 15, 2025\")",
                headed.errors().get(0).message(), "past the page's header, and no contradiction for a paragraph long enough");
    }

    @Test
    void should_warn_of_a_title_and_a_sentence_before_the_first_paper_read_as_the_page_header() {
        String proper = "Another Proper Paper On Things\n\nWe propose ProperThing, a method with a long abstract that is clearly not a title because it"
                + " goes on and on. It has two sentences.\n\n\u2022 3 authors \u00b7 2025-08-15\n";
        ParseResult result = reader.read("edge.txt", ("Short Abstract Paper Title\n\nWe do a thing.\n\n" + proper).getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals(List.of("Another Proper Paper On Things"), result.papers().stream().map(Paper::title).toList());
        assertEquals(1, result.errors().size(), result.errors().toString());
        assertEquals(1, result.errors().get(0).line());
        assertTrue(result.errors().get(0).kept());
        assertEquals("read as the page's header, not a paper: \"Short Abstract Paper Title\" and a paragraph too short to tell from a title (an"
                + " abstract under 80 characters, or of one sentence and at most 200, needs metadata after it)", result.errors().get(0).message());
        ParseResult page = reader.read("page.txt", ("new\n\nGet trending papers in your email inbox!\n\n" + proper).getBytes(StandardCharsets.UTF_8), "listing");
        assertEquals(List.of(), page.errors(), "a page's own header is no paper to warn of");
    }
}
