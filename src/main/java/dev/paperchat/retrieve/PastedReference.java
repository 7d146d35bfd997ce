package dev.paperchat.retrieve;

import dev.paperchat.corpus.Identifiers;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a writer pastes to look a paper up: a DOI or arXiv link, a BibTeX entry, or a reference
 * in a style that quotes its title ("[12] H. Zhang et al., \"LazyEviction: ...,\" in NeurIPS, 2025.").
 */
final class PastedReference {
    /** "title = {Quiet-STaR: {L}anguage Models ...}" or "title = \"...\"", one level of inner braces. */
    private static final Pattern BIBTEX_TITLE = Pattern.compile("(?i)(?<![\\p{L}])title\\s*=\\s*(?:\\{((?:[^{}]|\\{[^{}]*+})*+)}|\"([^\"]*+)\")");
    /** "@article{key,", "@InProceedings(": the start of a BibTeX entry. */
    private static final Pattern BIBTEX_ENTRY = Pattern.compile("\\s*+@\\p{Alpha}++\\s*+[{(]");
    /** A quoted run (of three words or more, checked apart): an IEEE or ACM reference's title, its closing comma inside the quotes. */
    private static final Pattern QUOTED = Pattern.compile("[\"\u201c]([^\"\u201c\u201d]{10,400})[\"\u201d]");
    /** A DOI or an arXiv id in any of its forms; a bare "2405.01234" only when it is all the text is. */
    private static final Pattern IDENTIFIER = Pattern.compile("(?i)\\b10\\.\\d{4,9}/\\S+|arxiv\\.org/(?:abs|pdf)/\\S+|arxiv:\\s*\\S+");
    private static final Pattern BARE_ARXIV = Pattern.compile("\\s*\\d{4}\\.\\d{4,5}(?:v\\d+)?\\s*");

    /** An identifier inside a question: "What is arXiv:2405.01234 about?", "what does 2405.01234 show?". */
    private static final String ID_IN_TEXT = "(?:https?://\\S*?)?(?:\\b10\\.\\d{4,9}/[^\\s?!,;\"']+[^\\s?!,;\"'.]"
            + "|arxiv\\.org/(?:abs|pdf)/\\S+\\d|arxiv:\\s*\\d{4}\\.\\d{4,5}(?:v\\d+)?|(?<![\\d.])\\d{4}\\.\\d{4,5}(?:v\\d+)?(?![\\d.]\\d))";
    private static final Pattern IDENTIFIER_IN_TEXT = Pattern.compile("(?i)" + ID_IN_TEXT);

    /** What a link or prefix wraps an identifier in: "https://doi.org/", "doi:", "arXiv:". */
    private static final Pattern ID_WRAPPING = Pattern.compile("(?i)https?://|(?:dx\\.)?doi\\.org/|www\\.|doi:|arxiv:|[\\s<>()\\[\\].,;]");

    private static final String YEAR = "(?:19|20)\\d{2}[a-z]?";
    private static final String AUTHOR = "\\p{Lu}[\\p{L}'\u2019-]+(?:\\s+et\\s+al\\.?|\\s+(?:and|&)\\s+\\p{Lu}[\\p{L}'\u2019-]+)?";
    /**
     * A draft's in-text citations: "(Hassid et al., 2025)", "(Cui and Li 2025; Wang, 2024a)", "[12]",
     * "[3, 7-9]", and the year of "Cui et al. (2025)" or "Wei et al. in 2022". Their numbers are no figures a claim makes.
     */
    private static final Pattern CITATION = Pattern.compile("\\s*\\((?:(?:e\\.g\\.|see|cf\\.)\\s+)?" + AUTHOR + ",?\\s+" + YEAR
            + "(?:\\s*[;,]\\s*(?:" + AUTHOR + ",?\\s+)?" + YEAR + ")*\\)"
            + "|\\s*\\[\\d{1,3}(?:\\s*[,\u2013-]\\s*\\d{1,3})*]"
            + "|(?<=" + "\\p{L}|\\.)\\s*\\(" + YEAR + "\\)"
            // "introduced by Wei et al. in 2022", "as Wei et al. 2022 showed": the year of the citation.
            + "|(?<=\\bet\\s{1,3}al\\.?,?)\\s+(?:in\\s+)?" + YEAR + "\\b"
            // "(arXiv:2510.08308)", "(https://arxiv.org/abs/2510.08308)", a link anywhere: where to read it, no figure of the claim.
            + "|\\s*[(\\[]\\s*(?i:arxiv:\\s*\\d{4}\\.\\d{4,5}(?:v\\d+)?|https?://[^\\s)\\]]+)\\s*[)\\]]"
            + "|\\s*(?<![\\p{L}\\d])(?i:arxiv:\\s*\\d{4}\\.\\d{4,5}(?:v\\d+)?|https?://\\S+?)(?=[.,;:!?]?(?:\\s|$))");

