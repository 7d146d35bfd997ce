package dev.paperchat.retrieve;

import dev.paperchat.index.PaperAnalyzer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;

/**
 * A claim that says the opposite of the sentence it cites, in the sentence's own words: "less
 * likely" for its "more likely", "unstable" for its "stable", "requires fine-tuning" for its
 * "requires no fine-tuning". Close in wording and meaning, such a claim passes every other check.
 */
public final class Opposites {
    private static final Analyzer STEMS = new PaperAnalyzer();
    /** Words and the words that say their opposite; read both ways. */
    private static final List<List<String>> PAIRS = List.of(
            List.of("more", "less fewer"), List.of("increase increases increased increasing raise raises raised raising",
                    "decrease decreases decreased decreasing reduce reduces reduced reducing lower lowers cut cuts decline declines declined"),
            // Restricting an update is the opposite of raising it, but no decline: "improve RLVR by restricting updates to forking tokens".
            List.of("raise raises raised raising", "restrict restricts restricted restricting"),
            List.of("higher", "lower"), List.of("better", "worse"), List.of("improve improves improved improvement improvements help helps helped enhance enhances enhanced",
                    "degrade degrades degraded degradation worsen worsens hurt hurts harm harms decline declines declined deteriorate deteriorates deteriorated"),
            List.of("encourage encourages encouraged", "discourage discourages discouraged"),
            List.of("sustain sustains sustained promote promotes promoted foster fosters fostered facilitate facilitates facilitated help helps helped",
                    "hinder hinders hindered impede impedes impeded hamper hampers hampered"),
            List.of("maintain maintains maintained maintaining preserve preserves preserved preserving", "degrade degrades degraded degrading degradation"), List.of("enable enables enabled", "prevent prevents prevented disable disables"),
            List.of("faster speedup speedups", "slower"), List.of("larger bigger greater", "smaller"), List.of("positive", "negative"), List.of("longer", "shorter"), List.of("outperform outperforms outperformed surpass surpasses surpassed", "underperform underperforms underperformed"),
            List.of("accelerate accelerates accelerated", "decelerate decelerates decelerated slow slows slowed"),
            List.of("succeed succeeds success successful", "fail fails failure"), List.of("stronger strong", "weaker weak"), List.of("easier easy", "harder hard difficult"),
            List.of("likely", "unlikely"), List.of("sparse", "dense"), List.of("maximize maximizes maximizing", "minimize minimizes minimizing"),
            List.of("often frequently usually", "rarely seldom"), List.of("robust", "fragile brittle sensitive vulnerable"),
            List.of("continue continues continued", "stop stops stopped plateau plateaus plateaued stagnate stagnates"),
            List.of("good", "bad poor"), List.of("highest", "lowest"), List.of("linear linearly", "quadratic quadratically exponential exponentially"),
            List.of("depth", "breadth"),
            List.of("stable stabilize stabilizes stabilized stabilizing", "destabilize destabilizes destabilized destabilizing unstable"));
    private static final Map<String, Set<String>> OPPOSITE = sides(1);
    /**
     * A claim of every case, and what it says it of: "on every reasoning task" (the noun after it), "always"; not "not all",
     * "after all", "all in all", "rather than all", "no labels at all".
     */
    private static final Pattern UNIVERSAL = Pattern.compile("(?i)(?<!\\bnot\\s)(?<!n't\\s)(?<!\\bafter\\s)(?<!\\bthan\\s)(?<!\\bat\\s)\\b(?:(every|all(?!\\s++in\\b)(?!-)"
            + "|each)\\s++((?:[\\p{L}-]++\\s++){0,2}[\\p{L}-]++)|always\\b)");
    /**
     * A sentence of some of them: "in certain logical reasoning tasks", "most models", "many poorly-aligned reasoning models"
     * (of a claim of "every reasoning model"); not "across several benchmarks", which counts what was tried more than it
     * limits it.
     */
    private static final Pattern LIMITED = Pattern.compile("(?i)\\b(?:certain|some|most|many)\\s++((?:[\\p{L}-]++\\s++){0,3}[\\p{L}-]++)");
    /** A claim that makes a figure hold every time or at the least: "always", "at least", "a minimum of". */
    private static final Pattern FLOOR = Pattern.compile("(?i)\\b(?:always|at\\s++least|a\\s++minimum\\s++of|no\\s++less\\s++than)\\b");
    /** "up to 3.4x", "as much as 60%": the best case. */
    private static final Pattern UP_TO = Pattern.compile("(?i)\\b(?:up\\s++to|as\\s++much\\s++as|at\\s++most)\\s++(\\d++(?:\\.\\d++)?)");
    /** A figure, not the digits of a name ("GPT-2", "Qwen2.5"). */
    private static final Pattern LOOSE_FIGURE = Pattern.compile("(?<![\\p{L}\\d.-])\\d++(?:\\.\\d++)?");
    /** A claim that gives a figure as the average: "on average", "an average of". */
    private static final Pattern AVERAGE = Pattern.compile("(?i)\\b(?:on\\s++average|an?\\s++average\\s++of|averag(?:e|ing))\\b");
    // "always change the answer" of "rarely alter", "always more accurate" of "significantly more likely to yield correct answers".
    private static final Pattern LIMITED_ADVERB = Pattern.compile("(?i)\\b(?:often|sometimes|occasionally|mostly|usually|generally|typically"
            + "|frequently|rarely|seldom|largely|predominantly|(?:more|most)\\s++likely|tends?\\s++to|(?:in|for|on)\\s++most\\s++(?:cases|scenarios|settings|tasks))\\b");
    /** Words that rank one thing over another, and the qualities "more" or "less" rank by ("less accurate"). */
    private static final Set<String> BETTER = stems("outperform outperforms outperformed surpass surpasses surpassed better superior exceed exceeds beat beats");
    /** Verbs whose subject comes out ahead of their object: the words of {@link #BETTER} that are verbs. */
    private static final Set<String> RANKS_OVER = without(BETTER, stems("better superior"));
    /**
     * Words that rank what comes before them over what comes after: "improves accuracy by 24.3% over the baseline".
     * Not "versus", which ranks neither side, "compared to", which may come first ("Compared to R1, it..."), nor "than",
     * whose comparative may rank its subject either way ("faster than", "more tokens than").
     */
    private static final Set<String> PIVOTS = Set.of("over");
    /** The words before a ranking word read as its winner ("Visual-RFT improves accuracy by 24.3%"), and after it as its loser ("direct fine-tuning"). */
    private static final int WINNER_WORDS = 6, LOSER_WORDS = 2;
    /** "from 86.6% to 17.0%", "from 30.7 to 48.1": a change, its figures without their units. */
    private static final Pattern FROM_TO = Pattern.compile("(?i)\\bfrom\\s++(\\d++(?:\\.\\d++)?)\\s*+%?(?:\\s++\\S++){0,4}?\\s++to\\s++(?:just\\s++|only\\s++)?(\\d++(?:\\.\\d++)?)");
    /** The fewest letters of a verb's stem that a derived word must begin with: "reduc", not "redu" of "redundant". */
    private static final int MIN_DERIVED_STEM = 5;
    /** How many words after a derived word ("reduction in total response tokens") hold what it is of. */
    private static final int DERIVED_OBJECT_WORDS = 4;
    /** Words that take away what follows them: "removes the requirement", "without a speedup". */
    private static final Pattern TAKEN_AWAY = Pattern.compile("\\b(?:remov\\w*|eliminat\\w*|avoid\\w*|without|no|lack\\w*|free|drops?|dropping)\\b");
    /** "no speedup", "no inference speedup", "no gain": a claim of none of a measured thing (the noun after "no" and up to one word). */
    private static final Pattern NONE_OF = Pattern.compile("(?i)\\b(?:achieves?|brings?|yields?|gives?|shows?|provides?|delivers?)\\s++no\\s++(?:[\\p{L}-]++\\s++)?(\\p{L}{4,})");
    /** The longest stretch of a sentence quoted as its reversed ranking. */
    private static final int MAX_SPAN = 160;
    /** Adverbs of degree as stems ("significantly" is "significant"): no side's words. */
    private static final Set<String> INTENSIFIERS = Set.of("significant", "consistent", "substantial", "considerable", "dramatic", "remarkable",
            "marked", "clear", "great", "slight", "vast", "notable", "also", "even", "still", "further", "often", "generally", "largely");
    /** "NoThinking is outperformed by Thinking": the verb's object comes first, so no order of sides is read. */
    private static final Pattern PASSIVE = Pattern.compile("(?i)\\b(?:outperformed|surpassed|exceeded|beaten|beat)\\s++by\\b");
    private static final Set<String> WORSE = stems("underperform underperforms underperformed worse inferior");
    private static final Set<String> QUALITIES = stems("accurate effective reliable robust capable efficient successful correct");
    /** Pairs of sides a ranking sets against each other. */
    private static final List<List<Set<String>>> CONTRASTS = List.of(List.of(stems("short shorter concise"), stems("long longer lengthy")),
            List.of(stems("small smaller"), stems("large larger big bigger")));
    /** How far before its ranking word a side is read as its subject: "shorter reasoning chains within individual questions are". */
    private static final int SUBJECT_WORDS = 8;
    /** Each word's own side: "improvement" and "improves" say one thing. */
    private static final Map<String, Set<String>> SAME = sides(0);
    /** "no X", "not X" (not "with and without X", which is both), a contraction's "doesn't X" as its "does not X", and "barely X", which all but denies it. */
    private static final Pattern NEGATED = Pattern.compile("(?i)(?:\\b(?<!\\bwith\\s{1,3}(?:and|or)\\s{1,3})(?:no|not|without|never|neither|nor|none|barely|hardly|scarcely)|\\Bn['\u2019]t)\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)");
    /** "a training-free method", "eliminating the need for fitting a reward model": what these deny, as "no" does. */
    private static final Pattern FREE = Pattern.compile("(?i)\\b(\\p{L}{3,})-free\\b");
    private static final Pattern NEEDLESS = Pattern.compile("(?i)\\beliminat\\w*\\s+the\\s+need\\s+(?:for|of|to)\\s+((?:[\\p{L}-]+\\s+){0,2}[\\p{L}-]+)");
    private static final List<Pattern> DENIALS = List.of(NEGATED, FREE, NEEDLESS);
    /** "does not surpass", "cannot solve", "fails to improve": what a claim says a paper does not do. */
    private static final Pattern CLAIM_DENIES = Pattern.compile("(?i)\\b(?:(?:does|do|did|is|are|was|were|can|could|will|would|has|have|ca|wo)\\s*+(?:not|n['\u2019]t)"
            + "|cannot|never|fail(?:s|ed)?\\s++to)\\s++(?!(?:only|just|merely|necessarily|always|simply)\\b)(?:\\p{L}+ly\\s++)?(\\p{L}{3,})"
            // A name's version is part of the word ("InternVL3.0-38B", "Qwen2.5-72B"); a full stop after a word is not.
            + "((?:\\s++[\\p{L}\\d-]++(?:\\.[\\p{L}\\d-]++)*+){0,3})");
    /** Any word of denial: a sentence with one may deny what the claim does too ("requires no labels" for "does not require labels"). */
    private static final Pattern ANY_DENIAL = Pattern.compile("(?i)\\b(?:no|not|never|without|cannot|fail\\w*|neither|nor|none|unlike"
            + "|only|rather|instead|eliminat\\w*|avoid\\w*|lack\\w*|free)\\b|n't\\b|-free\\b");
    /** Words that limit what a sentence says, so that it may deny what a claim does in its own way ("improves only on easy tasks"). */
    private static final Pattern HEDGE = Pattern.compile("(?i)\\b(?:never|cannot|fail\\w*|neither|nor|none|only|eliminat\\w*"
            + "|avoid\\w*|lack\\w*|free|barely|hardly|scarcely)\\b|n't\\b|-free\\b");
    /** Words that set what a sentence says against something else, anywhere in it: "Unlike prior models, it can reason". */
    private static final Pattern CONTRAST = Pattern.compile("(?i)\\b(?:unlike|rather|instead)\\b");
    /** How many words before and after a sentence's verb a limiting word is read as limiting it. */
    private static final int HEDGE_BEFORE = 3, HEDGE_AFTER = 6;
    /** "..., while noisy or incorrect signals do not.": a denial of the clause before's verb, of another subject. */
    private static final Pattern ELIDED_DENIAL = Pattern.compile("(?i)[,;]\\s*+(?:while|whereas|but)\\s++((?:[\\p{L}-]++\\s++){1,6}?)"
            + "(?:do|does|did|can|could|is|are|was|were|will|would)\\s*+(?:not|n['\u2019]t)(?=\\s*+(?:[.;,)]|$))");
    /**
     * "rather than fine-tuning", "fails to improve", "avoids online generation", "lacks labels", "skips fitting a reward model":
     * a claim that denies in its own words.
     */
    private static final Pattern SETS_ASIDE = Pattern.compile("(?i)\\b(?:rather\\s++than|instead\\s++of|fail(?:s|ed)?\\s++to|avoid(?:s|ed|ing)?"
            + "|dispens(?:es|ed|ing)\\s++with|lack(?:s|ed|ing)?|free\\s++of|skip(?:s|ped|ping)?|bypass(?:es|ed|ing)?|sidestep(?:s|ped|ping)?"
            + "|eliminat(?:e|es|ed|ing)|remov(?:e|es|ed|ing)|do(?:es)?\\s++away\\s++with|forgo(?:es|ing)?)\\b");
    /** "rather than task fine-tuning", "Instead of a reward model,": what a claim sets aside, to its clause's end. */
    private static final Pattern SET_ASIDE_PHRASE = Pattern.compile("(?i)[,;]?\\s*+\\b(?:rather\\s++than|instead\\s++of)\\b[^,;.]*+");
    /** ", whereas the spatial prior ...", ", while random corrections fail": the other subject a sentence sets against its first. */
    private static final Pattern CONTRASTED = Pattern.compile("(?i)[,;]\\s*+(?:while|whereas|but)\\s++((?:[\\p{L}-]++\\s*+){1,4})");
    /** The last words of a clause, where its verb and object stand: what an elided denial denies. */
    private static final int PREDICATE_WORDS = 3;
    /** "improve performance less than accurate signals": a comparison, which an elided denial does not settle. */
    private static final Pattern COMPARING = Pattern.compile("(?i)\\bthan\\b");
    /** A comparison of two sides: "better accuracy than Long chains", not "rather than" or "other than". */
    private static final Pattern SETS_SIDES = Pattern.compile("(?i)(?<!\\brather\\s)(?<!\\bother\\s)\\bthan\\b");
    private static final Pattern CLAUSE_END = Pattern.compile("(?i)\\s(?:and|or|but|while|which|that|to)\\s");
    private static final Set<String> QUANTIFIERS = stems("any all some additional extra further other such much many explicit");
    private static final Pattern PREFIX = Pattern.compile("(?:un|in|im|non|dis)-?(\\p{L}{4,})");
    /**
     * Words that begin as a negation does and negate nothing, though their rest is a word: "improve"
     * is no "not prove", and "Unlike factual questions, ..." compares, and is no opposite of "like".
     */
    private static final Set<String> UNPREFIXED = stems("unlike improve impress import impose impart implant inform insight instance install intend"
            + " invent invest income inside input intake increase display discover dispatch dismiss dispose discount distill disclose unless");

