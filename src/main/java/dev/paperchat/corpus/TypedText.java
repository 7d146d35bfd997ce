package dev.paperchat.corpus;

import java.util.regex.Pattern;

/** What a reader types (a question, a claim, a title, a turn of a conversation), made safe to read with patterns. */
public final class TypedText {
    /**
     * More combining marks on one letter than any script stacks ("Zalgo" text): a pattern's word
     * boundary steps back over every mark of a run, so a run of 10,000 made each lookup take a minute.
     */
    private static final Pattern MARK_RUN = Pattern.compile("(\\p{M}{" + TypedText.MAX_MARKS + "})\\p{M}++");
    /** Marks one letter may carry: Vietnamese stacks two, Devanagari and Thai a few more. */
    static final int MAX_MARKS = 4;

    private TypedText() {}

    /**
     * Nothing to read: spaces of any kind (U+00A0 too), control and format characters (NUL, U+200B, a
     * byte order mark), marks with no letter, and the blank letters (U+2800, the Hangul fillers).
     */
    private static final Pattern NOTHING = Pattern.compile("[\\s\\p{Z}\\p{Cc}\\p{Cf}\\p{M}\\u2800\\u3164\\u115F\\u1160\\uFFA0]*+");

    /**
     * Whether the text holds nothing to read: null, empty, or only spaces and invisible characters,
     * which would be searched as a question of no words and answered with papers close to nothing.
     */
    public static boolean isBlank(String text) {
        return text == null || NOTHING.matcher(text).matches();
    }

    /** A space other than U+0020 (U+00A0, U+2009, U+202F, U+3000), as text copied from a PDF or a web page holds: no pattern's \\s reads it. */
    private static final Pattern OTHER_SPACE = Pattern.compile("[\\p{Zs}&&[^ ]]");

    /**
     * The text with each run of combining marks cut to {@link #MAX_MARKS}, and every other kind of
     * space written as a space ("Cui\u00a0et\u00a0al. 2025." is a reference); null stays null.
     */
    public static String bounded(String text) {
        return text == null ? null : OTHER_SPACE.matcher(MARK_RUN.matcher(text).replaceAll("$1")).replaceAll(" ");
    }
}