    /** A name of a reference's author list: "Zelikman", "E.", "Noah D. Goodman", "et al.", "and". */
    private static final String NAME_WORD = "(?:\\p{Lu}[\\p{L}'\u2019-]*+\\.?|and|&|et\\s+al\\.?)";
    /**
     * A reference's opening: its authors and year, as every common style writes them ("Zelikman et
     * al. 2024.", "Wang, X. et al. (2025).", "Eric Zelikman, Georges Harik, and Noah D. Goodman.
     * 2024."), a full stop after the year. Without "et al.", an initial or a list of names, "In 2024,
     * ..." opens a claim, and so does a citation that runs on ("Zelikman et al. (2024) show that ...").
     */
    private static final Pattern REFERENCE_LEAD = Pattern.compile("^\\s*+(?:\\[\\d{1,3}]\\s*+)?(" + NAME_WORD + "(?:,?\\s++" + NAME_WORD + "){0,40}+)"
            + ",?\\s*+\\(?" + YEAR + "\\)?\\.\\s+\\S");
    /**
     * Harvard without the full stop after the year in brackets, authors with their initials: "Smith, J. and Doe, A. (2024)
     * Title. ..."; "Zelikman et al. (2024) Quiet-STaR does not..." opens a claim.
     */
    private static final Pattern HARVARD_LEAD = Pattern.compile("^\\s*+(?:\\[\\d{1,3}]\\s*+)?(" + NAME_WORD + "(?:,?\\s++" + NAME_WORD + "){0,40}+)"
            + ",?\\s*+(?<=\\b\\p{Lu}\\.(?:\\s?\\p{Lu}\\.)?+[^()]{0,200}+)\\(" + YEAR + "\\)\\s++\\p{Lu}");
    /**
     * A lead of names and a year that tells no author list by itself: a company's ("OpenAI (2024).",
     * "Qwen Team. 2025.", "DeepSeek-AI, 2025.") or a narrative citation's ("Zelikman et al. (2024)").
     * A claim may open so too ("OpenAI (2024) reported ..."), so it leads a reference only before
     * where the reference appeared, or in a title lookup. A year after a name with no comma or full
     * stop is no reference's: "Quiet-STaR 2024. It teaches ...".
     */
    private static final Pattern NAME_YEAR_LEAD = Pattern.compile("^\\s*+(?:\\[\\d{1,3}]\\s*+)?(" + NAME_WORD + "(?:,?\\s++" + NAME_WORD + "){0,5}+)"
            + ",?\\s*+(?:\\(" + YEAR + "\\)\\.?|(?<=[.,]|[.,]\\s{1,3})" + YEAR + "\\.)\\s++\\p{Lu}");
    /** More after a title: where it appeared, or another part of a reference ("Title. In: ...", "Title. arXiv preprint"). */
    private static final Pattern MORE_AFTER = Pattern.compile("[.?!]\\s++\\S");
    /**
     * A Springer LNCS reference's opening: its authors with their initials, the last an initial or
     * "et al.", then a colon ("Wang, X., Li, Y.: Title. In: ...", "Zelikman, E., et al.: ..."). The
     * initials tell it from a title's own colon ("Quiet-STaR: Language Models ...") and from a
     * claim's ("Chen et al.: reasoning models overthink").
     */
    private static final Pattern LNCS_LEAD = Pattern.compile("^\\s*+(?:\\[\\d{1,3}]\\s*+|\\d{1,3}\\.\\s++)?(" + NAME_WORD
            + "(?:,?\\s++" + NAME_WORD + "){0,40}+)(?<=\\b\\p{Lu}\\.|\\bal\\.)(?<=\\b\\p{Lu}\\.[^:]{0,400}+):\\s++\\S");
    /**
     * An IEEE, ACM or MLA reference's opening: its authors, then its title in quotes ("[3] Y. Zhang
     * et al., \u201cWhat makes...", "Behrouz, Ali, and Vahab Mirrokni. \"Titans: ...").
     */
    private static final Pattern QUOTING_LEAD = Pattern.compile("^\\s*+(?:\\[\\d{1,3}]\\s*+)?(" + NAME_WORD + "(?:,?\\s++" + NAME_WORD + "){0,40}+)"
            // The full stop after the last name may be its initial's: "Mirrokni. \"Titans", "Y. Li. \"Reasoning".
            + "(?:[,.]|(?<=\\.))\\s*+[\"\u201c]");
    /**
     * A Vancouver reference's opening, as medicine and GB/T write it: surnames with their initials
     * and no full stops between, two or more or "et al." ("Cui G, Zhang Y, Chen J, et al. The
     * entropy mechanism..."), or the year in brackets with no full stop ("Rafailov R et al. (2023)
     * Direct preference ...").
     */
    private static final String SURNAME_INITIALS = "\\p{Lu}\\p{Ll}[\\p{L}'\u2019-]*+\\s++\\p{Lu}{1,3}+";
    /** A year, which a Vancouver reference gives somewhere: "Qwen RL, Llama SFT. Both..." opens a claim about two methods. */
    private static final Pattern ANY_YEAR = Pattern.compile("\\b(?:19|20)\\d{2}\\b");
    private static final Pattern VANCOUVER_LEAD = Pattern.compile("^\\s*+(?:\\[\\d{1,3}]\\s*+|\\d{1,3}\\.\\s++)?" + SURNAME_INITIALS
            + "(?:(?:,\\s*+" + SURNAME_INITIALS + ")++(?:,?\\s++et\\s++al)?+|,?\\s++et\\s++al)\\.?\\s*+(?:\\.\\s++|\\(" + YEAR + "\\)\\s++)\\p{Lu}");
    /** "S. Hao", "Noah D. Goodman" written "N. D. Goodman": an author by initials, then surname. */
    private static final String INITIALS_NAME = "\\p{Lu}\\.(?:\\s?+\\p{Lu}\\.)*+\\s++\\p{Lu}[\\p{L}'\u2019-]++";
    /**
     * A NeurIPS or ICLR reference's opening, its year at its end: initials first, two names or more or "et al.", then a
     * full stop ("S. Hao, S. Sukhbaatar, ..., Y. Tian. Training large language models ... arXiv preprint ..., 2024.").
     */
    private static final Pattern INITIALS_LEAD = Pattern.compile("^\\s*+(?:\\[\\d{1,3}]\\s*+)?(" + INITIALS_NAME
            + "(?:(?:,\\s*+(?:and\\s++|&\\s*+)?|\\s++(?:and|&)\\s++)" + INITIALS_NAME + "){1,40}+(?:,?\\s++et\\s++al)?+|" + INITIALS_NAME
            + ",?\\s++et\\s++al)\\.\\s++\\p{Lu}");
    /**
     * A short reference, its year after its venue: "Wei et al. Chain-of-thought prompting elicits reasoning in large
     * language models. NeurIPS 2022." A claim that cites so runs on after "et al." ("Wei et al. showed ...").
     */
    private static final Pattern ET_AL_LEAD = Pattern.compile("^\\s*+(?:\\[\\d{1,3}]\\s*+)?(\\p{Lu}[\\p{L}'\u2019-]++(?:,?\\s++(?:and|&)\\s++\\p{Lu}[\\p{L}'\u2019-]++)?"
            + "\\s++et\\s++al)\\.\\s++\\p{Lu}");
    private static final Pattern AUTHOR_LIST = Pattern.compile("\\bet\\s+al\\b|(?<![\\p{L}])\\p{Lu}\\.|,|\\band\\b|&");