    private Opposites() {}

    /** @param other 1 for the words of the other side of each pair, 0 for those of the word's own */
    private static Map<String, Set<String>> sides(int other) {
        Map<String, Set<String>> words = new HashMap<>();
        for (List<String> pair : PAIRS) {
            for (int side = 0; side < 2; side++) {
                Set<String> said = stems(pair.get((side + other) % 2));
                for (String word : stems(pair.get(side))) words.computeIfAbsent(word, k -> new HashSet<>()).addAll(said);
            }
        }
        return words;
    }

    /** The analysed words of the text, as the index stems them. */
    static Set<String> stems(String text) {
        return new HashSet<>(QueryTerms.all(STEMS, "", text.toLowerCase(Locale.ROOT)));
    }

    /**
     * "Coconut outperforms CoT on every reasoning task" of "outperforms CoT in certain logical reasoning tasks": a claim of all
     * that its sentence says of some only; "always" of what it says holds "in most scenarios".
     */
    static Optional<String> overstated(String claim, String sentence) {
        Optional<String> ceiling = ceilingAsFloor(claim, sentence);
        if (ceiling.isPresent()) return ceiling;
        Matcher all = UNIVERSAL.matcher(claim);
        if (!all.find() || UNIVERSAL.matcher(sentence).find()) return Optional.empty();
        if (all.group(1) == null) {
            Matcher often = LIMITED_ADVERB.matcher(sentence);
            return often.find() ? Optional.of(overstatement(often.group(), all.group())) : Optional.empty();
        }
        // "every reasoning task" of "certain logical reasoning tasks": the limit must be of what the claim says all of, any word
        // of it, as the words after "all" may run into the verb ("all reasoning models experience" of "many ... reasoning models").
        List<Set<String>> of = Arrays.stream(all.group(2).split("\\s++")).map(Opposites::stems).filter(word -> !word.isEmpty()).toList();
        Matcher some = LIMITED.matcher(sentence);
        while (some.find()) {
            String[] words = some.group(1).split("\\s++");
            for (int i = words.length - 1; i >= 0; i--) {
                // Whole words: "closed-source models" limits nothing of "all open-source LVLMs".
                if (!of.contains(stems(words[i]))) continue;
                String limit = sentence.substring(some.start(), some.start(1)) + String.join(" ", Arrays.copyOf(words, i + 1));
                return Optional.of(overstatement(limit, all.group()));
            }
        }
        return Optional.empty();
    }

