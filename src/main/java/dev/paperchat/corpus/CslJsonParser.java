package dev.paperchat.corpus;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * CSL JSON, as Zotero and Pandoc export it: an array of items. Items are read one at a time from
 * a streaming parser, so those before a syntax error are kept and the error names its line. An
 * array of papers as JSONL writes them (a script's {@code json.dump}) is read as JSONL reads each.
 */
public final class CslJsonParser implements PaperParser {
    private static final ObjectMapper JSON = JsonlParser.mapper();

    @Override
    public String format() {
        return "csl-json";
    }

    @Override
    public boolean accepts(String fileName, String head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".json") || name.endsWith(".csl") || head.stripLeading().startsWith("[");
    }

    @Override
    public ParseResult parse(String file, List<String> lines) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        try (JsonParser json = JSON.createParser(String.join("\n", lines))) {
            JsonToken first = json.nextToken();
            if (first == null) return new ParseResult(papers, errors);
            Map<String, Integer> idLines = new HashMap<>();
            if (first == JsonToken.START_OBJECT && !lines.isEmpty()) {
                // A single item, or a list under one name: Zotero's {"items": [...]}, a script's {"papers": [...]}.
                JsonNode node = JSON.readTree(json);
                JsonNode items = node.has("title") ? JSON.createArrayNode().add(node) : listIn(node);
                if (items == null) {
                    errors.add(new ParseError(file, 1, "the file's JSON object has no \"title\" and holds no list of papers under one name"
                            + " (as {\"items\": [...]}); its fields: " + String.join(", ", fieldNames(node))));
                    return new ParseResult(papers, errors);
                }
                int number = 0;
                for (JsonNode item : items) add(item, ++number, file, 1, idLines, papers, errors);
                return endOfFile(json, file, papers, errors);
            }
            if (first != JsonToken.START_ARRAY) {
                errors.add(new ParseError(file, 1, "CSL JSON must be an array of items"));
                return new ParseResult(papers, errors);
            }
            int number = 0;
            while (json.nextToken() == JsonToken.START_OBJECT) {
                int line = json.currentTokenLocation().getLineNr();
                add(JSON.readTree(json), ++number, file, line, idLines, papers, errors);
            }
            // An item that is no object ("[1, {...}]") ends the array early, as its end does: what follows is no CSL.
            if (json.currentToken() != JsonToken.END_ARRAY) {
                int line = json.currentTokenLocation().getLineNr();
                errors.add(new ParseError(file, line, "CSL JSON items must be objects, found " + JsonlParser.kind(JSON.readTree(json))
                        + "; the rest of the array is not read"));
                return new ParseResult(papers, errors);
            }
            return endOfFile(json, file, papers, errors);
        } catch (JsonProcessingException e) {
            int line = e.getLocation() == null ? 0 : Math.max(0, e.getLocation().getLineNr());
            errors.add(new ParseError(file, line, ParseError.invalidJson(e)));
        } catch (IOException e) {
            errors.add(new ParseError(file, 0, "cannot read: " + e.getMessage()));
        }
        return new ParseResult(papers, errors);
    }

    /**
     * The file as read, with an error when more follows its one array or item: "[...]\n[...]" or
     * JSON Lines named ".json" would otherwise lose all but the first in silence.
     */
    private static ParseResult endOfFile(JsonParser json, String file, List<Paper> papers, List<ParseError> errors) throws IOException {
        if (json.nextToken() != null) {
            errors.add(new ParseError(file, json.currentTokenLocation().getLineNr(), "more follows the file's first JSON value, which CSL JSON"
                    + " holds alone (one array of items); for one paper per line, name the file .jsonl or give the format jsonl"));
        }
        return new ParseResult(papers, errors);
    }

    /** The one field of the object whose value is a list, or null: {"papers": [...]} holds its papers so. */
    private static JsonNode listIn(JsonNode node) {
        if (node.has("items") && node.get("items").isArray()) return node.get("items");
        List<JsonNode> lists = new ArrayList<>();
        node.fields().forEachRemaining(field -> { if (field.getValue().isArray()) lists.add(field.getValue()); });
        return lists.size() == 1 ? lists.get(0) : null;
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        return names.isEmpty() ? List.of("none") : names;
    }

    /**
     * An item read as CSL, or as a JSONL record when it writes its fields as JSONL does ("authors",
     * "date", "doi"): a script's list of its records is read in full, not as CSL that lacks them.
     *
     * @param number the item's place in the file, from 1: several items may share a line
     */
    private static void add(JsonNode item, int number, String file, int line, Map<String, Integer> idLines, List<Paper> papers, List<ParseError> errors) {
        String id = item.path("id").asText("");
        String named = "item " + number + (id.isBlank() ? "" : " (id \"" + id + "\")") + ": ";
        Consumer<String> warn = warning -> errors.add(ParseError.warning(file, line, named + warning));
        try {
            papers.add(JsonlParser.isRecord(item) ? JsonlParser.toPaper(item, new Source(file, line), idLines, warn) : toPaper(item, new Source(file, line), warn));
        } catch (RuntimeException e) {
            // "abstarct": a field missing because it is misspelt is told with the fields the item has.
            String fields = e.getMessage() != null && e.getMessage().startsWith("missing") && item.isObject() ? " (its fields: " + String.join(", ", fieldNames(item)) + ")" : "";
            errors.add(ParseError.rejected(file, line, named + ParseError.reason(e) + fields + "; skipped", e));
        }
    }

    /** CSL item types as BibTeX names them; the others export as a BibTeX entry of no particular type. */
    private static final Map<String, String> ENTRY_TYPES = Map.of("article-journal", "article",
            "paper-conference", "inproceedings", "book", "book", "chapter", "incollection", "thesis", "phdthesis", "report", "techreport");

    private static Paper toPaper(JsonNode item, Source source, Consumer<String> warn) {
        if (!item.isObject()) throw new InvalidInputException("expected an object");
        return Paper.builder(single(item, "title"), single(item, "abstract"), source)
                .authors(authors(item.path("author"), warn))
                .date(date(item.path("issued"), warn))
                .venue(text(item, "container-title"))
                .entryType(ENTRY_TYPES.get(item.path("type").asText("")))
                .keywords(item.hasNonNull("keyword") ? List.of(text(item, "keyword").split("\\s*[,;]\\s*")) : List.of())
                .citationKey(text(item, "citation-key"))
                .doi(text(item, "DOI"))
                .arxiv(arxiv(item))
                .link(text(item, "URL"))
                .alias(text(item, "id"))
                .build(warn);
    }

    private static String arxiv(JsonNode item) {
        String number = text(item, "number");
        String publisher = text(item, "publisher");
        if (number != null && (publisher != null && publisher.toLowerCase(Locale.ROOT).contains("arxiv") || number.startsWith("arXiv:"))) {
            return number;
        }
        String url = text(item, "URL");
        return url != null && url.contains("arxiv.org/abs/") ? url : null;
    }

    /** Crossref writes a title as a list of one; a list of several is no title paperchat can tell apart. */
    private static String single(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value != null && value.isArray() && value.size() > 1) {
            throw new InvalidInputException("field \"" + field + "\" is a list of " + value.size() + " texts; expected one");
        }
        return text(item, field);
    }

    private static String text(JsonNode item, String field) {
        JsonNode value = item.get(field);
        if (value == null || value.isNull()) return null;
        if (value.isArray()) return value.isEmpty() ? null : value.get(0).asText();
        if (!value.isValueNode()) throw new InvalidInputException("field \"" + field + "\" must be text");
        return value.asText();
    }

    /** CSL names: {"family", "given"} or {"literal"}; what is none ("Smith, J." as a string) is said, not dropped in silence. */
    private static List<String> authors(JsonNode authors, Consumer<String> warn) {
        List<String> names = new ArrayList<>();
        if (authors.isMissingNode() || authors.isNull()) return names;
        if (!authors.isArray()) {
            warn.accept("field \"author\" must be a list of names ({\"family\", \"given\"} or {\"literal\"}), was " + JsonlParser.kind(authors)
                    + "; the authors are not read");
            return names;
        }
        for (JsonNode a : authors) {
            boolean textual = a.isObject() && Stream.of("literal", "given", "family")
                    .allMatch(part -> !a.hasNonNull(part) || a.get(part).isTextual());
            if (!textual) {
                warn.accept("an author of field \"author\" is no name ({\"family\", \"given\"} or {\"literal\"}, as text): " + a + "; not read");
                continue;
            }
            String name = a.hasNonNull("literal") ? a.get("literal").asText()
                    : (a.path("given").asText("") + " " + a.path("family").asText("")).strip();
            if (!name.isEmpty()) names.add(name);
        }
        return names;
    }

    /**
     * {"date-parts": [[2024, 1, 2]]} -> "2024-01-02"; a year alone stays a year. A part that is no
     * number ("spring") and a "literal" ("n.d.") are kept as written, which the paper's date check reports.
     */
    private static String date(JsonNode issued, Consumer<String> warn) {
        if (issued.isMissingNode() || issued.isNull()) return null;
        JsonNode dateParts = issued.path("date-parts");
        if (!issued.isObject() || !dateParts.isMissingNode() && !(dateParts.isArray() && dateParts.path(0).isArray())) {
            warn.accept("field \"issued\" must be {\"date-parts\": [[year, month, day]]}, was " + issued + "; the date is not read");
            return null;
        }
        JsonNode parts = dateParts.path(0);
        if (!parts.isArray() || parts.isEmpty()) {
            return issued.hasNonNull("raw") ? issued.get("raw").asText() : issued.hasNonNull("literal") ? issued.get("literal").asText() : null;
        }
        List<String> written = new ArrayList<>();
        for (int i = 0; i < Math.min(3, parts.size()); i++) written.add(parts.get(i).asText());
        if (!written.stream().allMatch(part -> part.matches("\\d{1,4}"))) return String.join(" ", written);
        StringBuilder date = new StringBuilder(String.format("%04d", Integer.parseInt(written.get(0))));
        for (int i = 1; i < written.size(); i++) date.append(String.format("-%02d", Integer.parseInt(written.get(i))));
        return date.toString();
    }
}
