package dev.paperchat.corpus;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The numbers a text states, each in one form, so that a claim's can be checked against a
 * source's: wording close enough to pass for the source's may still change "83.1%" to "99.9%".
 */
public final class Numbers {
    /**
     * What makes "times" a factor ("3 times faster", "2.8 times the speed", "10 times as many"), not a
     * count of tries ("resampled each sentence 100 times"), which is a number like any other.
     */
    private static final String FACTOR_AFTER = "\\s++(?:more|less|fewer|as|the|over|higher|lower|greater|larger|smaller|bigger|faster|slower"
            + "|cheaper|longer|shorter|better|worse|speed\\w*+|reduction|increase|improvement|gain|\\p{L}+er\\b)";
    /** What a number counts, written after it: "%", "points", "pp" (also "17.1pp"), "x", "-fold", "times", "B", "billion", "-billion", "M", "T". */
    private static final String UNIT = "(?<unit>\\s?\\\\?%|\\s?pp\\b|\\s(?:percent(?:age points?)?|per cent|(?:(?:absolute|percentage|accuracy)\\s)?points?)\\b"
            // "5times", LaTeX's "5\times" that lost its backslash, is a factor whatever follows it; "100 times" only before "faster" and the like.
            + "|\\s?[xX\u00d7](?![\\p{L}\\d])|-?fold\\b|\\s?times\\b(?=" + FACTOR_AFTER + ")|(?<=\\d)times\\b"
            + "|\\s?[Bb](?![\\p{L}\\d])|[\\s-]billion\\b|\\s?M(?![\\p{L}\\d])|[\\s-]million\\b|\\s?T(?![\\p{L}\\d])|[\\s-]trillion\\b)?";
    /**
     * "83.1", "1,000", "2019", the "7" of "7B", "1k" and "1 thousand"; not a digit of a name ("Qwen3", "A3B", "GPT-4o"), which
     * would state a "3" for a claim of a "3x" speed-up, nor of a metric ("Pass@1", "maj@16"). The unit after it says what it counts.
     * Possessive: a run of thousands of "1." must not recurse once per group.
     */
    private static final Pattern NUMBER = Pattern.compile("(?<![\\p{L}\\d.,@])(?<!\\p{L}['\u2019])(?<digits>\\d++(?:[.,]\\d++)*+)(?:(?<k>[kK](?!\\p{L})|[\\s-]thousand\\b))?" + UNIT + "(?!\\p{L})");
    private static final List<String> WORDS = List.of("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
            "ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen", "twenty");
    private static final List<String> TENS = List.of("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety");
    /**
     * "three times", "five percent", "ten-fold", "ninety percent", "seventy-five", "ten thousand":
     * a number in words, with its unit too; not the start of a compound ("twenty-questions game").
     */
    private static final Pattern WORD = Pattern.compile("(?i)(?<![\\p{L}-])(?:(?<tens>" + String.join("|", TENS) + ")(?:[\\s-](?<ones>"
            + String.join("|", WORDS.subList(1, 10)) + "))?|(?<small>" + String.join("|", WORDS) + "))\\b"
            + "(?<hundred>[\\s-]hundred\\b)?(?<thousand>[\\s-]thousand\\b)?" + UNIT + "(?!-\\p{L})");
    /** A version, not a figure: "GPT-3.5", "Llama 3.1", "Qwen-2.5". */
    private static final Pattern VERSION_BEFORE = Pattern.compile("(?:\\p{L}-|\\p{Lu}[\\p{L}\\d]*\\s)$");
    /** Marks a source's decimal as the numbers a claim may round it to: "24.5%" for a claim of "24%" or "25%", "79.27%" for "79.3%". */
    private static final String ROUNDED = "~";
    /** Marks a rounded decimal of whatever unit, for a claim's whole number that gives none. */
    private static final String ANY_UNIT = "*";
    /** What sets one figure against the next: "27 ... versus 7", "7 vs. 27", "compared to", "than". */
    private static final Pattern SET_AGAINST = Pattern.compile("(?i)\\b(?:vs\\.?|versus|compared\\s++(?:to|with)|against|than|relative\\s++to)\\b");
    /** "from 30.7 to 58.1", "from 5439 tokens to 4583": a change, the first figure after "from", the second after "to". */
    private static final Pattern FROM = Pattern.compile("(?i)\\bfrom\\s*+$");
    private static final Pattern TO = Pattern.compile("(?i)\\s*+(?:%|\\p{L}++)?\\s*+(?:to|\u2192|->)\\s*+");
    /** Marks a stated number written without a unit. */
    private static final String PLAIN = "=";