    /**
     * "always accelerates reasoning by 3.4x", "by at least 3.4x" of "by up to 3.4x": the best case the
     * sentence gives, which the claim makes every case or the least.
     */
    private static Optional<String> ceilingAsFloor(String claim, String sentence) {
        if (!FLOOR.matcher(claim).find() && !AVERAGE.matcher(claim).find()) return Optional.empty();
        Matcher ceiling = UP_TO.matcher(sentence);
        while (ceiling.find()) {
            String figure = Pattern.quote(ceiling.group(1)) + "(?![\\d.]*+\\d)";
            if (Pattern.compile("(?i)\\b(?:up\\s++to|as\\s++much\\s++as|at\\s++most)\\s++" + figure).matcher(claim).find()) continue;
            // The floor is of that figure ("always accelerates reasoning by 3.4x"), and the claim does not give it as the best case too.
            Matcher floor = Pattern.compile("(?i)(?<![\\d.])\\b(" + FLOOR.pattern() + ")(?:\\s++[\\p{L}-]++){0,4}?\\s++(?:by\\s++)?" + figure).matcher(claim);
            if (floor.find()) return Optional.of("the cited sentence gives it as the best case (\"" + ceiling.group() + "\"), the claim as " + floor.group(1).strip());
            // "70% on average", "an average of 70%" of "an average of 30%, and up to 70%"; not of "average gains of up to 90% ... and
            // up to 27%", whose best cases are of an average.
            if (averageCeiling(sentence, ceiling.start())) continue;
            Matcher average = Pattern.compile("(?i)(?<![\\d.])\\b(?:on\\s++average|an?\\s++average\\s++of|averag(?:e|ing))(?:\\s++[\\p{L}-]++){0,4}?\\s++(?:by\\s++)?"
                    + figure + "|(?<![\\d.])" + figure + "\\S*+(?:\\s++[\\p{L}-]++){0,3}?\\s++on\\s++average\\b").matcher(claim);
            if (average.find()) return Optional.of("the cited sentence gives it as the best case (\"" + ceiling.group() + "\"), the claim as the average");
        }
        return Optional.empty();
    }

    /** Whether the "up to" figure at {@code at} is an average's: "average" comes before it with no figure between but other best cases. */
    private static boolean averageCeiling(String sentence, int at) {
        Matcher average = AVERAGE.matcher(sentence.substring(0, at));
        int from = -1;
        while (average.find()) from = average.end();
        if (from < 0) return false;
        Matcher figure = LOOSE_FIGURE.matcher(sentence.substring(from, at));
        while (figure.find()) {
            if (!UP_TO.matcher(sentence.substring(from, at)).region(Math.max(0, figure.start() - 12), figure.end()).find()) return false;
        }
        return true;
    }

    private static String overstatement(String some, String all) {
        return "the cited sentence says this of some cases only (\"" + some.strip() + "\"), the claim of all (\"" + all.strip() + "\")";
    }

