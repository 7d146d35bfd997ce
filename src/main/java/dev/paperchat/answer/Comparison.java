package dev.paperchat.answer;

import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The things a question compares: "Compare Lp-Reg and AlphaFold", "Lp-Reg vs. Clip-Cov", "How
 * does X compare to Y?", "the difference between X and Y". A reader who names a paper the
 * collection lacks should be told so, not answered about the other one as if nothing was missing.
 */
final class Comparison {
    private static final String END = "\\s*+[?.!]*\\s*+$";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^\\s*+(?:please\\s+)?(?:compare|contrast)\\s+(.{1,80}?)\\s+(?:and|with|to|against|versus|vs\\.?)\\s+(.{1,80}?)" + END,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*+how\\s+(?:does|do)\\s+(.{1,80}?)\\s+compare\\s+(?:to|with|against)\\s+(.{1,80}?)" + END,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bdifferences?\\s+between\\s+(.{1,80}?)\\s+and\\s+(.{1,80}?)" + END, Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*+(\\S.{0,79}?)\\s+(?:vs\\.?|versus)\\s+(.{1,80}?)" + END, Pattern.CASE_INSENSITIVE));
    /** A name is short and written with a capital inside it or a digit ("Lp-Reg", "AlphaFold", "GPT-4", "Tree of Thoughts"). */
    private static final Pattern NAME = Pattern.compile("(?=.{2,40}$)(?:\\S+\\s+){0,3}\\S+");

    /** "Which paper gets 51.3 vs 28.9", "What did the DeepSeek vs o3-mini paper find?": a side of "vs" that asks is no name. */
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "(?i)\\b(?:which|what|how|who|why|when|where|does|did|do|is|are|was|were|paper|papers|find|finds|get|gets)\\b");

    private Comparison() {}

    /** The names a question compares, in its order; empty if it compares nothing or only topics ("RL and SFT" are names too). */
    static List<String> names(String question) {
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(question);
            // "Compare EMPO, Coconut and Quiet-STaR": the first operand may be a list itself.
            if (m.find()) return Stream.concat(Stream.of(m.group(1).split("\\s*+,\\s*+")), Stream.of(m.group(2)))
                    .map(Comparison::stripArticle).filter(Comparison::isName).toList();
        }
        return List.of();
    }

    /** The text lower-cased with everything but letters and digits removed, to compare ways of writing a name. */
    static String squeezed(String text) {
        return text.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", "");
    }

    private static String stripArticle(String operand) {
        return operand.strip().replaceFirst("(?i)^the\\s+", "").replaceFirst("(?i)\\s+(?:paper|method|approach)$", "");
    }

    private static boolean isName(String operand) {
        return NAME.matcher(operand).matches() && !QUESTION_WORDS.matcher(operand).find()
                && (operand.codePoints().skip(1).anyMatch(Character::isUpperCase) || operand.codePoints().anyMatch(Character::isDigit));
    }
}