    /** The name that ends a text, before a space or hyphen: "Llama" of "Llama ", "AIME" of "on AIME-"; not "a" of "a 3x". */
    private static final Pattern NAME_BEFORE = Pattern.compile("(?<![\\p{L}\\d])(\\p{Lu}[\\p{L}\\d]+)[\\s-]$");

    private static final int MAX_NAME_CHARS = 60;
    /** A model's name that a size ends: "DeepSeek-R1-Distill-Llama" of "DeepSeek-R1-Distill-Llama-70B", "Qwen2.5-Math" of "Qwen2.5-Math-7B". */
    private static final Pattern SIZED_NAME = Pattern.compile("(?<![\\p{L}\\d.-])(\\p{L}[\\p{L}\\d.]*+(?:-[\\p{L}\\d.]++)*+)-$");
    private static final Set<String> COUNTS = Set.of("B", "M", "T");
    /** A model's name: a capital, and a version ("Phi-4-reasoning", "GPT-4o", "Llama3") or a capital inside ("DeepSeek", "MobileLLM"). */
    private static final Pattern MODEL_NAME = Pattern.compile("(?<![\\p{L}\\d])\\p{Lu}\\p{L}{0,40}?(?:-?\\d|\\p{Ll}\\p{Lu})");
    /** A figure and the word that says what it counts: "5,000 steps", "300 thousand rules". */
    private static final Pattern COUNTED = Pattern.compile("(?<![\\p{L}\\d.,])(\\d[\\d,.]*+)(?:\\s++(?:thousand|million|billion))?\\s++(\\p{Ll}{3,})");
    /** A count from two to twenty and the word after it: "five math benchmarks", "2 techniques"; not "one", which is as often no count. */
    private static final Pattern SMALL_COUNT = Pattern.compile("(?i)(?<![\\p{L}\\d.,-])(" + String.join("|", WORDS.subList(2, 21))
            + "|[2-9]|1\\d|20)\\s++(\\p{L}{3,})(?![\\p{L}-])");
    private static final Set<String> NOT_COUNTED = Set.of("and", "the", "for", "with", "from", "over", "than", "out", "more", "less", "fewer",
            "times", "percent", "points", "fold", "per", "across", "into", "while", "when", "which", "that", "but", "are", "was", "were");

    /** "1)" and "(2)" of an enumeration: "including 1) the cost of... 2) the fact that...". */
    private static final Pattern ENUMERATOR = Pattern.compile("(?<![\\p{L}\\d.,])\\(?\\d{1,2}\\)");
    /** A benchmark's year after an apostrophe: "AIME'24", "AIME\u201924"; part of its name, no figure of its own. */
    private static final Pattern SHORT_YEAR = Pattern.compile("(?<=\\p{L}['\u2019])(\\d{2})(?!\\d)");
    /** A year a text names its sources by, without a unit: "Zelikman et al. 2022". */
    private static final Pattern YEAR = Pattern.compile("19[5-9]\\d|20[0-3]\\d");
    private static final Pattern ARROW = Pattern.compile("(?<=[\\d%])\\\\?(?:rightarrow|Rightarrow|to)(?=\\d)");
    /** A word that ends a clause of an enumeration: "90%," or "steps;". */
    private static final Pattern CLAUSE_END = Pattern.compile("[,;]$");
    /** How many words either side of a figure are its context. */
    private static final int NEAR = 5;
    /** A digit anywhere, or a capital after a word's first letter: "Phi-4-reasoning", "AMC23", "GRPO". */
    private static final Pattern NAME_PART = Pattern.compile("\\p{N}|.\\p{Lu}");
    /** Words of any sentence, no context of a figure. */
    private static final Set<String> FRAME_WORDS = Set.of("that", "this", "these", "those", "with", "from", "than", "into", "over", "when",
            "which", "while", "where", "what", "also", "only", "more", "less", "most", "have", "been", "were", "their", "there", "they", "them",
            "such", "both", "each", "other", "about", "after", "before", "show", "shows", "paper", "papers", "work", "model", "models");