    /**
     * How the claim says the opposite of the sentence, or empty: a word of it whose opposite the
     * sentence says instead, or a word the sentence denies ("no fine-tuning") that the claim asserts.
     *
     * @param negated whether the claim itself negates something, which the caller checks apart
     */
    public static Optional<String> of(String claim, String sentence, boolean negated) {
        if (asks(sentence)) return Optional.empty();
        Set<String> said = stems(claim), cited = stems(sentence), denied = denied(sentence), deniedByClaim = denied(claim);
        List<String> claimStems = QueryTerms.all(STEMS, "", claim.toLowerCase(Locale.ROOT));
        List<String> sentenceStems = QueryTerms.all(STEMS, "", sentence.toLowerCase(Locale.ROOT));
        Optional<Ranking> claimed = Ranking.of(claimStems), ranked = Ranking.of(sentenceStems);
        boolean ranksAlike = claimed.isPresent() && ranked.isPresent() && claimed.get().contrast() == ranked.get().contrast();
        if (ranksAlike && claimed.get().says() != ranked.get().says()) {
            return Optional.of("the cited sentence says the opposite (\"" + written(sentence, ranked.get().word()) + "\")");
        }
        // "Long chains are less accurate than short ones" agrees with "short chains are more accurate": its "less" and "more",
        // "long" and "short", rank the same way.
        for (String word : ranksAlike ? Set.<String>of() : said) {
            // "EMPO improves math accuracy without any degradation" agrees with "a large improvement", as "no degradation" does with it.
            if (cited.contains(word) || deniedByClaim.contains(word) || !Collections.disjoint(cited, SAME.getOrDefault(word, Set.of()))) continue;
            for (String opposite : OPPOSITE.getOrDefault(word, Set.of())) {
                if (cited.contains(opposite) && !said.contains(opposite) && !denied.contains(opposite) && ofWhatIsSaid(claim, word, sentence, opposite)) {
                    return Optional.of("the cited sentence says the opposite (\"" + opposite + "\")");
                }
            }
            Matcher prefixed = PREFIX.matcher(word);
            if (prefixed.matches() && !UNPREFIXED.contains(word) && cited.contains(prefixed.group(1))) {
                return Optional.of("the cited sentence says the opposite (\"" + prefixed.group(1) + "\")");
            }
        }
        Optional<String> reversed = PASSIVE.matcher(claim).find() || PASSIVE.matcher(sentence).find() ? Optional.empty()
                : reversedComparison(claimStems, sentenceStems, sentence);
        if (reversed.isPresent()) return Optional.of("the cited sentence says the opposite (\"" + reversed.get() + "\")");
        Optional<String> backwards = changedBackwards(claim, sentence);
        if (backwards.isPresent()) return Optional.of("the cited sentence says the opposite (\"" + backwards.get() + "\")");
        if (!ranksAlike && !ANY_DENIAL.matcher(claim).find()) {
            Optional<String> swapped = swappedModifier(claimStems, sentenceStems, SETS_SIDES.matcher(sentence).find());
            if (swapped.isPresent()) return Optional.of("the cited sentence says the opposite (\"" + written(sentence, swapped.get()) + "\")");
        }
        // "Orca 2 does not surpass models of similar size" of "Orca 2 significantly surpasses models of similar size"; not "the
        // spatial prior does not satisfy it" of "the AR prior satisfies it, whereas the spatial prior does not".
        Matcher denies = CLAIM_DENIES.matcher(withoutDeniedRelative(claim));
        while (!ofContrastedSubject(said, sentence) && denies.find()) {
            // The verb and what it is done to: "don't contain the answers" is no denial of "contain procedural knowledge".
            Set<String> verb = stems(denies.group(1)), object = stems(denies.group(2));
            object.removeAll(QUANTIFIERS);
            if (hedgedNear(sentence, verb)) continue;
            // "requires no labels" agrees with "does not require labels"; "recovers ... without any weight updates" denies no recovery.
            if (!Collections.disjoint(denied, verb) || !Collections.disjoint(denied, object)) continue;
            // "does not improve" of "improvements": a word of the verb's own side counts as the verb.
            boolean does = !verb.isEmpty() && (cited.containsAll(verb) && writesForm(sentence, denies.group(1)) || writesDerived(sentence, denies.group(1), object)
                    || verb.stream().anyMatch(v -> !Collections.disjoint(cited, SAME.getOrDefault(v, Set.of()))));
            long shared = object.stream().filter(cited::contains).count();
            boolean done = does && 2 * shared >= object.size();
            if (done) return Optional.of("the cited sentence says it does (\"" + denies.group(1) + "\")");
        }
        return noneOfWhatIsMeasured(claim, sentence).or(() -> denial(claim, sentence, negated)).or(() -> overstated(claim, sentence))
                .or(() -> rankedOtherwise(claim, sentence)).or(() -> remedied(claim, sentence)).or(() -> ReportedView.of(claim, sentence))
                .or(() -> FigureDirection.of(claim, sentence).map(change -> "the cited sentence says the opposite (\"" + change + "\")"));
    }

    /** Verbs of {@link #PAIRS} a title may state the opposite of: a title's adjectives ("Small", "Spoken") and its denials are no claims. */
    private static final Set<String> VERBS = stems("increase increases increased decrease decreases decreased reduce reduces reduced"
            + " improve improves improved degrade degrades degraded worsen worsens hurt hurts harm harms encourage encourages discourage discourages"
            + " enable enables prevent prevents sustain sustains promote promotes foster fosters facilitate facilitates hinder hinders impede impedes"
            + " hamper hampers maintain maintains preserve preserves accelerate accelerates outperform outperforms underperform underperforms");

    /** "Low-probability tokens hinder exploration" of the title "Low-probability Tokens Sustain Exploration in RLVR": its verb's opposite. */
    public static Optional<String> titleSaysOtherwise(String claim, String title) {
        Set<String> said = stems(claim), cited = stems(title), denied = denied(title);
        for (String word : said) {
            if (!VERBS.contains(word) || cited.contains(word)) continue;
            for (String opposite : OPPOSITE.getOrDefault(word, Set.of())) {
                if (VERBS.contains(opposite) && cited.contains(opposite) && !said.contains(opposite) && !denied.contains(opposite)
                        && ofWhatIsSaid(claim, word, title, opposite)) {
                    return Optional.of("the paper's title says the opposite (\"" + opposite + "\")");
                }
            }
        }
        return Optional.empty();
    }

    /** A claim that what it opens with does good: "Entropy collapse improves downstream performance" (its first few words). */
    private static final Pattern DOES_GOOD = Pattern.compile("(?i)^\\W*+((?:[\\p{L}-]++\\s++){0,3}?[\\p{L}-]++)\\s++"
            + "(?:improves?|helps?|boosts?|benefits?|enhances?|aids?)\\b");
    /** Verbs whose object is a problem: "escape entropy collapse", "mitigate overthinking". */
    private static final Pattern REMEDY = Pattern.compile("(?i)\\b(?:escap|mitigat|alleviat|overcom|combat|counteract|curb|prevent)\\w*+\\s++"
            + "(?:the\\s++|this\\s++|such\\s++)?((?:[\\p{L}-]++\\s++){0,2}[\\p{L}-]++)");
    private static final Set<String> NO_SUBJECT = Set.of("it", "this", "that", "they", "these", "those", "which", "what");

    /**
     * "Entropy collapse improves downstream performance" of "helping policy escape entropy collapse and achieve better
     * downstream performance": what the claim says does good, the sentence says is a problem escaped.
     */
    static Optional<String> remedied(String claim, String sentence) {
        Matcher good = DOES_GOOD.matcher(claim);
        if (!good.find() || NO_SUBJECT.contains(good.group(1).strip().toLowerCase(Locale.ROOT))) return Optional.empty();
        Set<String> subject = stems(good.group(1));
        if (subject.isEmpty()) return Optional.empty();
        Matcher remedy = REMEDY.matcher(sentence);
        while (remedy.find()) {
            if (!stems(remedy.group(1)).containsAll(subject)) continue;
            // The verb and the claim's subject, not the word after it: "escape entropy collapse".
            String object = remedy.group(1).strip();
            while (object.contains(" ") && stems(object.substring(0, object.lastIndexOf(' '))).containsAll(subject)) object = object.substring(0, object.lastIndexOf(' '));
            // What is overcome is the subject itself, not something of it: "prevent collapse of exploration" is no problem of exploration.
            if (object.split("\\s+").length != good.group(1).strip().split("\\s+").length) continue;
            return Optional.of("the cited sentence calls it a problem to overcome (\"" + remedy.group().substring(0, remedy.start(1) - remedy.start()) + object + "\")");
        }
        return Optional.empty();
    }

