package dev.paperchat.corpus;

import java.io.StringReader;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jbibtex.BibTeXDatabase;
import org.jbibtex.BibTeXEntry;
import org.jbibtex.BibTeXString;
import org.jbibtex.Key;
import org.jbibtex.LaTeXParser;
import org.jbibtex.LaTeXPrinter;
import org.jbibtex.ParseException;
import org.jbibtex.TokenMgrException;
import org.jbibtex.Value;

/**
 * BibTeX and BibLaTeX as Zotero, JabRef and Better BibTeX export them, read with jbibtex.
 * Each entry is parsed on its own, so unbalanced braces in one entry cost only that entry;
 * entries without an abstract are reported, not silently dropped; the citation key is kept.
 */
public final class BibtexParser implements PaperParser {

    @Override
    public String format() {
        return "bibtex";
    }

    @Override
    public boolean accepts(String fileName, String head) {
        String name = fileName.toLowerCase(Locale.ROOT);
        return name.endsWith(".bib") || name.endsWith(".bibtex") || head.stripLeading().startsWith("@");
    }

    @Override
    public ParseResult parse(String file, List<String> lines) {
        List<Paper> papers = new ArrayList<>();
        List<ParseError> errors = new ArrayList<>();
        List<Chunk> chunks = chunks(lines);
        List<BibTeXString> macros = new ArrayList<>();
        for (Chunk c : chunks) if (c.kind.equals("string")) macros.addAll(parse(c, macros, errors, file).getStrings().values());
        Map<Chunk, BibTeXDatabase> read = new LinkedHashMap<>();
        for (Chunk c : chunks) {
            if (!c.kind.equals("string") && !c.kind.equals("comment") && !c.kind.equals("preamble")) read.put(c, parse(c, macros, errors, file));
        }
        Set<String> parents = inheritCrossReferenced(read.values());
        Map<String, Integer> keys = new HashMap<>();
        for (Map.Entry<Chunk, BibTeXDatabase> chunkRead : read.entrySet()) {
            Chunk c = chunkRead.getKey();
            for (BibTeXEntry entry : chunkRead.getValue().getEntries().values()) {
                String key = entry.getKey().getValue();
                // A volume other entries take their venue and year from ("@proceedings{icml2023, ...}") is no paper of its own.
                if (parents.contains(key.toLowerCase(Locale.ROOT)) && field(entry, "abstract") == null) continue;
                Integer first = keys.putIfAbsent(key.toLowerCase(Locale.ROOT), c.line);
                // Zotero and JabRef exports hold repeated keys: the later entry is another work, kept without the key the first one has.
                if (first != null) {
                    errors.add(ParseError.warning(file, c.line, "duplicate citation key \"" + key + "\" (first at line " + first
                            + "): this entry is stored without it"));
                }
                try {
                    papers.add(toPaper(entry, first == null, new Source(file, c.line),
                            warning -> errors.add(ParseError.warning(file, c.line, "entry \"" + key + "\": " + warning))));
                } catch (RuntimeException e) {
                    errors.add(ParseError.rejected(file, c.line, "entry \"" + key + "\": " + ParseError.reason(e) + "; skipped", e));
                }
            }
        }
        return new ParseResult(papers, errors);
    }

    private record Chunk(int line, String kind, String text) {}

    /**
     * Gives each entry that names a "crossref" the fields of its venue and date it lacks from the
     * entry named ("@inproceedings{..., crossref = {icml2023}}" takes the year and booktitle of
     * "@proceedings{icml2023, ...}"); an entry of the file may name one anywhere in it. Gives the
     * keys named, in lower case.
     */
    private static final Set<String> DATE_FIELDS = Set.of("year", "month", "date", "day");
    /** What a volume gives its papers: where and when. Not what is each paper's own (a DOI, a link, a title), which would make them one. */
    private static final Set<String> INHERITED = Set.of("booktitle", "journal", "journaltitle", "eventtitle", "series", "volume", "publisher",
            "organization", "institution", "address", "location", "editor", "year", "month", "date", "day");