    /**
     * A number as written, in its forms ("1k" is 1k, 1000 and 1), with what it counts: "%" for a
     * percentage or points, "x" for a factor, "B", "M" or "T" for a count in billions, millions or
     * trillions, or "" when the text does not say.
     */
    private record Figure(List<String> forms, String unit, boolean whole, boolean version, List<String> sizeOf, boolean prose) {
        Figure(List<String> forms, String unit, boolean whole, boolean version, List<String> sizeOf) {
            this(forms, unit, whole, version, sizeOf, false);
        }
    }

    private Numbers() {}

    /** The numbers a source states: "1,000" and "1000" alike, "10.0" as "10", "1k" as 1 and 1000, "two" as "2". */
    public static Set<String> in(String source) {
        return stated(source, false, null);
    }

    /**
     * Each number in each of its forms, and with its unit ("24%", "7B"), so that a claim's "24%" is
     * not stated by "24 million" nor by "five datasets".
     * @param rounded also the whole numbers each decimal rounds or truncates to, marked {@link #ROUNDED}
     * @param claim when given, a size that is part of a model's name ("Llama-70B") is stated only for a claim that names that model:
     *              "Phi-4-reasoning is a 70B model" is not stated by "it outperforms DeepSeek-R1-Distill-Llama-70B"
     */
    private static Set<String> stated(String source, boolean rounded, String claim) {
        // "5.9%rightarrow10.9%": LaTeX's arrow that lost its backslash stands between two numbers.
        String text = ARROW.matcher(grouped(source)).replaceAll(" to ");
        Set<String> numbers = new HashSet<>();
        boolean namesModel = claim != null && namesModelBeforeSize(claim);
        for (Figure figure : written(text)) {
            if (namesModel && !figure.sizeOf().isEmpty() && figure.sizeOf().stream().noneMatch(name -> writes(claim, name))) continue;
            for (String form : figure.forms()) {
                numbers.add(form);
                numbers.add(form + figure.unit());
                if (figure.unit().isEmpty()) numbers.add(PLAIN + form);
            }
            // A decimal rounds to a claim's whole number of its own unit ("24.5%" to "24%"), never a version ("GPT-3.5" to "4%").
            if (rounded && !figure.whole() && !figure.version()) {
                for (String whole : roundings(figure.forms().get(0))) {
                    numbers.add(ROUNDED + whole + figure.unit());
                    numbers.add(ROUNDED + whole + ANY_UNIT);
                }
            }
        }
        for (Figure figure : inWords(text)) {
            numbers.add(figure.forms().get(0));
            numbers.add(figure.forms().get(0) + figure.unit());
        }
        // "AIME'25" is the year a claim writes as "AIME 2025".
        Matcher year = SHORT_YEAR.matcher(text);
        while (year.find()) numbers.add("20" + year.group(1));
        return numbers;
    }

    /**
     * The numbers of {@code claim}, in digits, that {@code source} does not state in any of their
     * forms, in order. Small numbers in words are a claim's prose ("two losses"), not checked,
     * unless a unit follows ("nine times"); tens and scaled ones are figures ("seventy", "ten thousand").
     * A number with a unit needs the same unit in the source; a decimal may stand without one there
     * ("from 30.7 to 58.1"), and a whole number may be a stated decimal rounded ("about 11 points" of "+11.04").
     */
    public static List<String> unstated(String given, String source) {
        String claim = grouped(given);
        Set<String> stated = stated(source, true, claim);
        List<String> unstated = new ArrayList<>();
        Matcher m = NUMBER.matcher(claim);
        for (Figure figure : written(claim)) {
            m.find();
            if (!isStated(figure, stated) && !namedWith(claim, m, source) && !ratioStated(figure, claim, source)) unstated.add(figure.forms().get(0));
        }
        // "nine times more efficient" and "ninety" are figures, though "two losses" is prose.
        for (Figure figure : inWords(claim)) {
            if ((!figure.unit().isEmpty() || !figure.prose()) && !isStated(figure, stated) && !ratioStated(figure, claim, source)) {
                unstated.add(figure.forms().get(0));
            }
        }
        unstated.addAll(otherCounts(claim, source));
        unstated.addAll(factorVerbs(claim, source));
        return unstated.stream().distinct().sorted().toList();
    }

