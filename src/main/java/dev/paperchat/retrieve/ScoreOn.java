package dev.paperchat.retrieve;

import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
    private static final String FIGURE = figure("f");
    /**
     * A figure, what it says in brackets ("56.7% (+40.0%) on"), and up to three words before "on": "90.5% on", "94.0 pass@1
     * accuracy on", "30% higher accuracy on".
     */
    private static final Pattern FIGURE_ON = Pattern.compile("(?<![\\p{L}\\d.-])" + FIGURE + "(?:\\s*+\\([^()]{1,20}\\))?"
            + "(?<words>(?:\\s++(?!(?:and|or|but|while|whereas|then|vs)\\b)[\\p{L}@\\d-]++){0,3}?)\\s++(?:on|for)\\s++(?:the\\s++)?");
    /**
     * What follows the benchmark's name: "on AIME 2024 from 28.8% to 43.3%", "on MATH500 increases from 83.2% to 89.4%" and
     * "GSM8K (5.9% → 10.9%)", whose second is the score; "AIME24 reaching 46.7%", "an AIME score of 15.5", "GPQA-DIAMOND: +11.3%".
     */
    private static final Pattern AFTER_NAME = Pattern.compile("(?:,?\\s++(?:[\\p{L}-]++\\s++){0,3}?from\\s++" + figure("a") + "\\s++to\\s++" + figure("b")
            + "|\\s*+\\(\\s*+" + figure("c") + "\\s*+(?:\u2192|->|rightarrow|to)\\s*+" + figure("d") + "\\s*+\\)"
            + "|\\s*+(?::|=)\\s*+" + figure("e") + "|\\s++(?:reach\\w*+|at|scor\\w*+|achiev\\w*+|hit\\w*+|(?:score|accuracy)\\s++of)\\s++" + figure("g")
            // "on the challenging AIME24 exam, our approach reaches 74.2%": a few words in lower case, no other name, between.
            + "|(?:,?\\s++(?-i:\\p{Ll}++)){1,3}+,?\\s++(?:reach(?:es|ed)?|scor(?:es|ed)|achiev(?:es|ed))\\s++" + figure("h") + ")",
            Pattern.CASE_INSENSITIVE);
    /** What makes a name another benchmark's: a number after it ("MATH-500" of "MATH", "AIME'25" of "AIME"). */
    private static final Pattern VERSION = Pattern.compile("[-\\s'\u2019]?\\d");
    /** What a sentence says in brackets ("(18.8% improvement over Video-R1)") is no word of the figure after them. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]*+\\)");
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

    private static String figure(String name) {
        return "(?<" + name + "sign>\\+)?(?<" + name + ">\\d{1,4}+(?:\\.\\d++)?)(?<" + name + "unit>\\s?\\\\?%|\\s++(?:percent|points?)\\b)?";
    }

    /**
     * The paper's figure on the benchmark: its highest score (OREAL's 95.0 of its 32B model, not the 94.0 of its 7B one),
     * else its first gain; none when no sentence ties one to it.
     */
    public static Optional<ScoreOn> in(Paper paper, String benchmark) {
        Pattern named = NamedSubject.writing(benchmark);
        String text = paper.abstractText();
        List<Span> spans = Sentences.split(text);
        List<ScoreOn> stated = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String sentence = spans.get(i).of(text);
            if (named.matcher(sentence).find()) stated.addAll(stated(new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), sentence, 1), named));
        }
        return stated.stream().min(SCORES_FIRST);
    }

    /** A year after a benchmark's name: "2024" of "AIME 2024", "24" of "AIME24" and "AIME'24". */
    private static final Pattern YEAR_AFTER = Pattern.compile("[-\\s'\u2019]?((?:19|20)?\\d\\d)(?![\\d.])");

    /**
     * The benchmark's editions by year the text names ("AIME 2024" of "AIME24", "AIME'25", "AIME 2024"), each
     * written in full; none when the benchmark's name already gives its year.
     */
    public static Set<String> editionsIn(String text, String benchmark) {
        if (benchmark.strip().matches(".*\\d")) return Set.of();
        Set<String> editions = new TreeSet<>();
        Matcher name = NamedSubject.writing(benchmark).matcher(text);
        while (name.find()) {
            Matcher year = YEAR_AFTER.matcher(text).region(name.end(), text.length());
            if (year.lookingAt()) editions.add(benchmark.strip() + " " + (year.group(1).length() == 2 ? "20" : "") + year.group(1));
        }
        return editions;
    }

    private static List<ScoreOn> stated(SentenceHit hit, Pattern named) {
        String sentence = hit.text();
        List<ScoreOn> found = new ArrayList<>(afterName(hit, named));
        Matcher figure = FIGURE_ON.matcher(sentence);
        int lastEnd = 0;
        boolean lastGain = false;
        while (figure.find()) {
            // "Pass at 1 metric on", "7B model on": a whole number with no unit or sign is no result.
            if (!aResult(figure, "f") || LOSS_AFTER.matcher(figure.group("words")).find()) continue;
            String before = BRACKETED.matcher(sentence.substring(lastEnd, figure.start())).replaceAll("");
            // "gains of 16.0% on MATH-500, 26.9% on AMC 2023": a figure of a list is of the list's kind.
            boolean listed = lastEnd > 0 && before.length() <= LIST_GAP && !GAIN_BEFORE.matcher(before).find() && !before.contains(";");
            boolean gain = figure.group("fsign") != null || GAIN_AFTER.matcher(figure.group("words")).find()
                    || (listed ? lastGain : gainBefore(BRACKETED.matcher(sentence.substring(0, figure.start())).replaceAll("")));
            if (namedWhole(named, sentence, figure.end())) found.add(new ScoreOn(hit, written(figure, "f"), gain));
            lastEnd = figure.end();
            lastGain = gain;
        }
        return found;
    }

    /** The figures stated after the benchmark's name: a range's end and a figure reached are scores, a signed one a gain. */
    private static List<ScoreOn> afterName(SentenceHit hit, Pattern named) {
        String sentence = hit.text();
        List<ScoreOn> found = new ArrayList<>();
        Matcher name = named.matcher(sentence);
        while (name.find()) {
            if (VERSION.matcher(sentence).region(name.end(), sentence.length()).lookingAt()) continue;
            Matcher after = AFTER_NAME.matcher(sentence).region(name.end(), sentence.length());
            if (!after.lookingAt()) continue;
            String group = after.group("b") != null ? "b" : after.group("d") != null ? "d" : after.group("e") != null ? "e" : after.group("g") != null ? "g" : "h";
            if (!aResult(after, group)) continue;
            boolean ranged = group.equals("b") || group.equals("d");
            found.add(new ScoreOn(hit, written(after, group), !ranged && after.group(group + "sign") != null));
        }
        return found;
    }

    /** A figure with a unit, a sign or a decimal point: "7B model", "Pass at 1" are none. */
    private static boolean aResult(Matcher figure, String group) {
        return figure.group(group + "sign") != null || figure.group(group + "unit") != null || figure.group(group).contains(".");
    }

    private static String written(Matcher figure, String group) {
        return figure.group(group) + unit(figure.group(group + "unit"));
    }

    /** Whether the benchmark's name starts there, and not a version of it: "MATH-500" is not "MATH", nor "AIME 2025" "AIME". */
    private static boolean namedWhole(Pattern named, String sentence, int at) {
        Matcher name = named.matcher(sentence).region(at, sentence.length());
        return name.lookingAt() && !VERSION.matcher(sentence).region(name.end(), sentence.length()).lookingAt();
    }

    private static boolean gainBefore(String before) {
        return BY.matcher(before).find() || GAIN_BEFORE.matcher(before).find() && !REACHED.matcher(before).find();
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
