package dev.paperchat.answer;

import dev.paperchat.corpus.FigureMeasures;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
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
            // "time" of a run only: "for the first time", "test-time" scaling and the "times" of "2.5 times" are no speed.
            of("speed", "faster|slower|quicker|speed(?:s|ing)?|speed-?ups?|acceleration|latency|fastest|slowest|quickest"
                            + "|(?:inference|decoding|generation|response|running|solving|wall-clock|end-to-end)\\s+time",
                    "speed|fast|accelerat|latency|wall-clock|wall\\s+time|throughput|runtime|time\\s+to\\s+first"
                            + "|(?:inference|decoding|generation|running|response|training|reasoning|thinking|solving|computation)\\s+time(?!\\p{L})"),
            of("cost", "cheaper|costlier|less\\s+expensive|more\\s+expensive|cost|cheapest|(?<!memory\\s)(?<!memory-)(?:most\\s+)?efficient|fewer\\s+tokens|fewest\\s+tokens"
                            + "|less\\s+compute|least\\s+compute|shorter"
                            // "better for reducing tokens", "the biggest token reduction": a choice by cost, whatever word of merit is beside it.
                            + "|shorten(?:s|ing)?"
                            + "|(?:reduc\\w*+|cut\\w*+|sav\\w*+|compress\\w*+)\\s++(?:in\\s++)?(?:the\\s++)?(?:most\\s++)?"
                            + "(?:(?:response|reasoning|output|thinking|generation|answer|cot|inference)\\s++)?(?:tokens?|token\\s++usage|length|compute|flops)"
                            + "|tokens?\\s++(?:reduction|usage|efficiency|savings?)",
                    "cost|cheap|compute|flops|tokens?|budget|efficien"),
            // "memory-efficient" asks of memory, though a hyphen after a word is no end of it elsewhere ("Best-of-N").
            of("memory or size", "memory(?:-efficient)?|smaller|larger|bigger|lighter|heavier|fewer\\s+parameters",
                    "memory|kv|cache|parameters|model\\s+size|size"),
            of("accuracy", "(?:more|most)\\s+accurate|accuracy|better|best|higher\\s+(?:accuracy|score)|stronger|outperforms?|scores?",
                    // "scoring 90.5% on AIME 2024", "a success rate reaching up to 94.7%"
                    "accura|scor|(?:success|solve|pass|win)\\s+rates?|pass@|outperform|surpass|improv|gain|exceed"));

    /** How far, in characters, a figure may stand from the word of its dimension: "speedup of 2.8x", "2.8x wall-clock speedup". */
    private static final int NEAR = 40;

    private static Dimension of(String name, String asked, String written) {
        // "Best-of-N" names a method, no dimension; a dimension's word starts a word ("gain", not "against").
        return new Dimension(name, Pattern.compile("(?i)(?<![\\p{L}-])(?:" + asked + ")(?![\\p{L}-])"),
                Pattern.compile("(?i)(?<!\\p{L})(?:" + written + ")"));
    }

    /** The measure {@link FigureMeasures} reads this dimension's ratios and shares by; none for accuracy, whose figures are on benchmarks. */
    Optional<String> measure() {
        return switch (name) {
            case "speed" -> Optional.of("speed");
            case "memory or size" -> Optional.of("memory");
            case "cost" -> Optional.of("tokens or cost");
            default -> Optional.empty();
        };
    }

    /** What a search for the papers that report a figure of it is for: "speedup faster inference latency". */
    String searched() {
        return switch (name) {
            case "speed" -> "speedup faster inference latency";
            case "memory or size" -> "memory KV cache reduction";
            default -> "fewer tokens lower cost reduction";
        };
    }

    /** The dimension whose figures {@link FigureMeasures} reads by the measure. */
    static Optional<Dimension> ofMeasure(String measure) {
        return KNOWN.stream().filter(d -> d.measure().equals(Optional.of(measure))).findFirst();
    }

    /** The dimension a choice asks by, if it names one of those the field reports figures for. */
    static Optional<Dimension> asked(String question) {
        return KNOWN.stream().filter(d -> d.asked.matcher(question).find()).findFirst();
    }

    /** Whether a sentence reports a figure of this dimension: one near a word of it, not one of another clause ("FLOPs by 47%" is no accuracy). */
    boolean reportedBy(String sentence) {
        Matcher word = written.matcher(sentence);
        while (word.find()) {
            Matcher figure = FIGURE.matcher(sentence).region(Math.max(0, word.start() - NEAR), Math.min(sentence.length(), word.end() + NEAR));
            if (figure.find()) return true;
        }
        return false;
    }
}
