package dev.paperchat.corpus;

import java.text.Normalizer;
import java.time.Month;
import java.time.format.TextStyle;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A BibTeX entry for a paper that reference managers (Zotero, JabRef, biber) accept. */
public final class Bibtex {
    private static final Set<String> SKIP_WORDS = Set.of("a", "an", "the", "on", "of", "in", "for", "to", "and", "with");

    /** Where each entry type names its venue; a type not listed writes it as "howpublished". */
    private static final Map<String, String> VENUE_FIELDS = Map.of("article", "journal", "inproceedings", "booktitle",
            "incollection", "booktitle", "techreport", "institution", "phdthesis", "school", "mastersthesis", "school", "book", "publisher");

    /** Words that make an author an organisation. */
    private static final Pattern CORPORATE = Pattern.compile("(?i)\\b(?:team|consortium|collaboration|group"
            + "|project|initiative|lab|laboratory|laboratories|inc|ltd|llc|corporation|foundation|institute|university|committee"
            + "|association|society|community|organi[sz]ation|council|contributors|authors)\\b");

    /** Where code is kept: no paper's own page. */
    private static final Pattern CODE_HOST = Pattern.compile("(?i)^https?://(?:www\\.)?(?:github\\.com|gitlab\\.com|bitbucket\\.org|codeberg\\.org"
            + "|sourceforge\\.net)(?:[/:?#]|$)");
    /** Where models, data and project pages are kept. */
    private static final Pattern PAGE_HOST = Pattern.compile("(?i)^https?://(?:www\\.)?(?:huggingface\\.co|[\\w-]+\\.github\\.io|modelscope\\.cn|kaggle\\.com)(?:[/:?#]|$)");

    private Bibtex() {}

    /** The type its source gave, when BibTeX knows it; else an article when it has a venue, else misc. */
    private static String type(Paper paper) {
        if (paper.entryType() != null && (VENUE_FIELDS.containsKey(paper.entryType()) || paper.entryType().equals("misc"))) return paper.entryType();
        return paper.venue() != null ? "article" : "misc";
    }

    public static String entry(Paper paper) {
        List<String> fields = new ArrayList<>();
        fields.add(field("title", "{" + escapeKeepingMath(paper.title()) + "}"));
        if (!paper.authors().isEmpty()) fields.add(field("author", String.join(" and ", paper.authors().stream().map(Bibtex::author).toList())));
        String year = year(paper.date());
        if (year != null) fields.add(field("year", year));
        month(paper.date()).ifPresent(month -> fields.add("  month = " + month));
        // BibTeX has no day; biblatex reads "date", and so does paperchat, so an export ingested again keeps the day.
        if (paper.date() != null && paper.date().matches("\\d{4}-\\d{2}-\\d{2}")) fields.add(field("date", paper.date()));
        String type = type(paper);
        if (paper.venue() != null) fields.add(field(VENUE_FIELDS.getOrDefault(type, "howpublished"), escape(paper.venue())));
        // As Zotero writes them: biblatex reads a DOI verbatim, so "\\_" would become part of the link.
        if (paper.doi() != null) fields.add(field("doi", verbatim(paper.doi())));
        if (paper.arxivId() != null) {
            fields.add(field("eprint", paper.arxivId()));
            fields.add(field("archiveprefix", "arXiv"));
        }
        // A BibTeX url is where the work is; what its abstract links to (its code, models, data, a blog or project page) goes in the note.
        Set<String> linkedByAbstract = new HashSet<>(Links.find(paper.abstractText()));
        List<String> elsewhere = paper.links().stream()
                .filter(link -> linkedByAbstract.contains(link) || CODE_HOST.matcher(link).find() || PAGE_HOST.matcher(link).find()).toList();
        paper.links().stream().filter(link -> !elsewhere.contains(link)).findFirst().ifPresent(url -> fields.add(field("url", verbatim(url))));
        if (!paper.keywords().isEmpty()) fields.add(field("keywords", escape(String.join(", ", paper.keywords()))));
        fields.add(field("abstract", escapeKeepingMath(paper.abstractText())));
        // Styles print the note: it holds what a reader follows, and the paperchat id goes in a field no style prints.
        if (!elsewhere.isEmpty()) {
            fields.add(field("note", elsewhere.stream().map(link -> (CODE_HOST.matcher(link).find() ? "code: " : "see also: ") + "\\url{" + verbatim(link) + "}")
                    .collect(Collectors.joining("; "))));
        }
        fields.add(field("paperchatid", escape(paper.id())));
        return missing(paper) + "@" + type + "{" + key(paper) + ",\n" + String.join(",\n", fields) + "\n}\n";
    }