    /** "beats", "outperforms", "better than": one named thing put ahead of another. */
    private static final Pattern AHEAD = Pattern.compile("(?i)\\b(?:outperform\\w*+|surpass\\w*+|beat(?:s|ing)?|exceed(?:s|ed|ing)?|better\\s++than"
            + "|superior\\s++to|ahead\\s++of)\\b");
    /** "comparable to", "on par with", "narrowing the performance gap with": named things put level, or behind and closing in. */
    private static final Pattern LEVEL = Pattern.compile("(?i)\\b(?:comparabl[ey]\\s++(?:to|with)|on\\s++par\\s++with|competitive\\s++with|rival(?:s|ing)?"
            + "|match(?:es|ing)?|close\\s++to|narrow(?:s|ed|ing)?\\s++(?:the\\s++)?(?:[\\p{L}-]++\\s++)?gap|approaching|similar\\s++to)\\b");
    /** A model's size alone ("32B"), which names no model: "surpasses previous 32B models" ranks a kind of model. */
    private static final Pattern SIZE = Pattern.compile("\\d++(?:\\.\\d++)?[BMKT]");
    /** A name of a model or benchmark: a capital past its first letter, or a digit ("GPT-4o", "Pi-0", "DCLM", "N1"). */
    private static final Pattern NAME = Pattern.compile("(?<![\\p{L}\\d])(?=[\\p{L}\\d.-]+?\\p{Lu}|[\\p{L}\\d.-]*?\\d)[\\p{L}\\d][\\p{L}\\d.-]*[\\p{L}\\d]");
    /** Where what a ranking's verb is of ends: "beats GPT-4o on SWE-bench" ranks GPT-4o, not SWE-bench. */
    private static final Pattern RANKED_END = Pattern.compile("(?i)[,;.:]\\s|\\s(?:on|in|at|across|by|with|for|while|when|and\\s++(?!\\p{Lu}))\\s|$");
    /** How far a name may follow the word that ranks it: "surpassing closed-source Pi-0 and GR00T N1". */
    private static final int RANKED_CHARS = 60;

    /**
     * "SWE-RL beats GPT-4o" of "comparable to leading proprietary LLMs like GPT-4o", "InternVL3.5 beats GPT-5" of
     * "narrowing the performance gap with ... GPT-5": named things the sentence puts level, or behind; and "Pi-0
     * outperforms MolmoAct" of MolmoAct's "surpassing closed-source Pi-0": the claim's winner, the sentence's loser.
     */
    static Optional<String> rankedOtherwise(String claim, String sentence) {
        Matcher ahead = AHEAD.matcher(claim);
        if (ANY_DENIAL.matcher(claim).find() || PASSIVE.matcher(claim).find() || PASSIVE.matcher(sentence).find() || !ahead.find()) return Optional.empty();
        Matcher end = RANKED_END.matcher(claim);
        String ranked = claim.substring(ahead.end(), end.find(ahead.end()) ? end.start() : claim.length());
        List<String> losers = NAME.matcher(ranked).results().map(MatchResult::group).filter(name -> !SIZE.matcher(name).matches()).toList();
        List<String> winners = NAME.matcher(claim.substring(0, ahead.start())).results().map(MatchResult::group).toList();
        // The level is the claim's winner's, if the sentence names it: "OREAL-7B ... on par with 32B models" says nothing of OREAL-32B.
        int subject = winners.stream().mapToInt(winner -> wordAt(sentence, winner)).filter(at -> at >= 0).min().orElse(-1);
        boolean ofWinner = subject >= 0 || winners.stream().noneMatch(winner -> mentionsFamily(sentence, winner));
        for (String loser : ofWinner ? losers : List.<String>of()) {
            int at = wordAt(sentence, loser);
            if (at < 0) continue;
            Optional<MatchResult> level = lastBefore(LEVEL, sentence, at), better = lastBefore(AHEAD, sentence, at);
            if (level.isPresent() && subject < level.get().start() && better.map(b -> b.end() <= level.get().start()).orElse(true)) {
                return Optional.of("the cited sentence puts them level, not one ahead (\"" + sentence.substring(level.get().start(), at + loser.length()) + "\")");
            }
        }
        for (String winner : winners) {
            int at = wordAt(sentence, winner);
            Optional<MatchResult> better = at < 0 ? Optional.empty() : lastBefore(AHEAD, sentence, at);
            if (better.isEmpty()) continue;
            String after = sentence.substring(better.get().end(), Math.min(sentence.length(), better.get().end() + 2 * RANKED_CHARS));
            if (losers.stream().noneMatch(loser -> wordAt(after, loser) >= 0)) {
                return Optional.of("the cited sentence says the opposite (\"" + sentence.substring(better.get().start(), at + winner.length()) + "\")");
            }
        }
        return Optional.empty();
    }