    /** A factor said by a verb, "halves hallucinations", "doubles throughput", and the forms a source states it in, about. */
    private record FactorVerb(Pattern said, Pattern stated, double factor) {}

    private static final List<FactorVerb> FACTOR_VERBS = List.of(
            new FactorVerb(Pattern.compile("(?i)\\bhalv(?:e|es|ed|ing)\\b"), Pattern.compile("(?i)\\b(?:half|halv\\p{L}*+|two-?fold)\\b"), 0.5),
            new FactorVerb(Pattern.compile("(?i)\\bdoubl(?:e|es|ed|ing)\\b"), Pattern.compile("(?i)\\b(?:doubl\\p{L}*+|twice|two-?fold)\\b"), 2),
            new FactorVerb(Pattern.compile("(?i)\\btripl(?:e|es|ed|ing)\\b"), Pattern.compile("(?i)\\b(?:tripl\\p{L}*+|thrice|three-?fold)\\b"), 3));
    /** How far a stated figure may be from a verb's factor and still state it: "a 48% reduction" halves, roughly. */
    private static final double FACTOR_SLACK = 0.1;

    /**
     * "RAG halves hallucinations in legal QA" of a sentence that states no half: the verb is a figure
     * as "by 50%" is, which had gone unchecked. A half is stated as "half", "halved", "two-fold", or a
     * reduction of about 50%; a double as "twice", "2x", or an increase of about 100%.
     */
    private static List<String> factorVerbs(String claim, String source) {
        List<String> unstated = new ArrayList<>();
        for (FactorVerb verb : FACTOR_VERBS) {
            Matcher said = verb.said().matcher(claim);
            if (!said.find() || verb.stated().matcher(source).find() || statesFactor(source, verb.factor())) continue;
            // "from 30.7 to 58.1" doubles, as a ratio of two figures states a factor.
            String ratio = String.valueOf((int) Math.round(verb.factor() < 1 ? 1 / verb.factor() : verb.factor()));
            if (!ratioStated(new Figure(List.of(ratio), "x", true, false, List.of()), claim, source)) unstated.add(said.group());
        }
        return unstated;
    }

    /** Whether the source gives a percentage or a factor ("2x", "2.1\u00d7") within {@link #FACTOR_SLACK} of the factor. */
    private static boolean statesFactor(String source, double factor) {
        Matcher m = NUMBER.matcher(source);
        while (m.find()) {
            String unit = m.group("unit") == null ? "" : m.group("unit").strip().toLowerCase(Locale.ROOT);
            double value;
            try {
                value = Double.parseDouble(m.group("digits").replace(",", ""));
            } catch (NumberFormatException e) {
                continue;
            }
            // A half is a 50% cut; a double and a triple are 100% and 200% more, or 2x and 3x.
            double asFactor = unit.endsWith("%") ? (factor < 1 ? 1 - value / 100 : 1 + value / 100)
                    : unit.equals("x") || unit.equals("\u00d7") || unit.endsWith("fold") || unit.equals("times") ? value : Double.NaN;
            if (Math.abs(asFactor - factor) <= FACTOR_SLACK * factor) return true;
        }
        return false;
    }