    /**
     * A comment before an entry that lacks what a citation needs ("% Incomplete: no author names
     * (7 authors), no year."), which BibTeX skips as it does any text outside an entry; empty
     * for a complete one.
     */
    static String missing(Paper paper) {
        List<String> lacks = new ArrayList<>();
        if (paper.authors().isEmpty()) lacks.add(paper.authorCount() == null ? "no author names" : "no author names (" + paper.authorCount() + " authors)");
        if (year(paper.date()) == null) lacks.add("no year");
        return lacks.isEmpty() ? "" : "% Incomplete: " + String.join(", ", lacks) + "; add them before citing.\n";
    }

    /**
     * A person as BibTeX reads one ("Soo-Ah Kim"), an organisation in braces, which BibTeX takes
     * whole: "The DeepGraph Team" written bare would be a person whose last name is "Team".
     */
    private static String author(String name) {
        String escaped = escape(name);
        return CORPORATE.matcher(name).find() || name.split("\\s+").length > 4 ? "{" + escaped + "}" : escaped;
    }

    /**
     * The user's own key when the paper came from their library; else a stable one: the first
     * author's last name (or "anon"), the year, the first significant title word and a short hash.
     */
    public static String key(Paper paper) {
        if (paper.citationKey() != null && paper.citationKey().matches("[\\p{L}\\p{N}_:.+/-]+")) return paper.citationKey();
        String author = paper.authors().isEmpty() ? "anon" : ascii(lastName(paper.authors().get(0)));
        String year = year(paper.date());
        String word = "paper";
        for (String w : Titles.normalize(paper.title()).split(" ")) {
            if (!w.isEmpty() && !SKIP_WORDS.contains(w)) {
                word = ascii(w);
                break;
            }
        }
        return (author.isEmpty() ? "anon" : author) + (year == null ? "" : year) + word + "_" + paper.id().substring(paper.id().length() - 6);
    }

    private static String lastName(String author) {
        // "Qwen Team" is cited by its first word, as BibTeX styles list the braced name whole.
        if (CORPORATE.matcher(author).find()) return author.strip().replaceFirst("(?i)^the\\s+", "").split("[ ,]+")[0];
        String[] parts = author.strip().split("[ ,]+");
        if (parts.length == 0) return "";
        return author.contains(",") ? parts[0] : parts[parts.length - 1];
    }

    private static String ascii(String s) {
        return Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("[^A-Za-z0-9]", "").toLowerCase(Locale.ROOT);
    }

    /** The month of an ISO date ("2025-08-15", "2025-08") as BibTeX's macro, "aug", which biblatex and BibTeX styles both read. */
    static Optional<String> month(String date) {
        if (date == null || !date.matches("\\d{4}-\\d{2}(?:-\\d{2})?")) return Optional.empty();
        int month = Integer.parseInt(date.substring(5, 7));
        return Optional.of(Month.of(month).getDisplayName(TextStyle.SHORT, Locale.ENGLISH).toLowerCase(Locale.ROOT));
    }

    static String year(String date) {
        if (date == null) return null;
        var m = Pattern.compile("\\b\\d{4}\\b").matcher(date);
        return m.find() ? m.group() : null;
    }

    private static final Pattern MATH = Pattern.compile("\\$[^$]{1,200}\\$");

    private static String field(String name, String value) {
        return "  " + name + " = {" + value + "}";
    }

    /**
     * Titles and abstracts are kept as their source wrote them, LaTeX math included:
     * "$\\texttt{SAILOR}$" goes into BibTeX as it is, when its braces balance; the text around it is escaped.
     */
    static String escapeKeepingMath(String text) {
        StringBuilder out = new StringBuilder();
        Matcher math = MATH.matcher(text);
        int from = 0;
        while (math.find()) {
            if (!keepable(math.group())) continue;
            out.append(escape(text.substring(from, math.start()))).append(math.group());
            from = math.end();
        }
        return out.append(escape(text.substring(from))).toString();
    }

