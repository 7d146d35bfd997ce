package dev.paperchat.corpus;

import java.util.regex.Pattern;

/** A name found in a text as words of their own ("STaR" is in "STaR's method", not in "start"), and words by their rough stems. */
public final class Words {
    private Words() {}

    /** The name, not inside a longer word, in any case. */
    public static Pattern named(String name) {
        return Pattern.compile(bounded(name), Pattern.CASE_INSENSITIVE);
    }

    /** Whether the text holds the name as words of their own; {@code exactCase} for a name whose capitals tell it apart ("ReAct", not "react"). */
    public static boolean holds(String text, String name, boolean exactCase) {
        return (exactCase ? Pattern.compile(bounded(name)) : named(name)).matcher(text).find();
    }

    /** A word's first five letters, a rough stem: "restricts" and "restricting", "reduces" and "reducing" alike. */
    public static String roughStem(String word) {
        return word.substring(0, Math.min(5, word.length()));
    }

    private static String bounded(String name) {
        return "(?<![\\p{L}\\p{N}])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}])";
    }
}