    /**
     * Whether a factor ("four times cheaper", "3x faster") is the ratio of two figures of one unit that
     * one sentence of the source sets against each other, within a tenth: "27 H100-months for LongCoT-RL
     * versus 7 for Delethink" is about four times cheaper, as "from 30.7 to 58.1" is about twice. Figures
     * of two units ("5.6B parameters", "by 1.6x"), or of two things ("9.3% of the data ... costs by 43%";
     * "by 11.8% to 50.4%", a range), make no ratio.
     */
    private static boolean ratioStated(Figure factor, String claim, String source) {
        if (!factor.unit().equals("x")) return false;
        double wanted = valueOf(factor);
        // "a 6.59x reduction in training time" is no ratio of two F1 scores: a sentence of another measure only sets none of it.
        Optional<String> measure = FigureMeasures.measureOf(claim, wanted);
        for (Span sentence : Sentences.split(source)) {
            String text = sentence.of(source);
            if (measure.isPresent() && FigureMeasures.namesOnlyOthers(text, measure.get())) continue;
            List<Figure> figures = written(text);
            List<int[]> spans = new ArrayList<>();
            Matcher number = NUMBER.matcher(text);
            while (number.find()) spans.add(new int[] {number.start(), number.end()});
            for (int i = 1; i < figures.size(); i++) {
                Figure a = figures.get(i - 1), b = figures.get(i);
                if (!ratioOperand(a) || !ratioOperand(b) || !a.unit().equals(b.unit())) continue;
                boolean setAgainst = SET_AGAINST.matcher(text.substring(spans.get(i - 1)[1], spans.get(i)[0])).find()
                        || FROM.matcher(text.substring(0, spans.get(i - 1)[0])).find() && TO.matcher(text.substring(spans.get(i - 1)[1], spans.get(i)[0])).matches();
                double ratio = Math.max(valueOf(a), valueOf(b)) / Math.min(valueOf(a), valueOf(b));
                if (setAgainst && Math.abs(ratio - wanted) <= wanted / 10) return true;
            }
        }
        return false;
    }

    /** A figure a ratio may be of: a count or share, not a factor itself, a version or a model's size. */
    private static boolean ratioOperand(Figure figure) {
        return figure.sizeOf().isEmpty() && !figure.version() && !figure.unit().equals("x") && valueOf(figure) > 0;
    }

    /** A figure's value in its first form that is a plain number ("1000" of "1k"); 0 for none. */
    private static double valueOf(Figure figure) {
        for (String form : figure.forms()) {
            try {
                return Double.parseDouble(form);
            } catch (NumberFormatException notPlain) {
                // "1k": the next form is the number.
            }
        }
        return 0;
    }

    /**
     * A small count of the claim that the source gives otherwise, by the word after it: "seven math
     * benchmarks" of a source's "five math benchmarks", "four simple techniques" of its "two simple
     * yet effective techniques". Prose in itself, such a count is checked where the source counts the same thing.
     */
    private static List<String> otherCounts(String claim, String source) {
        List<String> other = new ArrayList<>();
        // A count the source writes anywhere may be of a part ("on 3 of them"): only a count it never writes is checked.
        Set<String> written = in(source);
        Matcher counted = SMALL_COUNT.matcher(claim);
        while (counted.find()) {
            String noun = singular(counted.group(2));
            int count = countOf(counted.group(1));
            if (NOT_COUNTED.contains(noun) || written.contains(String.valueOf(count))) continue;
            Set<Integer> given = new HashSet<>();
            Matcher said = SMALL_COUNT.matcher(source);
            while (said.find()) if (singular(said.group(2)).equals(noun)) given.add(countOf(said.group(1)));
            if (!given.isEmpty()) other.add(String.valueOf(count));
        }
        return other;
    }

    /** "benchmarks" as "benchmark", "techniques" as "technique": a count's noun, not its number. */
    private static String singular(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        return lower.length() > 3 && lower.endsWith("s") && !lower.endsWith("ss") ? lower.substring(0, lower.length() - 1) : lower;
    }

    private static int countOf(String written) {
        return Character.isDigit(written.charAt(0)) ? Integer.parseInt(written) : WORDS.indexOf(written.toLowerCase(Locale.ROOT));
    }

    private static boolean isStated(Figure figure, Set<String> stated) {
        for (String form : figure.forms()) {
            String unit = figure.unit();
            // A decimal may stand without its unit ("from 30.7 to 58.1"), not with another: "5.2%" states no "5.2x";
            // a factor is written as one: "+6.1" is a gain, no "6.1x".
            if (stated.contains(form + unit) || !figure.whole() && !unit.equals("x") && stated.contains(unit.isEmpty() ? form : PLAIN + form)) return true;
            // A number with a unit rounds a decimal of that unit, or of none ("11 points" of "+11.04", "8.7 points" of "+8.68");
            // without one, any.
            if (stated.contains(ROUNDED + form + unit) || stated.contains(ROUNDED + form + (unit.isEmpty() ? ANY_UNIT : ""))) {
                return true;
            }
        }
        return false;
    }

