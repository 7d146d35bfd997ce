package dev.paperchat.answer;

import dev.paperchat.corpus.Paper;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A question about a paper's record rather than its content: "Who wrote Quiet-STaR?", "When was
 * Titans published?". Abstracts seldom say either, so the answer comes from the record, and says
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
                    + "|(?:in\\s+)?what\\s+(?:year|month|date)\\b)",
            Pattern.CASE_INSENSITIVE);

    private RecordQuestion() {}

    /** Whether the question asks who wrote a paper or when it appeared. */
    static boolean asks(String question) {
        return WHO.matcher(question).find() || WHEN.matcher(question).find();
    }

    /**
     * The record's answer for the paper a question asks who wrote or when it appeared, if it asks
     * either; with a null heading, of a paper its line already names ("It is dated ...").
     */
    static Optional<String> answer(String question, Paper paper, String heading) {
        boolean who = WHO.matcher(question).find(), when = WHEN.matcher(question).find();
        if (who && when) return Optional.of(authors(paper, heading) + " " + date(paper, null));
        if (who) return Optional.of(authors(paper, heading));
        if (when) return Optional.of(date(paper, heading));
        return Optional.empty();
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

    /** @param heading the paper's name, or null when the sentence before named it */
    private static String date(Paper paper, String heading) {
        String where = paper.organization() == null ? "" : ", from " + paper.organization();
        if (paper.date() == null) return (heading == null ? "Its record" : "The collection's record of " + heading) + " has no date" + where + ".";
        return (heading == null ? "It" : heading) + " is dated " + paper.date() + " in the collection" + where + ".";
    }
}
