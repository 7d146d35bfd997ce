package dev.paperchat.answer;

import dev.paperchat.corpus.Bibtex;
import dev.paperchat.corpus.Paper;
import dev.paperchat.index.Filters;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A question about a paper's record rather than its content: "Who wrote Quiet-STaR?", "When was
 * Titans published?", "the BibTeX for it". Abstracts seldom say either, so the answer comes from the record, and says
 * so when the record lacks it. A follow-up ("who wrote it?") is asked after the question it follows.
 */
final class RecordQuestion {
    /** Where a question begins: its start, a sentence's, or a second question joined by "and" ("who wrote it and when..."). */
    private static final String START = "(?:^|[.?!]\\s|\\band\\s|,\\s)\\W*+";
    private static final Pattern WHO = Pattern.compile(
            START + "(?:who\\s+(?:wrote|authored|(?:are|were)\\s+the\\s+authors|is\\s+the\\s+author)|what\\s+authors|how\\s+many\\s+(?:authors|people|researchers))\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern WHEN = Pattern.compile(
            START + "(?:when\\s+(?:was|were|did)\\b.{0,400}?\\b(?:published|released|come\\s+out|appear(?:ed)?|posted)\\b"
                    + "|(?:in\\s+)?what\\s+(?:year|month|date)\\b"
                    // "who wrote Quiet-STaR and when?"
                    + "|when\\W*+$)",
            Pattern.CASE_INSENSITIVE);

    /** What a question about a paper's origin asks of: a paper named, or pointed to ("it", "the second one", "its authors"). */
    private static final String PAPER = "(?=(?:it|its|this|that|them|these|those|the\\s+(?:paper|first|second|third|fourth|last|authors))\\b|(?-i:[\\p{Lu}\\d]))";
    /**
     * "Which organisation is behind General-Reasoner?", "who made it?", "where is EMPO from?": the
     * record's organisation. Not "Which labs are working on X?" nor "where is the training data from?".
     */
    private static final Pattern FROM_WHERE = Pattern.compile(
            START + "(?:(?:which|what)\\s+(?:organi[sz]ations?|orgs?|labs?|compan(?:y|ies)|institutions?|institutes?|universit(?:y|ies))\\s+"
                    + "(?:(?:is|are|was|were)\\s+behind\\b|(?:made|developed|built|released|published|created|wrote|proposed)\\s+" + PAPER + ")"
                    + "|who\\s+(?:is|was|are|were)\\s+behind\\b|who\\s+(?:made|developed|built|released|published|created)\\s+" + PAPER
                    + "|where\\s+(?:is|was|are|were)\\s+" + PAPER + ".{0,200}?\\bfrom\\s*+[?.!]*$)",
            Pattern.CASE_INSENSITIVE);

    /** "the bibtex for it", "How do I cite Coconut?", "give me the citation entry": the entry a writer pastes into a bibliography. */
    private static final Pattern CITE = Pattern.compile("\\b(?:bib-?tex|bib\\s+entry|bibliography\\s+entry|citation\\s+(?:entry|key)|reference\\s+entry)\\b"
            + "|" + START + "how\\s+(?:do|should|can|would|to)\\s+(?:i\\s+|we\\s+)?cite\\b", Pattern.CASE_INSENSITIVE);

    /** "Is it true that", "can you check whether", "I read that": how a fact-checker asks, no part of what is checked. */
    private static final String CHECKING = "(?:(?:is\\s++it\\s++(?:really\\s++)?(?:true|correct|right|the\\s++case)"
            + "|(?:(?:can|could)\\s++you\\s++)?(?:check|verify|confirm)(?:\\s++for\\s++me)?)\\s++(?:that|whether|if)"
            + "|i\\s++(?:read|heard)(?:\\s++somewhere)?\\s++that)";

