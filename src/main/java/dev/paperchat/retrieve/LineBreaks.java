package dev.paperchat.retrieve;

import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Text pasted from a PDF keeps its line breaks: "en-⏎tropy" is one word broken at a line end,
 * "test-⏎time" a compound broken at its own hyphen. The collection's words tell them apart.
 */
final class LineBreaks {
    private static final Pattern BROKEN = Pattern.compile("(\\p{L}++)[-\u2010\u00ad][ \\t]*+\\r?\\n[ \\t]*+(\\p{Ll}\\p{L}*+)");
    private static final Pattern SOFT_HYPHEN = Pattern.compile("\u00ad");

    private LineBreaks() {}

    /** The text with each word broken at a line end joined when {@code known} knows the whole word, else hyphenated. */
    static String join(String text, Predicate<String> known) {
        if (text.indexOf('\n') < 0 && text.indexOf('\u00ad') < 0) return text;
        String joined = BROKEN.matcher(text).replaceAll(m -> {
            String word = m.group(1) + m.group(2);
            return Matcher.quoteReplacement(known.test(word) ? word : m.group(1) + "-" + m.group(2));
        });
        return SOFT_HYPHEN.matcher(joined).replaceAll("");
    }
}
