package dev.paperchat.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

class JsonlParserTest {
    private final CorpusReader reader = CorpusReader.withAllFormats();

    private ParseResult parse(String text) {
        return reader.read("papers.jsonl", text.getBytes(StandardCharsets.UTF_8), null);
    }

    @Test
    void should_say_when_a_file_repeats_a_paper_with_another_abstract() {
        ParseResult result = parse("""
                {"title": "Glacier Melt", "abstract": "Version one."}
                {"title": "Dry Deserts", "abstract": "We study deserts."}
                {"title": "Glacier  melt", "abstract": "Version two, longer."}
                {"title": "Dry Deserts", "abstract": "We study deserts."}
                """);
        assertEquals(List.of(new ParseError("papers.jsonl", 3, "repeats the work of line 1 (the same title, but for case and punctuation) with another "
                + "abstract: the two were merged, keeping the longer abstract", true)), result.errors(), "a copy of the same record says nothing");
    }

    /**
     * A paper record as GET /api/papers/{id} gives it, sent back, is read with its organisation, links, venue and keywords;
     * what paperchat counts or keeps itself (authorCount, upvotes, aliases, citationKey, entryType, sources) is left alone.
     */
    @Test
    void should_read_a_paper_record_as_the_api_gives_it() {
        ParseResult result = parse("""
                {"id": "my-1", "title": "Okapi Calves", "abstractText": "Okapi calves hide.", "authors": ["A. Lee"], "authorCount": 1,                 "date": "2024-03-01", "organization": "Zoo Lab", "upvotes": null, "venue": "Zoology", "entryType": null,                 "keywords": ["okapi"], "links": ["https://example.org/okapi", "javascript:alert(1)"], "aliases": [], "citationKey": null,                 "sources": [{"file": "x.jsonl", "line": 1}], "year": 2024, "doi": null, "arxivId": null}
                """);
        assertEquals(List.of("papers.jsonl:1: field \"links\" holds no web link (http or https), left out: javascript:alert(1)"),
                result.errors().stream().map(ParseError::toString).toList(), "paperchat's own record fields are left alone without warnings");
        Paper paper = result.papers().get(0);
        assertEquals("Okapi calves hide.", paper.abstractText());
        assertEquals("Zoo Lab", paper.organization());
        assertEquals("Zoology", paper.venue());
        assertEquals(List.of("okapi"), paper.keywords());
        assertEquals(List.of("https://example.org/okapi"), paper.links(), "a link that is no web link is left out");
    }

    @Test
    void should_refuse_an_abstract_given_twice_and_a_list_field_of_another_shape() {
        ParseResult result = parse("""
                {"title": "Okapi Calves", "abstract": "Okapi calves hide.", "abstractText": "Other."}
                {"title": "Tapir Snouts", "abstract": "Tapir snouts are long.", "links": "https://example.org"}
                {"title": "Kiwi Eggs", "abstract": "Kiwi eggs are large.", "keywords": ["birds", 3]}
                """);
        assertEquals(List.of("papers.jsonl:1: fields \"abstract\" and \"abstractText\" are both given; give one",
                "papers.jsonl:2: field \"links\" must be a list of strings, found a string",
                "papers.jsonl:3: field \"keywords\" must be a list of strings, found a number in it"),
                result.errors().stream().map(ParseError::toString).map(e -> e.replaceAll(" \\(rejected.*", "")).toList());
        assertTrue(result.papers().isEmpty());
    }

    @Test
    void should_warn_of_a_url_that_is_no_web_link_but_not_of_an_empty_one() {
        ParseResult result = parse("""
                {"title": "Okapi Calves", "abstract": "Okapi calves hide.", "url": 12}
                {"title": "Tapir Snouts", "abstract": "Tapir snouts are long.", "url": ""}
                """);
        assertEquals(List.of("papers.jsonl:1: field \"url\" is no web link (http or https), left out: 12"),
                result.errors().stream().map(ParseError::toString).toList());
        assertEquals(2, result.papers().size());
    }

