package dev.paperchat.corpus;

import java.math.BigDecimal;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, each in one form, so that a claim's can be checked against a
 * source's: wording close enough to pass for the source's may still change "83.1%" to "99.9%".
 */
public final class Numbers {
    /** "83.1", "1,000", "2019", the "7" of "7B". */
    private static final Pattern NUMBER = Pattern.compile("\\d+(?:[.,]\\d+)*");
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");
    private static final Pattern WORD = Pattern.compile("(?i)\\b(" + String.join("|", WORDS) + ")\\b");

    private Numbers() {}

    /** The numbers of a text: "1,000" and "1000" alike, "10.0" as "10", "two" as "2". */
    public static Set<String> in(String text) {
        Set<String> numbers = new HashSet<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) numbers.add(normalised(m.group()));
        Matcher word = WORD.matcher(text);
        while (word.find()) numbers.add(String.valueOf(WORDS.indexOf(word.group(1).toLowerCase(Locale.ROOT))));
        return numbers;
    }

    /** The numbers of {@code claim} that {@code source} does not state, in order. */
    public static List<String> unstated(String claim, String source) {
        Set<String> stated = in(source);
        return in(claim).stream().filter(n -> !stated.contains(n)).sorted().toList();
    }

    private static String normalised(String number) {
        String plain = number.matches("\\d{1,3}(?:,\\d{3})+") ? number.replace(",", "") : number.replace(',', '.');
        try {
            return new BigDecimal(plain).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException versionLike) {
            return plain;
        }
    }
}
