package dev.paperchat.retrieve;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import java.math.BigDecimal;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figure a paper's abstract ties to a benchmark ("scoring 90.5% on AIME 2024", "on BIRD from
 * 58.2% to 64.9%"), and whether it is a gain over the paper's own baseline ("+11% on AIME 2024",
 * "gains of 16.0% on MATH-500, 26.9% on AMC 2023"), which ranks no paper above another, or a score.
 *
 * @param figure as written, with its unit: "90.5%", "94.0"
 */
public record ScoreOn(SentenceHit sentence, String figure, boolean gain) {
    // Groups optional but not possessive: a possessive group keeps what it took in a match given up ("68 percent" for "1 metric").
    private static final String FIGURE = "(\\+)?(\\d{1,4}+(?:\\.\\d++)?)(\\s?\\\\?%|\\s++(?:percent|points?)\\b)?";
    /** A figure and up to three words before "on": "90.5% on", "94.0 pass@1 accuracy on", "30% higher accuracy on". */
    private static final Pattern FIGURE_ON = Pattern.compile("(?<![\\p{L}\\d.-])" + FIGURE + "((?:\\s++[\\p{L}@\\d-]++){0,3}?)\\s++on\\s++(?:the\\s++)?");
    /** "on AIME 2024 from 28.8% to 43.3%": the second is the score. */
    private static final Pattern FROM_TO = Pattern.compile("\\s++from\\s++" + FIGURE + "\\s++to\\s++" + FIGURE);
    private static final Pattern VERSION = Pattern.compile("[-\\s]?\\d");
    private static final Pattern ON = Pattern.compile("(?i)(?<!\\p{L})on\\s++(?:the\\s++)?");
    /** A word that makes the figure after it a difference: "gains of", "exceeds the baseline by", "improves ... by". */
    private static final Pattern GAIN_BEFORE = Pattern.compile("(?i)(?<!\\p{L})(?:gains?|improv\\w*+|boost\\w*+|increas\\w*+|outperform\\w*+"
            + "|surpass\\w*+|exceed\\w*+|beat\\w*+)(?!\\p{L}).{0,40}$");
    /** "exceeds o3-mini by 3% on": a difference. */
    private static final Pattern BY = Pattern.compile("(?i)(?<!\\p{L})by\\s++(?:up\\s++to\\s++|about\\s++|nearly\\s++|over\\s++|around\\s++)?$");
    /** "30% higher accuracy on", "5 points better on". */
    private static final Pattern GAIN_AFTER = Pattern.compile("(?i)(?<!\\p{L})(?:higher|better|more|improvements?|gains?|increases?|relative|absolute)(?!\\p{L})");
    /** "a ~2% accuracy drop on", "18% fewer tokens on": a figure of something else than a result. */
    private static final Pattern LOSS_AFTER = Pattern.compile("(?i)(?<!\\p{L})(?:drops?|lower|less|fewer|reductions?|decreases?|loss|degradation|shorter)(?!\\p{L})");
    /** "improves accuracy from 28.8% to", "66.3 % →": the figure after is the score reached. */
    private static final Pattern REACHED = Pattern.compile("(?i)(?:(?<!\\p{L})from\\s++\\S++\\s++to|\\d\\s?%?\\s*+(?:\u2192|->))\\s*+$");
    /** What stands between two figures of one list: "on MATH-500, ", " on AMC 2023, and ". */
    private static final int LIST_GAP = 40;

    /** Scores, the highest first, then gains, in the order they come: a gain ranks no paper above another. */
    public static final Comparator<ScoreOn> SCORES_FIRST = Comparator.comparing(ScoreOn::gain)
            .thenComparing(score -> score.gain() ? BigDecimal.ZERO : score.value().negate());

    /** The paper's figure on the benchmark: its first score, else its first gain; none when no sentence ties one to it. */
    public static Optional<ScoreOn> in(Paper paper, String benchmark) {
        Pattern named = NamedSubject.writing(benchmark);
        String text = paper.abstractText();
        List<Span> spans = Sentences.split(text);
        ScoreOn firstGain = null;
        for (int i = 0; i < spans.size(); i++) {
            String sentence = spans.get(i).of(text);
            if (!named.matcher(sentence).find()) continue;
            SentenceHit hit = new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), sentence, 1);
            Optional<ScoreOn> stated = stated(hit, named);
            if (stated.isPresent() && !stated.get().gain()) return stated;
            if (firstGain == null) firstGain = stated.orElse(null);
        }
        return Optional.ofNullable(firstGain);
    }

    private static Optional<ScoreOn> stated(SentenceHit hit, Pattern named) {
        String sentence = hit.text();
        Optional<ScoreOn> fromTo = fromTo(hit, named);
        if (fromTo.isPresent()) return fromTo;
        Matcher figure = FIGURE_ON.matcher(sentence);
        int lastEnd = 0;
        boolean lastGain = false;
        ScoreOn found = null;
        while (figure.find()) {
            // "Pass at 1 metric on", "7B model on": a whole number with no unit or sign is no result.
            if (figure.group(1) == null && figure.group(3) == null && !figure.group(2).contains(".") || LOSS_AFTER.matcher(figure.group(4)).find()) continue;
            String before = sentence.substring(lastEnd, figure.start());
            // "gains of 16.0% on MATH-500, 26.9% on AMC 2023": a figure of a list is of the list's kind.
            boolean listed = lastEnd > 0 && before.length() <= LIST_GAP && !GAIN_BEFORE.matcher(before).find() && !before.contains(";");
            boolean gain = figure.group(1) != null || GAIN_AFTER.matcher(figure.group(4)).find()
                    || (listed ? lastGain : gainBefore(sentence.substring(0, figure.start())));
            if (namedWhole(named, sentence, figure.end())) {
                ScoreOn stated = new ScoreOn(hit, figure.group(2) + unit(figure.group(3)), gain);
                if (!gain) return Optional.of(stated);
                if (found == null) found = stated;
            }
            lastEnd = figure.end();
            lastGain = gain;
        }
        return Optional.ofNullable(found);
    }

    /** Whether the benchmark's name starts there, and not a version of it: "MATH-500" is not "MATH", nor "AIME 2025" "AIME". */
    private static boolean namedWhole(Pattern named, String sentence, int at) {
        Matcher name = named.matcher(sentence).region(at, sentence.length());
        return name.lookingAt() && !VERSION.matcher(sentence).region(name.end(), sentence.length()).lookingAt();
    }

    private static boolean gainBefore(String before) {
        return BY.matcher(before).find() || GAIN_BEFORE.matcher(before).find() && !REACHED.matcher(before).find();
    }

    private static Optional<ScoreOn> fromTo(SentenceHit hit, Pattern named) {
        Matcher on = ON.matcher(hit.text());
        while (on.find()) {
            Matcher name = named.matcher(hit.text()).region(on.end(), hit.text().length());
            if (!name.lookingAt() || VERSION.matcher(hit.text()).region(name.end(), hit.text().length()).lookingAt()) continue;
            Matcher range = FROM_TO.matcher(hit.text()).region(name.end(), hit.text().length());
            if (range.lookingAt()) return Optional.of(new ScoreOn(hit, range.group(5) + unit(range.group(6)), false));
        }
        return Optional.empty();
    }

    private static String unit(String unit) {
        if (unit == null) return "";
        String plain = unit.replace("\\", "").strip();
        return plain.equals("%") || plain.equals("percent") ? "%" : " " + plain;
    }

    private BigDecimal value() {
        return new BigDecimal(figure.replaceAll("[^\\d.]", ""));
    }
}