    @Test
    void should_read_latex_in_a_title_as_bibtex_does() {
        ParseResult result = parse("""
                {"title": "$\\\\beta$-Variational Models of Seal Haul-Out", "abstract": "We model seals."}
                {"title": "$\\\\texttt{SAILOR}$: Steering Reasoning", "abstract": "We steer."}
                """);
        assertEquals(List.of("\u03b2-Variational Models of Seal Haul-Out", "$\\texttt{SAILOR}$: Steering Reasoning"),
                result.papers().stream().map(Paper::title).toList(), "its other LaTeX kept, as BibTeX keeps it");
        assertEquals(List.of(), result.errors());
    }

    /** Two papers whose newline was lost: reading the first alone would drop the second, and remove it when stored before. */
    @Test
    void should_reject_a_line_that_holds_more_than_one_json_object() {
        ParseResult result = parse("""
                {"title": "Okapi A", "abstract": "Okapi calves hide."}{"title": "Okapi B", "abstract": "Okapi calves grow."}
                {"title": "Okapi C", "abstract": "Okapi calves run."} trailing words
                {"title": "Okapi D", "abstract": "Okapi calves sleep."}
                "title": "Okapi E",
                """);
        assertEquals(List.of("Okapi D"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of("papers.jsonl:1: the line holds more after its JSON object, at column 55: each line holds one paper, one JSON object",
                "papers.jsonl:2: invalid JSON: Unrecognized token 'trailing': was expecting (JSON String, Number, Array, Object or token 'null', 'true' or 'false'), at column 55",
                "papers.jsonl:4: expected a JSON object, found a string; each line holds one paper as one JSON object, which may not span lines"),
                result.errors().stream().map(ParseError::toString).toList());
        assertTrue(result.errors().stream().noneMatch(ParseError::kept), "rejections, which keep what the file gave before");
    }

    @Test
    void should_say_a_field_is_blank_and_name_unread_fields_in_the_right_number() {
        ParseResult result = parse("""
                {"title": "   ", "abstract": "Blank title."}
                {"titel": "A", "abstarct": "B"}
                """);
        assertEquals(List.of("papers.jsonl:1: field \"title\" is blank",
                "papers.jsonl:2: missing field \"title\" (the line's \"titel\", \"abstarct\" are not read; known: id, title, abstract, authors, date, url, doi, arxivId, organization, links, venue, keywords)"),
                result.errors().stream().map(ParseError::toString).toList());
    }

    @Test
    void should_read_every_field() {
        ParseResult result = parse("""
                {"id": "2401.00001", "title": "A Paper", "abstract": "It works. See https://github.com/a/b.", "authors": ["Ada Lovelace", "Alan Turing"], "date": "2024-01-02", "url": "https://arxiv.org/abs/2401.00001"}
                """);
        assertEquals(List.of(), result.errors());
        Paper paper = result.papers().get(0);
        assertEquals("A Paper", paper.title());
        assertEquals(List.of("Ada Lovelace", "Alan Turing"), paper.authors());
        assertEquals("2024-01-02", paper.date());
        assertEquals(List.of("https://arxiv.org/abs/2401.00001", "https://github.com/a/b"), paper.links());
        assertEquals(List.of("2401.00001", "arxiv:2401.00001"), paper.aliases());
        assertEquals("2401.00001", paper.arxivId());
        assertEquals(Titles.id("A Paper"), paper.id());
    }

    @Test
    void should_warn_of_a_date_no_filter_reads_a_doi_that_is_none_and_an_id_given_twice() {
        ParseResult result = parse("""
                {"id": "my-1", "title": "Glacier Melt", "abstract": "We study glaciers.", "date": "not-a-date", "doi": "10.7/yak"}
                {"id": "my-1", "title": "Dry Deserts", "abstract": "We study deserts.", "date": "2021-03"}
                """);
        assertEquals(2, result.papers().size(), "both papers are kept");
        assertEquals(List.of(
                new ParseError("papers.jsonl", 1, "date 'not-a-date' is not YYYY, YYYY-MM or YYYY-MM-DD: kept as written, but date filters pass over this paper", true),
                new ParseError("papers.jsonl", 1, "doi '10.7/yak' is no DOI (10.NNNN/...): left out", true),
                new ParseError("papers.jsonl", 2, "id 'my-1' was given on line 1 already and names that paper; this paper is stored without it, under its title's id '"
                        + Titles.id("Dry Deserts") + "'", true)),
                result.errors());
        assertEquals(List.of("my-1"), result.papers().get(0).aliases());
        assertEquals(List.of(), result.papers().get(1).aliases(), "the id names the first paper only");
    }

    /** {@code papers --json} writes "arxivId": a paper exported and read back keeps it, and a paper merges by it. */
    @Test
    void should_read_the_arxiv_id_a_paper_list_writes() {
        ParseResult result = parse("""
                {"title": "Glacier Melt", "abstract": "We study glaciers.", "arxivId": "2401.00001v2", "abstractText": null}
                {"title": "Dry Deserts", "abstract": "We study deserts.", "arxivId": "not-an-id"}
                """.replace(", \"abstractText\": null", ""));
        assertEquals("2401.00001", result.papers().get(0).arxivId());
        assertEquals(null, result.papers().get(1).arxivId());
        assertEquals(List.of(new ParseError("papers.jsonl", 2, "field \"arxivId\" is no arXiv id (such as 2401.00001), left out: not-an-id", true)),
                result.errors());
    }

    @Test
    void should_warn_of_a_field_it_does_not_read() {
        ParseResult result = parse("""
                {"title": "Dated Oddly", "abstract": "It has a year field.", "year": 2020}
                """);
        assertEquals(1, result.papers().size());
        assertEquals(List.of(new ParseError("papers.jsonl", 1, "field \"year\" is not read; known: id, title, abstract, authors, date, url, doi, arxivId, organization, links, venue, keywords", true)),
                result.errors());
    }

    /** A rejection for a missing field says which field the line has instead: it is likely the same one, misspelt. */
    @Test
    void should_name_the_unread_field_of_a_line_rejected_for_a_missing_one() {
        ParseResult result = parse("""
                {"title": "Misspelt", "abstarct": "It has an abstract."}
                {"titel": "Misspelt Too", "abstract": "It has a title."}
                """);
        assertEquals(List.of(), result.papers());
        assertEquals(List.of("missing field \"abstract\" (the line's \"abstarct\" is not read; known: id, title, abstract, authors, date, url, doi, arxivId, organization, links, venue, keywords)",
                "missing field \"title\" (the line's \"titel\" is not read; known: id, title, abstract, authors, date, url, doi, arxivId, organization, links, venue, keywords)"),
                result.errors().stream().map(ParseError::message).toList());
    }

    @Test
    void should_reject_bad_lines_with_their_numbers_and_keep_good_ones() {
        ParseResult result = parse("""
                {"title": "Good", "abstract": "Fine."}
                {"title": "No abstract"}
                not json at all
                [1, 2, 3]
                {"title": {"nested": true}, "abstract": "x"}
                {"title": "Bad authors", "abstract": "x", "authors": [1, 2]}

                {"title": "Also good", "abstract": "Fine too."}
                {"title": "A number for an abstract", "abstract": 12345}
                {"id": 42, "title": "A number for an id", "abstract": "Fine."}
                """);
        assertEquals(List.of("Good", "Also good", "A number for an id"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of(2, 3, 4, 5, 6, 9), result.errors().stream().map(ParseError::line).toList());
        assertTrue(result.errors().get(5).message().contains("\"abstract\" must be a string, found a number"), result.errors().toString());
        assertTrue(result.errors().get(0).message().contains("missing field \"abstract\""));
        assertTrue(result.errors().get(1).message().startsWith("invalid JSON"));
        assertTrue(result.errors().get(3).message().contains("\"title\" must be a string"));
        assertTrue(result.errors().get(4).message().contains("\"authors\" must contain names: strings, or objects with a \"name\" string"),
                result.errors().toString());
        ParseError unclosed = parse("{\"title\": \"Unclosed\", \"abstract\": \"x\"\n").errors().get(0);
        assertEquals("invalid JSON: Unexpected end-of-input: expected close marker for Object, at column 38", unclosed.message(),
                "no parser internals, and a column the user can find");
    }

    @Test
    void should_read_authors_given_as_objects_with_a_name() {
        ParseResult result = parse("""
                {"title": "Exported", "abstract": "From an API.", "authors": [{"name": "A. Beaver", "authorId": "17"}, {"name": "B. Otter"}]}
                {"title": "Nameless", "abstract": "x", "authors": [{"authorId": "17"}]}
                """);
        assertEquals(List.of("A. Beaver", "B. Otter"), result.papers().get(0).authors());
        assertEquals(List.of(2), result.errors().stream().map(ParseError::line).toList(), "an author object without a name is an error of its line");
    }

    @Test
    void should_drop_control_characters_from_titles_and_abstracts() {
        ParseResult result = parse("{\"title\": \"Deep\\fLearning\\u0000 Title\\u001b[31m\", \"abstract\": \"Line one.\\u0000\\nLine\\ttwo.\\u0007\"}\n");
        assertEquals("Deep Learning Title", result.papers().get(0).title(), "a terminal's colour code goes whole");
        assertEquals("Line one. \nLine two.", result.papers().get(0).abstractText(), "a tab is no part of prose; a line break may part paragraphs");
        assertEquals(Paper.builder("Deep Learning Title", "x", new Source("a", 1)).build().id(), result.papers().get(0).id(),
                "the same id as the title written with spaces");
    }

    @Test
    void should_reject_fields_too_long_for_a_title_abstract_or_id_by_line() {
        String huge = "x".repeat(40_000);
        ParseResult result = parse("{\"title\": \"" + huge + "\", \"abstract\": \"A.\"}\n"
                + "{\"title\": \"T\", \"abstract\": \"A.\", \"id\": \"" + huge + "\"}\n"
                + "{\"title\": \"T\", \"abstract\": \"" + huge + "\"}\n"
                + "{\"title\": \"Kept\", \"abstract\": \"Fine.\"}\n");
        assertEquals(List.of("Kept"), result.papers().stream().map(Paper::title).toList());
        assertEquals(List.of(1, 2, 3), result.errors().stream().map(ParseError::line).toList());
        assertEquals("title is 40000 characters, at most 1000 allowed", result.errors().get(0).message());
        assertEquals("id is 40000 characters, at most 1000 allowed", result.errors().get(1).message());
        assertTrue(result.errors().get(2).message().contains("at most 20000"), result.errors().get(2).message());
    }

    @Test
    void should_reject_deeply_nested_json_without_stack_overflow() {
        String deep = "{\"title\": \"T\", \"abstract\": \"A.\", \"x\": " + "[".repeat(100_000) + "]".repeat(100_000) + "}";
        ParseResult result = parse(deep + "\n{\"title\": \"Fine\", \"abstract\": \"Ok.\"}\n");
        assertEquals(List.of("Fine"), result.papers().stream().map(Paper::title).toList());
        assertEquals(1, result.errors().get(0).line());
    }

    @Test
    void should_part_authors_given_as_one_string_as_a_reader_would() {
        assertEquals(List.of("Ana Lee", "John Smith"), JsonlParser.authorsOf("Ana Lee, John Smith"));
        assertEquals(List.of("John Smith", "Ana Lee"), JsonlParser.authorsOf("Smith, John and Lee, Ana"));
        assertEquals(List.of("John Smith", "Ana Lee"), JsonlParser.authorsOf("Smith, John; Lee, Ana"));
        assertEquals(List.of("Ana Lee", "John Smith"), JsonlParser.authorsOf("Ana Lee and John Smith"));
        assertEquals(List.of("Alexander Sandler"), JsonlParser.authorsOf("Alexander Sandler"), "a name holding 'and' is one name");
        assertEquals(List.of("John Smith"), JsonlParser.authorsOf("Smith, John"), "one name, surname first");
        assertEquals(List.of("J. Smith", "A. Lee"), JsonlParser.authorsOf("Smith, J., Lee, A."));
    }
}