    private PastedReference() {}

    /** Whether the text is a BibTeX entry with a title, or a reference, authors and year first, whose title lies between its full stops. */
    static boolean isReference(String text) {
        if (BIBTEX_ENTRY.matcher(text).lookingAt() && BIBTEX_TITLE.matcher(text).find()) return true;
        for (Pattern opening : new Pattern[] {REFERENCE_LEAD, QUOTING_LEAD}) {
            Matcher lead = opening.matcher(text);
            if (lead.find() && AUTHOR_LIST.matcher(lead.group(1)).find()) return true;
        }
        // Without a year's full stop, a reference is told from a claim its authors open ("Zelikman, E. (2024) Quiet-STaR does not
        // improve ...") by what follows its title: where it appeared.
        for (Pattern opening : new Pattern[] {HARVARD_LEAD, LNCS_LEAD}) {
            Matcher lead = opening.matcher(text);
            if (lead.find() && MORE_AFTER.matcher(text).region(lead.end() - 1, text.length()).find()) return true;
        }
        for (Pattern opening : new Pattern[] {NAME_YEAR_LEAD, INITIALS_LEAD, ET_AL_LEAD}) {
            Matcher lead = opening.matcher(text);
            if (lead.find() && VENUE.matcher(text).region(lead.end() - 1, text.length()).find()) return true;
        }
        return vancouver(text).isPresent();
    }

