package dev.paperchat.retrieve;

import dev.paperchat.corpus.ModelNames;
import dev.paperchat.corpus.Numbers;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * A question that asks for a quantity ("how many parameters", "what average human accuracy")
 * is answered only by a paper with a sentence that holds a number and names the quantity
 * ("14-billion parameters"). Without one, the paper is about the subject but lacks the fact.
 */
public final class QuantityQuestion {
    /**
     * What a result is measured in: a word of this list ("solve rate", "speedups"), or a name with
     * a digit, an @ or two capitals ("nDCG@10", "F1", "BLEU"). "What method does X report" asks
     * for a method, not a measure.
     */
    // Possessive words (++) and lookaheads that scan one word: no part of a word is tried twice, so
    // a 10,000-character query costs microseconds, not the minutes nested loops would take.
    private static final String MEASURE = "(?:(?:[\\w-]++\\s+)?(?:rate|ratio|score|accuracy|precision|recall|correctness|perplexity"
            + "|error|loss|latency|throughput|speed-?up|gain|improvement|reduction|performance|number|figure)s?"
            + "|(?=[\\w@.-]*?[\\d@])[\\w@.-]++|(?-i:(?=[\\w-]*?[A-Z]\\w*?[A-Z])[\\w-]++))";
    /**
     * "how many X", "how much X", "what (average human) accuracy", "what learning rate", "what is the best learning
     * rate", "what nDCG@10 does X achieve": the quantity asked for.
     */
    private static final Pattern ASKS_QUANTITY = Pattern.compile(
            "\\bhow (?:many|much|large|fast|long)\\s+([\\w-]+)"
                    + "|\\bwhat\\s+(?:(?:is|are|was|were)\\s+(?:the\\s+)?(?:(?:best|optimal|ideal|recommended|right|typical|usual)\\s+)?)?"
                    // "what is the best paper on learning rate warmup?" asks for papers, not a rate.
                    + "((?:(?!(?:papers?|works?|studies|methods?|approaches|on|about|for|of|in|to|with)\\b)[\\w-]++\\s+){0,3}"
                    + "(?:percentage|accuracy|score|number|size|count|rate|temperature|(?:percentage|score|number|size|rate)s))\\b"
                    + "|\\bwhat\\s+(" + MEASURE + ")\\s+(?:does|do|did)\\s+(?:(?!to\\b)[\\w@.'-]++\\s+){1,5}?"
                    + "(?:achieve|reach|attain|obtain|report|get)\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Set<String> RECORD_COUNTS = Set.of("authors", "people", "researchers");
    private static final Set<String> AUXILIARIES = Set.of("does", "do", "did", "is", "are", "was", "were", "can", "could",
            "will", "would", "has", "have", "had", "should");
    /** A change or a vague measure asked for ("how much faster", "what speedup", "what performance"), which abstracts state in many ways. */
    private static final Pattern ANY_NUMBER = Pattern.compile(
            "(?i)^\\w{2,}er$|\\b(?:gains?|improvements?|speed-?ups?|reductions?|boosts?|savings?|performance|results?|numbers?|figures?)\\b");
    /**
     * "how much memory does X save?", "how much latency does it cut?": a change, which an abstract states by what it changes
     * ("reduces KV cache size by 50%"), not always in the question's words.
     */
    private static final Pattern CHANGED = Pattern.compile("(?i)\\bhow\\s++much\\s++(?:[\\w-]++\\s++){1,2}?(?:does|do|did)\\s++(?:(?!to\\b|need\\b)[\\w-]++\\s++){1,3}?"
            + "(?:save|saves|saved|reduce|reduces|reduced|cut|cuts|lower|lowers|lowered|improve|improves|improved|shave|shaves|free|frees)\\b");
    /** "how much faster", "what speedup": a change asked for by its size, which a sentence stating a change with its figure answers. */
    private static final Pattern CHANGE_ASKED = Pattern.compile("(?i)(?:faster|slower|cheaper|smaller|larger|bigger|better|worse|higher|lower"
            + "|fewer|less|more|shorter|longer|quicker|speed-?ups?|gains?|improvements?|reductions?|boosts?|savings?)");
    /** The size of a change in words; a count in words ("four benchmarks") is mostly of what was studied. */
    private static final Pattern MAGNITUDE_IN_WORDS = Pattern.compile("(?i)\\b(?:(?:an?|one|two|three|four|five|six|seven|eight|nine|ten)\\s++orders?\\s++of\\s++magnitude"
            + "|(?:two|three|four|five|six|seven|eight|nine|ten)-?fold|twice|halve[sd]?|by\\s++half)\\b");
    /** What a comparative measures, as abstracts name it: "cheaper" is said of cost, "faster" of speed or time. */
    private static final Map<String, Pattern> MEASURE_OF = Map.of(
            "cheaper", Pattern.compile("(?i)\\b(?:costs?|price|budget|compute|gpu-hours)\\b"),
            "faster", Pattern.compile("(?i)\\b(?:speed\\S*|latency|throughput|wall-clock|time)\\b"),
            "slower", Pattern.compile("(?i)\\b(?:latency|wall-clock|time|overhead)\\b"),
            "smaller", Pattern.compile("(?i)\\b(?:size|memory|parameters|footprint)\\b"),
            "shorter", Pattern.compile("(?i)\\b(?:length|tokens|steps)\\b"),
            "longer", Pattern.compile("(?i)\\b(?:length|tokens|steps|context)\\b"));
    /** Abstracts state an accuracy or a score as a percentage and seldom name it: "reaches 88.8% on Spider". */
    private static final Pattern PERCENT_QUANTITY = Pattern.compile("(?i)(.*?)\\b(?:accuracy|score|percentage)$");
    /** Also "90.5\%", as abstracts copied from LaTeX write it. */
    private static final Pattern PERCENT = Pattern.compile("\\d(?:[.,]\\d+)?\\s?\\\\?%");
    /** A sentence that states a change: "reduces KV cache size by 50%", "saves 40% of the tokens", "2x faster", "surpassing ... (38.3%)". */
    private static final Pattern CHANGE = Pattern.compile("(?i)\\b(?:reduc|sav|cut|lower|decreas|increas|improv|gain|boost|shrink|compress|fewer|less|faster"
            + "|speed|accelerat|shorten|halv|doubl|outperform|surpass|exceed|higher|better)\\w*+");
    private static final Analyzer ANALYZER = new EnglishAnalyzer();
    /** "14-billion parameter", "a 7B model", "Qwen2.5-1.5B": a count of parameters, not of the tokens or samples "5B tokens" counts. */
    private static final Pattern PARAMETERS = Pattern.compile("\\d(?:\\.\\d+)?+\\s*+-?(?:B\\b|M\\b|\\s*+(?i:billion|million)\\b)"
            + "(?!\\s*+(?i:tokens?|samples?|examples?|steps?|words?|images?|pairs?|problems?|questions?|instances?|trajectories|documents?|hours?)\\b)"
            + "|\\d\\S*+\\s++(?i:parameters?)\\b");

    private QuantityQuestion() {}

    /** "Which papers shorten chains of thought, and what speedups do they report?": papers asked for first, and a figure of each. */
    private static final Pattern OF_PAPERS = Pattern.compile("^\\W*+(?:which|what)\\s++(?:[\\w'-]++\\s++)?(?:papers|works|studies|methods|approaches)\\b",
            Pattern.CASE_INSENSITIVE);

    /** Whether a quantity is asked of the papers the question asks for first, each with its own: a list with figures. */
    public static boolean ofPapers(String question) {
        return OF_PAPERS.matcher(question).find();
    }

    /** ", and what speedups do they report?": a second clause that asks the listed papers' figures. */
    private static final Pattern FIGURES_CLAUSE = Pattern.compile("(?i),?\\s++and\\s++(?:what|how\\s++(?:much|many|large|big|fast)|by\\s++(?:how\\s++much|what))\\b");

    /**
     * "Which papers shorten chains of thought" of "Which papers shorten chains of thought, and what speedups do they
     * report?": the papers asked for, whose topic is what to search; the figures asked of them are read from what is found.
     * Searched whole, "report" and "speedups" would rank the papers that report something or speed anything up.
     */
    public static Optional<String> papersAsked(String question) {
        if (!ofPapers(question)) return Optional.empty();
        Matcher m = FIGURES_CLAUSE.matcher(question);
        while (m.find()) {
            String rest = question.substring(m.start());
            String papers = question.substring(0, m.start()).strip();
            if (asksForQuantity(rest) && papers.split("\\s++").length >= 4) return Optional.of(papers + "?");
        }
        return Optional.empty();
    }

    /** "How many...", "what accuracy...", "what nDCG@10 does X achieve": a question after a value it names. */
    public static boolean asksForQuantity(String question) {
        return quantityAsked(question).isPresent();
    }

    /**
     * The words naming the quantity asked for, or empty when the question asks for none: "how
     * much of the trace" or "how many or which GPUs" name nothing to look for.
     */
    static Optional<String> quantityAsked(String question) {
        Matcher m = ASKS_QUANTITY.matcher(question);
        if (!m.find()) return Optional.empty();
        // "How many authors does ARM have?" asks the paper's record, not its abstract.
        if (m.group(1) != null && RECORD_COUNTS.contains(m.group(1).toLowerCase(Locale.ROOT))) return Optional.empty();
        for (int group = 1; group <= m.groupCount(); group++) {
            String named = m.group(group);
            if (named == null) continue;
            // "what does Klear-Reasoner score": the subject is not part of the quantity.
            String[] words = named.strip().split("\\s+");
            if (words.length > 1 && AUXILIARIES.contains(words[0].toLowerCase(Locale.ROOT))) named = words[words.length - 1];
            boolean namesSomething = AUXILIARIES.contains(named.toLowerCase(Locale.ROOT)) || !words(named).isEmpty();
            return namesSomething ? Optional.of(named) : Optional.empty();
        }
        return Optional.empty();
    }

    /** "did GPT-5 score", "does o3-mini achieve": the model a figure is asked of. */
    private static final Pattern SCORER = Pattern.compile("(?i)\\b(?:did|does|do|can|could|would)\\s++(?:the\\s++)?(\\p{L}[\\p{L}\\d]*+(?:[.+-][\\p{L}\\d]++)*+)"
            + "\\s++(?:score|achieve|reach|get|obtain|attain|hit)\\b");
    /** "on GSM8K", "across MATH-500", "with Qwen2.5-7B": a name a figure is given on or with. */
    private static final Pattern SETTING = Pattern.compile("(?i)\\b(?:on|across|with|using)\\s++(?:the\\s++)?(\\p{L}[\\p{L}\\d]*+(?:[.+-][\\p{L}\\d]++)*+)");

    /**
     * The names a quantity question asks its figure on or with ("GSM8K" of "What did Klear-Reasoner score on GSM8K?",
     * "AIME" of "...on AIME 2024") that the paper's title and abstract never write, in any spelling: its figures are of other settings.
     * A name has a digit or two capitals; a word ("on math") is a topic, which abstracts word in many ways.
     */
    public static List<String> unwrittenSettings(String question, Paper paper) {
        return asksForQuantity(question) ? settingsNotWritten(question, paper) : List.of();
    }

    /** The names a text gives figures on or with ("MMMU" of "reaches 80% on MMMU") that the paper's title and abstract never write. */
    public static List<String> settingsNotWritten(String text, Paper paper) {
        String written = paper.title() + "\n" + paper.abstractText();
        return Stream.concat(SETTING.matcher(text).results(), SCORER.matcher(text).results()).map(m -> m.group(1))
                .filter(name -> name.chars().anyMatch(Character::isDigit) || name.chars().filter(Character::isUpperCase).count() >= 2)
                .filter(name -> !ModelNames.writesInAnySpelling(written, name) && !ModelNames.spelledOutIn(name, written) && !sizeWrittenApart(written, name))
                .distinct().toList();
    }

    /** A model's size after its name: "OREAL-7B", "Qwen2.5-Math-1.5B". */
    private static final Pattern SIZED = Pattern.compile("(?i)(.+?)[-_ ](\\d++(?:\\.\\d++)?[bm])");

    /** Whether the text writes the name and its size apart: "OREAL-7B" of "With OREAL, ... a 7B model can obtain 94.0 pass@1". */
    private static boolean sizeWrittenApart(String text, String name) {
        Matcher sized = SIZED.matcher(name);
        return sized.matches() && ModelNames.writesInAnySpelling(text, sized.group(1)) && ModelNames.writesInAnySpelling(text, sized.group(2));
    }

    /** The words of what a benchmark's figure is (analysed): "score", "accuracy", "result", "performance". */
    private static final Set<String> SCORES = Set.of("score", "accuracy", "result", "performance", "pass@1");

    /** True when the question asks for a quantity that neither the paper nor its best sentences state. */
    static boolean unanswered(String question, Paper paper, List<SentenceHit> bestSentences) {
        Optional<String> asked = quantityAsked(question);
        if (asked.isEmpty()) return false;
        if (!unwrittenSettings(question, paper).isEmpty()) return true;
        String named = asked.get();
        // "by how much does X beat Y" names no quantity, and a comparative ("how much faster") is
        // said in many ways ("20x speed-up", "accelerates"): then a number in the best sentences will do.
        if (AUXILIARIES.contains(named.toLowerCase(Locale.ROOT)) || ANY_NUMBER.matcher(named).find() || asksForChange(question)) {
            // A figure, not a count of what was studied ("four benchmarks"), which nearly every abstract gives.
            return bestSentences.stream().limit(2).noneMatch(s -> hasDigit(s.text()));
        }
        Set<String> quantity = words(named);
        Matcher percent = PERCENT_QUANTITY.matcher(named.strip());
        // A percentage states the accuracy, but the words before it ("human" accuracy) must still be there.
        Set<String> qualifiers = percent.matches() ? words(percent.group(1)) : quantity;
        String text = paper.abstractText();
        boolean size = quantity.contains("size");
        // "What does OREAL-32B score on MATH-500?": a figure in a sentence that names the benchmark is its score ("95.0 pass@1
        // accuracy on MATH-500"), whatever word it is given in.
        List<String> benchmarks = quantity.stream().anyMatch(SCORES::contains) ? SETTING.matcher(question).results().map(m -> m.group(1))
                .filter(name -> name.chars().anyMatch(Character::isDigit) || name.chars().filter(Character::isUpperCase).count() >= 2).toList() : List.of();
        for (Span span : Sentences.split(text)) {
            String sentence = span.of(text);
            if (!benchmarks.isEmpty() && hasDigit(sentence) && benchmarks.stream().allMatch(b -> ModelNames.writesInAnySpelling(sentence, b))) return false;
            // "seven benchmarks" counts what "how many benchmarks" asks; "four benchmarks" is no count of "response length".
            boolean counts = Numbers.countedInWords(sentence).stream().anyMatch(counted -> quantity.containsAll(words(counted)));
            if (!hasDigit(sentence) && !counts) continue;
            Set<String> words = new HashSet<>(QueryTerms.all(ANALYZER, "f", sentence));
            if (words.containsAll(quantity) || (PERCENT.matcher(sentence).find() && words.containsAll(qualifiers))) return false;
            // A model's size is its count of parameters: "a 14-billion parameter reasoning model", "7B".
            if (size && PARAMETERS.matcher(sentence).find()) return false;
        }
        return true;
    }

    /**
     * "how much memory does X save?", "how much faster is X?", "what speedup does X give?": a question after a change,
     * which a sentence stating one answers whatever it changes.
     */
    static boolean asksForChange(String question) {
        return CHANGED.matcher(question).find()
                || quantityAsked(question).filter(named -> CHANGE_ASKED.matcher(lastWord(named)).matches()).isPresent();
    }

    private static String lastWord(String words) {
        String[] all = words.strip().split("\\s+");
        return all[all.length - 1];
    }

    /**
     * True when the sentence states a number and a change: "It reduces KV cache size by 50%", "a reduction in training cost
     * of roughly three orders of magnitude".
     */
    public static boolean statesChange(String sentence) {
        return (hasDigit(sentence) || MAGNITUDE_IN_WORDS.matcher(sentence).find()) && CHANGE.matcher(sentence).find();
    }

    /**
     * True when the question asks by a comparative ("how much cheaper") and the sentence names what that comparative
     * measures ("a reduction in training cost"): of two sentences stating changes, the one of the thing asked about.
     */
    public static boolean namesMeasureAsked(String sentence, String question) {
        Pattern measure = quantityAsked(question).map(named -> MEASURE_OF.get(lastWord(named).toLowerCase(Locale.ROOT))).orElse(null);
        return measure != null && measure.matcher(sentence).find();
    }

    private static boolean hasDigit(String text) {
        return text.chars().anyMatch(Character::isDigit);
    }

    /** The analysed words of a quantity's name. */
    private static Set<String> words(String named) {
        return new HashSet<>(QueryTerms.all(ANALYZER, "f", named));
    }

    /** True when the sentence holds a number that the question does not mention ("292k", but not "101" of "Social-Chem-101"). */
    static boolean statesNewNumber(String sentence, String question) {
        Set<String> asked = Numbers.in(question);
        return Numbers.quantities(sentence).stream().anyMatch(n -> !asked.contains(n));
    }
}