    private static Set<String> inheritCrossReferenced(Collection<BibTeXDatabase> read) {
        Map<String, BibTeXEntry> byKey = new HashMap<>();
        read.forEach(db -> db.getEntries().values().forEach(e -> byKey.putIfAbsent(e.getKey().getValue().toLowerCase(Locale.ROOT), e)));
        Set<String> parents = new HashSet<>();
        for (BibTeXEntry entry : byKey.values()) {
            String crossref = field(entry, "crossref");
            BibTeXEntry parent = crossref == null ? null : byKey.get(crossref.strip().toLowerCase(Locale.ROOT));
            if (parent == null || parent == entry) continue;
            parents.add(crossref.strip().toLowerCase(Locale.ROOT));
            // A date is one field in three: an entry's own year is not given the volume's month.
            boolean dated = field(entry, "year") != null || field(entry, "date") != null;
            parent.getFields().forEach((key, value) -> {
                String name = key.getValue().toLowerCase(Locale.ROOT);
                if (INHERITED.contains(name) && field(entry, name) == null && !(dated && DATE_FIELDS.contains(name))) entry.addField(key, value);
            });
        }
        return parents;
    }

    /** Splits the file at each line that starts an entry ("@article{", "@string{"). */
    private static List<Chunk> chunks(List<String> lines) {
        List<Chunk> chunks = new ArrayList<>();
        StringBuilder text = new StringBuilder();
        int start = -1;
        String kind = null;
        boolean parenthesised = false;
        for (int i = 0; i <= lines.size(); i++) {
            String line = i < lines.size() ? lines.get(i) : null;
            boolean opens = line != null && line.stripLeading().matches("@\\s*[A-Za-z]+\\s*[{(].*");
            if ((opens || line == null) && start >= 0) {
                chunks.add(new Chunk(start, kind, parenthesised ? closedInBraces(text.toString()) : text.toString()));
                parenthesised = false;
                text.setLength(0);
                start = -1;
            }
            if (line == null) break;
            if (opens && line.stripLeading().matches("@\\s*[A-Za-z]+\\s*\\(.*")) {
                // "@article(key, ...)" is BibTeX too, which the parser reads in braces only: the outer pair is swapped.
                line = line.replaceFirst("\\(", "{");
                parenthesised = true;
            }
            if (opens) {
                start = i + 1;
                kind = line.stripLeading().substring(1).split("[\\s{(]", 2)[0].toLowerCase(Locale.ROOT);
            }
            if (start >= 0) text.append(line).append('\n');
        }
        return chunks;
    }

    /** The entry's last ")" as "}", its closing of the pair that opened with "(". */
    private static String closedInBraces(String text) {
        int close = text.lastIndexOf(')');
        return close < 0 ? text : text.substring(0, close) + "}" + text.substring(close + 1);
    }

    /**
     * The longest entry read: one field of 22 MB had run the parser out of memory, losing the whole ingest. An entry of a
     * 20,000-character abstract and a long author list is far below it.
     */
    static final int MAX_ENTRY_CHARS = 2_000_000;
    private static final Pattern COMMENT_LINE = Pattern.compile("(?m)^[ \\t]*+%.*+$");
    /** Where a field's value starts: "  annote = {". */
    private static final Pattern FIELD_START = Pattern.compile("(?m)(?:^|,)\\s*+([A-Za-z][\\w-]*+)\\s*+=\\s*+");

    /** ' (its "annote" field 2500000)': the field that makes an entry too long, by the distance to the next field's start. */
    private static String longestField(String entry) {
        Matcher field = FIELD_START.matcher(entry);
        String longest = null;
        int most = 0, at = -1;
        String name = null;
        while (field.find()) {
            if (name != null && field.start() - at > most) {
                most = field.start() - at;
                longest = name;
            }
            name = field.group(1);
            at = field.end();
        }
        if (name != null && entry.length() - at > most) {
            most = entry.length() - at;
            longest = name;
        }
        return longest == null ? "" : " (its \"" + longest + "\" field " + most + ")";
    }

    private static BibTeXDatabase parse(Chunk chunk, List<BibTeXString> macros, List<ParseError> errors, String file) {
        // What follows the entry up to the next one ("%" comments, text between entries) is no part of it.
        int length = COMMENT_LINE.matcher(chunk.text).replaceAll("").length();
        if (length > MAX_ENTRY_CHARS) {
            errors.add(new ParseError(file, chunk.line, (chunk.kind.equals("string") ? "@string" : "entry") + keyOf(chunk) + " is "
                    + length + " characters" + longestField(chunk.text) + ", at most " + MAX_ENTRY_CHARS + " allowed; skipped"));
            return new BibTeXDatabase();
        }
        try {
            BibTeXParserWithMacros parser = new BibTeXParserWithMacros(macros);
            return parser.parse(new StringReader(chunk.text));
        } catch (ParseException e) {
            int line = chunk.line + (e.currentToken != null && e.currentToken.next != null ? e.currentToken.next.beginLine - 1 : 0);
            errors.add(new ParseError(file, line, "malformed BibTeX entry" + keyOf(chunk) + ": " + firstLine(e.getMessage())));
        } catch (TokenMgrException | org.jbibtex.ObjectResolutionException e) {
            errors.add(new ParseError(file, chunk.line, "malformed BibTeX entry" + keyOf(chunk) + ": " + firstLine(e.getMessage())));
        }
        return new BibTeXDatabase();
    }

