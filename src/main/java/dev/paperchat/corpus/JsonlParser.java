package dev.paperchat.corpus;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * One paper per line: {@code {"id", "title", "abstract", "authors", "date", "url", "doi", "arxivId", "organization", "links",
 * "venue", "keywords"}}; also a paper record as the API gives it, whose abstract is {@code "abstractText"}.
 */
public final class JsonlParser implements PaperParser {
    private static final ObjectMapper JSON = mapper();
    /** The fields a line is read for; any other is reported, as a misspelt "abstarct" or a "year" would be lost in silence. */
    public static final List<String> FIELDS = List.of("id", "title", "abstract", "authors", "date", "url", "doi", "arxivId", "organization",
            "links", "venue", "keywords");
    /**
     * A reader of strings up to 64 MiB: one over Jackson's 20 MB had lost the whole file to "String value length exceeds the
     * maximum", where the field's own limit names it ("abstract is 22000000 characters, at most 20000 allowed"). A longer one
     * is refused as it is read, as the heap would not hold it.
     */
    static final int MAX_STRING_CHARS = 64 << 20;

    /** A tab or line break typed into a string, which JSON writes escaped, is read as it is: the paper's text makes it a space. */
    static ObjectMapper mapper() {
        StreamReadConstraints strings = StreamReadConstraints.builder().maxStringLength(MAX_STRING_CHARS).build();
        return new ObjectMapper(JsonFactory.builder().streamReadConstraints(strings).enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS).build());
    }

    private static final Pattern LIKE_ABSTRACT = Pattern.compile("(?i).*(?:abs|asb|bast|stract|summar|tldr).*");

    /** Whether a field's name is the abstract's misspelt or put otherwise: "abstarct", "Abstract_text", "summary". */
    private static boolean likeAbstract(String field) {
        return LIKE_ABSTRACT.matcher(field).matches();
    }

    /** The fields CSL JSON names as JSONL does. */
    private static final List<String> CSL_SHARED = List.of("id", "title", "abstract");
    /**
     * Fields of paperchat's own paper records (GET /api/papers/{id}): a record sent back is read without warnings, its
     * "abstractText" as its abstract, the others (counted or kept by paperchat) left alone.
     */
    private static final List<String> RECORD_ONLY = List.of("abstractText", "authorCount", "upvotes", "entryType", "aliases", "citationKey", "sources");

    @Override
    public String format() {
        return "jsonl";
    }

    @Override
    public boolean accepts(String fileName, String head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".jsonl") || name.endsWith(".ndjson") || head.stripLeading().startsWith("{");
    }

    @Override
    public ParseResult parse(String file, List<String> lines) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        Map<String, Integer> idLines = new HashMap<>();
        for (int i = 0; i < lines.size(); i++) {
            // Two exports joined: the second's byte-order mark starts a line.
            String line = lines.get(i).replaceFirst("^\uFEFF", "").strip();
            if (line.isEmpty()) continue;
            int lineNumber = i + 1;
            if (papers.isEmpty() && errors.isEmpty() && line.equals("[")) return new ParseResult(List.of(), List.of(new ParseError(file, lineNumber,
                    "a JSON array over several lines, not JSON Lines (one object a line): if it is CSL JSON, read it with --format csl-json")));
            try {
                papers.add(toPaper(onlyValue(line), new Source(file, lineNumber), idLines,
                        warning -> errors.add(new ParseError(file, lineNumber, warning, true))));
            } catch (JsonProcessingException e) {
                errors.add(new ParseError(file, i + 1, ParseError.invalidJson(e)));
            } catch (IOException e) {
                errors.add(new ParseError(file, i + 1, "cannot read: " + e.getMessage()));
            } catch (RuntimeException e) {
                errors.add(ParseError.rejected(file, i + 1, ParseError.reason(e), e));
            }
        }
        return new ParseResult(papers, errors);
    }

    /**
     * Whether a JSON object is a paper as JSONL writes one, not a CSL item: it has a field of
     * JSONL's that CSL names otherwise ("authors" for "author", "date" for "issued", a lower-case
     * "doi"), as a script's {@code json.dump} of its records or pandas' {@code to_json(orient="records")} writes them.
     */
    static boolean isRecord(JsonNode node) {
        return node.isObject() && (FIELDS.stream().anyMatch(f -> !CSL_SHARED.contains(f) && node.has(f)) || RECORD_ONLY.stream().anyMatch(node::has));
    }

    /** What a line of JSONL is, said where one is not; a request's {"papers"} list says it of its entries instead. */
    public static final String ONE_PAPER_PER_LINE = "; each line holds one paper as one JSON object, which may not span lines";

    /**
     * The line's one JSON value: "{...}{...}" is two papers whose newline was lost, and reading the
     * first alone would lose the second in silence (and remove it, stored from the file before).
     */
    private static JsonNode onlyValue(String line) throws IOException {
        try (JsonParser parser = JSON.createParser(line)) {
            JsonNode node = JSON.readTree(parser);
            // A pretty-printed object is read line by line: its "{" alone is bad JSON, its "title": "..." a string.
            if (!node.isObject()) {
                throw new InvalidInputException("expected a JSON object, found " + kind(node) + ONE_PAPER_PER_LINE);
            }
            if (parser.nextToken() != null) {
                throw new InvalidInputException("the line holds more after its JSON object, at column " + parser.currentTokenLocation().getColumnNr()
                        + ": each line holds one paper, one JSON object");
            }
            return node;
        }
    }

    /** "a string", "an array": a JSON value's kind in words. */
    static String kind(JsonNode node) {
        return switch (node.getNodeType()) {
            case ARRAY -> "an array";
            case OBJECT -> "an object";
            case STRING -> "a string";
            case NUMBER -> "a number";
            case BOOLEAN -> "true or false";
            case NULL -> "null";
            default -> node.getNodeType().toString().toLowerCase(Locale.ROOT);
        };
    }

    /**
     * Whether the record's "year" is its date's, as a record sent back gives it ({"date": "2024-03-01", "year": 2024}, or
     * null beside "26 May"); any other "year" is a date of its own, which would be lost in silence.
     */
    private static boolean yearOfItsDate(JsonNode node) {
        JsonNode year = node.get("year"), date = node.get("date");
        Integer ofDate = date == null || !date.isTextual() ? null : Paper.yearOf(date.textValue());
        return year.isNull() ? date != null && ofDate == null : ofDate != null && year.isInt() && year.intValue() == ofDate;
    }

    /**
     * @param idLines the line that gave each id so far: an id given twice names the first paper only
     * @param warn what is kept or left out with a warning: a date no filter can read, a DOI that is none, a repeated id
     */
    static Paper toPaper(JsonNode node, Source source, Map<String, Integer> idLines, Consumer<String> warn) {
        List<String> unread = new ArrayList<>();
        node.fieldNames().forEachRemaining(field -> {
            if (!FIELDS.contains(field) && !RECORD_ONLY.contains(field) && !(field.equals("year") && yearOfItsDate(node))) unread.add(field);
        });
        // "abstarct": the field is missing because it is misspelt, which the reader should hear with the rejection.
        String unreadNote = unread.isEmpty() ? "" : " (the line's " + unread.stream().map(f -> "\"" + f + "\"").collect(Collectors.joining(", "))
                + (unread.size() == 1 ? " is" : " are") + " not read; known: " + String.join(", ", FIELDS) + ")";
        if (optionalText(node, "title") == null) throw new InvalidInputException("missing field \"title\"" + unreadNote);
        String title = requiredText(node, "title");
        // "abstractText", as paperchat's own records name it: a record fetched from the API may be sent back.
        if (node.has("abstract") && node.has("abstractText")) throw new InvalidInputException("fields \"abstract\" and \"abstractText\" are both given; give one");
        String abstractField = node.has("abstractText") ? "abstractText" : "abstract";
        String given = optionalText(node, abstractField);
        // With a field not read that looks like it ("abstarct", "Abstract_text", "summary"), the abstract is misspelt: a mistake to
        // mend, not a record without one, as a book's "publisher" beside no abstract is.
        if (given == null && unread.stream().anyMatch(JsonlParser::likeAbstract)) throw new InvalidInputException("missing field \"abstract\"" + unreadNote);
        if (given == null) throw new Paper.NoAbstract(title, "missing field \"abstract\"" + unreadNote);
        if (given.isBlank()) throw new Paper.NoAbstract(title, "field \"" + abstractField + "\" is blank");
        String abstractText = requiredText(node, abstractField);
        String id = optionalText(node, "id");
        String date = optionalText(node, "date");
        String doi = optionalText(node, "doi");
        for (String field : unread) warn.accept("field \"" + field + "\" is not read; known: " + String.join(", ", FIELDS));
        Integer earlier = id == null ? null : idLines.get(id);
        String url = optionalText(node, "url");
        // "url": 12, or a "javascript:" link: a link the paper cannot keep is said, not lost in silence.
        if (url != null && !url.isBlank() && !isWebLink(url)) warn.accept("field \"url\" is no web link (http or https), left out: " + url);
        List<String> links = strings(node, "links");
        links.stream().filter(link -> !isWebLink(link))
                .forEach(link -> warn.accept("field \"links\" holds no web link (http or https), left out: " + link));
        Paper paper = Paper.builder(title, abstractText, source).authors(authors(node)).date(date).organization(optionalText(node, "organization"))
                .venue(optionalText(node, "venue")).keywords(strings(node, "keywords")).link(url).links(links)
                .alias(earlier == null ? id : null).doi(doi).arxiv(arxivOf(optionalText(node, "arxivId"), id, url, warn)).build(warn);
        if (id != null && earlier == null) idLines.put(id, source.line());
        if (earlier != null) warn.accept("id '" + id + "' was given on line " + earlier + " already and names that paper; this paper is stored without it, under "
                + "its title's id '" + paper.id() + "'");
        return paper;
    }

    /**
     * The "arxivId" given, as {@code papers --json} writes it; else an id that is an arXiv id, or an
     * arXiv link ("https://arxiv.org/abs/2401.00001v3").
     */
    private static String arxivOf(String given, String id, String url, Consumer<String> warn) {
        if (given != null && !given.isBlank()) {
            if (Identifiers.arxiv(given) != null) return given;
            warn.accept("field \"arxivId\" is no arXiv id (such as 2401.00001), left out: " + given);
        }
        if (id != null && id.matches("(?i)(arxiv:)?\\d{4}\\.\\d{4,5}(v\\d+)?")) return id;
        return Identifiers.arxivOfLink(url);
    }

    private static boolean isWebLink(String url) {
        return url.strip().matches("(?i)https?://\\S+");
    }

    /** A list of strings ("links", "keywords"), or none. */
    private static List<String> strings(JsonNode node, String field) {
        JsonNode list = node.get(field);
        if (list == null || list.isNull()) return List.of();
        if (!list.isArray()) throw new InvalidInputException("field \"" + field + "\" must be a list of strings, found " + kind(list));
        List<String> values = new ArrayList<>();
        for (JsonNode value : list) {
            if (!value.isTextual()) throw new InvalidInputException("field \"" + field + "\" must be a list of strings, found " + kind(value) + " in it");
            values.add(value.asText());
        }
        return values;
    }

    private static List<String> authors(JsonNode node) {
        JsonNode authors = node.get("authors");
        if (authors == null || authors.isNull()) return List.of();
        if (authors.isTextual()) return authorsOf(authors.asText());
        if (!authors.isArray()) throw new InvalidInputException("field \"authors\" must be a list of names or a string");
        List<String> names = new ArrayList<>();
        for (JsonNode author : authors) {
            // {"name": "A. Beaver"}, as Semantic Scholar's API gives each author.
            JsonNode name = author.isObject() ? author.get("name") : author;
            if (name == null || !name.isTextual()) {
                throw new InvalidInputException("field \"authors\" must contain names: strings, or objects with a \"name\" string");
            }
            names.add(name.asText().strip());
        }
        return names;
    }

    /**
     * "Ana Lee, John Smith" is two names, and so is "Smith, John and Lee, Ana" (or with ";"), as
     * BibTeX writes them: where names are parted by "and" or ";", a comma parts a surname from the
     * given names instead.
     */
    static List<String> authorsOf(String text) {
        if (!text.matches("(?s).*(?:;|\\sand\\s).*")) {
            String[] parts = text.strip().split("\\s*,\\s*");
            // "Smith, John" and "Smith, J., Lee, A." are surnames and given names in turn: every part is one word.
            boolean surnameFirst = parts.length % 2 == 0 && Arrays.stream(parts).noneMatch(p -> p.contains(" "));
            if (!surnameFirst) return List.of(parts);
            List<String> names = new ArrayList<>();
            for (int i = 0; i < parts.length; i += 2) names.add(parts[i + 1] + " " + parts[i]);
            return names;
        }
        List<String> names = new ArrayList<>();
        for (String name : text.split("\\s*(?:;|\\sand\\s)\\s*")) {
            String[] parts = name.strip().split("\\s*,\\s*");
            names.add(parts.length == 2 ? parts[1] + " " + parts[0] : name.strip());
        }
        return names;
    }

    private static String requiredText(JsonNode node, String field) {
        JsonNode given = node.get(field);
        // An id may be a number; a title or an abstract that is one is a record gone wrong.
        if (given != null && given.isNumber()) throw new InvalidInputException("field \"" + field + "\" must be a string, found a number");
        String value = optionalText(node, field);
        if (value == null) throw new InvalidInputException("missing field \"" + field + "\"");
        if (value.isBlank()) throw new InvalidInputException("field \"" + field + "\" is blank");
        return value;
    }

    private static String optionalText(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || value.isNull()) return null;
        if (!value.isValueNode() || value.isBoolean()) {
            throw new InvalidInputException("field \"" + field + "\" must be a string, found " + kind(value));
        }
        return value.asText();
    }
}