    /** "Wei et al.", "Cui and Li et al.": authors a sentence names, whose names no abstract writes. */
    private static final Pattern NARRATIVE_AUTHORS = Pattern.compile("(?<![\\p{L}-])\\p{Lu}[\\p{L}'\u2019-]++(?:\\s++(?:and|&)\\s++\\p{Lu}[\\p{L}'\u2019-]++)?"
            + "\\s++et\\s++al\\.?+");

    /** The claim as searched: "As Wei et al. showed, CoT helps" without the authors, whose names are no words of what it claims. */
    static String withoutAuthors(String claim) {
        return NARRATIVE_AUTHORS.matcher(claim).replaceAll("");
    }

    /** The claim without its in-text citations, whose years and numbers no abstract is asked to state. */
    static String withoutCitations(String claim) {
        return CITATION.matcher(claim).replaceAll("");
    }

    /** The text with each DOI or arXiv id of a stored paper replaced by that paper's title in quotes. */
    static String withTitles(String text, Function<String, Optional<String>> titleOf) {
        return IDENTIFIER_IN_TEXT.matcher(text).replaceAll(id -> identifier(id.group())
                .flatMap(titleOf).map(title -> Matcher.quoteReplacement("\"" + title + "\"")).orElse(Matcher.quoteReplacement(id.group())));
    }

    /** The DOI or arXiv id the text gives, in canonical form ("arXiv:2401.00001v2" as 2401.00001). */
    static Optional<String> identifier(String text) {
        if (BARE_ARXIV.matcher(text).matches()) return Optional.of(Identifiers.arxiv(text));
        Matcher id = IDENTIFIER.matcher(text);
        if (!id.find()) return Optional.empty();
        String found = id.group();
        return Optional.ofNullable(found.startsWith("10.") ? Identifiers.doi(found) : Identifiers.arxiv(found.replaceFirst("(?i)^arxiv:\\s*", "arXiv:")));
    }

    /** Every DOI and arXiv id the text gives, in canonical form, in its order. */
    static List<String> identifiers(String text) {
        return IDENTIFIER_IN_TEXT.matcher(text).results().map(id -> identifier(id.group())).flatMap(Optional::stream).toList();
    }

    /** The DOI or arXiv id the text is and nothing else ("https://doi.org/10.1/x", "arXiv:2401.00001v2"), in canonical form. */
    static Optional<String> identifierAlone(String text) {
        Matcher id = IDENTIFIER_IN_TEXT.matcher(text);
        if (!id.find()) return Optional.empty();
        String rest = text.substring(0, id.start()) + text.substring(id.end());
        return ID_WRAPPING.matcher(rest).replaceAll("").isEmpty() ? identifier(id.group()) : Optional.empty();
    }

    /** Where the title of a Vancouver reference starts, if the text is one (its lead matched, a year given). */
    private static Optional<Integer> vancouver(String text) {
        Matcher lead = VANCOUVER_LEAD.matcher(text);
        // The lead ends at the title's first letter.
        return lead.lookingAt() && ANY_YEAR.matcher(text).find() ? Optional.of(lead.end() - 1) : Optional.empty();
    }

    /** An id's words around it in a reference: "arXiv preprint arXiv:2407.13647", "doi:10.1/x", "https://doi.org/10.1/x". */
    private static final Pattern ID_PHRASE = Pattern.compile("(?i)(?:\\barxiv\\s+preprint\\s+|\\bdoi:\\s*|\\bavailable\\s+at:?\\s+)?(?:"
            + ID_IN_TEXT + "),?");

