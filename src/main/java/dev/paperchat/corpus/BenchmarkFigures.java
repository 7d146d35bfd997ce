package dev.paperchat.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The figures a text states on a named benchmark, where the text ties the two together: "90.5%
 * on AIME 2024", "on BeyondAIME from 50.7% to 61.9%". A claim that ties a paper's figure to
 * another benchmark than the paper does ("90.5% on AIME 2025") states what the paper does not.
 */
public final class BenchmarkFigures {
    private static final String FIGURE = "(\\d{1,4}+(?:\\.\\d++)?)\\s?\\\\?%?";
    /** A benchmark's name: a capital first, digits, dots and hyphens within, a year, size or version after a space ("AIME 2024", "MATH 500", "LiveCodeBench V5"). */
    private static final String NAME = "(?:the\\s++)?(\\p{Lu}[\\p{L}\\d]*+(?:[-.][\\p{L}\\d]++)*+(?:\\s(?:19|20)\\d{2}|\\s\\d{2,3}|\\s[vV]\\d{1,2})?+)(?![\\w-])";
    /** A gain in brackets after a figure: "56.7% (+40.0%) on AIME 2024", "(\u2191 2.1)". */
    private static final String GAIN = "(?:\\s*+\\(\\s*+[+\u2191\u2193\u2212-]\\s*+\\d{1,4}+(?:\\.\\d++)?\\s?\\\\?%?\\s*+\\))?+";
    /** "90.5% on AIME 2024", "66.0% accuracy on LiveCodeBench", "57.0% (+8.1%) on LiveCodeBench". */
    private static final Pattern FIGURE_ON = Pattern.compile("(?<![\\w.])" + FIGURE + GAIN + "(?:\\s++(?:accuracy|pass@1|points?))?\\s++on\\s++" + NAME);
    /** "on AIME2025 from 70.9% to 85.1%". */
    private static final Pattern ON_FROM_TO = Pattern.compile("\\bon\\s++" + NAME + "\\s++from\\s++" + FIGURE + "\\s++to\\s++" + FIGURE);
    /** "AIME24" is "AIME 2024": a name's two last digits after letters, read as a year of this century. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<=\\p{L})(2\\d)$");

    /** A figure as stated on a benchmark, both in plain form: "90.5", "AIME2024". */
    record Stated(String figure, String benchmark, String asWritten) {}

    private BenchmarkFigures() {}

    /**
     * The claim's figures that it ties to a benchmark while the source ties the same figure to
     * another and never to that one, as the claim writes them: "90.5% on AIME 2025" when the
     * source says "90.5% on AIME 2024, 83.2% on AIME 2025". A benchmark named more loosely ("AIME"
     * of "AIME 2024") is the same one.
     */
    public static List<String> misbound(String claim, String source) {
        List<Stated> claimed = in(claim);
        if (claimed.isEmpty()) return List.of();
        List<Stated> stated = in(source);
        Set<String> misbound = new LinkedHashSet<>();
        for (Stated c : claimed) {
            boolean elsewhere = stated.stream().anyMatch(s -> s.figure().equals(c.figure()) && !same(s.benchmark(), c.benchmark()));
            boolean here = stated.stream().anyMatch(s -> s.figure().equals(c.figure()) && same(s.benchmark(), c.benchmark()));
            if (elsewhere && !here) misbound.add(c.asWritten());
        }
        return List.copyOf(misbound);
    }

    static List<Stated> in(String text) {
        List<Stated> found = new ArrayList<>();
        Matcher on = FIGURE_ON.matcher(text);
        while (on.find()) found.add(stated(on.group(1), on.group(2), on.group()));
        Matcher fromTo = ON_FROM_TO.matcher(text);
        while (fromTo.find()) {
            String asWritten = "from " + text.substring(fromTo.start(2), fromTo.end()) + " on " + fromTo.group(1);
            found.add(stated(fromTo.group(2), fromTo.group(1), asWritten));
            found.add(stated(fromTo.group(3), fromTo.group(1), asWritten));
        }
        return found;
    }

    private static Stated stated(String figure, String benchmark, String asWritten) {
        String plain = new BigDecimal(figure).stripTrailingZeros().toPlainString();
        String key = SHORT_YEAR.matcher(benchmark.replaceAll("[\\s.-]", "").toUpperCase(Locale.ROOT)).replaceFirst("20$1");
        return new Stated(plain, key, asWritten);
    }

    /** "AIME" and "AIME2024", "GSM8K" and "GSM8K": one benchmark; "AIME2024" and "AIME2025", "BEYONDAIME" and "AIME2025": two. */
    private static boolean same(String a, String b) {
        return a.startsWith(b) || b.startsWith(a);
    }
}
