package dev.paperchat.corpus;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * One research paper as paperchat stores it: what was parsed from any input format,
 * after duplicates were merged.
 *
 * @param date ISO date (2025-08-15) where known, else the year, else the raw text ("Apr 7")
 * @param authorCount number of authors when only a count is known (listing pages)
 * @param venue journal, proceedings or journal reference
 * @param entryType what the work is, as BibTeX names it ("article", "inproceedings"), where a source said
 * @param links URLs found in the abstract or given by the source (code, project page, PDF)
 * @param aliases other ids of the work: "doi:10.x/y", "arxiv:2401.00001" (no version), ids given by inputs
 * @param citationKey the BibTeX key of the user's own library, reused on export
 * @param sources every file and line this paper was read from
 */
public record Paper(
        String id,
        String title,
        String abstractText,
        List<String> authors,
        Integer authorCount,
        String date,
        String organization,
        Integer upvotes,
        String venue,
        String entryType,
        List<String> keywords,
        List<String> links,
        List<String> aliases,
        String citationKey,
        List<Source> sources) {

    /** Longer fields are no title, abstract or id but a broken record; Lucene also refuses terms over 32 KB. */
    public static final int MAX_TITLE_CHARS = 1_000;
    public static final int MAX_ABSTRACT_CHARS = 20_000;
    public static final int MAX_ID_CHARS = 1_000;
    public static final int MAX_ORGANIZATION_CHARS = 1_000;
    /**
     * Bidirectional embeddings, overrides and isolates, as a character class's body: text that turns what follows it around
     * ("\u202Egnp.exe" shows as "exe.png"), which no stored text, id or file name shown keeps.
     */
    public static final String BIDI_CONTROLS = "\\u202A-\\u202E\\u2066-\\u2069";
    public static final String DOI = "doi:";
    public static final String ARXIV = "arxiv:";
    /** The prefix of a work key that is a normalised title (see {@link #workKeys}). */
    public static final String TITLE_KEY = "title:";

    public Paper {
        Objects.requireNonNull(id, "id");
        if (title == null || title.isBlank()) throw new InvalidInputException("title must not be blank");
        if (abstractText == null || abstractText.isBlank()) throw new InvalidInputException("abstract must not be blank");
        authors = authors == null ? List.of() : List.copyOf(authors);
        keywords = keywords == null ? List.of() : List.copyOf(keywords);
        links = links == null ? List.of() : List.copyOf(links);
        aliases = aliases == null ? List.of() : List.copyOf(aliases);
        sources = sources == null ? List.of() : List.copyOf(sources);
    }

    /** The same paper read from other sources. */
    public Paper withSources(List<Source> others) {
        return new Paper(id, title, abstractText, authors, authorCount, date, organization, upvotes, venue, entryType, keywords, links,
                aliases, citationKey, List.copyOf(others));
    }

    /** The same record under another id: the stored paper's, which the first record of its work fixed. */
    public Paper withId(String other) {
        return new Paper(other, title, abstractText, authors, authorCount, date, organization, upvotes, venue, entryType, keywords, links,
                aliases, citationKey, sources);
    }

    /** A paper of the listing format, whose id is derived from its title. */
    public static Paper of(String title, String abstractText, List<String> authors, Integer authorCount,
                           String date, String organization, Integer upvotes, Source source) {
        return builder(title, abstractText, source).authors(authors).authorCount(authorCount).date(date)
                .organization(organization).upvotes(upvotes).build();
    }

    public static Builder builder(String title, String abstractText, Source source) {
        return new Builder(title, abstractText, source);
    }

    public String doi() {
        return alias(DOI);
    }

    /** A date's year, which a table sorts and filters by: null for none and for a day and month alone ("26 May"). */
    public static Integer yearOf(String date) {
        return date != null && date.matches("\\d{4}(?:-.*)?") ? Integer.valueOf(date.substring(0, 4)) : null;
    }

    public String arxivId() {
        return alias(ARXIV);
    }

    private String alias(String prefix) {
        return aliases.stream().filter(a -> a.startsWith(prefix)).map(a -> a.substring(prefix.length())).findFirst().orElse(null);
    }

    /** Keys that identify the work across inputs, strongest first: DOI, arXiv id, normalised title. */
    public List<String> workKeys() {
        List<String> keys = new ArrayList<>();
        for (String alias : aliases) if (alias.startsWith(DOI) || alias.startsWith(ARXIV)) keys.add(alias);
        keys.add(TITLE_KEY + Titles.workKey(title));
        return keys;
    }

    /**
     * An entry that names its title but has no abstract (a library's entry for a book or a talk):
     * rejected, yet its file still holds that work.
     */
    public static final class NoAbstract extends InvalidInputException {
        private final String title;

        public NoAbstract(String title, String message) {
            super(message);
            this.title = title;
        }

        public String title() {
            return title;
        }
    }

    /** Builds papers from inputs with many optional fields; the id derives from the title, links from the abstract. */
    public static final class Builder {
        private final String title;
        private final String abstractText;
        private final Source source;
        private List<String> authors = List.of();
        private Integer authorCount;
        private String date;
        private String organization;
        private Integer upvotes;
        private String venue;
        private String entryType;
        private List<String> keywords = List.of();
        private final LinkedHashSet<String> links = new LinkedHashSet<>();
        private final LinkedHashSet<String> aliases = new LinkedHashSet<>();
        private String citationKey;
        private final List<String> warnings = new ArrayList<>();
        private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?");
        /** A date and what no filter reads: a time ("2024-03-14T09:30:00Z"), BibTeX's "2022a", RIS's season ("2022/09/15/Fall"). */
        private static final Pattern TIME_OF_DAY = Pattern.compile("(?:[01]\\d|2[0-3]):[0-5]\\d(?::(?:[0-5]\\d|60))?(?![\\d:])");
        private static final Pattern DATE_AND_MORE = Pattern.compile(
                "(\\d{4}-\\d{2}-\\d{2})[T ]\\d{2}:\\d{2}.*|(\\d{4})[a-z]|(\\d{4}(?:-\\d{2}(?:-\\d{2})?)?)-+\\p{L}.*");
        /**
         * NUL, escape, tab, form feed and the other control characters but line breaks: no reader
         * wants them quoted. Each becomes a space, as a form feed in pdftotext's output parts two words.
         */
        private static final Pattern CONTROL = Pattern.compile("[\\p{Cntrl}&&[^\\n\\r]]");
        /** A terminal's colour or title code ("ESC[31m", "ESC]0;...BEL"), pasted from its output: gone whole, not left as "[31m". */
        private static final Pattern TERMINAL_CODE = Pattern.compile("\\u001B(?:\\[[0-?]*[ -/]*[@-~]|\\][^\\u0007\\u001B]*+(?:\\u0007|\\u001B\\\\)?)");
        /**
         * Bidirectional embeddings, overrides and isolates: "\u202Egnp.exe" shows as "exe.png". A title
         * is shown in listings and lines of text where such a character turns what follows it around.
         */
        private static final Pattern BIDI_CONTROL = Pattern.compile("[" + BIDI_CONTROLS + "]");
        private static final Pattern NAMED = Pattern.compile("[\\p{L}\\p{N}]");
        /** What exports write where a record has no abstract: "No abstract available.", "N/A", "Abstract" alone, ".". */
        private static final Pattern NO_ABSTRACT = Pattern.compile("(?i)[\\W_]*+(?:(?:no\\s++)?abstract(?:\\s++(?:is\\s++)?(?:not\\s++)?available)?"
                + "|n/?a|none|null|tbd|todo)?[\\W_]*+");
        private static final Pattern WEB_LINK = Pattern.compile("(?i)https?://\\S+");
        private static final Pattern LATEX_ESCAPE = Pattern.compile("\\\\([%&#_$])");
        /** "\textit{reasoning sparks}", "$\texttt{SAILOR}$": the words without the command that styles them. */
        private static final Pattern LATEX_STYLE = Pattern.compile(
                "(\\$?)\\\\(?:textit|textbf|texttt|textsc|textrm|textsf|emph|mathrm|mathtt|mathbf|mathit)\\{([^{}$\\\\]*)}\\1");

        private Builder(String title, String abstractText, Source source) {
            // Blank is checked after control characters become spaces: a title of NUL alone is none.
            // "$\beta$-Variational" in a JSONL or Atom title is BibTeX's "β-Variational": one work, one title.
            // Its other LaTeX ("$\texttt{SAILOR}$") is kept, as BibTeX keeps it.
            this.title = title == null ? "" : LatexSymbols.inText(Markup.plain(withoutControls(title))).strip().replaceAll("\\s+", " ");
            this.abstractText = abstractText == null ? "" : unescapeLatex(withoutMarkdownEmphasis(Markup.plain(withoutControls(abstractText).strip())));
            if (this.title.isEmpty()) throw new InvalidInputException("missing title");
            if (this.abstractText.isEmpty() || NO_ABSTRACT.matcher(this.abstractText).matches()) throw new NoAbstract(this.title, "missing abstract");
            checkLength("title", this.title, MAX_TITLE_CHARS);
            checkLength("abstract", this.abstractText, MAX_ABSTRACT_CHARS);
            this.source = source;
        }

        private static String withoutControls(String text) {
            String plain = CONTROL.matcher(TERMINAL_CODE.matcher(text).replaceAll("")).replaceAll(" ");
            return BIDI_CONTROL.matcher(plain).replaceAll("");
        }

        /** A name with no letter or digit in it (",", "-") names no one. */
        public Builder authors(List<String> authors) {
            this.authors = authors == null ? List.of() : authors.stream().filter(a -> a != null && NAMED.matcher(a).find()).toList();
            return this;
        }
        public Builder authorCount(Integer count) { this.authorCount = count; return this; }
        /** A date that is no day of the calendar ("2024-02-30") is left out with a warning: the paper is still worth having. */
        public Builder date(String date) {
            this.date = blankToNull(date);
            if (this.date == null) return this;
            Matcher more = DATE_AND_MORE.matcher(this.date);
            if (more.matches()) {
                // "2024-03-05T25:99:00Z": the day is kept, and the time that is none is said.
                if (more.group(1) != null && !TIME_OF_DAY.matcher(this.date.substring(more.group(1).length() + 1)).lookingAt()) {
                    warnings.add("date '" + this.date + "' has no time of day after its day: the day is kept");
                }
                this.date = more.group(1) != null ? more.group(1) : more.group(2) != null ? more.group(2) : more.group(3);
            }
            if (!ISO_DATE.matcher(this.date).matches()) {
                warnings.add("date '" + this.date + "' is not YYYY, YYYY-MM or YYYY-MM-DD: kept as written, but date filters pass over this paper");
            } else if (!isCalendarDate(this.date)) {
                warnings.add("date '" + this.date + "' is not a calendar date: left out");
                this.date = null;
            } else if (!isPlausibleYear(this.date)) {
                warnings.add("date '" + this.date + "' has no year a paper can have (" + FIRST_YEAR + " to " + lastYear() + "): left out");
                this.date = null;
            }
            return this;
        }
        /** Indexed as one term for the filter, which Lucene caps at 32 KB: a longer one is no organisation's name. */
        public Builder organization(String organization) {
            this.organization = blankToNull(organization);
            if (this.organization != null) checkLength("organization", this.organization, MAX_ORGANIZATION_CHARS);
            return this;
        }
        public Builder upvotes(Integer upvotes) { this.upvotes = upvotes; return this; }
        public Builder venue(String venue) { this.venue = blankToNull(venue); return this; }
        public Builder entryType(String type) { this.entryType = type == null || type.isBlank() ? null : type.strip().toLowerCase(Locale.ROOT); return this; }
        public Builder keywords(List<String> keywords) {
            this.keywords = keywords == null ? List.of() : keywords.stream().filter(k -> k != null && !k.isBlank()).toList();
            return this;
        }
        public Builder citationKey(String key) { this.citationKey = blankToNull(key); return this; }

        public Builder links(List<String> urls) {
            urls.forEach(this::link);
            return this;
        }
        /** Web links only: a record's "javascript:" or "file:" URL would reach every API client as a link. */
        public Builder link(String url) {
            if (url != null && WEB_LINK.matcher(url.strip()).matches()) links.add(url.strip());
            return this;
        }

        public Builder alias(String alias) {
            if (alias == null || alias.isBlank()) return this;
            checkLength("id", alias.strip(), MAX_ID_CHARS);
            aliases.add(alias.strip());
            return this;
        }

        /**
         * Markdown's emphasis, as some arXiv abstracts write it ("we introduce **Roads to Rome (R2R)**",
         * "what *characterizes* an effective CoT"): the words alone, as quotes read them. Not a star
         * beside a letter or digit ("V* Bench", "R=-a*e^H+b").
         */
        private static final Pattern MARKDOWN_EMPHASIS = Pattern.compile(
                "(?<![\\p{L}\\p{N}*\\\\])(\\*\\*?)(?=[\\p{L}\\p{N}(])([^*\\n]{1,200}?)(?<=[\\p{L}\\p{N})])\\1(?![\\p{L}\\p{N}*])");

        private static String withoutMarkdownEmphasis(String text) {
            return MARKDOWN_EMPHASIS.matcher(text).replaceAll("$2");
        }

        /**
         * "48.1\%", "Q\&A", "LVLM\_CSP": abstracts copied from LaTeX escape its special
         * characters. Readers, quotes and searches for "48.1%" want the characters themselves.
         */
        static String unescapeLatex(String text) {
            String plain = LATEX_STYLE.matcher(LatexSymbols.raisedAndLowered(LatexSymbols.inText(text), "^", "_")).replaceAll("$2");
            plain = LatexSymbols.withoutCitations(plain);
            // ``quoted'' is LaTeX's way to write curly quotes; "~" (\textasciitilde{} once escaped) an unbreakable space.
            // Authors also write ''quoted'' and ``quoted": each pair opens and closes.
            plain = LATEX_QUOTED.matcher(plain).replaceAll("\u201c$1\u201d");
            plain = plain.replace("``", "\u201c").replace("''", "\u201d").replace("\\textasciitilde{}", " ");
            return LATEX_ESCAPE.matcher(plain).replaceAll("$1");
        }

        /** A short quotation opened by `` or '' (not the prime of "f''(x)") and closed by '' or a straight quote, on one line. */
        private static final Pattern LATEX_QUOTED = Pattern.compile("(?:``|(?<![\\p{L}\\d])'')([^`'\"\\n]{1,200}?)(?:''|\")");

        /** "2025-02-30" or "2024-13" would pass for a date until a date filter or the index reads it; "Apr 7" is kept as written. */
        private static boolean isCalendarDate(String date) {
            Matcher iso = ISO_DATE.matcher(date);
            if (!iso.matches()) return true;
            try {
                LocalDate.of(Integer.parseInt(iso.group(1)), iso.group(2) == null ? 1 : Integer.parseInt(iso.group(2)),
                        iso.group(3) == null ? 1 : Integer.parseInt(iso.group(3)));
                return true;
            } catch (DateTimeException e) {
                return false;
            }
        }

        /**
         * Exports write "0000" or "9999" for a date nobody knew; such a year would sort first or last in every
         * date filter. A preprint can carry next year's date, so the bound is a year past today.
         */
        private static boolean isPlausibleYear(String date) {
            int year = Integer.parseInt(date.substring(0, 4));
            return year >= FIRST_YEAR && year <= lastYear();
        }

        private static final int FIRST_YEAR = 1600;

        private static int lastYear() {
            return LocalDate.now().getYear() + 1;
        }

        private static void checkLength(String field, String value, int max) {
            if (value.length() > max) {
                throw new InvalidInputException(field + " is " + value.length() + " characters, at most " + max + " allowed");
            }
        }

        public Builder doi(String doi) {
            String clean = Identifiers.doi(doi);
            if (clean == null && doi != null && !doi.isBlank()) warnings.add("doi '" + ListingParser.abbreviate(doi.strip()) + "' is no DOI (10.NNNN/...): left out");
            if (clean == null) return this;
            // "10.1000/not a doi": a DOI holds no space, so what follows one is no part of it, and the reader is told what was kept.
            Matcher read = Pattern.compile(Pattern.quote(clean), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE).matcher(doi);
            String after = read.find() ? doi.substring(read.end()).strip() : "";
            if (!after.replaceAll("[.,;)\\]]", "").isEmpty()) {
                warnings.add("doi '" + ListingParser.abbreviate(doi.strip()) + "' holds more than a DOI: read as " + clean);
            }
            // arXiv's own DOI ("10.48550/arXiv.2203.11171") names the preprint: its arXiv id finds the paper too.
            if (clean.startsWith("10.48550/arxiv.")) arxiv(clean.substring("10.48550/arxiv.".length()));
            return alias(DOI + clean);
        }

        public Builder arxiv(String arxivId) {
            String clean = Identifiers.arxiv(arxivId);
            return clean == null ? this : alias(ARXIV + clean);
        }

        /** Builds the paper and hands each field left out, and why, to {@code warn}. */
        public Paper build(Consumer<String> warn) {
            Paper paper = build();
            warnings.forEach(warn);
            return paper;
        }

        public Paper build() {
            links.addAll(Links.find(abstractText));
            return new Paper(Titles.id(title), title, abstractText, authors, authorCount, date, organization, upvotes, venue, entryType,
                    keywords, List.copyOf(links), List.copyOf(aliases), citationKey, List.of(source));
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** Lower-cased key for a case-insensitive alias match. */
    public static String aliasKey(String alias) {
        return alias.toLowerCase(Locale.ROOT);
    }

    /**
     * The alias keys under which a paper asked for by {@code id} may be stored: the id itself, and
     * it read as a DOI or an arXiv id in any of their forms ("https://doi.org/10.1/x",
     * "arXiv:2401.00001v2").
     */
    public static List<String> lookupKeys(String id) {
        String doi = Identifiers.doi(id);
        String arxiv = Identifiers.arxiv(id);
        return Stream.of(id, DOI + (doi == null ? id : doi), ARXIV + (arxiv == null ? id : arxiv))
                .map(Paper::aliasKey).distinct().toList();
    }
}
