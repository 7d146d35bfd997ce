package dev.paperchat.retrieve;

import dev.paperchat.corpus.Numbers;
import dev.paperchat.corpus.Paper;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a question gives ("which paper shows 83.1% functional correctness?"). A figure few
 * abstracts state names its paper as well as a title does; a precise one that the best paper does
 * not state means the collection lacks the result asked about.
 */
final class StatedFigures {
    /** A number with a decimal part ("83.1"), or a whole one with a percent sign ("85%"); not a year, a size or a count. */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.,])(\\d+\\.\\d+|\\d+(?=\\s?\\\\?%))(?![.,]?\\d)");
    private static final Pattern PRECISE = Pattern.compile("\\d+\\.\\d+");

    private StatedFigures() {}

    /** A name before a number makes it a version: "Llama 3.1", "Qwen-2.5". */
    private static final Pattern NAME_BEFORE = Pattern.compile("\\p{Lu}[\\p{L}\\d]*[\\s-]$");

    /** The figures of the question, as written and each once: "83.1", "85"; not the "3.1" of "Llama 3.1". */
    static List<String> in(String question) {
        Set<String> figures = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(question);
        while (m.find()) {
            if (!NAME_BEFORE.matcher(question.substring(Math.max(0, m.start() - 40), m.start())).find()) figures.add(m.group(1));
        }
        return new ArrayList<>(figures);
    }

    /** Whether the text states one of the figures, in any form ("42.60%" for "42.6"). */
    static boolean anyStated(List<String> figures, String text) {
        return !figures.isEmpty() && Numbers.unstated(String.join(" ", figures), text).size() < figures.size();
    }

    /** Whether the question gives a figure with a decimal part and the paper states none of them, in any form. */
    static boolean noneStated(String question, Paper paper) {
        List<String> precise = in(question).stream().filter(f -> PRECISE.matcher(f).matches()).toList();
        if (precise.isEmpty()) return false;
        // Read in the question, where a name beside a number may make it the paper's version of it.
        String unstated = String.join(" ", Numbers.unstated(question, paper.title() + "\n" + paper.abstractText()));
        return precise.stream().allMatch(figure -> Numbers.unstated(figure, unstated).isEmpty());
    }
}