    /**
     * The text without the DOIs and arXiv ids it gives: a reference whose id no stored paper has is
     * looked up by its title, as most exported references carry one.
     */
    static String withoutIdentifiers(String text) {
        // Spaces collapsed first: the end is then trimmed in one pass, however long a run of spaces was.
        String without = ID_PHRASE.matcher(text).replaceAll("").replaceAll("\\s++", " ").strip();
        return without.endsWith(".") ? without.replaceFirst("[\\s,.]++$", ".") : without;
    }

    /**
     * The title a pasted BibTeX entry, quoting reference or Vancouver reference gives (its authors'
     * names would be words no title explains); else the text itself.
     */
    static String title(String text) {
        Optional<Integer> vancouverTitle = vancouver(text);
        if (vancouverTitle.isPresent()) {
            String rest = text.substring(vancouverTitle.get());
            int end = rest.indexOf(". ");
            String title = (end > 0 ? rest.substring(0, end) : rest.replaceFirst("\\.\\s*$", "")).strip();
            if (title.split("\\s+").length >= 2) return title;
        }
        Matcher bibtex = BIBTEX_TITLE.matcher(text);
        if (bibtex.find()) {
            String title = bibtex.group(1) != null ? bibtex.group(1) : bibtex.group(2);
            return title.replaceAll("[{}]", "").replaceAll("\\s+", " ").strip();
        }
        Matcher quoted = QUOTED.matcher(text);
        String longest = null;
        while (quoted.find()) {
            String title = quoted.group(1).strip().replaceFirst("[,.]$", "");
            if (title.split("\\s+").length >= 3 && (longest == null || title.length() > longest.length())) longest = title;
        }
        return longest != null ? longest : withoutVenue(afterLead(text));
    }

    /**
     * "Title", of "Zhang et al. 2025. Title. arXiv preprint.", "Zhang, H.: Title. In: ..." or
     * "OpenAI (2024) Title": an author-year or LNCS reference's title follows its authors (and year).
     */
    private static String afterLead(String text) {
        for (Pattern opening : new Pattern[] {REFERENCE_LEAD, HARVARD_LEAD, LNCS_LEAD, INITIALS_LEAD, ET_AL_LEAD}) {
            Matcher lead = opening.matcher(text);
            if (lead.find() && AUTHOR_LIST.matcher(lead.group(1)).find()) return text.substring(lead.end() - 1);
        }
        Matcher named = NAME_YEAR_LEAD.matcher(text);
        return named.find() ? text.substring(named.end() - 1) : text;
    }

    /**
     * Where a reference names where it appeared, after its title's full stop (or its question mark):
     * "arXiv preprint", "In Proceedings of ...", "In The Twelfth International Conference on ...",
     * "Advances in Neural ...", "NeurIPS 2024". Their words are in no title.
     */
    private static final String VENUE_WORDS = "In:?\\s++(?:(?:the\\s++)?(?:[\\w-]++\\s++){0,2}?"
            + "(?:Proceedings|Findings|Advances|International|Conference|Workshop|Symposium|Annual)\\b|\\p{Lu}{2,}+\\b)"
            + "|(?i:arxiv|corr|preprint|technical\\s++report|proceedings\\s++of|advances\\s++in|transactions\\s++on|journal\\s++of|openreview)\\b";
    /** After a question mark, a venue in words only: "Reasoning or Memorization? ICML Reproducibility Study" may be a title. */
    private static final Pattern VENUE = Pattern.compile("(?:\\.\\s++(?:" + VENUE_WORDS
            + "|(?:NeurIPS|NIPS|ICLR|ICML|ACL|EMNLP|NAACL|AAAI|IJCAI|CVPR|ICCV|ECCV|KDD|SIGIR|COLM|COLING|TMLR|JMLR)\\b)"
            + "|(?<=[?!])\\s++(?:" + VENUE_WORDS + ")).*+$", Pattern.DOTALL);

    /** A year closing a reference: in brackets, as LNCS and Vancouver end one ("... thinking. (2024)"), or after a full stop or comma. */
    private static final Pattern CLOSING_YEAR = Pattern.compile("(?:\\.?\\s*+\\(" + YEAR + "\\)|[.,]\\s*+" + YEAR + ")\\.?\\s*+$");

    private static String withoutVenue(String text) {
        return CLOSING_YEAR.matcher(VENUE.matcher(text).replaceFirst("").strip()).replaceFirst("");
    }
}
