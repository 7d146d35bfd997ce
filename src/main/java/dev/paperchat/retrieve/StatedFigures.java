package dev.paperchat.retrieve;

import dev.paperchat.corpus.Numbers;
import dev.paperchat.corpus.Paper;
import java.util.ArrayList;
import java.util.Collections;
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
    /** A number with a decimal part ("83.1", "83.1%"), or a whole one with a percent sign ("85%"); not a size ("1.5B"). */
    private static final Pattern FIGURE = Pattern.compile("(?<![\\p{L}\\d.,])(\\d+\\.\\d+(?![BMKbmk]\\b)|\\d+(?=\\s?\\\\?%))(?![.,]?\\d)(\\s?\\\\?%)?");
    /** A name before a number makes it a version: "Llama 3.1", "Qwen-2.5", "gpt-3.5"; not "A 3.5% gain". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(?:\\p{Lu}[\\p{L}\\d]+\\s|\\p{L}[\\p{L}\\d]+-)$");
    /** "Which paper...", "what model...?": a question asks for a result; a claim states one. */
    private static final Pattern ASKS = Pattern.compile("(?i)^\\W*+(?:which|what|who|where)\\b");
    /** A question gives a few figures; a text of hundreds of numbers is no question to weigh each of. */
    private static final int MAX_FIGURES = 8;

    private StatedFigures() {}

    /** The figures of the question, as written and each once: "83.1", "85"; not the "3.1" of "Llama 3.1". */
    static List<String> in(String question) {
        return figures(question, false);
    }

    /** Whether the question asks for a precise percentage ("97.3%") that the paper states in no form. */
    static boolean noneStated(String question, Paper paper) {
        if (!ASKS.matcher(question).find() && !question.strip().endsWith("?")) return false;
        List<String> precise = figures(question, true);
        if (precise.isEmpty()) return false;
        return Collections.disjoint(Numbers.in(String.join(" ", precise)), Numbers.in(paper.title() + "\n" + paper.abstractText()));
    }

    /** Whether the text states one of the figures, in any form ("42.60%" for "42.6"). */
    static boolean anyStated(List<String> figures, String text) {
        return !figures.isEmpty() && !Collections.disjoint(Numbers.in(String.join(" ", figures)), Numbers.in(text));
    }

    /** @param percentWithDecimals only the precise percentages ("97.3%"), not settings ("temperature 0.6") */
    private static List<String> figures(String question, boolean percentWithDecimals) {
        Set<String> figures = new LinkedHashSet<>();
        Matcher m = FIGURE.matcher(question);
        while (m.find() && figures.size() < MAX_FIGURES) {
            boolean percent = m.group(2) != null;
            if (percentWithDecimals && !(percent && m.group(1).contains("."))) continue;
            boolean version = !percent && NAME_BEFORE.matcher(question.substring(Math.max(0, m.start() - 40), m.start())).find();
            if (!version) figures.add(m.group(1));
        }
        return new ArrayList<>(figures);
    }
}
