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

    /** Nothing to read: spaces of any kind (U+00A0 too), and control and format characters (NUL, U+200B, a byte order mark). */
    private static final Pattern NOTHING = Pattern.compile("[\\s\\p{Z}\\p{Cc}\\p{Cf}]*+");

    /**
     * Whether the text holds nothing to read: null, empty, or only spaces and invisible characters,
     * which would be searched as a question of no words and answered with papers close to nothing.
     */
    public static boolean isBlank(String text) {
        return text == null || NOTHING.matcher(text).matches();
    }

    /** The text with each run of combining marks cut to {@link #MAX_MARKS}; null stays null. */
    public static String bounded(String text) {
        return text == null ? null : MARK_RUN.matcher(text).replaceAll("$1");
    }
}
