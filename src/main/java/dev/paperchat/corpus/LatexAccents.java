package dev.paperchat.corpus;

import java.text.Normalizer;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * LaTeX's accents and special letters as the characters they stand for: "Erd{\H{o}}s" is
 * Erdős, "{\L}ukasiewicz" Łukasiewicz, "Nguy{\~{\^e}}n" Nguyễn. jbibtex's printer knows only
 * some of them and drops the others, or their letter with them.
 */
final class LatexAccents {
    /** Accents written with a symbol: "\'a", "\'{a}", "\' a". */
    private static final Map<String, String> SYMBOL_ACCENTS = Map.of("'", "\u0301", "`", "\u0300", "^", "\u0302", "\"", "\u0308",
            "~", "\u0303", "=", "\u0304", ".", "\u0307");
    /** Accents written with a letter, which a letter cannot follow directly: "\c{c}", "\c c". */
    private static final Map<String, String> LETTER_ACCENTS = Map.of("u", "\u0306", "v", "\u030C", "H", "\u030B", "c", "\u0327",
            "k", "\u0328", "r", "\u030A", "d", "\u0323", "b", "\u0331");
    private static final Map<String, String> LETTERS = Map.ofEntries(Map.entry("l", "ł"), Map.entry("L", "Ł"), Map.entry("o", "ø"),
            Map.entry("O", "Ø"), Map.entry("oe", "œ"), Map.entry("OE", "Œ"), Map.entry("ae", "æ"), Map.entry("AE", "Æ"),
            Map.entry("aa", "å"), Map.entry("AA", "Å"), Map.entry("ss", "ß"), Map.entry("i", "ı"), Map.entry("j", "ȷ"),
            Map.entry("th", "þ"), Map.entry("TH", "Þ"), Map.entry("dh", "ð"), Map.entry("DH", "Ð"), Map.entry("dj", "đ"),
            Map.entry("DJ", "Đ"), Map.entry("ng", "ŋ"), Map.entry("NG", "Ŋ"));
    /** A letter, with the accents already given to it, or a dotless i or j, which an accent takes for the letter: "{\\'\\i}" is í. */
    private static final String BASE = "(\\p{L}\\p{M}*|\\\\[ij](?![A-Za-z]))";
    private static final Pattern SYMBOL = Pattern.compile("\\\\(['`^\"~=.])\\s*(?:\\{\\s*" + BASE + "\\s*}|" + BASE + ")");
    private static final Pattern LETTER = Pattern.compile("\\\\([uvHckrdb])(?:\\s*\\{\\s*" + BASE + "\\s*}|\\s+" + BASE + ")");
    private static final Pattern SPECIAL = Pattern.compile("\\\\(oe|OE|ae|AE|aa|AA|ss|th|TH|dh|DH|dj|DJ|ng|NG|l|L|o|O|i|j)(?![A-Za-z])(?:\\{})?\\s?");
    /** "{ő}" once the accent is resolved: braces that only held one letter. */
    private static final Pattern BRACED = Pattern.compile("\\{" + BASE + "}");

    private LatexAccents() {}

    static String toUnicode(String latex) {
        if (latex.indexOf('\\') < 0) return latex;
        String text = latex;
        // Inner accents first: "\~{\^e}" is the tilde over ê; a letter's accent before a special letter alone: "{\'\i}".
        for (String before = null; !text.equals(before); ) {
            before = text;
            text = accented(SYMBOL, SYMBOL_ACCENTS, text);
            text = accented(LETTER, LETTER_ACCENTS, text);
            text = SPECIAL.matcher(text).replaceAll(m -> Matcher.quoteReplacement(LETTERS.get(m.group(1))));
        }
        text = Normalizer.normalize(text, Normalizer.Form.NFC);
        return BRACED.matcher(text).replaceAll("$1");
    }

    private static String accented(Pattern pattern, Map<String, String> accents, String text) {
        return pattern.matcher(text).replaceAll(m -> {
            String letter = (m.group(2) != null ? m.group(2) : m.group(3)).replace("\\", "");
            return Matcher.quoteReplacement(Normalizer.normalize(letter + accents.get(m.group(1)), Normalizer.Form.NFC));
        });
    }
}
