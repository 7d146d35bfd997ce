package dev.paperchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * What a choice between papers compares them by ("which of Hawkeye and R2R is faster?": speed),
 * and how abstracts write that dimension: a paper's line then quotes the figure it reports for it
 * ("accelerate end-to-end reasoning by up to 3.4x"), not what it proposes again.
 */
record Dimension(String name, Pattern asked, Pattern written) {
    /**
     * A figure a comparison is decided by: a ratio or share ("3.4x", "2.5 times", "19.4%", "3-fold")
     * or a decimal ("53.3 accuracy"); not the digits of a name ("R1-32B", "Qwen2.5", "GPT-4").
     */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.-])\\d++(?:\\.\\d++)?\\s*+(?:x|×|times|%|\\\\%|-?fold)(?![\\p{L}\\d])"
            + "|(?<![\\p{L}\\d.-])\\d++\\.\\d++(?![\\p{L}\\d.])|(?<=\\d-)\\d++(?:\\.\\d++)?\\s*+(?:x|×|times|%)(?![\\p{L}\\d])", Pattern.CASE_INSENSITIVE);
    private static final List<Dimension> KNOWN = List.of(
            // "time" alone: the "test-time" of test-time scaling and the "times" of "2.5 times" are no speed.
            of("speed", "faster|slower|quicker|speed|latency|fastest|slowest|quickest",
                    "speed|fast|accelerat|latency|wall-clock|throughput|runtime|(?<![\\p{L}-])time(?![\\p{L}-])"),
            of("cost", "cheaper|costlier|less\\s+expensive|more\\s+expensive|cost|cheapest|efficient|fewer\\s+tokens|less\\s+compute",
                    "cost|cheap|compute|flops|tokens|budget|efficien"),
            of("memory or size", "memory|smaller|larger|bigger|lighter|heavier|fewer\\s+parameters",
                    "memory|kv|cache|parameter|size"),
            of("accuracy", "(?:more|most)\\s+accurate|accuracy|better|best|higher\\s+(?:accuracy|score)|stronger|outperforms?|scores?",
                    "accura|score|pass@|outperform|surpass|improv|gain|exceed"));

    private static Dimension of(String name, String asked, String written) {
        // "Best-of-N" names a method, no dimension.
        return new Dimension(name, Pattern.compile("(?i)(?<![\\p{L}-])(?:" + asked + ")(?![\\p{L}-])"), Pattern.compile("(?i)(?:" + written + ")"));
    }

    /** The dimension a choice asks by, if it names one of those the field reports figures for. */
    static Optional<Dimension> asked(String question) {
        return KNOWN.stream().filter(d -> d.asked.matcher(question).find()).findFirst();
    }

    /** Whether a sentence reports a figure of this dimension. */
    boolean reportedBy(String sentence) {
        return written.matcher(sentence).find() && FIGURE.matcher(sentence).find();
    }
}