    /**
     * Math with braces that balance, no character that LaTeX reads as a table cell or a comment, and
     * only formatting commands and symbols: "$\\input{...}$" in a record would read a file when the
     * bibliography is compiled, and "$5 to $10" is prices, not math.
     */
    private static boolean keepable(String math) {
        if (!balanced(math) || math.matches("(?s).*[%&#].*")) return false;
        String commands = math.replaceAll("\\\\(?:" + SAFE_COMMANDS + ")(?![A-Za-z])", "");
        return !commands.contains("\\") && (commands.length() < math.length() || math.matches("(?s).*[\\^_].*"));
    }

    private static final String SAFE_COMMANDS = "texttt|textbf|textit|textsc|textrm|textsf|emph|mathcal|mathbf|mathrm|mathit|mathsf"
            + "|mathtt|mathbb|mathscr|operatorname|alpha|beta|gamma|delta|epsilon|varepsilon|theta|lambda|mu|pi|rho|sigma|tau"
            + "|phi|varphi|chi|psi|omega|Gamma|Delta|Theta|Lambda|Pi|Sigma|Phi|Psi|Omega|times|cdot|infty|leq|geq|approx|pm"
            + "|ldots|cdots|sim|to|rightarrow|leftarrow|star|circ|prime"
            // Operators, relations, arrows, accents and layout that typeset and do nothing else: "$O(n \\log n)$".
            + "|log|ln|exp|lim|sup|inf|max|min|arg|det|dim|Pr|sin|cos|tan|sum|prod|int|frac|dfrac|tfrac|sqrt|left|right|big|Big|bigl|bigr"
            + "|in|notin|subset|subseteq|supset|cup|cap|forall|exists|neg|wedge|vee|mid|ell|nabla|partial|propto|neq|ne|le|ge|ll|gg"
            + "|equiv|cong|simeq|langle|rangle|lfloor|rfloor|lceil|rceil|quad|qquad|eta|zeta|iota|kappa|nu|xi|upsilon|vartheta|varrho"
            + "|Xi|Upsilon|top|bot|emptyset|ast|dagger|odot|oplus|otimes|uparrow|downarrow|Rightarrow|Leftarrow|leftrightarrow|mapsto"
            + "|hat|tilde|bar|vec|dot|ddot|overline|underline|widehat|widetilde|mathfrak|boldsymbol|text|textnormal";

    private static boolean balanced(String text) {
        int depth = 0;
        for (char c : text.toCharArray()) {
            if (c == '{') depth++;
            if (c == '}' && --depth < 0) return false;
        }
        return depth == 0;
    }

    /** For each character, whether it is a brace with no pair in the text. */
    private static boolean[] unpairedBraces(String text) {
        boolean[] unpaired = new boolean[text.length()];
        Deque<Integer> open = new ArrayDeque<>();
        for (int i = 0; i < text.length(); i++) {
            if (text.charAt(i) == '{') open.push(i);
            if (text.charAt(i) == '}') {
                if (open.isEmpty()) unpaired[i] = true;
                else open.pop();
            }
        }
        open.forEach(i -> unpaired[i] = true);
        return unpaired;
    }

    /** A DOI or URL as written, its braces percent-encoded so that the entry still parses. */
    private static String verbatim(String text) {
        return text.replace("}", "%7D").replace("{", "%7B");
    }

    /**
     * Escapes LaTeX's special characters, so the entry always parses. BibTeX counts a brace after a
     * backslash too: a pair stays "\\{...\\}", and a brace without its pair ("\\footnote{" cut short)
     * is written as the command for it, whose own braces balance.
     */
    static String escape(String text) {
        boolean[] unpaired = unpairedBraces(text);
        StringBuilder out = new StringBuilder();
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            switch (c) {
                case '\\' -> out.append("\\textbackslash{}");
                case '{' -> out.append(unpaired[i] ? "\\textbraceleft{}" : "\\{");
                case '}' -> out.append(unpaired[i] ? "\\textbraceright{}" : "\\}");
                case '&', '%', '$', '#', '_' -> out.append('\\').append(c);
                case '~' -> out.append("\\textasciitilde{}");
                case '^' -> out.append("\\textasciicircum{}");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
