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
    /**
     * "83.1", "1,000", "2019", the "7" of "7B", "1k"; not a digit of a name ("Qwen3", "A3B"), which
     * would state a "3" for a claim of a "3x" speed-up.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,])\\d+(?:[.,]\\d+)*(?:([kK])(?!\\p{L}))?");
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");
    private static final Pattern WORD = Pattern.compile("(?i)\\b(" + String.join("|", WORDS) + ")\\b");

    /** The name that ends a text, before a space or hyphen: "Llama" of "Llama ", "AIME" of "on AIME-"; not "a" of "a 3x". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}\\d]+)[\\s-]$");

    private static final int MAX_NAME_CHARS = 60;
    private static final Pattern ARROW = Pattern.compile("(?<=[\\d%])\\\\?(?:rightarrow|Rightarrow|to)(?=\\d)");

    private Numbers() {}

    /** The numbers a source states: "1,000" and "1000" alike, "10.0" as "10", "1k" as 1 and 1000, "two" as "2". */
    public static Set<String> in(String source) {
        // "5.9%rightarrow10.9%": LaTeX's arrow that lost its backslash stands between two numbers.
        String text = ARROW.matcher(source).replaceAll(" to ");
        Set<String> numbers = new HashSet<>();
        for (List<String> forms : written(text)) numbers.addAll(forms);
        Matcher word = WORD.matcher(text);
        while (word.find()) numbers.add(String.valueOf(WORDS.indexOf(word.group(1).toLowerCase(Locale.ROOT))));
        return numbers;
    }

    /**
     * The numbers of {@code claim}, in digits, that {@code source} does not state in any of their
     * forms, in order. Numbers in words are a claim's prose ("eighty-five percent"), not checked.
     */
    public static List<String> unstated(String claim, String source) {
        Set<String> stated = in(source);
        List<String> unstated = new java.util.ArrayList<>();
        Matcher m = NUMBER.matcher(claim);
        for (List<String> forms : written(claim)) {
            m.find();
            if (forms.stream().noneMatch(stated::contains) && !namedWith(claim, m, source)) unstated.add(forms.get(0));
        }
        return unstated.stream().distinct().sorted().toList();
    }

    /** "Llama 3.1" of a source that writes "Llama3.1-8B", "AIME 2024" of one that writes "AIME2024": a name's version, stated. */
    private static boolean namedWith(String claim, Matcher number, String source) {
        // The name ends right before the number: the last words are enough, and a text of many numbers stays linear.
        Matcher word = NAME_BEFORE.matcher(claim.substring(Math.max(0, number.start() - MAX_NAME_CHARS), number.start()));
        if (!word.find()) return false;
        return Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(word.group(1)) + "[\\s-]?" + Pattern.quote(number.group()) + "(?![\\d.,]\\d)")
                .matcher(source).find();
    }

    /** How many numbers the text writes in digits. */
    public static int count(String text) {
        return written(text).size();
    }

    /** Each number written in digits, in its forms, as written first: "1k" is 1k, 1000 and 1. */
    private static List<List<String>> written(String text) {
        List<List<String>> numbers = new java.util.ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String digits = m.group(1) == null ? m.group() : m.group().substring(0, m.group().length() - 1);
            String value = normalised(digits);
            numbers.add(m.group(1) == null ? List.of(value) : List.of(value + "k", scaled(value), value));
        }
        return numbers;
    }

    private static String scaled(String value) {
        try {
            return new BigDecimal(value).multiply(BigDecimal.valueOf(1000)).stripTrailingZeros().toPlainString();
        } catch (NumberFormatException versionLike) {
            return value;
        }
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
