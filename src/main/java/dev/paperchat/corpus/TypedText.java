package dev.paperchat.corpus;

import java.text.Normalizer;
import java.util.regex.Matcher;
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

    /** Whether the text holds a letter or a digit: "?!... ;;;" or "🤔🤔" is nothing to search for, however long. */
    public static boolean hasWords(String text) {
        return text != null && WORD.matcher(text).find();
    }

    private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}]");

    /** A space other than U+0020 (U+00A0, U+2009, U+202F, U+3000), as text copied from a PDF or a web page holds: no pattern's \\s reads it. */
    private static final Pattern OTHER_SPACE = Pattern.compile("[\\p{Zs}&&[^ ]]");

    /** Full-width forms of ASCII ("ＧＲＰＯ", as East Asian keyboards type it) and Latin ligatures ("ﬁ" of a PDF's "ﬁne-tuning"). */
    private static final Pattern COMPATIBLE = Pattern.compile("[\\uFF01-\\uFF5E\\uFB00-\\uFB06]++");

    /**
     * The text with each run of combining marks cut to {@link #MAX_MARKS}, composed ("o" and a
     * combining diaeresis, as macOS pastes it, is "ö", as abstracts write it), full-width letters
     * and ligatures written plainly, and every other kind of space written as a space
     * ("Cui\u00a0et\u00a0al. 2025." is a reference); null stays null. Other compatibility forms stay:
     * "10⁵" is no "105".
     */
    public static String bounded(String text) {
        if (text == null) return null;
        String composed = Normalizer.normalize(MARK_RUN.matcher(text).replaceAll("$1"), Normalizer.Form.NFC);
        String plain = COMPATIBLE.matcher(composed).replaceAll(m -> Matcher.quoteReplacement(Normalizer.normalize(m.group(), Normalizer.Form.NFKC)));
        return OTHER_SPACE.matcher(plain).replaceAll(" ");
    }

    /**
     * Markdown's marks around words, as notes, chat and an LLM write them: "**Which**", "_avoid_", "`entropy`", a span of
     * one line. Not a name's own marks: "pass_at_k", "A* search", "2 * 3".
     */
    private static final Pattern EMPHASIS = Pattern.compile("(?<![\\p{L}\\p{N}*_`])(\\*{1,2}|_{1,2}|`)(?=\\S)([^\\n]{0,300}?\\S)\\1(?![\\p{L}\\p{N}*_`])");
    /** "[collapse](http://example.org)": a Markdown link, read as its text. */
    private static final Pattern LINK = Pattern.compile("\\[([^\\[\\]\\n]{1,300})]\\((?:https?://|www\\.)[^\\s()]{0,2000}\\)");

    /**
     * A question, claim or title as {@link #bounded}, without Markdown's marks: "**Which** methods _avoid_ `entropy`
     * [collapse](http://...)?" asks what "Which methods avoid entropy collapse?" does.
     */
    public static String plain(String text) {
        String bounded = bounded(text);
        if (bounded == null) return null;
        String plain = LINK.matcher(bounded).replaceAll("$1");
        // "**_avoid_**": a mark within a mark.
        for (int depth = 0; depth < 2; depth++) plain = EMPHASIS.matcher(plain).replaceAll(m -> Matcher.quoteReplacement(m.group(2)));
        return plain;
    }
}