    /**
     * "Was Quiet-STaR published in 2023?", "Quiet-STaR was published by Google DeepMind in 2023.":
     * a paper's date or organisation as the question has it, checked against the record. Its year is
     * no date filter: the paper named is read, whatever its date. The paper is a name, not sentences: "Can you check
     * these claims? ... General-Reasoner is from Tencent." is a passage of claims.
     */
    private static final Pattern CHECKED = Pattern.compile("^\\W*+(?:" + CHECKING + "\\s++)?(?:(?:was|were|is|did)\\s++)?(?:the\\s++)?(?!(?:which|what|who|how|when|where|why"
            + "|any|all|most|papers?|they|these|those|was|were|is|did)\\b)(?<subject>it|(?:this|that)\\s++paper|(?-i:[\"\u201c]?[\\p{Lu}\\d])\\S(?:(?![.?!]\\s).){0,150}?)\\s++(?:(?:was|were|is)\\s++)?"
            + "(?:first\\s++|originally\\s++)?(?:(?:published|released|posted|appeared|appear|came\\s++out|come\\s++out|written|developed|proposed"
            + "|introduced)\\b(?:\\s++(?:by|at|from)\\s++(?<org>(?-i:\\p{Lu})[^,.?!]{0,80}?))?|(?=from\\s))"
            + "(?<date>\\s*+(?:in|on|during|from)\\s++(?:[^?!,]|,\\s*+\\d){0,40}?)?\\s*+[?.!]*+$", Pattern.CASE_INSENSITIVE);
    private static final Pattern PREPOSITION = Pattern.compile("^\\s*+(?:in|on|during|from)\\s++", Pattern.CASE_INSENSITIVE);
    /** "Tencent papers published in 2025", "RL research from 2024": papers asked for, not one paper's record; a title's "Models" is none. */
    private static final Pattern MANY = Pattern.compile("\\b(?:papers|works|studies|articles|publications|research|ones|methods|models)\\b");
    /** "Is EMPO from Tencent?": what follows "from" is an organisation when it is no date. */
    private static final Pattern FROM_NAME = Pattern.compile("^\\s*+from\\s++((?-i:\\p{Lu})[^,.?!]{0,80}?)\\s*+$", Pattern.CASE_INSENSITIVE);

    private RecordQuestion() {}

    /** Whether the question checks a paper's date or organisation: "Was Quiet-STaR published in 2023?". */
    static boolean checks(String question) {
        Matcher checked = CHECKED.matcher(question);
        return checked.matches() && !MANY.matcher(checked.group("subject")).find()
                && (askedOrganisation(checked).isPresent() || askedDate(checked).isPresent());
    }

    /** Whether the question asks who wrote a paper, when it appeared, where it is from or how to cite it. */
    static boolean asks(String question) {
        return checks(question) || WHO.matcher(question).find() || WHEN.matcher(question).find() || CITE.matcher(question).find() || FROM_WHERE.matcher(question).find();
    }

    /** The record's answer with its marker at the end of its first line, before its colon: a BibTeX entry follows the line that names it. */
    static String withMarker(String record, int marker) {
        int end = record.indexOf('\n');
        if (end < 0) return record + " [" + marker + "]";
        int at = end > 0 && record.charAt(end - 1) == ':' ? end - 1 : end;
        return record.substring(0, at) + " [" + marker + "]" + record.substring(at);
    }

    /**
     * The record's answer for the paper a question asks who wrote or when it appeared, if it asks
     * either; with a null heading, of a paper its line already names ("It is dated ...").
     */
    static Optional<String> answer(String question, Paper paper, String heading) {
        if (checks(question)) return Optional.of(checked(question, paper, heading));
        boolean who = WHO.matcher(question).find(), when = WHEN.matcher(question).find();
        if (CITE.matcher(question).find()) return Optional.of(entry(paper, heading));
        // "Who is behind it?" asks for both the organisation and the people: the record gives what it has.
        if (FROM_WHERE.matcher(question).find()) {
            return Optional.of(organisation(paper, heading) + (paper.authors().isEmpty() ? "" : " " + authors(paper, null)));
        }
        if (who && when) return Optional.of(authors(paper, heading) + " " + date(paper, null));
        if (who) return Optional.of(authors(paper, heading));
        if (when) return Optional.of(date(paper, heading));
        return Optional.empty();
    }

    /** The record's date, and whether it agrees with the date and organisation the question gives. */
    private static String checked(String question, Paper paper, String heading) {
        Matcher checked = CHECKED.matcher(question);
        if (!checked.matches()) throw new IllegalStateException("no check of a record in: " + question);
        StringBuilder answer = new StringBuilder(date(paper, heading));
        askedDate(checked).ifPresent(asked -> answer.append(" The question has it ").append(asked.range()).append(datedAgreement(paper, asked)));
        askedOrganisation(checked).ifPresent(org -> answer.append(" ").append(organisationAgreement(paper, org.strip())));
        return answer.toString();
    }