    /**
     * Whether the source counts what the claim's figures count: "5,000 steps" is not stated by
     * "from 5,000 to 3,000 tokens", whose 5,000 is a number of tokens. A figure the claim writes
     * without a noun after it, or with a unit, is no count of anything named.
     */
    public static boolean countsAlike(String claim, String source) {
        Matcher counted = COUNTED.matcher(claim);
        while (counted.find()) {
            String noun = counted.group(2);
            if (NOT_COUNTED.contains(noun)) continue;
            String number = countedValue(counted);
            String stem = noun.length() > 4 ? noun.substring(0, noun.length() - 2) : noun;
            Matcher said = COUNTED.matcher(source);
            boolean alike = false;
            while (!alike && said.find()) alike = countedValue(said).equals(number) && said.group(2).startsWith(stem);
            if (!alike && in(source).contains(number)) return false;
        }
        return true;
    }

    /**
     * Whether a sentence of the source states one of the claim's figures of what the claim does: a
     * word of four letters or more near the figure in both. "AMC23 accuracy rising from 63% to 80%"
     * is no source of "Hawkeye cuts inference cost by up to 80%".
     */
    public static boolean statedInContext(String claim, String source) {
        Set<String> figures = in(claim);
        // A claim of names and no figures ("Coconut is trained on ProsQA") has no figure to read in context.
        if (figures.isEmpty()) return true;
        Set<String> near = nearFigures(claim, figures);
        // "(e.g., 0.02% in Wikitext-103)", "+11% on AIME 2024": no word near its figures to read them by.
        if (near.isEmpty()) return true;
        for (Span span : Sentences.split(source)) {
            if (nearFigures(span.of(source), figures).stream().anyMatch(near::contains)) return true;
        }
        return false;
    }

    /** The context words within {@link #NEAR} words of each of the figures the text states. */
    private static Set<String> nearFigures(String text, Set<String> figures) {
        String[] tokens = text.split("\\s+");
        Set<String> words = new HashSet<>();
        for (int i = 0; i < tokens.length; i++) {
            if (Collections.disjoint(in(tokens[i]), figures)) continue;
            // Within its clause: in "time by 90%, sampled problems by 80%, and token usage by 99%" the 80% is of sampled problems.
            int from = i, to = i;
            while (from > 0 && i - from < NEAR && !CLAUSE_END.matcher(tokens[from - 1]).find()) from--;
            while (to + 1 < tokens.length && to - i < NEAR && !CLAUSE_END.matcher(tokens[to]).find()) to++;
            for (int j = from; j <= to; j++) words.addAll(contextWords(tokens[j]));
        }
        return words;
    }

    /**
     * A text's words of four letters or more, cut to their first five letters as a rough stem,
     * less the words of any sentence and the parts of names ("reasoning" of "Phi-4-reasoning").
     */
    private static Set<String> contextWords(String text) {
        Set<String> words = new HashSet<>();
        for (String token : text.split("[^\\p{L}\\p{N}-]+")) {
            if (NAME_PART.matcher(token).find()) continue;
            for (String word : token.toLowerCase(Locale.ROOT).split("-")) {
                if (word.length() >= 4 && !FRAME_WORDS.contains(word)) words.add(word.substring(0, Math.min(5, word.length())));
            }
        }
        return words;
    }

    /** The figure of a {@link #COUNTED} match, without a full stop that ends its sentence. */
    private static String countedValue(Matcher counted) {
        return normalised(counted.group(1).replaceFirst("[.,]$", ""));
    }

    /** Whether the text states a figure of the unit of one of the claim's ("1.7%" for a claim of "17%"), whatever its value. */
    public static boolean sameKind(String claim, String text) {
        Set<String> units = new HashSet<>();
        for (Figure figure : written(claim)) if (!figure.unit().isEmpty()) units.add(figure.unit());
        return !units.isEmpty() && written(text).stream().anyMatch(figure -> units.contains(figure.unit()));
    }

