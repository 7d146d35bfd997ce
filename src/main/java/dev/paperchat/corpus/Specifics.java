package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Pattern;

/**
 * What a source must state to be a claim's: its figures ({@link Numbers}), each of what the claim
 * says it is of ({@link BenchmarkFigures}, {@link FigureTies}, {@link FigureMeasures}), and the names of the models and
 * benchmarks it gives ({@link ModelNames}). Wording alone is no check: "o3-mini
 * reaches 83.1%" is as close to a sentence about GPT-4o reaching 99.9% as to the right one.
 */
public final class Specifics {
    private static final Pattern FIGURE = Pattern.compile("\\d+(?:\\.\\d+)?");

    private Specifics() {}

    /** The claim's figures that the source does not state, then the names it does not write ("99.9", "GPT-4o"). */
    public static List<String> unstated(String claim, String source) {
        List<String> names = ModelNames.unwritten(claim, source);
        // The "7" of an unwritten "Qwen2.5-Math-7B" is said with the name.
        List<String> unstated = new ArrayList<>(Numbers.unstated(claim, source).stream()
                .filter(figure -> names.stream().noneMatch(name -> inside(figure, name))).toList());
        unstated.addAll(names);
        // "90.5% on AIME 2025" where the paper states 90.5% on AIME 2024 and 83.2% on AIME 2025: each part stated, not together.
        BenchmarkFigures.misbound(claim, source).stream().filter(item -> !unstated.contains(item)).forEach(unstated::add);
        // "reasoning by up to 60%" where the paper's 60% is of inference cost: each figure stated, of another thing.
        FigureTies.misbound(claim, source).stream().filter(item -> unstated.stream().noneMatch(other -> sharesFigure(item, other))).forEach(unstated::add);
        // "inference cost by up to 3.4x" where the paper's 3.4x is its speed-up: a figure given to another measure.
        FigureMeasures.misbound(claim, source).stream().filter(item -> unstated.stream().noneMatch(other -> sharesFigure(item, other))).forEach(unstated::add);
        // "Quiet-STaR was the first method to...": a paper's priority is its own claim to make, which a sentence on the topic is not.
        priority(claim).filter(first -> !STATED_PRIORITY.matcher(source).find()).ifPresent(unstated::add);
        return List.copyOf(unstated);
    }

    /**
     * The claim's words of every case ("always", "across all benchmarks") when the sentence quoted for it (and its paper's
     * title, given with it) does not say so of every case too: "Larger KV caches always improve accuracy" of a sentence on
     * KV caches and accuracy. Read in the sentence, not the abstract: 125 of the 300 sample abstracts write "consistently", "entire"
     * or "fully" of something.
     */
    public static Optional<String> everyCaseUnstated(String claim, String sentence) {
        return EVERY_CASE.matcher(claim).results().map(MatchResult::group).findFirst().filter(every -> !STATED_EVERY_CASE.matcher(sentence).find());
    }

    /** What a claim or a source says there is every one of: "across all benchmarks", "on every task". */
    private static final String CASES = "(?:cases|settings|tasks|benchmarks|models|problems|domains|datasets|languages|sizes|scales|conditions"
            + "|case|setting|task|benchmark|model|problem|domain|dataset)";
    /**
     * "always improves", "across all benchmarks", "guarantees": a claim of every case; not one denied ("does not always
     * help"), nor "all" of what a claim counts ("all three models"), nor a degree ("completely without labels" is what "without
     * any labels" says; measured on a reviewer's claims, "completely", "entirely" and "totally" flagged more true claims than false).
     */
    private static final Pattern EVERY_CASE = Pattern.compile("(?i)(?<!\\bnot\\s)(?<!n't\\s)(?<!\\bnot\\s(?:yet|quite)\\s)(?<!\\p{L})"
            + "(?:always|invariably|guarantee[sd]?|(?:in|on|across|for)\\s++(?:all|every)\\s++" + CASES + "|without\\s++exception)(?!\\p{L})");
    /**
     * What says so of every case in a source: "consistently", "across all tasks", "Across all, ...", "regardless of", "100%"; not
     * any "all" or "each", which most abstracts write of something, nor "not always".
     */
    private static final Pattern STATED_EVERY_CASE = Pattern.compile("(?i)(?<!\\bnot\\s)(?<!n't\\s)(?<!\\p{L})(?:always|invariabl[ey]|consistent(?:ly)?|universal(?:ly)?"
            + "|guarantee\\w*+|regardless|without\\s++exception|across\\s++(?:the\\s++board|all)|100\\s?%"
            + "|(?:all|every|each)\\s++(?:[\\p{L}-]++\\s++)?" + CASES + ")(?!\\p{L})");

    /**
     * "was the first", "the first language-based video reasoning framework", "first introduced", "pioneered": a claim of
     * priority; not the "first" of "first-order", "First, we...", nor a title's "The First Try Matters study".
     */
    private static final Pattern PRIORITY = Pattern.compile("(?i)(?<!\\p{L})(?:(?:(?:is|was|are|were)\\s++)?the\\s++(?:very\\s++)?(?-i:first)\\s++(?:to"
            + "|(?:[\\p{L}-]++,?\\s++){0,4}?(?:method|approach|work|paper|model|study|framework|technique|system|algorithm|attempt|effort"
            + "|analysis|benchmark|dataset|scheme|metric)s?)(?!\\p{L})|(?:is|was|are|were)\\s++(?:the\\s++)?(?-i:first)(?=\\s*+(?:[.,;:!?]|$))"
            + "|(?-i:first)\\s++(?:introduced|proposed|showed|shown|demonstrated|described|used|applied|reported|discovered|found)"
            + "|for\\s++the\\s++first\\s++time|pioneer(?:s|ed|ing)?|(?:originally|initially)\\s++(?:introduced|proposed)|invented)(?!\\p{L})");
    /**
     * What states priority in a source: "the first" of what it is or does ("the first open-source, comprehensive end-to-end
     * framework", "we are the first to"); not "In the first stage", "the first three types", "First, we rank".
     */
    private static final Pattern STATED_PRIORITY = Pattern.compile("(?i)(?<!\\p{L})(?:(?:the|is|was|are|were|our)\\s++(?:very\\s++)?first(?!-)"
            + "(?!\\s++(?:stage|step|phase|round|part|half|layer|tokens?|turns?|iterations?|epochs?|place|one|two|three|four|five|few|several"
            + "|time\\b(?!\\s++(?:that|to))|\\d))|for\\s++the\\s++first\\s++time|pioneer\\w*+|first\\s++(?:to|introduced|proposed)"
            + "|(?:originally|initially)\\s++(?:introduced|proposed)|invented)(?!\\p{L})");

    private static Optional<String> priority(String claim) {
        return PRIORITY.matcher(claim).results().map(MatchResult::group).findFirst();
    }

    /** The items as a reader takes them in a sentence: a phrase in quotes ("\"90.5% on AIME 2025\""), a figure or name as it is. */
    public static String listed(List<String> unstated) {
        return String.join(", ", unstated.stream().map(item -> item.contains(" ") ? "\"" + item + "\"" : item).toList());
    }

    private static boolean sharesFigure(String a, String b) {
        Set<String> figures = new HashSet<>(FIGURE.matcher(a).results().map(MatchResult::group).toList());
        return FIGURE.matcher(b).results().map(MatchResult::group).anyMatch(figures::contains);
    }

    private static boolean inside(String figure, String name) {
        return Pattern.compile("(?<![\\d.])" + Pattern.quote(figure) + "(?!\\d|\\.\\d)").matcher(name).find();
    }
}