    /** The date a check gives, read as a question of papers published then would be ("published in 2023"). */
    private static Optional<DateFilter.Dated> askedDate(Matcher checked) {
        return checked.group("date") == null ? Optional.empty()
                : DateFilter.find("published in " + PREPOSITION.matcher(checked.group("date")).replaceFirst(""));
    }

    /** The organisation a check gives: "by Google DeepMind", "from Tencent". */
    private static Optional<String> askedOrganisation(Matcher checked) {
        if (checked.group("org") != null) return Optional.of(checked.group("org"));
        if (checked.group("date") == null || askedDate(checked).isPresent()) return Optional.empty();
        Matcher from = FROM_NAME.matcher(checked.group("date"));
        return from.matches() ? Optional.of(from.group(1)) : Optional.empty();
    }

    /** The paper whose record a question checks, as it names it ("Quiet-STaR" of "Was Quiet-STaR published in 2023?"), to search for. */
    static Optional<String> checkedPaper(String question) {
        return checks(question) ? Optional.of(CHECKED.matcher(question).results().findFirst().orElseThrow().group("subject")) : Optional.empty();
    }

    private static String datedAgreement(Paper paper, DateFilter.Dated asked) {
        List<LocalDate> period = Filters.period(paper.date());
        if (period.isEmpty()) return "; the record gives no year to check it by.";
        boolean within = period.stream().anyMatch(day -> (asked.from() == null || !day.isBefore(asked.from())) && (asked.to() == null || !day.isAfter(asked.to())));
        return within ? ", as the record has it." : "; the record does not.";
    }

    private static String organisationAgreement(Paper paper, String asked) {
        String claimed = "The question has it from " + asked;
        if (paper.organization() == null) return claimed + "; the record names no organisation to check it by.";
        String named = paper.organization().toLowerCase(Locale.ROOT), given = asked.toLowerCase(Locale.ROOT);
        return claimed + (named.contains(given) || given.contains(named) ? ", as the record has it." : "; the record does not.");
    }

    /** A fenced block, which the chat page shows as written and a terminal prints as is. */
    private static String entry(Paper paper, String heading) {
        return (heading == null ? "Its BibTeX entry:" : "The BibTeX entry of " + heading + ":") + "\n```bibtex\n" + Bibtex.entry(paper) + "```";
    }

    /** @param heading the paper's name, or null when the line already names it */
    private static String authors(Paper paper, String heading) {
        if (!paper.authors().isEmpty()) {
            int n = Math.max(paper.authors().size(), paper.authorCount() == null ? 0 : paper.authorCount());
            String more = n > paper.authors().size() ? " and " + (n - paper.authors().size()) + " more" : "";
            return (heading == null ? "It" : heading) + " is by " + String.join(", ", paper.authors()) + more + " (" + n + (n == 1 ? " author" : " authors") + ").";
        }
        Integer n = paper.authorCount();
        String count = n == null ? "" : " (it counts " + n + (n == 1 ? " author" : " authors") + ")";
        return (heading == null ? "Its record" : "The collection's record of " + heading) + " does not name its authors" + count + ".";
    }

    /** @param heading the paper's name, or null when the line already names it */
    private static String organisation(Paper paper, String heading) {
        if (paper.organization() == null) return (heading == null ? "Its record" : "The collection's record of " + heading) + " names no organisation.";
        return (heading == null ? "It" : heading) + " is from " + paper.organization() + " in the collection's record.";
    }

    /** @param heading the paper's name, or null when the sentence before named it */
    private static String date(Paper paper, String heading) {
        String where = paper.organization() == null ? "" : ", from " + paper.organization();
        if (paper.date() == null) return (heading == null ? "Its record" : "The collection's record of " + heading) + " has no date" + where + ".";
        // A listing page's "25 Jul" has no year, which the reader should not have to guess is missing.
        String noYear = paper.date().matches(".*\\d{4}.*") ? "" : " (its record gives no year)";
        return (heading == null ? "It" : heading) + " is dated " + paper.date() + noYear + " in the collection" + where + ".";
    }
}