    /**
     * "Llama 3.1" of a source that writes "Llama3.1-8B", "AIME 2024" of one that writes "AIME2024", "AIME24" or "AIME'24":
     * a name's version, stated.
     */
    private static boolean namedWith(String claim, Matcher number, String source) {
        // The name ends right before the number: the last words are enough, and a text of many numbers stays linear.
        Matcher word = NAME_BEFORE.matcher(claim.substring(Math.max(0, number.start() - MAX_NAME_CHARS), number.start()));
        if (!word.find()) return false;
        String digits = number.group("digits");
        String version = digits.matches("(?:19|20)\\d{2}") ? "(?:" + digits + "|['\u2019]?" + digits.substring(2) + ")" : Pattern.quote(digits);
        return Pattern.compile("(?i)(?<![\\p{L}\\d])" + Pattern.quote(word.group(1)) + "[\\s-]?" + version
                        + "(?![\\d.,]\\d)")
                .matcher(source).find();
    }

    /** The words a claim may name a sized model by: "Qwen" and "Math" of "Qwen2.5-Math", written "Qwen 2.5 7B" or "Qwen-Math". */
    private static List<String> modelWords(String model) {
        return Arrays.stream(model.split("-")).map(part -> part.replaceFirst("[\\d.]+$", ""))
                .filter(part -> part.length() >= 2 && Character.isLetter(part.charAt(0))).toList();
    }

    /**
     * Whether the claim names the model its size is of: a name before its first size ("Phi-4-reasoning
     * is a 70B model"). "A 950M-parameter model scored 60% on GSM8K" names none, and is of whichever
     * model the paper sizes so ("MobileLLM-R1-950M"); a benchmark after the size is no subject.
     */
    private static boolean namesModelBeforeSize(String claim) {
        Matcher m = NUMBER.matcher(claim);
        while (m.find()) {
            if (COUNTS.contains(unit(m.group("unit")))) return MODEL_NAME.matcher(claim.substring(0, m.start())).find();
        }
        return false;
    }

    /** Whether the text writes the name as a word of its own or before a version: "Qwen" in "Qwen2.5-7B". */
    private static boolean writes(String text, String name) {
        return Pattern.compile("(?i)(?<!\\p{L})" + Pattern.quote(name) + "(?!\\p{L})").matcher(text).find();
    }

    /**
     * The quantities the text states, normalised ("16.0" as "16"): not a name's version ("Llama 3",
     * "MATH-500"), a digit of a name ("GSM8K"), a year ("Zelikman et al. 2022") or an enumeration's "1)".
     */
    public static List<String> quantities(String text) {
        List<String> quantities = new ArrayList<>(written(ENUMERATOR.matcher(text).replaceAll(" ")).stream()
                .filter(f -> !f.version() && !(f.unit().isEmpty() && YEAR.matcher(f.forms().get(0)).matches()))
                .map(f -> f.forms().get(0)).toList());
        quantities.addAll(countsInWords(text));
        return quantities;
    }

    /** What the text counts in words from two to twenty: "benchmarks" of "seven benchmarks" (not "one of", which counts nothing). */
    public static List<String> countedInWords(String text) {
        return wordCounts(text).stream().map(count -> count[1]).toList();
    }

    /** The counts from two to twenty written in words, as digits: "7" of "seven benchmarks". */
    private static List<String> countsInWords(String text) {
        return wordCounts(text).stream().map(count -> count[0]).toList();
    }

    /** Each count in words as its value in digits and the word it counts. */
    private static List<String[]> wordCounts(String text) {
        List<String[]> counts = new ArrayList<>();
        Matcher count = SMALL_COUNT.matcher(text);
        while (count.find()) {
            int value = WORDS.indexOf(count.group(1).toLowerCase(Locale.ROOT));
            String counted = count.group(2).toLowerCase(Locale.ROOT);
            if (value >= 0 && !NOT_COUNTED.contains(counted)) counts.add(new String[] {String.valueOf(value), counted});
        }
        return counts;
    }

    /** How many figures the text gives: numbers in digits, and in words those that are no prose ("nine times", "seventy"). */
    public static int count(String text) {
        return written(text).size() + (int) inWords(text).stream().filter(f -> !f.unit().isEmpty() || !f.prose()).count();
    }

