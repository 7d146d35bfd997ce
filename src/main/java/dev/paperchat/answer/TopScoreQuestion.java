package dev.paperchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "Which paper reports the highest accuracy on AIME 2024?", "What is the state of the art on
 * GSM8K?": a question for the best figure stated on a benchmark, answered by reading the figures
 * the papers that name it tie to it. A search would bring the papers nearest to "highest accuracy".
 */
final class TopScoreQuestion {
    private static final String BEST = "(?:highest|best|top|strongest|leading|state[-\\s]of[-\\s]the[-\\s]art|sota)";
    private static final String MEASURE = "(?:accuracy|scores?|results?|performance|pass@1|numbers?|figures?)";
    private static final String KIND = "(?:papers?|models?|methods?|approach(?:es)?|systems?|works?|one)";
    private static final String VERB = "(?:reports?|has|have|achieves?|gets?|gives?|shows?|obtains?|reaches?|holds?)";
    /** "the collection", "so far": the whole collection, as asked without it ("...on MATH-500 in the collection?", "...reported so far?"). */
    private static final String OVERALL = "(?:\\s++(?:reported|so\\s++far|overall|(?:in|of|across|among)\\s++(?:the|this|my|your)\\s++"
            + "(?:collection|corpus|library|index|papers)))*+[\\s?.!]*+$";
    private static final Pattern ASKED = Pattern.compile("^\\W*+(?:and\\s++)?(?:"
            + "(?:which|what)\\s++" + KIND + "\\s++(?:" + VERB + "\\s++(?:the\\s++)?" + BEST + "(?:\\s++" + MEASURE + ")?"
            + "|(?:scores?|performs?|does|did)\\s++(?:the\\s++)?(?:highest|best)|(?:is|are|was)\\s++(?:the\\s++)?(?:best|strongest|top))"
            + "|(?:what|which)(?:'s|\\s++is|\\s++are|\\s++was)\\s++(?:the\\s++)?(?:" + BEST + "\\s++" + MEASURE
            + "(?:\\s++(?:reported|achieved|obtained|stated|reached|published))?|state[-\\s]of[-\\s]the[-\\s]art|sota)"
            + "|who\\s++" + VERB + "\\s++(?:the\\s++)?" + BEST + "(?:\\s++" + MEASURE + ")?)"
            + "\\s++(?:on|for|in)\\s++(?:the\\s++)?(?<name>" + MentionQuestion.NAME + ")(?:\\s++(?:benchmark|dataset|test\\s++set))?" + OVERALL,
            Pattern.CASE_INSENSITIVE);
    /** "Which method gets the best AIME score?", "What is the highest GSM8K accuracy?": the benchmark before what is measured. */
    private static final Pattern ASKED_BEFORE = Pattern.compile("^\\W*+(?:and\\s++)?(?:(?:which|what)\\s++" + KIND + "\\s++" + VERB
            + "|(?:what|which)(?:'s|\\s++is|\\s++are|\\s++was)|who\\s++" + VERB + ")\\s++(?:the\\s++)?" + BEST
            + "\\s++(?<name>" + MentionQuestion.NAME + ")\\s++" + MEASURE + OVERALL, Pattern.CASE_INSENSITIVE);

    private TopScoreQuestion() {}

    /** "AIME 2024 with Qwen2.5": what the figures are of, which no benchmark's name holds. */
    private static final Pattern OF_WHAT = Pattern.compile("\\s++(?:with|using|for|by|in|on|among|across)\\s.*$", Pattern.CASE_INSENSITIVE);

    /** The benchmark the question asks the best figure on, as asked. */
    static Optional<String> benchmark(String question) {
        if (question.length() > 200) return Optional.empty();
        for (Pattern form : List.of(ASKED, ASKED_BEFORE)) {
            Matcher asked = form.matcher(question);
            if (asked.matches()) return Optional.of(OF_WHAT.matcher(asked.group("name")).replaceFirst(""));
        }
        return Optional.empty();
    }
}