    private static final Pattern ENTRY_KEY = Pattern.compile("^\\s*@\\s*[A-Za-z]+\\s*\\{\\s*([^,\\s{}]+)\\s*,");

    /** ' "key"' of the entry a chunk opens, to find a malformed one by, or nothing when it has none. */
    private static String keyOf(Chunk chunk) {
        Matcher key = ENTRY_KEY.matcher(chunk.text);
        return key.find() ? " \"" + key.group(1) + "\"" : "";
    }

    /** A parser that knows the file's @string macros and does not fail on undefined ones. */
    private static final class BibTeXParserWithMacros extends org.jbibtex.BibTeXParser {
        BibTeXParserWithMacros(List<BibTeXString> macros) throws ParseException {
            super();
            macros.forEach(this::addMacro);
        }

        @Override
        public void checkStringResolution(Key key, BibTeXString string) {
            // An undefined macro leaves its field empty rather than losing the entry.
        }

        @Override
        public void checkCrossReferenceResolution(Key key, BibTeXEntry entry) {
        }
    }

    private static Paper toPaper(BibTeXEntry entry, boolean ownKey, Source source, Consumer<String> warn) {
        String title = plain(field(entry, "title"));
        String abstractText = plain(field(entry, "abstract"));
        if (title == null) throw new InvalidInputException("no title");
        if (abstractText == null) throw new Paper.NoAbstract(title, "no abstract");
        String date = field(entry, "date");
        if (date == null) {
            String year = field(entry, "year"), month = field(entry, "month");
            date = yearAndMonth(year, month);
            if (month != null && date != null && date.matches("\\d{4}")) warn.accept("month '" + month.strip() + "' is no month: the year alone is kept");
        }
        String eprint = field(entry, "eprint");
        String archive = field(entry, "archiveprefix");
        if (eprint == null) eprint = field(entry, "arxivid");
        return Paper.builder(title, abstractText, source)
                .authors(authors(field(entry, "author")))
                .date(date == null ? null : date.strip())
                // Where an entry's type puts its venue: a report's institution, a thesis's school, a book's publisher.
                .venue(plain(firstOf(entry, "journal", "journaltitle", "booktitle", "institution", "school", "publisher", "howpublished")))
                // @conference is BibTeX's old name for @inproceedings.
                .entryType(entry.getType().getValue().equalsIgnoreCase("conference") ? "inproceedings" : entry.getType().getValue())
                .keywords(keywords(field(entry, "keywords")))
                .citationKey(ownKey ? entry.getKey().getValue() : null)
                .doi(unescaped(field(entry, "doi")))
                .arxiv(eprint != null && (archive == null || archive.equalsIgnoreCase("arxiv")) ? eprint : Identifiers.arxivOfLink(unescaped(field(entry, "url"))))
                .link(unescaped(field(entry, "url")))
                .links(noteLinks(field(entry, "note")))
                .build(warn);
    }

    /** "\\url{...}" in a note: where paperchat's own entries, and many others, keep the code's link. */
    private static final Pattern NOTE_URL = Pattern.compile("\\\\url\\{([^{}\\s]+)}");

    private static List<String> noteLinks(String note) {
        return note == null ? List.of() : NOTE_URL.matcher(note).results().map(m -> m.group(1)).toList();
    }

    /** "2023" and "aug" (or "August", "8") are "2023-08"; a month that is none of these leaves the year alone. */
    static String yearAndMonth(String year, String month) {
        if (year == null || month == null || !year.strip().matches("\\d{4}")) return year;
        String m = month.strip().toLowerCase(Locale.ROOT);
        int number = m.matches("\\d{1,2}") ? Integer.parseInt(m) : m.length() >= 3 ? MONTHS.indexOf(m.substring(0, 3)) + 1 : 0;
        return number >= 1 && number <= 12 ? year.strip() + "-" + (number < 10 ? "0" : "") + number : year;
    }

    private static final List<String> MONTHS = List.of("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec");

    private static String firstOf(BibTeXEntry entry, String... names) {
        for (String name : names) {
            String value = field(entry, name);
            if (value != null) return value;
        }
        return null;
    }