    /**
     * "144 000", "1 234 567": thousands set apart by a space, as SI and many European styles write them; not a version and a
     * size after a name ("Llama 3 405B").
     */
    private static final Pattern SPACED_THOUSANDS = Pattern.compile("(?=\\d{1,3}[ \u00a0\u2009\u202f]\\d)(?<![\\d.,])(?<!\\p{Lu}[\\p{L}\\d-]{0,30}\\s)\\d{1,3}"
            + "(?:[ \u00a0\u2009\u202f]\\d{3})++(?![.,]?\\d)(?![\\p{L}])");

    /** The text with spaced thousands written "144,000", as long as it was: a claim's "144,000" is the source's "144 000". */
    private static String grouped(String text) {
        return SPACED_THOUSANDS.matcher(text).replaceAll(m -> m.group().replaceAll("[ \u00a0\u2009\u202f]", ","));
    }

    /** Each number written in digits, in its forms, as written first, with its unit. */
    private static List<Figure> written(String text) {
        List<Figure> numbers = new ArrayList<>();
        Matcher m = NUMBER.matcher(text);
        while (m.find()) {
            String value = normalised(m.group("digits"));
            List<String> forms = m.group("k") == null ? List.of(value) : List.of(value + "k", scaled(value), value);
            String before = text.substring(Math.max(0, m.start() - MAX_NAME_CHARS), m.start());
            boolean version = VERSION_BEFORE.matcher(before).find();
            String unit = unit(m.group("unit"));
            Matcher name = SIZED_NAME.matcher(before);
            List<String> sizeOf = COUNTS.contains(unit) && name.find() ? modelWords(name.group(1)) : List.of();
            numbers.add(new Figure(forms, unit, !value.contains("."), version, sizeOf));
        }
        return numbers;
    }

    /** Each number written in words ("two", "nine times"), with its unit. */
    private static List<Figure> inWords(String text) {
        List<Figure> numbers = new ArrayList<>();
        Matcher word = WORD.matcher(text);
        while (word.find()) {
            int value = word.group("small") != null ? WORDS.indexOf(word.group("small").toLowerCase(Locale.ROOT))
                    : 20 + 10 * TENS.indexOf(word.group("tens").toLowerCase(Locale.ROOT))
                    + (word.group("ones") == null ? 0 : WORDS.indexOf(word.group("ones").toLowerCase(Locale.ROOT)));
            if (word.group("hundred") != null) value *= 100;
            if (word.group("thousand") != null) value *= 1000;
            // "two losses" is prose; "seventy" and "ten thousand" are figures, whatever follows.
            boolean prose = word.group("small") != null && word.group("hundred") == null && word.group("thousand") == null;
            numbers.add(new Figure(List.of(String.valueOf(value)), unit(word.group("unit")), true, false, List.of(), prose));
        }
        return numbers;
    }

    private static String unit(String written) {
        if (written == null) return "";
        String unit = written.replaceFirst("^[\\s-]+", "").toLowerCase(Locale.ROOT);
        // "%", "percent", "points", "pp" (no other unit has a "p")
        if (unit.endsWith("%") || unit.contains("p")) return "%";
        if (unit.equals("x") || unit.equals("×") || unit.endsWith("fold") || unit.equals("times")) return "x";
        // "7b" is a model's size in billions as often as "7B"; a lower-case "m" or "t" is no count.
        return String.valueOf(Character.toUpperCase(unit.charAt(0)));
    }

    /**
     * The numbers a decimal is written as with fewer decimals: the whole numbers it rounds or truncates
     * to ("24" and "25" of "24.5"), and each shorter decimal it rounds to ("79.3" of "79.27").
     */
    private static Set<String> roundings(String decimal) {
        try {
            BigDecimal value = new BigDecimal(decimal);
            Set<String> roundings = new HashSet<>(List.of(value.setScale(0, java.math.RoundingMode.FLOOR).toPlainString(),
                    value.setScale(0, java.math.RoundingMode.HALF_UP).toPlainString()));
            for (int scale = 1; scale < value.scale(); scale++) {
                BigDecimal shorter = value.setScale(scale, java.math.RoundingMode.HALF_UP);
                if (shorter.stripTrailingZeros().scale() > 0) roundings.add(shorter.stripTrailingZeros().toPlainString());
            }
            return roundings;
        } catch (NumberFormatException versionLike) {
            return Set.of();
        }
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
