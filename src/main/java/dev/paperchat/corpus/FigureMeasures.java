package dev.paperchat.corpus;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What a ratio or share measures: speed, memory, tokens and cost, or accuracy, by the nearest word
 * of one in its clause ("accelerate end-to-end reasoning by up to 3.4x": speed). A claim that gives
 * a paper's figure to another measure states what the paper does not: "reduces inference cost by
 * 3.4x" of a paper whose 3.4x is its speed-up and whose cost falls by 60%.
 */
public final class FigureMeasures {
    /**
     * A ratio or a share: "3.4x", "5×", "5times" (LaTeX's \times, its backslash lost), "2.5 times", "60%", "3-fold"; of a
     * range, its top ("2.5x" of "1.5-2.5times", "44.2%" of "19.4-44.2%").
     */
    private static final Pattern FIGURE = Pattern.compile("(?:(?<=\\d[-\u2013])|(?<![\\p{L}\\d.\u2013-]))(\\d{1,4}+(?:\\.\\d++)?)\\s?(x|\u00d7|times|%|\\\\%|-?fold)(?![\\p{L}\\d])",
            Pattern.CASE_INSENSITIVE);
    private static final Map<String, Pattern> MEASURES = Map.of(
            // The time of a run ("reducing inference time by 51.9%"), not "test-time" or "for the first time".
            "speed", word("speed\\w*+|faster|accelerat\\w*+|latency|wall-clock|throughput|runtime|slower|time\\s++consumption"
                    + "|(?:inference|decoding|generation|response|running|solving|training|end-to-end)\\s++time"),
            "memory", word("memory|kv\\s++cache|cache\\s++size|vram"),
            "tokens or cost", word("tokens?|cost\\w*+|flops|compute|budget|length|cheaper"),
            "accuracy", word("accura\\w*+|performance|scores?|pass@\\d++|F1|EM|BLEU|ROUGE(?:-\\w++)?|success\\s++rates?"));
    /** What ends a clause: its figures are of its own words, not of the clause before ("while reducing memory by 3.7x"). */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;:()\u2013\u2014]|--|[.!?]\\s|\\s(?:while|and|but|whereas|with)\\s", Pattern.CASE_INSENSITIVE);
    private static final int BEFORE = 60, AFTER = 30;
    /** A figure that saves: a word of cutting before it in its clause, or "fewer", "less", "smaller" right after it. */
    private static final Pattern SAVING = Pattern.compile("(?i)(?<!\\p{L})(?:reduc\\w*+|sav\\w*+|cut\\w*+|compress\\w*+|shrink\\w*+|trim\\w*+|lower\\w*+"
            + "|decreas\\w*+|evict\\w*+)(?!\\p{L})|^\\s*+(?:\\p{L}++\\s++)?(?:fewer|less|smaller|lower|reduction|cut|savings?)(?!\\p{L})");
    /** What joins a figure to the one before it in a list: ", and up to ", " or ", " to ". */
    private static final Pattern LISTED = Pattern.compile("(?i)\\s*+,?\\s*+(?:and|or|to)?\\s*+(?:up\\s++to|as\\s++much\\s++as|over)?\\s*+");
    /** What a speed-up is not: "2x slower". */
    private static final Pattern SLOWER = Pattern.compile("(?i)^\\s*+(?:slower|longer)(?!\\p{L})");

    private FigureMeasures() {}

    private static Pattern word(String words) {
        return Pattern.compile("(?i)(?<![\\p{L}-])(?:" + words + ")(?!\\p{L})");
    }

    /**
     * A figure and what it measures, if a word of a measure stands near it in its clause.
     *
     * @param saving whether its clause says it saves ("reduces KV cache size by 50%", "40% fewer tokens"), not spends ("3.4x more tokens")
     * @param end where the figure ends in the text
     */
    record Measured(BigDecimal figure, Optional<String> measure, String asWritten, boolean ratio, boolean saving, int end, String clause) {}

    /**
     * The claim's figures of a measure that the source gives the same figure only of other measures, as the claim writes
     * them with their measure's word: "inference cost by up to 3.4x".
     */
    public static List<String> misbound(String claim, String source) {
        List<Measured> stated = measured(source);
        Set<String> misbound = new LinkedHashSet<>();
        for (Measured claimed : measured(claim)) {
            if (claimed.measure().isEmpty()) continue;
            List<Measured> same = stated.stream().filter(s -> s.figure().compareTo(claimed.figure()) == 0).toList();
            boolean elsewhere = !same.isEmpty() && same.stream().allMatch(s -> s.measure().isPresent() && !s.measure().equals(claimed.measure()));
            if (elsewhere) misbound.add(claimed.asWritten());
        }
        return List.copyOf(misbound);
    }

    /**
     * The largest ratio or share the text gives of the measure ("20x" of "over 20x faster"), ratios and shares put on one
     * scale (see {@link Stated#of}).
     *
     * @param measure "speed", "memory", "tokens or cost" or "accuracy"
     */
    public static Optional<Stated> largest(String text, String measure) {
        return largest(text, measure, List.of());
    }

    /**
     * @param within what the figure's clause must name besides its measure ("train" of "speed up training"): ARM's "it also
     *               brings a 2x speedup in training" is no speed-up of inference, though its sentence names inference before it
     */
    public static Optional<Stated> largest(String text, String measure, List<Pattern> within) {
        // Memory, tokens and cost are asked of as savings: "3.4x more reasoning tokens" saves nothing.
        boolean saved = saved(measure);
        List<Measured> of = measured(text).stream().filter(m -> m.measure().equals(Optional.of(measure)) && (!saved || m.saving())
                && within.stream().allMatch(q -> q.matcher(m.clause()).find())
                && !SLOWER.matcher(text).region(m.end(), text.length()).lookingAt()).toList();
        boolean speed = measure.equals("speed");
        return of.stream().map(m -> speed && m.saving() ? Stated.timeSaved(m.figure(), m.ratio()) : Stated.of(m.figure(), m.ratio(), saved))
                .min(Stated.LARGEST_FIRST);
    }

    /** What the text's ratio or share of this value measures ("speed" of "a 6.59x reduction in training time"), if a word of a measure is near it. */
    static Optional<String> measureOf(String text, double value) {
        return measured(text).stream().filter(m -> m.figure().doubleValue() == value).map(Measured::measure).flatMap(Optional::stream).findFirst();
    }

    /**
     * Whether the claim's figure ("4.05" of "runs 4.05 times faster") measures what the source's same figure does ("a 4.05times
     * inference speedup"); not accuracy, which is any score: "70% average accuracy on math benchmarks" is not "over 70% accuracy"
     * of a reward's patterns.
     */
    static boolean sameMeasure(String claim, String source, String figure) {
        Matcher number = Pattern.compile("\\d++(?:\\.\\d++)?").matcher(figure);
        if (!number.find()) return false;
        double value = Double.parseDouble(number.group());
        Optional<String> claimed = measureOf(claim, value);
        return claimed.isPresent() && !claimed.get().equals("accuracy") && claimed.equals(measureOf(source, value));
    }

    /** Whether the text names another measure than this one, and not this one: "reaching 69.9 F1" names accuracy only. */
    static boolean namesOnlyOthers(String text, String measure) {
        return !MEASURES.get(measure).matcher(text).find()
                && MEASURES.entrySet().stream().anyMatch(other -> !other.getKey().equals(measure) && other.getValue().matcher(text).find());
    }

    /** Whether the measure is asked of as a saving (memory, tokens, cost), not a gain (speed, accuracy). */
    private static boolean saved(String measure) {
        return !measure.equals("speed") && !measure.equals("accuracy");
    }

    /** "by more than 50%", "faster than 3x", "at least 2x": a bound a question puts on a measure's figures. */
    private static final Pattern BOUND = Pattern.compile("(?i)(?<!\\p{L})(?:(?<least>at\\s++least)|more\\s++than|over|above|exceeding|beyond"
            + "|greater\\s++than|faster\\s++than|>)\\s*+(?=\\d)");

    /** A bound on a measure's figures: those above it (or at it too, "at least") pass, ratios and shares on one scale ("5x fewer" is above 50%). */
    public record Bound(String measure, Stated figure, boolean inclusive) {
        public boolean passes(Stated stated) {
            int compared = Double.compare(stated.scaled(), figure.scaled());
            return compared > 0 || inclusive && compared == 0;
        }

        public String written() {
            return (inclusive ? "of at least " : "above ") + figure.written();
        }
    }

    /** The bound a question puts on the figures of a measure ("Which methods cut reasoning tokens by more than 50%?"), if it puts one. */
    public static Optional<Bound> bound(String text) {
        Matcher bound = BOUND.matcher(text);
        if (!bound.find()) return Optional.empty();
        return measured(text).stream().filter(m -> m.end() > bound.end() && m.measure().isPresent())
                .findFirst().map(m -> new Bound(m.measure().get(), Stated.of(m.figure(), m.ratio(), saved(m.measure().get())), bound.group("least") != null));
    }

    /** A figure of a measure as a number, and whether it is a ratio ("3.4x") or a share ("60%"). */
    public record Stated(BigDecimal figure, boolean ratio, double scaled, boolean timeSaved) {
        /** The largest first, on one scale: a saving's ratio as the share it saves, a speed-up's share as the ratio it gives. */
        public static final Comparator<Stated> LARGEST_FIRST = Comparator.comparingDouble(Stated::scaled).reversed();

        /**
         * @param saving whether it measures a saving ("5x fewer tokens" is an 80% saving), else a gain ("23.9% faster" is
         *               a 1.239x speed-up)
         */
        static Stated of(BigDecimal figure, boolean ratio, boolean saving) {
            double value = figure.doubleValue();
            double scaled = saving ? (ratio ? (value > 0 ? 100 * (1 - 1 / value) : 0) : value) : (ratio ? value : 1 + value / 100);
            return new Stated(figure, ratio, scaled, false);
        }

        /** Time saved, as the speed-up it gives: "reduces latency by 60%" is 2.5x, "cuts inference time by 3x" 3x. */
        static Stated timeSaved(BigDecimal figure, boolean ratio) {
            double value = figure.doubleValue();
            return new Stated(figure, ratio, ratio || value >= 100 ? value : 100 / (100 - value), true);
        }

        /** "3.4x", "60%"; a share of time saved with the speed-up it is ranked by: "51.9% less time (2.08x)". */
        public String written() {
            if (timeSaved && !ratio && scaled > 1) {
                return figure.toPlainString() + "% less time (" + BigDecimal.valueOf(scaled).setScale(2, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString() + "x)";
            }
            return figure.toPlainString() + (ratio ? "x" : "%");
        }
    }

    static List<Measured> measured(String text) {
        List<Measured> found = new ArrayList<>();
        int lastEnd = 0;
        Matcher figure = FIGURE.matcher(text);
        while (figure.find()) {
            int start = clauseStart(text, figure.start()), end = clauseEnd(text, figure.end());
            String before = text.substring(Math.max(start, figure.start() - BEFORE), figure.start());
            String after = text.substring(figure.end(), Math.min(end, figure.end() + AFTER));
            int from = Math.max(start, figure.start() - BEFORE);
            Optional<Word> word = nearestBefore(before).map(w -> new Word(w.measure(), from + w.at()));
            Optional<Word> wordAfter = word.isPresent() ? Optional.empty() : firstAfter(after).map(w -> new Word(w.measure(), figure.end() + w.at()));
            Optional<String> measure = word.or(() -> wordAfter).map(Word::measure);
            // "inference cost by up to 3.4x", "a 6.59x reduction in training time": from or to its measure's word, as the claim writes it.
            String written = wordAfter.isPresent() ? text.substring(figure.start(), wordAfter.get().at()).strip()
                    : text.substring(word.map(Word::at).orElse(from), figure.end()).strip();
            boolean saving = SAVING.matcher(before).find() || SAVING.matcher(after).lookingAt();
            // "reducing tokens by an average of 30%, and up to 70%": a figure listed after another is of its measure.
            Measured last = found.isEmpty() ? null : found.getLast();
            if (measure.isEmpty() && last != null && last.measure().isPresent() && LISTED.matcher(text.substring(lastEnd, figure.start())).matches()) {
                measure = last.measure();
                saving = last.saving();
            }
            found.add(new Measured(new BigDecimal(figure.group(1)), measure, written, !figure.group(2).contains("%"), saving, figure.end(),
                    text.substring(start, end)));
            lastEnd = figure.end();
        }
        return found;
    }

    private static int clauseStart(String text, int at) {
        int start = 0;
        Matcher end = CLAUSE_END.matcher(text).region(0, at);
        while (end.find()) start = end.end();
        return start;
    }

    private static int clauseEnd(String text, int at) {
        Matcher end = CLAUSE_END.matcher(text).region(at, text.length());
        return end.find() ? end.start() : text.length();
    }

    private record Word(String measure, int at) {}

    private static Optional<Word> nearestBefore(String before) {
        Word nearest = null;
        for (Map.Entry<String, Pattern> measure : MEASURES.entrySet()) {
            Matcher word = measure.getValue().matcher(before);
            while (word.find()) {
                if (nearest == null || word.start() > nearest.at()) nearest = new Word(measure.getKey(), word.start());
            }
        }
        return Optional.ofNullable(nearest);
    }

    /** The first word of a measure after a figure, {@code at} its end. */
    private static Optional<Word> firstAfter(String after) {
        Word first = null;
        int start = Integer.MAX_VALUE;
        for (Map.Entry<String, Pattern> measure : MEASURES.entrySet()) {
            Matcher word = measure.getValue().matcher(after);
            if (word.find() && word.start() < start) {
                start = word.start();
                first = new Word(measure.getKey(), word.end());
            }
        }
        return Optional.ofNullable(first);
    }
}