    /** A DOI or URL some tools wrote with LaTeX escapes ("10.1007/978\\_13", "gp\\_scale?id=12\\%3D"), as itself. */
    private static String unescaped(String doi) {
        return doi == null ? null : doi.replaceAll("\\\\([_#%&$])", "$1");
    }

    private static String field(BibTeXEntry entry, String name) {
        for (Map.Entry<Key, Value> f : entry.getFields().entrySet()) {
            if (f.getKey().getValue().equalsIgnoreCase(name)) {
                String value = f.getValue().toUserString();
                return value == null || value.isBlank() ? null : value;
            }
        }
        return null;
    }

    /** "M{\"u}ller and Smith, John" -> ["Müller", "John Smith"]. */
    static List<String> authors(String raw) {
        if (raw == null) return List.of();
        List<String> names = new ArrayList<>();
        for (String author : raw.split("\\s+and\\s+")) {
            String name = plain(author);
            // "and others" is BibTeX's "et al.": the names it stands for are not written.
            if (name == null || name.equalsIgnoreCase("others")) continue;
            int comma = name.indexOf(',');
            names.add(comma < 0 ? name : (name.substring(comma + 1).strip() + " " + name.substring(0, comma).strip()).strip());
        }
        return names;
    }

    private static List<String> keywords(String raw) {
        if (raw == null) return List.of();
        List<String> keywords = new ArrayList<>();
        for (String k : raw.split("[,;]")) keywords.add(plain(k)); // Paper.Builder drops the empty ones ("{}")
        return keywords;
    }

