package dev.paperchat.answer;

import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * The things a question compares: "Compare Lp-Reg and AlphaFold", "Lp-Reg vs. Clip-Cov", "How
 * does X compare to Y?", "How does X differ from Y?", "the difference between X and Y". A reader who names a paper the
 * collection lacks should be told so, not answered about the other one as if nothing was missing.
 */
final class Comparison {
    private static final String END = "\\s*+[?.!]*\\s*+$";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^\\s*+(?:please\\s+)?(?:compare|contrast)\\s+(.{1,80}?)\\s+(?:and|with|to|against|versus|vs\\.?)\\s+(.{1,80}?)" + END,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*+how\\s+(?:does|do)\\s+(.{1,80}?)\\s+compare\\s+(?:to|with|against)\\s+(.{1,80}?)" + END,
                    Pattern.CASE_INSENSITIVE),
            // "How does ReFT differ from DPO?", "How is Coconut different from CoT?", "What distinguishes EMPO from TTRL?"
            Pattern.compile("^\\s*+(?:how|in\\s+what\\s+ways?)\\s+(?:does|do)\\s+(.{1,80}?)\\s+differ\\s+from\\s+(.{1,80}?)" + END,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*+how\\s+(?:is|are)\\s+(.{1,80}?)\\s+different\\s+(?:from|than|to)\\s+(.{1,80}?)" + END,
                    Pattern.CASE_INSENSITIVE),
            // "How do EMPO and TTRL differ?", "how are Coconut and CoT different?": both sides before the verb.
            Pattern.compile("^\\s*+(?:how|in\\s+what\\s+ways?)\\s+(?:do|are)\\s+(.{1,80}?)\\s+and\\s+(.{1,80}?)\\s+(?:differ|different|compare)" + END,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*+what\\s+(?:distinguishes|sets)\\s+(.{1,80}?)\\s+(?:apart\\s+)?from\\s+(.{1,80}?)" + END,
                    Pattern.CASE_INSENSITIVE),
            Pattern.compile("\\bdifferences?\\s+between\\s+(.{1,80}?)\\s+and\\s+(.{1,80}?)" + END, Pattern.CASE_INSENSITIVE),
            Pattern.compile("^\\s*+(\\S.{0,79}?)\\s+(?:vs\\.?|versus)\\s+(.{1,80}?)" + END, Pattern.CASE_INSENSITIVE));
    /** A name is short and written with a capital inside it or a digit ("Lp-Reg", "AlphaFold", "GPT-4", "Tree of Thoughts"). */
    private static final Pattern NAME = Pattern.compile("(?=.{2,40}$)(?:\\S+\\s+){0,3}\\S+");

    /** A colon or dash after a name, where a question about the names begins. */
    private static final Pattern QUESTION_AFTER = Pattern.compile("\\s*+[:\u2014\u2013]\\s*+|\\s++-\\s++");

    /** What may come before "the difference between": "What is", "what's", "Explain". */
    private static final Pattern WHAT_IS_THE = Pattern.compile("(?i)\\s*+(?:what(?:['\u2019]s|\\s++is|\\s++are)|explain|tell\\s++me)?\\s*+(?:the\\s++)?");

    /** "Which paper gets 51.3 vs 28.9", "What did the DeepSeek vs o3-mini paper find?": a side of "vs" that asks is no name. */
    private static final Pattern QUESTION_WORDS = Pattern.compile(
            "(?i)\\b(?:which|what|how|who|why|when|where|does|did|do|is|are|was|were|paper|papers|find|finds|get|gets)\\b");

    /** "GRPO vs DPO: what's the difference?": the question a comparison asks after its names. */
    private static final Pattern ASKS_DIFFERENCE = Pattern.compile("(?i)(?<![\\s,;:\u2014\u2013-])[\\s,;:\u2014\u2013-]++(?:what(?:['\u2019]s|\\s++is|\\s++are)\\s++the\\s++differences?"
            + "|how\\s++do\\s++they\\s++(?:differ|compare))\\s*+[?.!]*+\\s*+$");

    /** "A, B and C", "A and B": the things one side lists. */
    private static final Pattern LIST = Pattern.compile("\\s*+,\\s*+(?:and\\s++)?|\\s++and\\s++");
    private static final Pattern EACH_OTHER = Pattern.compile("(?i)each\\s++other|one\\s++another");
    /** "MoE models", "GRPO methods": the name and the kind of thing it is. */
    private static final Pattern KIND_AFTER = Pattern.compile("(?i)^(\\S++)\\s++(?:models|methods|approaches|algorithms|frameworks)$");
    /** "ReWOO in training", "the baseline on AIME 2024": what follows a preposition says where they are compared, not what. */
    private static final Pattern WHERE_COMPARED = Pattern.compile("\\s++(?i:in|on|for|at|during|across|under|when|regarding)\\s++"
            // a phrase of small letters or of a benchmark ("on AIME 2024"), not a name's own words ("All for One"); "with Z" is another side
            + "(?=\\p{Ll}|\\p{Lu}{2}|[\\p{L}-]*+\\d).*+$");
    /** "On Countdown, ...": a side that starts saying where. */
    private static final Pattern LEADING_PREPOSITION = Pattern.compile("(?i)(?:on|in|at|for|with|by|from|under|during|across|after|before)\\s");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "and", "for", "to", "with", "in", "on", "a", "an", "via", "by", "from",
            "at", "as", "or", "not", "is", "are", "be");

    private Comparison() {}

    /**
     * "What is the difference between PPO and GRPO?", "Coconut vs Soft Thinking": a question that
     * only compares, written as "compare PPO and GRPO", which is searched and answered as every
     * comparison is; the words of its frame ("difference", "vs") are in no abstract that answers it.
     */
    static Optional<String> asCompare(String question) {
        String compared = withoutClosingQuestion(question);
        for (Pattern form : FORMS.subList(1, FORMS.size())) {
            Matcher m = form.matcher(compared);
            if (!m.find() || m.start() > 0 && !WHAT_IS_THE.matcher(compared.substring(0, m.start())).matches()) continue;
            List<String> operands = operands(m);
            // "How does performance compare to the baseline?" and "How does it compare to PPO?" compare no two named things.
            boolean names = operands.stream().allMatch(o -> NAME.matcher(o).matches() && !QUESTION_WORDS.matcher(o).find() && Character.isUpperCase(o.charAt(0))
                    || isName(o));
            return names && operands.size() >= 2 ? Optional.of("compare " + joined(operands)) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "GRPO vs DPO" of "GRPO vs DPO: what's the difference?". */
    private static String withoutClosingQuestion(String question) {
        return ASKS_DIFFERENCE.matcher(question).replaceFirst("");
    }

    private static String joined(List<String> operands) {
        return String.join(", ", operands.subList(0, operands.size() - 1)) + " and " + operands.get(operands.size() - 1);
    }

    /**
     * Each thing compared: "How are MEM1 and ReWOO different from each other?" compares MEM1 and ReWOO,
     * "What distinguishes GRPO, PPO and DPO from SFT?" four; "each other" is none.
     */
    private static List<String> operands(Matcher m) {
        return Stream.of(m.group(1), m.group(2)).flatMap(LIST::splitAsStream).map(Comparison::stripArticle)
                .filter(o -> !o.isEmpty() && !EACH_OTHER.matcher(o).matches()).toList();
    }

    /** The names a question compares, in its order; empty if it compares nothing or only topics ("RL and SFT" are names too). */
    static List<String> names(String question) {
        String compared = withoutClosingQuestion(question);
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(compared);
            // "Compare EMPO, Coconut and Quiet-STaR": the first operand may be a list itself.
            // "EMPO vs TTRL: which needs labels?": the last name ends where its question begins.
            if (m.find()) return operands(m).stream().map(o -> WHERE_COMPARED.matcher(QUESTION_AFTER.split(o, 2)[0]).replaceFirst(""))
                    .map(o -> KIND_AFTER.matcher(o).replaceFirst("$1")).filter(Comparison::isName).toList();
        }
        return List.of();
    }

    /** The name as a word written in any case, with or without spaces or marks between its letters ("Lp-Reg", "LP Reg", "lpreg", "Pass@1", "Don't"). */
    static Pattern writing(String name) {
        List<String> letters = name.codePoints().filter(Character::isLetterOrDigit).mapToObj(Character::toString).map(Pattern::quote).toList();
        return Pattern.compile("(?<![\\p{L}\\p{N}])" + String.join("[^\\p{L}\\p{N}]{0,2}", letters) + "(?![\\p{L}\\p{N}])",
                Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    }

    private static String stripArticle(String operand) {
        return operand.strip().replaceFirst("(?i)^(?:the|an?)\\s+", "").replaceFirst("(?i)\\s+(?:paper|method|approach)$", "");
    }

    /** Whether the words are a clause, not a name of several: a name's words are capitalised, coded or small ("Tree of Thoughts", "o3-mini"). */
    private static boolean clause(String operand) {
        String[] words = operand.split("\\s++");
        // "On Countdown, APR scores 83.4% versus 60.0%": a phrase that says where is none either, nor a figure's ("7 for Delethink").
        // A plain word may end a name as its variant ("GPT-5 mini", "GPT-4 turbo"), not stand inside it ("LongCoT-RL costs 27 H100-months").
        return words.length > 1 && (LEADING_PREPOSITION.matcher(operand).lookingAt() || words[0].matches("[\\d.,%]++")
                || Stream.of(words).limit(words.length - 1).anyMatch(w -> !SMALL_WORDS.contains(w) && w.chars().allMatch(c -> Character.isLowerCase(c) || c == '-')));
    }

    private static boolean isName(String operand) {
        // A figure ("51.3 vs 28.9") is no name, nor a clause ("LongCoT-RL costs 27 H100-months versus 7 for Delethink").
        return NAME.matcher(operand).matches() && !QUESTION_WORDS.matcher(operand).find() && operand.codePoints().anyMatch(Character::isLetter)
                && !clause(operand)
                && (operand.codePoints().skip(1).anyMatch(Character::isUpperCase) || operand.codePoints().anyMatch(Character::isDigit));
    }
}
