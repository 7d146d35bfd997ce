package dev.paperchat.answer;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * "which of these use Qwen?", "do any of them use a KL penalty?": a follow-up that narrows the
 * last list answer to the papers that say something, answered from those papers' abstracts
 * rather than by a new search, which would bring other papers.
 */
final class Narrowing {
    private static final String THESE = "(?:these|those|them|the\\s+above)(?:\\s+(?:papers|methods|ones|works|approaches|models))?";
    private static final List<Pattern> FORMS = List.of(
            Pattern.compile("^\\W*+(?:and\\s+|so\\s+|ok\\s+|now\\s+)?(?:(?:which|what)\\s+of\\s+" + THESE + "|which\\s+ones?)\\s+(.+?)[\\s?.!]*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            Pattern.compile("^\\W*+(?:and\\s+)?(?:(?:do|does|did|are|is)\\s+)?any\\s+of\\s+" + THESE + "\\s+(.+?)[\\s?.!]*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            // "any from 2024?", "any by Google?": a date or an organisation of a few words, no topic ("any papers from Tencent on RL?" asks anew)
            Pattern.compile("^\\W*+(?:and\\s+|so\\s+|ok\\s+|but\\s+)?(?:are\\s+there\\s+)?any(?:\\s+(?:ones|papers|of\\s+them))?\\s+"
                    + "((?:from|by|published\\s+in)\\s+(?!.*\\b(?:on|about|that|which|using|with|for)\\b)[^\\s?.!]+(?:\\s+[^\\s?.!]+){0,2})[\\s?.!]*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            // "any that report results on AIME?": "any" with no noun points into the list ("any papers that..." may ask anew)
            // ("any that I should read first?" asks the reader's plan, no words of the papers).
            Pattern.compile("^\\W*+(?:and\\s+|so\\s+|ok\\s+|but\\s+)?(?:(?:are|is)\\s+there\\s+)?any(?:\\s+ones?)?\\s+(?:that|which)\\s+"
                    + "(?!(?:i|you|we|one)\\b)(.+?)[\\s?.!]*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL),
            // "only the ones from 2025", "just those that use RL", "show me only the papers with code"
            Pattern.compile("^\\W*+(?:and\\s+|so\\s+|ok\\s+|now\\s+)?(?:(?:show|give|list|keep)\\s+(?:me\\s+)?)?(?:only|just)\\s+"
                    + "(?:the\\s+ones?|the\\s+papers|ones|those|these|them)\\s+(?:that\\s+|which\\s+)?(.+?)[\\s?.!]*+$",
                    Pattern.CASE_INSENSITIVE | Pattern.DOTALL));
    /** "only 2025 ones", "just 2025", "2025 only", "and only from 2025?": a year alone the last list is kept to. */
    private static final Pattern YEAR_ONLY = Pattern.compile("^(?=.*\\b(?:only|just)\\b)\\W*+(?:and\\s+|so\\s+|ok\\s+|now\\s+)?(?:(?:only|just)\\s+)?"
            + "(?:(?:the\\s+)?(?:ones|papers)\\s+)?(?:(?:from|in)\\s+)?((?:19|20)\\d\\d)(?:\\s+(?:ones|papers))?(?:\\s+only)?[\\s?.!]*+$",
            Pattern.CASE_INSENSITIVE);
    /** "exclude the surveys", "drop the ones from 2024", "except those that use RL": the last list without some of its papers. */
    // What is excluded is a short phrase: "Except for GRPO, which RL algorithms...?" and "Remove the critic: which methods..." ask anew.
    private static final Pattern EXCLUDED = Pattern.compile("^\\W*+(?:and\\s+|now\\s+|please\\s+)?(?:exclude|excluding|drop|remove|skip|leave\\s+out"
            + "|filter\\s+out|except(?:\\s+for)?|but\\s+not)\\s+(?:the\\s+|any\\s+|all\\s+)?(?:(?:ones?|papers?|those)\\s+(?:that\\s+|which\\s+)?)?"
            + "(?!.*\\b(?:which|what|how|who|why|tell|show|list)\\b)([^,:;?]{1,80}?)[\\s?.!]*+$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** ", please", ", thanks": a courtesy after the condition is no word of it. */
    private static final Pattern COURTESY = Pattern.compile("(?i)(?:,\\s*+|\\s++)(?:please|thanks|thank\\s++you|thx|ty)[\\s.!?]*+$");
    /**
     * "faster", "the cheapest", "more accurate", "(works) better on AIME", "reduces latency more": a
     * comparison between the papers, which their abstracts state in figures and in other words, not a
     * word they must mention.
     */
    private static final String AFTER = "(?:\\s+(?:on|at|for|in|than)\\b.*)?";
    /** A comparative the field writes, with what it compares or alone: "less memory", "higher accuracy", "faster". */
    private static final String FIELD_COMPARATIVE = "(?:(?:more|less|most|least|fewer|better|best|worse|worst)(?:\\s+[\\p{L}\\d-]+){0,2}"
            + "|(?:high|low|larg|small|fast|slow|cheap|great|long|short|bigg|strong|weak)(?:er|est)(?:\\s+\\p{L}+)?)" + AFTER;
    private static final Pattern COMPARATIVE = Pattern.compile("(?i)(?:(?:works?|does|do|performs?|scores?|did)\\s+)?(?:the\\s+)?"
            + "(?:" + FIELD_COMPARATIVE + "|\\p{L}{2,}(?:er|est)" + AFTER + ")"
            + "|(?:[\\p{L}-]+\\s+){1,3}(?:the\\s+)?(?:more|less|most|least|better|best|worse|worst)" + AFTER);
    /**
     * A verb before a comparison ("needs less memory", "runs faster", "reaches higher accuracy"):
     * only a comparative the field writes follows it, as "uses Whisper" and "uses Docker" hold no comparison.
     */
    private static final Pattern COMPARED_BY = Pattern.compile("(?i)(?:has|have|gets?|needs?|uses?|gives?|costs?|reach(?:es)?|runs?|takes?|requires?"
            + "|saves?|cuts?|reduces?|lowers?|achieves?|yields?|offers?|delivers?|shows?|reports?|claims?|obtains?|attains?)"
            + "\\s+(?:the\\s+)?" + FIELD_COMPARATIVE);
    /** A choice by date: "is newer", "the more recent", "was published first", "came out earlier". */
    private static final Pattern BY_DATE = Pattern.compile("(?i)(?:(?:is|was|are|were)\\s+)?(?:the\\s+)?(?:newer|newest|older|oldest|more\\s+recent|most\\s+recent"
            + "|earlier|earliest|later|latest)(?:\\s+(?:one|paper))?|(?:(?:was|were)\\s+)?(?:published|released|came\\s+out)\\s+(?:first|last|earlier|later)");

    /** "does it use Qwen?", "does this paper mention AIME?": of the one paper the last answer was about. */
    private static final Pattern OF_IT = Pattern.compile(
            // "does it help to use longer contexts?" asks of no paper
            "^\\W*+(?:and\\s+|so\\s+)?(?:does|did)\\s+(?:it(?!\\s+" + FollowUpRewriter.IMPERSONAL + ")|(?:this|that)\\s+(?:paper|one|method|work))\\s+(.+?)[\\s?.!]*+$",
            Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    /** "mention AIME" asks for AIME, "is training-free" for training-free: the verb is no word the papers must hold. */
    private static final Pattern SAYING = Pattern.compile(
            "^(?:mentions?|discuss(?:es)?|cites?|talks?\\s+about|refers?\\s+to|says?\\s+anything\\s+about|deals?\\s+with|address(?:es)?"
                    + "|tackles?|focus(?:es)?\\s+on|stud(?:y|ies)|(?:is|are)\\s+about"
                    // "report results on AIME 2024", "evaluate on GSM8K": a benchmark asked for, whatever verb comes before it.
                    + "|(?:reports?|gives?|shows?|presents?)(?:\\s+(?:results?|scores?|numbers?|accuracy|performance)\\s+(?:on|for))?"
                    + "|(?:are\\s+|were\\s+)?(?:evaluated|tested|benchmarked)\\s+on|evaluates?\\s+on|tests?\\s+on|is|are|was|were)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** "use satellite data" asks for satellite data: in a small collection "use" would be rare enough to be required too. */
    private static final Pattern USING = Pattern.compile(
            "^(?:uses?|used|using|employs?|appl(?:y|ies)|rel(?:y|ies)\\s+on|leverages?|adopts?|needs?|requires?|has|have|includes?|with"
                    // "trained with reinforcement learning": how they are trained is what they use
                    + "|(?:(?:are|is|were|was)\\s+)?(?:trained|fine-?tuned|optimi[sz]ed|learned)\\s+(?:with|using|via|by|through))\\s+",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern NEGATION = Pattern.compile("^(?:don't|do\\s+not|doesn't|does\\s+not|didn't|did\\s+not|never)\\s+",
            Pattern.CASE_INSENSITIVE);
    /** "use any RL", "any RL": how much is asked of the papers, no word they must hold; after the verb only, not inside a name. */
    private static final Pattern QUANTIFIER = Pattern.compile("(?i)^((?:[\\p{L}-]+\\s+)?)(?:any|some)\\s+(?=\\S)");
    /** "training-free", "use no labels": doing without, said otherwise. */
    private static final Pattern FREE_OR_NO = Pattern.compile("(?i)^([\\p{L}\\d-]+)-free$|^(?:(?:uses?|needs?|requires?)\\s+)?no\\s+"
            + "(?:(?:extra|additional|further|more)\\s+)?(\\S.*)$");
    /** "work without any training", "without extra data": what the papers should do without, which they write in several ways. */
    private static final Pattern WITHOUT = Pattern.compile("(?i)^(?:(?:works?|operates?|runs?|needs?)\\s+)?without\\s+(?:(?:any|additional|extra|further)\\s+)*(\\S.*)$");
    /**
     * "argue the opposite", "disagree with it", "are critical of GRPO": a stance taken, which words alone do not show.
     * Not "support" nor "claim", which papers write of what they do ("support Qwen models", "claim state-of-the-art results"),
     * nor a stance with its claim ("argue that RL does not teach new strategies"); "argue for GRPO" takes a side too.
     */
    private static final Pattern STANCE = Pattern.compile("(?i)^(?:also\\s++)?(?:(?:argues?|says?|claims?)\\s++(?:the\\s++opposite|otherwise|against)\\b"
            + "|argues?\\s++(?:for\\b|that\\s*+$)"
            + "|(?:disagrees?|contradicts?|critici[sz]es?|opposes?|refutes?|challenges?|disputes?)\\b(?!\\s++that\\b)"
            + "|(?:(?:are|is)\\s++)?(?:critical\\s++of|against|skeptical|sceptical)\\b)");
    /** ", SpecReason or R2R": the names a choice is among, given after it. */
    private static final Pattern OWN_CHOICES = Pattern.compile(",\\s*+\\p{Lu}[\\p{L}\\d.-]*+(?:\\s++[\\p{L}\\d.-]++){0,4}?\\s++or\\s++\\p{Lu}");
    private static final Pattern ADDITIVE = Pattern.compile("(?i)^also\\s++|\\s++(?:too|as\\s++well|either)$");
    private static final Pattern OR = Pattern.compile("\\s*+(?:,\\s*+)?\\bor\\b\\s*+|\\s*+/\\s*+", Pattern.CASE_INSENSITIVE);

    /** "argue that RL does not teach new strategies": a claim the papers should make, whose "not" no word search keeps. */
    private static final Pattern CLAIMED = Pattern.compile("(?i)^(?:also\\s++)?(?:argues?|says?|shows?|finds?|claims?|reports?|states?|suggests?"
            + "|demonstrates?|conclude?s?|believes?)\\s++that\\s++(\\S.*)$");

    /** The claim a condition asks the papers to make ("argue that X": X), if it asks for one. */
    static Optional<String> claimed(String alternative) {
        Matcher claim = CLAIMED.matcher(alternative.strip());
        return claim.matches() ? Optional.of(claim.group(1)) : Optional.empty();
    }

    /** Whether the condition asks for a stance ("argue the opposite"), not for words the papers write. */
    static boolean takesStance(String alternative) {
        return STANCE.matcher(alternative.strip()).find();
    }

    /**
     * What the listed papers should say, as alternatives ("use Qwen or Llama"), or should not
     * ("which of these don't use Qwen?").
     *
     * @param ofOne asked of the one paper the last answer was about ("does it..."), not of a list
     */
    record Condition(List<String> alternatives, boolean negated, boolean ofOne) {
        String described() {
            return String.join(" or ", alternatives);
        }
    }
    /** Longer text is a question of its own that happens to start so. */
    private static final int MAX_CHARS = 200;

    private Narrowing() {}

    /** Whether what is asked of the papers compares them ("is faster", "needs less memory", "works better on AIME", "is newer"). */
    static boolean comparesPapers(String asked) {
        String wanted = asked.strip().replaceFirst("[\\s?.!]+$", "");
        return COMPARATIVE.matcher(wanted.replaceFirst("(?i)^(?:is|are|was|were)\\s+", "")).matches() || COMPARED_BY.matcher(wanted).matches()
                || comparesByDate(wanted);
    }

    /** Whether it compares the papers by when they appeared: "is newer", "was published first". */
    static boolean comparesByDate(String asked) {
        return BY_DATE.matcher(asked.strip().replaceFirst("[\\s?.!]+$", "")).matches();
    }

    /** What the listed papers should say: "use Qwen" of "which of these use Qwen?". */
    static Optional<Condition> condition(String asked) {
        if (asked.length() > MAX_CHARS) return Optional.empty();
        String question = COURTESY.matcher(asked).replaceFirst("");
        Matcher year = YEAR_ONLY.matcher(question);
        if (year.matches()) return condition("from " + year.group(1), false);
        for (Pattern form : FORMS) {
            Matcher m = form.matcher(question);
            if (m.matches()) return condition(m.group(1), false);
        }
        Matcher excluded = EXCLUDED.matcher(question);
        if (excluded.matches()) return condition(excluded.group(1), false).map(c -> new Condition(c.alternatives(), !c.negated(), false));
        Matcher ofIt = OF_IT.matcher(question);
        return ofIt.matches() ? condition(ofIt.group(1), true) : Optional.empty();
    }

    /** "without training" of "work without any training", "no training" of "use no training"; else the alternative as it is. */
    private static String withoutForm(String alternative) {
        Matcher without = WITHOUT.matcher(alternative);
        if (without.matches()) return "without " + without.group(1);
        Matcher free = FREE_OR_NO.matcher(alternative);
        return free.matches() && free.group(2) != null ? "no " + free.group(2) : alternative;
    }

    /** What an alternative asks the papers to do without ("training" of "without training", "training-free", "no training"), if it asks that. */
    static Optional<String> without(String alternative) {
        if (alternative.regionMatches(true, 0, "without ", 0, 8)) return Optional.of(alternative.substring(8).strip());
        Matcher free = FREE_OR_NO.matcher(alternative);
        return free.matches() ? Optional.of(free.group(1) != null ? free.group(1) : free.group(2)) : Optional.empty();
    }

    /** "reports the best AIME score", "has the highest GSM8K accuracy": a benchmark's name, with a capital, and a score on it. */
    private static final Pattern BEST_ON_BENCHMARK = Pattern.compile("(?i)(?:reports?|has|have|gets?|achieves?|shows?|reach(?:es)?)\\s++the\\s++"
            + "(?:best|highest|top|strongest)\\s++((?-i:[\\p{L}\\d-]*\\p{Lu}[\\p{L}\\d-]*)(?:\\s++(?:19|20)?\\d{2})?)\\s++"
            + "(?:scores?|accuracy|results?|performance|numbers?)[\\s?.!]*+");

    /** "from Meta", "are from Tencent", "by Google DeepMind": the capitalised name a condition says the papers come from. */
    private static final Pattern FROM_NAME = Pattern.compile("^(?:(?:are|is|were|was)\\s++)?(?:from|by)\\s++(?:the\\s++)?"
            + "(\\p{Lu}[\\p{L}\\d&.]*+(?:\\s++\\p{Lu}[\\p{L}\\d&.]*+){0,4})\\s*+$");

    static Optional<String> fromName(String alternative) {
        Matcher from = FROM_NAME.matcher(alternative.strip());
        return from.matches() ? Optional.of(from.group(1)) : Optional.empty();
    }

    /**
     * The words papers write a kind of work in, besides its own name: "which of those are multimodal?" of OpenThinkIMG, which
     * trains "LVLMs" to think "with images", and says "multimodal" nowhere.
     */
    private static final Map<String, List<String>> KIND_FORMS = Map.of(
            "multimodal", List.of("multi-modal", "vision-language", "VLM", "VLMs", "LVLM", "LVLMs", "MLLM", "MLLMs", "image", "images", "video", "videos"),
            "vision", List.of("vision-language", "VLM", "VLMs", "LVLM", "LVLMs", "image", "images", "visual"));

    /** The other words papers write the kind of work sought in ("vision-language", "VLMs" of "multimodal"), if it is one such kind. */
    static List<String> formsOf(String sought) {
        return KIND_FORMS.getOrDefault(sought.strip().toLowerCase(Locale.ROOT).replace("multi-modal", "multimodal"), List.of());
    }

    /** What an alternative asks the abstract to hold: "satellite data" of "use satellite data". */
    static String sought(String alternative) {
        String rest = USING.matcher(alternative).replaceFirst("");
        return rest.isBlank() ? alternative : rest;
    }

    private static Optional<Condition> condition(String asked, boolean ofOne) {
        // "does it work with bigger models too?", "which of them also use Qwen?": the adverb is no word the papers must hold.
        String wanted = ADDITIVE.matcher(asked.strip()).replaceAll("");
        // "reports the best AIME score": the papers with a score on AIME, each with its sentence; figures on other benchmarks rank nothing.
        Matcher onBenchmark = BEST_ON_BENCHMARK.matcher(wanted);
        if (onBenchmark.matches()) return Optional.of(new Condition(List.of(onBenchmark.group(1)), false, ofOne));
        // "which one is faster, SpecReason or R2R?" names its own choices: no narrowing of the last list.
        if (comparesPapers(wanted) || OWN_CHOICES.matcher(wanted).find()) return Optional.empty();
        Matcher negation = NEGATION.matcher(wanted);
        boolean negated = negation.lookingAt();
        if (negated) wanted = wanted.substring(negation.end());
        wanted = QUANTIFIER.matcher(SAYING.matcher(wanted).replaceFirst("")).replaceFirst("$1");
        // "without fine-tuning" would find every paper that fine-tunes: it is sought as the papers write it (see HybridRetriever#doingWithout).
        // "without training or labels" is without either.
        Matcher without = WITHOUT.matcher(wanted);
        String prefix = without.matches() ? "without " : "";
        List<String> alternatives = Arrays.stream(OR.split(without.matches() ? without.group(1) : wanted)).map(String::strip)
                .filter(a -> !a.isEmpty()).map(a -> prefix.isEmpty() ? withoutForm(a) : prefix + a).toList();
        return alternatives.isEmpty() ? Optional.empty() : Optional.of(new Condition(alternatives, negated, ofOne));
    }
}
