package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Splits abstracts into sentences, keeping each sentence's offsets in the original text. */
public final class Sentences {
    /**
     * A full stop, question or exclamation mark (and closing quotes or brackets) before white
     * space; or an ideographic one, which needs none ("。").
     */
    private static final Pattern END = Pattern.compile("[.!?]+[\"')\\]]*(?=\\s+)|[\u3002\uff01\uff1f]+[\u300d\u300f\uff09\u201d]*");
    private static final Set<String> ABBREVIATIONS = Set.of(
            "e.g", "i.e", "et al", "al", "vs", "cf", "fig", "figs", "eq", "eqs", "sec", "approx", "resp",
            "no", "dr", "mr", "ms", "prof", "st", "ca", "incl", "viz", "w.r.t", "wrt");

    /** "U.S", "U.K", "E.U": capitals each with its full stop, the last one's the sentence's mark. */
    private static final Pattern DOTTED_INITIALS = Pattern.compile("(?:\\p{Lu}\\.)++\\p{Lu}");
    /** Words that open sentences, which no name after an initial is. */
    private static final Set<String> OPENERS = Set.of("This", "These", "That", "The", "Such", "We", "Our", "It", "Its", "In", "However",
            "Moreover", "Furthermore", "Finally", "Thus", "Therefore", "Hence", "Here", "Then");

    /** Longer runs are cut into pieces of at most {@link #PIECE_WORDS} words; no abstract sentence of the sample has over 101. */
    static final int MAX_WORDS = 150;
    static final int PIECE_WORDS = 100;
    private static final Pattern WORD = Pattern.compile("\\S+");
    private static final Pattern CLAUSE_END = Pattern.compile("[;:]");

    private Sentences() {}

    public static List<Span> split(String text) {
        List<Span> sentences = new ArrayList<>();
        for (Span sentence : sentences(text)) cutLong(text, sentence, sentences);
        return sentences;
    }

    /**
     * A "sentence" of more than {@link #MAX_WORDS} words is text without full stops (a list joined by
     * semicolons, a pasted table): it is cut after a semicolon, colon or line break where one
     * falls, else between words, so that no quote or chunk is the whole text.
     */
    private static void cutLong(String text, Span sentence, List<Span> out) {
        List<int[]> words = new ArrayList<>();
        Matcher word = WORD.matcher(text).region(sentence.start(), sentence.end());
        while (word.find()) words.add(new int[] {word.start(), word.end()});
        if (words.size() <= MAX_WORDS) {
            out.add(sentence);
            return;
        }
        int first = 0;
        while (words.size() - first > PIECE_WORDS) {
            int last = first + PIECE_WORDS - 1;
            for (int i = last; i > first + PIECE_WORDS / 2; i--) {
                if (CLAUSE_END.matcher(text).region(words.get(i)[1] - 1, words.get(i)[1]).matches()
                        || text.substring(words.get(i)[1], words.get(i + 1)[0]).contains("\n")) {
                    last = i;
                    break;
                }
            }
            out.add(new Span(words.get(first)[0], words.get(last)[1]));
            first = last + 1;
        }
        out.add(new Span(words.get(first)[0], sentence.end()));
    }

    private static List<Span> sentences(String text) {
        List<Span> sentences = new ArrayList<>();
        int start = skipSpace(text, 0);
        Matcher end = END.matcher(text);
        while (end.find()) {
            if (end.end() > start && endsSentence(text, start, end.start(), end.end())) {
                sentences.add(new Span(start, end.end()));
                start = skipSpace(text, end.end());
            }
        }
        int last = trimEnd(text, text.length());
        if (start < last) sentences.add(new Span(start, last));
        return sentences;
    }

    private static boolean endsSentence(String text, int sentenceStart, int markStart, int markEnd) {
        int next = skipSpace(text, markEnd);
        if (next >= text.length()) return true;
        char following = text.charAt(next);
        String word = wordBefore(text, sentenceStart, markStart);
        // A lower-case word goes on after an abbreviation ("e.g. the model", "vs. baselines", "math, etc. are") or an
        // ellipsis, and starts a sentence after a word ("fewer tokens. short-3@k surpasses").
        if (Character.isLowerCase(following)) return text.charAt(markStart) == '.' && markEnd - markStart == 1 && !abbreviation(word);
        if (text.charAt(markStart) != '.') return true;
        if (ABBREVIATIONS.contains(word.toLowerCase(Locale.ROOT))) return false;
        // An initial ("J. Smith") stands alone; the end of a name ("Qwen2.5-0.5B.", "DeepSeek-R.") does not, nor a variable
        // before a word that opens sentences ("performance R. This law").
        int wordStart = markStart - word.length();
        boolean alone = wordStart == sentenceStart || Character.isWhitespace(text.charAt(wordStart - 1)) || text.charAt(wordStart - 1) == '(';
        // So do initials joined by full stops ("the U.S. Antarctic Program", "U.K. sites"), unless such a word follows.
        boolean initials = word.length() == 1 && Character.isUpperCase(word.charAt(0)) || DOTTED_INITIALS.matcher(word).matches();
        return !(initials && alone && !OPENERS.contains(wordAt(text, next)));
    }

    /** A word that a full stop shortens, or too short to be a sentence's last word: "e.g", "etc", "a", "2" (none). */
    private static boolean abbreviation(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return ABBREVIATIONS.contains(lower) || lower.equals("etc") || lower.equals("esp") || lower.contains(".") || lower.length() <= 1;
    }

    private static String wordAt(String text, int i) {
        int end = i;
        while (end < text.length() && Character.isLetter(text.charAt(end))) end++;
        return text.substring(i, end);
    }

    private static String wordBefore(String text, int from, int end) {
        int i = end;
        while (i > from && (Character.isLetter(text.charAt(i - 1)) || text.charAt(i - 1) == '.')) i--;
        return text.substring(i, end);
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && Character.isWhitespace(text.charAt(i))) i++;
        return i;
    }

    private static int trimEnd(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }
}