    /**
     * LaTeX to plain text: accents to Unicode, braces and commands removed, except in math, which
     * is kept as written ("$O(n^2)$"), as titles of other sources keep it ("$\\texttt{SAILOR}$"); a Greek letter
     * alone ("$\\pi$") is the letter, as other sources write it.
     */
    static String plain(String latex) {
        if (latex == null || latex.isBlank()) return null;
        List<String> escaped = new ArrayList<>();
        // Symbols and citations first: the printer drops a command it does not know with its arguments' braces ("2.3speedup").
        // Before them, ties and escapes, whose "~" is no "$\\sim$".
        String input = LatexSymbols.withoutCitations(LatexSymbols.inText(escapesMarked(latex, escaped)));
        // "$\\sim$" read as "~" is itself too.
        input = TILDE.matcher(input).replaceAll(m -> {
            escaped.add("~");
            return ESCAPED_MARK + (escaped.size() - 1) + "X";
        });
        // An apostrophe in a word ("Müller's") stays the character written; the printer would curl it.
        input = APOSTROPHE.matcher(input).replaceAll(APOSTROPHE_MARK);
        // ''informative'', as authors pair them: the first opens, as `` would.
        input = OPENING_QUOTES.matcher(input).replaceAll("``");
        List<String> math = new ArrayList<>();
        Matcher m = MATH.matcher(input);
        StringBuilder marked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(marked, MATH_MARK + math.size() + "X");
            math.add(m.group());
        }
        m.appendTail(marked);
        // Before accents, which take the braces off one letter ("\\textbf{B}idirectional"), and after, which leave an accented word bare.
        String unicode = unstyled(LatexAccents.toUnicode(unstyled(marked.toString())));
        String text;
        try {
            text = new LaTeXPrinter().print(new LaTeXParser().parse(unicode));
        } catch (ParseException | RuntimeException e) {
            text = unicode.replaceAll("\\\\[a-zA-Z]+\\s*", "").replaceAll("[{}\\\\]", "");
        }
        for (int i = math.size() - 1; i >= 0; i--) text = text.replace(MATH_MARK + i + "X", math.get(i));
        for (int i = escaped.size() - 1; i >= 0; i--) text = text.replace(ESCAPED_MARK + i + "X", escaped.get(i));
        text = text.replace(RAISED_MARK, "^").replace(LOWERED_MARK, "_");
        text = text.replace(APOSTROPHE_MARK, "'").replaceAll("\\s+", " ").strip();
        return text.isEmpty() ? null : text;
    }

    /**
     * The characters paperchat's own export escapes ("\\textasciicircum{}", "\\{") marked, to be read back as themselves, and
     * LaTeX's spaces as spaces: "3.2\\,pp" had read "3.2,pp", "Table~1" kept its tie, and "x\\textasciicircum{}2" read "x2".
     *
     * @param escaped the characters marked, in order, to put back in their marks' places
     */
    private static String escapesMarked(String latex, List<String> escaped) {
        // Math keeps what it writes ("$a\\,b$", "$\\{x\\}$").
        StringBuilder out = new StringBuilder();
        Matcher math = MATH.matcher(latex);
        int at = 0;
        while (math.find()) {
            out.append(escapesMarkedOutsideMath(latex.substring(at, math.start()), escaped)).append(math.group());
            at = math.end();
        }
        return out.append(escapesMarkedOutsideMath(latex.substring(at), escaped)).toString();
    }

    private static String escapesMarkedOutsideMath(String latex, List<String> escaped) {
        // An empty group ends a command before the space, which the printer would take as the command's end: "\\ldots~and".
        Matcher m = ESCAPED.matcher(SPACING.matcher(latex).replaceAll("{} ").replace("\\!", ""));
        StringBuilder marked = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(marked, ESCAPED_MARK + escaped.size() + "X");
            // A "~" left, in a path or a link ("example.edu/~jsmith"), is itself: the printer would fail on the whole text.
            escaped.add(m.group(3) != null ? "~" : ESCAPED_CHARACTERS.get(m.group(1) != null ? m.group(1) : m.group(2)));
        }
        return m.appendTail(marked).toString();
    }

    /**
     * Styled text as its words, which the printer drops when a word goes on past the braces
     * ("\\textbf{B}idirectional" is "Bidirectional"), and a raised or lowered part as HTML's is read
     * ("10\\textsuperscript{6}" is "10^6"), innermost command first.
     */
    private static String unstyled(String latex) {
        String text = latex;
        for (String before = null; !text.equals(before); ) {
            before = text;
            // In braces still: a group is no part of a command before it ("\\\\" breaking a line before "\\textbf{Line}").
            text = STYLED.matcher(text).replaceAll("{$1}");
            // Marked, not written as "^": the printer reads a caret as math, and loses what follows a line break after it.
            text = LatexSymbols.raisedAndLowered(text, RAISED_MARK, LOWERED_MARK);
        }
        return text;
    }

    private static final Pattern STYLED = Pattern.compile("\\\\(?:textbf|textit|texttt|textsc|textrm|textsf|textsl|textup|textmd|textnormal"
            + "|emph|underline|uline|mbox|hbox|text)\\s*+\\{([^{}]*+)}");
    /** The characters LaTeX writes as commands, which {@link Bibtex#escape} writes so, and a brace escaped by its backslash. */
    private static final Map<String, String> ESCAPED_CHARACTERS = Map.of("textbackslash", "\\", "textasciitilde", "~", "textasciicircum", "^",
            "textbraceleft", "{", "textbraceright", "}", "{", "{", "}", "}");
    private static final Pattern ESCAPED = Pattern.compile("\\\\(textbackslash|textasciitilde|textasciicircum|textbraceleft|textbraceright)"
            + "(?:\\{}|(?![A-Za-z])\\s?+)|\\\\([{}])|(?<!\\\\)(~)");
    /**
     * A tie between words ("Table~1", "Fig.~2"), a thin or medium space ("3.2\\,pp") and a control space ("\\LaTeX\\ is"), which
     * print as spaces; not the "~" of a path ("example.edu/~jsmith").
     */
    private static final Pattern SPACING = Pattern.compile("(?<=[\\p{L}\\p{N}.,;:)\\]}])~(?=[\\p{L}\\p{N}\\\\({\\[])|\\\\[,;: ]");
    private static final Pattern TILDE = Pattern.compile("(?<!\\\\)~");
    private static final String ESCAPED_MARK = "PAPERCHATESCAPED";
    private static final String RAISED_MARK = "PAPERCHATRAISED";
    private static final String LOWERED_MARK = "PAPERCHATLOWERED";

    /** "Müller's", "models' problems": an apostrophe after a letter, not the first quote of LaTeX's closing ''. */
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=[\\p{L}}])'(?!')");
    private static final String APOSTROPHE_MARK = "QAPOSTROPHEQ";
    /** Two apostrophes that open a quotation: after no letter, digit or brace, and before a word. */
    private static final Pattern OPENING_QUOTES = Pattern.compile("(?<![\\p{L}\\d}'])''(?=[\\p{L}\\d])");
    /** Math between unescaped dollars: "\\$5 to \\$10" is prices. */
    private static final Pattern MATH = Pattern.compile("(?<!\\\\)\\$(?:\\\\.|[^$\\\\]){1,200}+\\$");
    /** Letters LaTeX prints as they are, standing in for a math span while the rest is printed. */
    private static final String MATH_MARK = "PAPERCHATMATH";

    private static String firstLine(String message) {
        return message == null ? "parse error" : message.lines().findFirst().orElse("parse error");
    }
}