    /** Whether the text names another of the name's family: "OREAL-7B" of "OREAL-32B". */
    private static boolean mentionsFamily(String text, String name) {
        String family = name.split("[-\\d]", 2)[0];
        return family.length() >= 3 && Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(family) + "(?=[-\\d])").matcher(text).find();
    }

    /** Where the name stands in the text as a word of its own, or -1. */
    private static int wordAt(String text, String name) {
        Matcher word = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(name) + "(?![\\p{L}\\d])").matcher(text);
        return word.find() ? word.start() : -1;
    }

    /** The last match of the pattern that ends within {@link #RANKED_CHARS} before {@code at}. */
    private static Optional<MatchResult> lastBefore(Pattern pattern, String text, int at) {
        MatchResult last = null;
        Matcher matcher = pattern.matcher(text.substring(0, at));
        while (matcher.find()) last = matcher.toMatchResult();
        return last != null && at - last.end() <= RANKED_CHARS ? Optional.of(last) : Optional.empty();
    }

    /** Where a sentence's clauses part: "improving accuracy by 2.48 points, while reducing token usage by 22.4%". */
    private static final Pattern CLAUSES = Pattern.compile("[,;]\\s++|\\s(?:while|whereas|but)\\s");
    /** Where a claim's clauses part: "cuts token usage by 22.4% and raises pass@1 by 2.48 points" says two things. */
    private static final Pattern CLAIM_CLAUSES = Pattern.compile("[,;]\\s++|\\s(?:and|while|whereas|but)\\s");

    /**
     * Whether a clause of the sentence that writes the opposite also writes something the claim
     * says with the word: its clause, and the clauses that say nothing of the word's either side, which
     * go on with it ("degrades exploration capacity and efficiency in learning"). "Raises pass@1" is not
     * contradicted by "..., while reducing token usage", nor is "cuts token usage and raises pass@1".
     */
    private static boolean ofWhatIsSaid(String claim, String word, String sentence, String opposite) {
        Set<String> rest = new HashSet<>(), eitherWay = new HashSet<>(SAME.getOrDefault(word, Set.of()));
        eitherWay.addAll(OPPOSITE.getOrDefault(word, Set.of()));
        for (String clause : CLAIM_CLAUSES.split(claim)) {
            Set<String> clauseStems = stems(clause);
            if (clauseStems.remove(word) || Collections.disjoint(clauseStems, eitherWay)) rest.addAll(clauseStems);
        }
        // "up to", "as much as": their short words are no part of what either clause is about.
        rest.removeIf(stem -> stem.length() < 3);
        for (String clause : CLAUSES.split(sentence)) {
            Set<String> clauseStems = stems(clause);
            if (clauseStems.remove(opposite) && !Collections.disjoint(clauseStems, rest)) return true;
        }
        return false;
    }

    /**
     * How the sentence denies what the claim asserts, or empty: "requires no fine-tuning" of "needs fine-tuning", "noisy
     * signals do not" of "noisy signals improve performance".
     */
    public static Optional<String> denial(String given, String sentence, boolean negated) {
        if (asks(sentence)) return Optional.empty();
        // "through continued pretraining rather than task fine-tuning" denies fine-tuning itself, as "no" would; what the claim
        // says beside it is still its claim: "RL teaches new strategies rather than redistributing ..." of "RL does not teach new strategies".
        String claim = SET_ASIDE_PHRASE.matcher(given).replaceAll("");
        Set<String> said = stems(claim);
        if (SETS_ASIDE.matcher(claim).find()) return Optional.empty();
        // A claim's "-free" is no denial of what the clause before states ("leakage-free datasets").
        // Nor is a denial of what a noun of it is ("new strategies that the base model did not have").
        String asserted = withoutDeniedRelative(claim);
        boolean claimDenies = negated || NEGATED.matcher(asserted).find() || CLAIM_DENIES.matcher(asserted).find() || ELIDED_DENIAL.matcher(asserted).find();
        Optional<String> elided = claimDenies ? Optional.empty() : elidedDenial(claim, said, sentence);
        if (elided.isPresent()) return Optional.of("the cited sentence says this is not so (\"" + elided.get() + "\")");
        // "Without supervised signals, EMPO raised...": a claim that denies something itself is read by the caller.
        if (negated || DENIALS.stream().anyMatch(denial -> denial.matcher(asserted).find())) return Optional.empty();
        Optional<String> notNeeded = notNeeded(claim, sentence);
        if (notNeeded.isPresent()) return Optional.of("the cited sentence says this is not so (\"" + notNeeded.get() + "\")");
        // The whole of what is denied: "without any RL-trained model" does not deny a claim its "model".
        List<Set<String>> clauses = CLAIM_CLAUSES.splitAsStream(asserted).map(Opposites::stems).toList();
        return deniedPhrases(sentence).stream().anyMatch(d -> clauses.stream().anyMatch(d::assertedBy)) ? Optional.of("the cited sentence says this is not so") : Optional.empty();
    }

    /** "strategies that the base model did not have": a clause of a noun that denies, to its clause's end. */
    private static final Pattern DENIED_RELATIVE = Pattern.compile("(?i)(?<=\\p{L})\\s++(?:that|which|who)\\s++(?:[\\p{L}\\d-]++\\s++){0,5}?"
            + "(?:(?:does|do|did|is|are|was|were|has|have|had|can|could)\\s*+(?:not|n['\u2019]t)|cannot|never)\\b[^,;.]*+");
    /** Words after which "that" begins what is said, not a clause of a noun: "shows that RL does not teach". */
    private static final Set<String> SAYING = Set.of("show", "shows", "showed", "shown", "find", "finds", "found", "suggest", "suggests", "suggested",
            "claim", "claims", "claimed", "demonstrate", "demonstrates", "demonstrated", "argue", "argues", "argued", "report", "reports",
            "reported", "note", "notes", "noted", "observe", "observes", "observed", "reveal", "reveals", "revealed", "prove", "proves",
            "proved", "conclude", "concludes", "concluded", "say", "says", "said", "state", "states", "stated", "so", "such", "than", "is",
            "are", "was", "were", "means", "indicate", "indicates", "indicated", "confirm", "confirms", "confirmed", "evidence", "finding");

    /** The claim without the clauses of its nouns that deny ("new strategies that the base model did not have"). */
    private static String withoutDeniedRelative(String claim) {
        Matcher relative = DENIED_RELATIVE.matcher(claim);
        StringBuilder kept = new StringBuilder();
        int from = 0;
        while (relative.find()) {
            int word = relative.start();
            while (word > 0 && Character.isLetter(claim.charAt(word - 1))) word--;
            if (SAYING.contains(claim.substring(word, relative.start()).toLowerCase(Locale.ROOT))) continue;
            kept.append(claim, from, relative.start());
            from = relative.end();
        }
        return kept.append(claim.substring(from)).toString();
    }

    /** What a need is for, after what is needed: "to segment behavior", "for incentivizing reasoning", ", while". */
    private static final Pattern PURPOSE = Pattern.compile("(?i)\\s(?:to|for|so|when|while|in\\s++order)\\s|[,;(]");
    /** "requires verified golden answers": a claim of what something needs, its verb and what follows. */
    private static final Pattern NEEDS = Pattern.compile("(?i)\\b(requires?|needs?|relies\\s++on|rely\\s++on|depends?\\s++on)\\b(.*+)");
    /** "does not require any supervised information (i.e., neither ..., problems with golden answers, nor ...)". */
    private static final Pattern NOT_NEEDED = Pattern.compile("(?i)\\b(?:does|do|did)\\s*+(?:not|n['\u2019]t)\\s++(require|need|rely\\s++on|depend\\s++on)\\b(.*+)");

    /**
     * "does not require", for a claim that something requires what the sentence lists after it: what is not needed may be
     * listed well after the verb ("EMPO does not require any supervised information (i.e., neither verifiable reasoning
     * traces, problems with golden answers, nor ...)" of "EMPO requires verified golden answers"). Half of what the claim
     * says is needed, two words at least, must be among what the sentence says is not.
     */
    private static Optional<String> notNeeded(String claim, String sentence) {
        Matcher needs = NEEDS.matcher(claim), notNeeded = NOT_NEEDED.matcher(sentence);
        if (!needs.find() || !notNeeded.find() || !stems(needs.group(1)).equals(stems(notNeeded.group(1)))) return Optional.empty();
        // "does not require labels, but requires a verifier" needs something all the same.
        if (NEEDS.matcher(notNeeded.group(2)).find()) return Optional.empty();
        // What is needed, not what for: "requires visual information to segment behavior" of "does not require keypoints to segment behavior".
        String object = PURPOSE.split(needs.group(2), 2)[0];
        Set<String> needed = stems(object), listed = stems(notNeeded.group(2));
        needed.removeAll(QUANTIFIERS);
        long shared = needed.stream().filter(listed::contains).count();
        return shared >= 2 && 2 * shared >= needed.size() ? Optional.of(notNeeded.group().substring(0, notNeeded.start(2) - notNeeded.start()).strip())
                : Optional.empty();
    }

    /**
     * "noisy or incorrect signals do not" of "only accurate reward signals consistently improve performance, while noisy or
     * incorrect signals do not", for a claim that says of every word of that subject what the clause before ends with
     * (two of its last three words: "consistently improve performance"); not a claim that compares ("less than").
     */
    private static Optional<String> elidedDenial(String claim, Set<String> said, String sentence) {
        if (COMPARING.matcher(claim).find()) return Optional.empty();
        Matcher elided = ELIDED_DENIAL.matcher(sentence);
        while (elided.find()) {
            Set<String> subject = stems(elided.group(1));
            List<String> before = QueryTerms.all(STEMS, "", sentence.substring(0, elided.start()).toLowerCase(Locale.ROOT));
            List<String> predicate = before.subList(Math.max(0, before.size() - PREDICATE_WORDS), before.size());
            long asserted = predicate.stream().filter(said::contains).count();
            if (!subject.isEmpty() && said.containsAll(subject) && asserted >= Math.min(2, predicate.size())) {
                return Optional.of(elided.group().replaceFirst("^[,;]\\s*+\\S+\\s++", ""));
            }
        }
        return Optional.empty();
    }

    /** Whether the claim speaks of the subject the sentence sets against its first (its first two words after "whereas", "while"). */
    private static boolean ofContrastedSubject(Set<String> said, String sentence) {
        Matcher contrasted = CONTRASTED.matcher(sentence);
        while (contrasted.find()) {
            List<String> subject = QueryTerms.all(STEMS, "", contrasted.group(1).toLowerCase(Locale.ROOT));
            List<String> head = subject.subList(0, Math.min(2, subject.size()));
            if (!head.isEmpty() && said.containsAll(head)) return true;
        }
        return false;
    }

    /**
     * Whether a word that limits what the sentence says stands near its verb, or one that contrasts
     * anywhere: "improves only on easy tasks" may deny what "does not improve on hard tasks" does,
     * while "recovers 91% of the gap without any weight updates while steering only 12% of tokens"
     * says it recovers.
     */
    private static boolean hedgedNear(String sentence, Set<String> verb) {
        if (CONTRAST.matcher(sentence).find()) return true;
        String[] words = sentence.split("\\s+");
        for (int i = 0; i < words.length; i++) {
            Set<String> stems = stems(words[i]);
            if (Collections.disjoint(stems, verb) && verb.stream().allMatch(v -> Collections.disjoint(stems, SAME.getOrDefault(v, Set.of())))) continue;
            String near = String.join(" ", Arrays.copyOfRange(words, Math.max(0, i - HEDGE_BEFORE), Math.min(words.length, i + HEDGE_AFTER + 1)));
            if (HEDGE.matcher(near).find()) return true;
        }
        return false;
    }

    /**
     * "Longer reasoning chains are more likely correct than shorter ones" of "shorter reasoning chains
     * are more likely correct": a word said of the same thing as the sentence's opposite word, which
     * the sentence never says of it. Both words in both texts, in another order, are no opposite,
     * nor a sentence that compares and says the claim's word of something else ("shorter CoTs achieve
     * better accuracy than long chains"): which side it ranks first is the rankings' to read. Gives the
     * sentence's word, as a stem.
     */
    private static Optional<String> swappedModifier(List<String> claim, List<String> sentence, boolean compares) {
        for (int i = 0; i + 1 < claim.size(); i++) {
            Set<String> opposite = OPPOSITE.get(claim.get(i));
            if (opposite == null) continue;
            Set<String> own = new HashSet<>(SAME.getOrDefault(claim.get(i), Set.of()));
            own.add(claim.get(i));
            String next = claim.get(i + 1);
            if (compares && saysOfOther(sentence, claim.get(i), claim)) continue;
            Optional<String> said = before(sentence, opposite, next);
            if (said.isPresent() && before(sentence, own, next).isEmpty() && before(claim, opposite, next).isEmpty()) return said;
        }
        return Optional.empty();
    }

    /**
     * Whether the sentence writes the claim's word of something the claim does not name: "shorter" of "the shorter
     * difficulty-aware CoTs achieve better accuracy than Long chains", which may be the claim's own "chains" in other words.
     * Not "fewer" of "fewer turns", when the claim says "more turns": that is the pair swapped.
     */
    private static boolean saysOfOther(List<String> sentence, String word, List<String> claim) {
        for (int j = 0; j + 1 < sentence.size(); j++) {
            if (sentence.get(j).equals(word) && !claim.contains(sentence.get(j + 1))) return true;
        }
        return false;
    }

    /**
     * "SFT outperforms ReFT" of "ReFT significantly outperforms SFT", "the baseline improves accuracy by
     * 24.3% over Visual-RFT" of "Visual-RFT improves accuracy by 24.3% over the baseline": the sentence
     * ranks the claim's two sides the other way round. The claim's loser (the words right after its
     * first ranking word: "outperforms", "over") is on the winning side of one
     * of the sentence's (the words before it), a word of its winner on the sentence's losing side, and
     * none of its loser there. Gives the sentence's words from its winner to the claim's winner.
     */
    private static Optional<String> reversedComparison(List<String> claim, List<String> sentence, String written) {
        List<Compared> claimed = comparisons(claim);
        if (claimed.isEmpty()) return Optional.empty();
        // A word on both sides of the claim ("CoT outperforms CoT-Max") tells no side.
        List<String> winner = claimed.get(0).before().stream().filter(w -> !claimed.get(0).after().contains(w)).toList();
        List<String> loser = claimed.get(0).after().stream().filter(w -> !claimed.get(0).before().contains(w)).toList();
        for (Compared ranked : comparisons(sentence)) {
            Optional<String> won = loser.stream().filter(w -> ranked.before().contains(w) && !ranked.after().contains(w)).findFirst();
            Optional<String> lost = winner.stream().filter(w -> ranked.after().contains(w) && !ranked.before().contains(w)).findFirst();
            if (won.isPresent() && lost.isPresent() && loser.stream().noneMatch(ranked.after()::contains)) {
                return Optional.of(span(written, written(written, won.get()), written(written, lost.get())));
            }
        }
        return Optional.empty();
    }

    /** "achieves no inference speedup" of "a 4.05times inference speedup": none of what the sentence measures. */
    private static Optional<String> noneOfWhatIsMeasured(String claim, String sentence) {
        Matcher none = NONE_OF.matcher(claim);
        while (none.find()) {
            Matcher measured = Pattern.compile("(?i)\\d++(?:\\.\\d++)?+\\s*+(?:%|x|\u00d7|times|-?fold|points?)?\\s*+(?:[\\p{L}-]++\\s++){0,2}?"
                    + Pattern.quote(none.group(1)) + "(?!\\p{L})").matcher(sentence);
            if (measured.find()) return Optional.of("the cited sentence says it does (\"" + measured.group() + "\")");
        }
        return Optional.empty();
    }

    /** "rises from 17.0% to 86.6%" of "dropping from 86.6% to 17.0%": the same two figures, the change the other way. */
    private static Optional<String> changedBackwards(String claim, String sentence) {
        Matcher claimed = FROM_TO.matcher(claim);
        while (claimed.find()) {
            Matcher said = FROM_TO.matcher(sentence);
            while (said.find()) {
                if (said.group(1).equals(claimed.group(2)) && said.group(2).equals(claimed.group(1)) && !said.group(1).equals(said.group(2))) {
                    return Optional.of(said.group());
                }
            }
        }
        return Optional.empty();
    }

    /** The text from one word to the next one after it, or the two words when they stand far apart or the other way. */
    private static String span(String text, String from, String to) {
        int start = text.indexOf(from);
        Matcher after = Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(to) + "(?![\\p{L}\\p{N}])").matcher(text);
        boolean found = start >= 0 && after.find(start + from.length());
        return found && after.end() - start <= MAX_SPAN ? text.substring(start, after.end()) : from + " ... " + to;
    }

    /** A word that ranks one thing over another, with the stems of the side before it (the winner) and after it (the loser), nearest first. */
    private record Compared(List<String> before, List<String> after) {}

    /** Each ranking word of the text ("outperforms", "over"), with its sides: figures and adverbs are no side's words. */
    private static List<Compared> comparisons(List<String> stems) {
        List<Compared> compared = new ArrayList<>();
        for (int i = 1; i + 1 < stems.size(); i++) {
            if (!RANKS_OVER.contains(stems.get(i)) && !PIVOTS.contains(stems.get(i))) continue;
            List<String> before = side(stems.subList(0, i).reversed(), WINNER_WORDS), after = side(stems.subList(i + 1, stems.size()), LOSER_WORDS);
            if (!before.isEmpty() && !after.isEmpty()) compared.add(new Compared(before, after));
        }
        return compared;
    }

    /** The side's stems nearest the ranking word, without figures and adverbs ("significantly" is "significant" as a stem). */
    private static List<String> side(List<String> stems, int words) {
        return stems.stream().filter(stem -> !stem.endsWith("ly") && !INTENSIFIERS.contains(stem) && !PIVOTS.contains(stem)
                && !RANKS_OVER.contains(stem) && !Character.isDigit(stem.charAt(0))).limit(words).toList();
    }

    private static Set<String> without(Set<String> words, Set<String> left) {
        Set<String> rest = new HashSet<>(words);
        rest.removeAll(left);
        return Set.copyOf(rest);
    }

    /**
     * "Shorter chains are less accurate than long ones" and "shorter thinking can outperform longer
     * traces" rank the two sides of a contrast (shorter, longer), in opposite order. A ranking is a
     * word that says better or worse ("outperform", "less accurate"), and its subject the side
     * named before it: "longer chains are less accurate than shorter ones" agrees with the second.
     *
     * @param contrast which pair of sides the text ranks (an index into CONTRASTS)
     * @param says +1 when the first side of the pair comes out better, -1 when worse
     * @param word the ranking word, as a stem
     */
    private record Ranking(int contrast, int says, String word) {
        /** The text's first ranking, when a side of a contrast comes before it. */
        static Optional<Ranking> of(List<String> stems) {
            for (int i = 1; i < stems.size(); i++) {
                int polarity = polarity(stems, i);
                if (polarity == 0) continue;
                for (int j = i - 1; j >= Math.max(0, i - SUBJECT_WORDS); j--) {
                    for (int c = 0; c < CONTRASTS.size(); c++) {
                        int side = CONTRASTS.get(c).get(0).contains(stems.get(j)) ? 1 : CONTRASTS.get(c).get(1).contains(stems.get(j)) ? -1 : 0;
                        if (side != 0) return Optional.of(new Ranking(c, side * polarity, stems.get(i)));
                    }
                }
                return Optional.empty();
            }
            return Optional.empty();
        }

        /** +1 for a word that says better ("outperform", "more accurate"), -1 for one that says worse, else 0. */
        private static int polarity(List<String> stems, int i) {
            String stem = stems.get(i);
            boolean quality = i + 1 < stems.size() && QUALITIES.contains(stems.get(i + 1));
            if (BETTER.contains(stem) || stem.equals("more") && quality) return 1;
            return WORSE.contains(stem) || stem.equals("less") && quality ? -1 : 0;
        }
    }

    /**
     * Whether the sentence writes the word in a form of its own, not negated by a prefix: "is not
     * associative" agrees with "non-associative", and "associated" is another word of one stem.
     */
    private static boolean writesForm(String sentence, String word) {
        // Its stem, as the word's start: "improv" of "improve"; a short verb ("use", "cut") whole.
        return writesStart(sentence, word.toLowerCase(Locale.ROOT).substring(0, Math.min(word.length(), Math.max(4, word.length() - 2))));
    }

    /** Whether a word of the sentence begins so, not negated by a prefix ("non-associative"). */
    private static boolean writesStart(String sentence, String start) {
        String quoted = Pattern.quote(start), lower = sentence.toLowerCase(Locale.ROOT);
        return Pattern.compile("(?<![\\p{L}-])" + quoted).matcher(lower).find() && !Pattern.compile("\\b(?:non|un)-?" + quoted).matcher(lower).find();
    }

    /**
     * Whether the sentence writes a word the verb's stem begins, five letters or more, that the stemmer
     * keeps apart ("a 49.27% reduction" of "reduce", "surpassing" of "surpass", "speedup" of "speed"),
     * with a word of the claim's object right after it ("reduction in total response tokens"), and no
     * word that takes it away before it ("removes the requirement for labels").
     */
    private static boolean writesDerived(String sentence, String verb, Set<String> object) {
        String stem = verb.toLowerCase(Locale.ROOT).replaceFirst("(?:es|ed|e|s)$", "");
        if (stem.length() < MIN_DERIVED_STEM || !writesStart(sentence, stem)) return false;
        String[] words = sentence.toLowerCase(Locale.ROOT).split("\\s+");
        for (int i = 0; i < words.length; i++) {
            if (!words[i].replaceFirst("^\\W+", "").startsWith(stem)) continue;
            String before = String.join(" ", Arrays.copyOfRange(words, Math.max(0, i - HEDGE_BEFORE), i));
            Set<String> after = stems(String.join(" ", Arrays.copyOfRange(words, i + 1, Math.min(words.length, i + 1 + DERIVED_OBJECT_WORDS))));
            if (!TAKEN_AWAY.matcher(before).find() && (object.isEmpty() || !Collections.disjoint(after, object))) return true;
        }
        return false;
    }

    /** The text's first word whose stem is the one given, as written: "shorter" of "short". */
    private static String written(String text, String stem) {
        for (String word : text.split("[^\\p{L}\\p{N}-]+")) if (stems(word).contains(stem)) return word;
        return stem;
    }

    /** The first of the words that comes right before {@code next} in the stems. */
    private static Optional<String> before(List<String> stems, Set<String> words, String next) {
        for (int i = 0; i + 1 < stems.size(); i++) if (words.contains(stems.get(i)) && stems.get(i + 1).equals(next)) return Optional.of(stems.get(i));
        return Optional.empty();
    }

    /**
     * What a sentence denies: its first word ("help" of "do not help LRMs translate") and the rest.
     * A clause of a claim asserts it when it says the first word and at least half of the rest:
     * "without any RL-trained model" is not denied by a claim's "RL" and "model" alone, nor "without
     * any weight updates" by "limits LoRA-style updates, and uses them ... with frozen weights".
     */
    private record Denial(Set<String> head, Set<String> rest) {
        boolean assertedBy(Set<String> said) {
            return said.containsAll(head) && 2 * rest.stream().filter(said::contains).count() >= rest.size();
        }

        Set<String> all() {
            Set<String> all = new HashSet<>(head);
            all.addAll(rest);
            return all;
        }
    }

    /** The words a sentence denies: "no fine-tuning", "a training-free method", "eliminating the need for a reward model". */
    private static Set<String> denied(String sentence) {
        Set<String> words = new HashSet<>();
        deniedPhrases(sentence).forEach(d -> words.addAll(d.all()));
        return words;
    }

    /** Each thing the sentence denies, as its words' stems, without the words that only count it ("any", "additional"). */
    private static List<Denial> deniedPhrases(String sentence) {
        List<Denial> phrases = new ArrayList<>();
        for (Pattern denial : DENIALS) {
            Matcher denied = denial.matcher(sentence);
            while (denied.find()) {
                if (inBaseline(sentence, denied.start())) continue;
                // "requires no fine-tuning and matches baselines" denies fine-tuning only.
                Set<String> head = new HashSet<>(), rest = new HashSet<>();
                for (String word : CLAUSE_END.split(denied.group(1), 2)[0].split("\\s+")) {
                    Set<String> stems = stems(word);
                    stems.removeAll(QUANTIFIERS);
                    (head.isEmpty() ? head : rest).addAll(stems);
                }
                if (!head.isEmpty()) phrases.add(new Denial(head, rest));
            }
        }
        return phrases;
    }

    /** What a comparison is made against: "Compared to speculative decoding without SpecReason, their combination yields...". */
    private static final Pattern BASELINE = Pattern.compile("(?i)\\b(?:compared\\s++(?:to|with)|relative\\s++to|in\\s++comparison\\s++(?:to|with)|versus|vs\\.?)\\s");

    /**
     * Whether a denial at {@code at} describes what the sentence compares against, in its clause:
     * "speculative decoding without SpecReason" is a baseline, not a denial of SpecReason.
     */
    private static boolean inBaseline(String sentence, int at) {
        String before = sentence.substring(0, at);
        int clause = Math.max(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')), before.lastIndexOf(':'));
        return BASELINE.matcher(before.substring(clause + 1)).find();
    }

    /** "Can LLMs learn to reason without any weight update?": a question, which asserts and denies nothing. */
    private static boolean asks(String sentence) {
        return sentence.strip().endsWith("?");
    }
}
