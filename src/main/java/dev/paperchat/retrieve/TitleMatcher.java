package dev.paperchat.retrieve;

import dev.paperchat.corpus.Titles;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.lucene.analysis.en.EnglishAnalyzer;

/**
 * Recognises a half-remembered title in a query: a paper's short name ("Quiet STaR",
 * "quietstar", "quiet-star", "ETTRL", "Quiet-STaT"), a name its abstract gives the method it
 * proposes ("that ANCHOR paper"), or most of its title's words, with small typos.
 * Scores are in [0, 1]; 1 means the query names the paper.
 */
public final class TitleMatcher {
    /** Titles such as "EMPO: Entropy ..." name their method before the colon; longer prefixes are not names. */
    private static final int MAX_NAME_WORDS = 4;
    private static final int MIN_FUZZY_LENGTH = 6;
    /** A shorter name's one typo looked for: two letters swapped, in a name of four or five. */
    private static final int MIN_SWAPPED_LENGTH = 4;
    /**
     * A typo is looked for in names of one or two words; a longer name with a typo is found by
     * {@link #coverage}, which forgives one typo a word. Deletions of every 3- and 4-word window
     * were most of a large collection's title-matching time.
     */
    private static final int MAX_FUZZY_WORDS = 2;
    /** A version number written apart from its name ("2" of "InternVL 2.5"); a year ("ETTRL 2025") is none. */
    private static final Pattern VERSION = Pattern.compile("\\d{1,2}");
    /** A name and its version, joined or apart: "Skywork-R1V" and 3, "InternVL" and 2.5, "Qwen" and 2.5 of "Qwen2.5-Math"; not "GPT-4o". */
    private static final Pattern VERSIONED_NAME = Pattern.compile("(?<![\\p{L}\\d.])(\\p{L}[\\p{L}\\d.-]*?\\p{L})[\\s-]?v?(\\d+(?:\\.\\d+)?)(?![\\p{L}\\d]|\\.\\d)",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern CAPITAL = Pattern.compile("\\p{Lu}");
    /** A name and its version joined: "GPT4", "Qwen3". */
    private static final Pattern VERSIONED_WORD = Pattern.compile("(\\p{L}{2,})(\\d{1,2})");
    private static final Pattern LETTERS = Pattern.compile("\\p{L}{2,}");
    /** A colon, a slogan's full stop, or a dash ("... Models -- o3 (mini) Thinks Harder") ends a title's first clause (a question a title asks is asked in other questions). */
    private static final String DASH = "\\s(?:--|\u2014|\u2013)\\s";
    private static final Pattern FIRST_CLAUSE = Pattern.compile("[:.]\\s|" + DASH);
    /** Where a pasted reference's parts end: "Zelikman et al. 2024. Quiet-STaR: ... Speaking. COLM 2024." */
    private static final Pattern SENTENCE_END = Pattern.compile("(?<=[.?!])\\s+");
    private static final Pattern APOSTROPHE = Pattern.compile("(?<=\\p{L})['\u2019](?=\\p{L})");
    /** "EMPO's", "the models'": a possessive is no part of the name, which "empos" would no longer match; "It's" is no possessive. */
    private static final Pattern POSSESSIVE = Pattern.compile("(?<=\\p{L}{2})(?<!\\b(?:it|that|what|there|here|let|he|she|who|where))['\u2019]s(?!\\p{L})"
            + "|(?<=\\p{L}s)['\u2019](?!\\p{L})", Pattern.CASE_INSENSITIVE);
    /** Where Latin letters meet Chinese, Japanese or Korean ones with no space: "LayerCast是什么" names LayerCast. */
    private static final Pattern SCRIPT_CHANGE = Pattern.compile("(?<=\\p{IsLatin})(?=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])"
            + "|(?<=[\\p{IsHan}\\p{IsHiragana}\\p{IsKatakana}\\p{IsHangul}])(?=\\p{IsLatin})");
    /** What a title names its kind of document by, after the name of what it reports on. */
    private static final Pattern REPORT = Pattern.compile("(?i)\\s++(?:technical|tech)\\s++report$|\\s++(?:system|model)\\s++card$");
    /** "SoftCoT++" is the successor of "SoftCoT", not the same name: the pluses are kept as a word part. */
    private static final Pattern PLUSES = Pattern.compile("(?<=[\\p{L}\\p{N}])\\+\\+");
    /**
     * A prefix written apart, hyphenated or joined ("pre-training", "pre training", "pretraining";
     * "fine-tuning", "multi-modal"): joined, in titles and lookups alike. Prefixes that are words of
     * their own ("over", "self") are left apart: "over graphs" is no word.
     */
    private static final Pattern PREFIXED = Pattern.compile("\\b(pre|post|non|multi|co|re|sub|semi|anti|inter|intra|mid|fine) (?=\\p{L}{3})");
    /** The field's short forms of title words, as normalised words. */
    private static final Map<String, String> SHORT_FORMS = Map.ofEntries(Map.entry("rl", "reinforcement learning"),
            Map.entry("llm", "large language model"), Map.entry("llms", "large language models"), Map.entry("lm", "language model"),
            Map.entry("lms", "language models"), Map.entry("vlm", "vision language model"), Map.entry("vlms", "vision language models"),
            Map.entry("mllm", "multimodal large language model"), Map.entry("mllms", "multimodal large language models"),
            Map.entry("cot", "chain of thought"), Map.entry("sft", "supervised finetuning"), Map.entry("qa", "question answering"),
            Map.entry("moe", "mixture of experts"), Map.entry("nlp", "natural language processing"),
            Map.entry("rlhf", "reinforcement learning from human feedback"));
    private static final Set<String> FUNCTION_WORDS = functionWords();
    /** Letters no accent removal takes apart, as typed without them. */
    private static final Map<Character, String> FOLDED = Map.ofEntries(Map.entry('ß', "ss"), Map.entry('æ', "ae"), Map.entry('Æ', "AE"),
            Map.entry('œ', "oe"), Map.entry('Œ', "OE"), Map.entry('ø', "o"), Map.entry('Ø', "O"), Map.entry('ł', "l"), Map.entry('Ł', "L"),
            Map.entry('đ', "d"), Map.entry('Đ', "D"), Map.entry('þ', "th"), Map.entry('Þ', "Th"), Map.entry('ı', "i"));

    // Lists, not sets: nearly every name and deletion is one paper's, and a million papers' worth must fit the heap.
    private final Map<String, List<String>> byName = new HashMap<>();
    /** The names (keys of byName) that become each string when one letter is deleted. */
    private final Map<String, List<String>> byNameDeletion = new HashMap<>();
    /** Each distinct title word once: titles share most of their words. */
    private final Map<String, String> wordPool = new HashMap<>();
    /** How many titles use each word: "reasoner" in a query is that word, not a misspelt "G-reasoner". */
    private final Map<String, Integer> titlesWithWord = new HashMap<>();
    /** The title words in order, for those a start begins: a range, not a pass over every word. */
    private final String[] sortedWords;
    private final Map<String, List<String>> titleWords = new HashMap<>();
    /**
     * How many of a title's words come before its colon: people remember one side of it, the
     * slogan ("Done Is Better than Perfect") or what the paper does ("Fully Unsupervised LLM
     * Reasoning Incentivization").
     */
    private final Map<String, Integer> wordsBeforeColon = new HashMap<>();
    /** A window of the query longer than this plus one letter can be no name here, not even with a typo. */
    private int longestName;

    public TitleMatcher(Map<String, String> titlesById) {
        this(titlesById, Map.of());
    }

    /** @param namesById further names of a paper, such as those its abstract introduces */
    public TitleMatcher(Map<String, String> titlesById, Map<String, ? extends Collection<String>> namesById) {
        titlesById.forEach(this::addTitle);
        namesById.forEach((id, names) -> names.forEach(name -> addName(id, name)));
        sortedWords = titlesWithWord.keySet().stream().sorted().toArray(String[]::new);
    }

    private void addTitle(String id, String title) {
        List<String> words = pooled(normalize(title).split(" "));
        titleWords.put(id, words);
        for (String word : new HashSet<>(words)) titlesWithWord.merge(word, 1, Integer::sum);
        int colon = title.indexOf(':');
        String name = colon > 0 ? title.substring(0, colon) : title;
        // "Don't Overthink it. Preferring Shorter..." has two sides as "Name: what it does" has.
        String[] clauses = FIRST_CLAUSE.split(title, 2);
        String before = normalize(clauses[0]);
        // A name of no letter or digit (an emoji) has no words, though split gives one empty string.
        if (clauses.length == 2) wordsBeforeColon.put(id, before.isEmpty() ? 0 : before.split(" ").length);
        addName(id, name);
        // "Phi-4-reasoning Technical Report" is the report of Phi-4-reasoning, which is what people call it.
        String reported = REPORT.matcher(name).replaceFirst("");
        if (!reported.equals(name) && !reported.isBlank()) addName(id, reported);
    }

    private List<String> pooled(String[] words) {
        for (int i = 0; i < words.length; i++) words[i] = wordPool.computeIfAbsent(words[i], w -> w);
        return List.of(words);
    }

    private void addName(String id, String name) {
        int words = normalize(name).split(" ").length;
        if (words > MAX_NAME_WORDS) return;
        String compact = compact(name);
        if (compact.length() < 3) return;
        add(byName, compact, id);
        longestName = Math.max(longestName, compact.length());
        // Only the names a window with a typo may be (see MAX_FUZZY_WORDS) need their deletions.
        if (compact.length() >= MIN_FUZZY_LENGTH && words <= MAX_FUZZY_WORDS) {
            for (String deletion : deletions(compact)) add(byNameDeletion, deletion, compact);
        }
    }

    /** A value listed twice does no harm: look-ups collect into sets. */
    private static void add(Map<String, List<String>> map, String key, String value) {
        List<String> values = map.get(key);
        if (values == null) {
            map.put(key, List.of(value));
        } else if (!values.get(values.size() - 1).equals(value)) {
            if (values.size() == 1) map.put(key, values = new ArrayList<>(values));
            values.add(value);
        }
    }

    /**
     * Papers whose short name the query contains, exactly (1.0) or with one typo (0.9). Longer
     * names are matched first and their words are used up: "quiet star" names Quiet-STaR, and
     * its "star" does not also name StAR.
     */
    public Map<String, Double> nameMatches(String query) {
        return nameMatches(query, window -> lookup(window, window.mayBeTypo(this::titlesWith)));
    }

    int titlesWith(String word) {
        return titlesWithWord.getOrDefault(word, 0);
    }

    /** @param start lower case: the longer title words that begin with it ("markovian" of "markov"), with the titles holding each */
    Map<String, Integer> titleWordsBeginning(String start) {
        Map<String, Integer> words = new HashMap<>();
        int from = Arrays.binarySearch(sortedWords, start);
        for (int i = from >= 0 ? from + 1 : -from - 1; i < sortedWords.length && sortedWords[i].startsWith(start); i++) {
            words.put(sortedWords[i], titlesWithWord.get(sortedWords[i]));
        }
        return words;
    }

    /** @param word lower case: whether a longer title word begins or ends with it */
    boolean partOfTitleWord(String word) {
        return titlesWithWord.keySet().stream().anyMatch(t -> t.length() > word.length() && (t.startsWith(word) || t.endsWith(word)));
    }

    /** A run of query words joined, as names are kept; its one-letter deletions are made once, however many matchers look. */
    static final class Window {
        final String text;
        final int words;
        private final List<String> parts;
        private List<String> deletions;

        /** Whether the query writes its one word as a name, in capitals ("ANCHOR"), which may be a name with a typo whatever titles write. */
        private final boolean writtenAsName;

        Window(List<String> parts, boolean writtenAsName) {
            this.writtenAsName = writtenAsName;
            this.parts = parts;
            this.text = String.join("", parts);
            this.words = parts.size();
        }

        /**
         * Words that several titles use are those words, typed as meant, not a name with a typo:
         * "do thinking" is not a misspelt "NoThinking", but "quiet stat" may be "Quiet-STaR".
         */
        boolean mayBeTypo(ToIntFunction<String> titlesWith) {
            // One word a title writes, written as a word, is that word: "switch" (of "Switch-Thinking") is not a misspelt STITCH.
            if (words == 1 && !writtenAsName) return titlesWith.applyAsInt(text) == 0;
            return parts.stream().anyMatch(word -> titlesWith.applyAsInt(word) < 2);
        }

        List<String> deletions() {
            if (deletions == null) deletions = TitleMatcher.deletions(text);
            return deletions;
        }

        /**
         * Whether a name within one edit keeps the window's function word at its end as written:
         * "to GRPO" is no typo of "TW-GRPO", whose typo would be in "to"; "no thinkng" may be "NoThinking".
         */
        boolean keepsFunctionWords(String name) {
            String first = parts.get(0), last = parts.get(parts.size() - 1);
            return (words == 1 || !FUNCTION_WORDS.contains(first) || name.startsWith(first))
                    && (words == 1 || !FUNCTION_WORDS.contains(last) || name.endsWith(last));
        }
    }

    /** {@link #nameMatches(String)} over several matchers, such as one per index segment, as if they were one. */
    static Map<String, Double> nameMatches(String query, Function<Window, Map<String, Double>> lookup) {
        Map<String, Double> matches = new HashMap<>();
        String[] words = normalize(SCRIPT_CHANGE.matcher(query).replaceAll(" ")).split(" ");
        Set<String> asNames = new HashSet<>();
        for (String token : query.split("[^\\p{L}\\p{N}]+")) {
            if (token.chars().filter(Character::isUpperCase).count() >= 2) asNames.add(normalize(token));
        }
        boolean[] used = new boolean[words.length];
        for (int n = MAX_NAME_WORDS; n >= 1; n--) {
            for (int i = 0; i + n <= words.length; i++) {
                if (anyUsed(used, i, n)) continue;
                // "InternVL 2.5" asks for a version: when no name holds it, the bare "InternVL" of another version is not it.
                if (i + n < words.length && !used[i + n] && VERSION.matcher(words[i + n]).matches()) continue;
                Map<String, Double> found = lookup.apply(new Window(Arrays.asList(words).subList(i, i + n), n == 1 && asNames.contains(words[i])));
                if (found.isEmpty()) continue;
                found.forEach((id, score) -> matches.merge(id, score, Math::max));
                Arrays.fill(used, i, i + n, true);
            }
        }
        return matches;
    }

    /** The papers a name (words joined, normalised) is, exactly (1.0) or, if {@code typo} may be, with one typo (0.9). */
    Map<String, Double> lookup(Window window, boolean typo) {
        if (window.text.length() > longestName + 1) return Map.of();
        Map<String, Double> found = new HashMap<>();
        for (String id : byName.getOrDefault(window.text, List.of())) found.put(id, 1.0);
        // "masked thoughts" for "Masked Thought": a name of words in the other number, as a typo is (one word alone may be another word).
        if (found.isEmpty() && window.words >= 2 && window.text.endsWith("s")) {
            for (String id : byName.getOrDefault(window.text.substring(0, window.text.length() - 1), List.of())) found.put(id, 0.9);
        }
        // Words that name a paper exactly are no typo of another's name ("X-Reasoner" is not "G-Reasoner").
        if (found.isEmpty() && typo && window.text.length() >= MIN_FUZZY_LENGTH && window.words <= MAX_FUZZY_WORDS) fuzzy(window, found);
        if (found.isEmpty() && typo && window.writtenAsName && window.text.length() >= MIN_SWAPPED_LENGTH) swappedName(window, found);
        return found;
    }

    /**
     * "EPMO" for EMPO, "LAESR" for LASER: a short name written as a name (in capitals) with two neighbouring letters swapped,
     * the one slip of a short name that makes no other word; a changed letter in four makes too many ("EMPA"). Many short
     * names are such anagrams of each other ("CRAFT" and CARFT, "SEAL" and SELA): the paper ranks, as a name written with
     * other capitals does, but is not named.
     */
    private void swappedName(Window window, Map<String, Double> matches) {
        String text = window.text;
        for (int i = 0; i + 1 < text.length(); i++) {
            char a = text.charAt(i), b = text.charAt(i + 1);
            if (a == b || Character.isDigit(a) || Character.isDigit(b)) continue;
            String swapped = text.substring(0, i) + b + a + text.substring(i + 2);
            for (String id : byName.getOrDefault(swapped, List.of())) matches.merge(id, TitleMatches.CASED_OTHERWISE, Math::max);
        }
    }

    private static boolean anyUsed(boolean[] used, int from, int n) {
        for (int i = from; i < from + n; i++) if (used[i]) return true;
        return false;
    }

    // Symmetric deletion finds the candidates: two strings within one edit share a string with at
    // most one letter deleted. Sharing one deletion is not enough ("reasoners", "xreasoner").
    private void fuzzy(Window window, Map<String, Double> matches) {
        Set<String> names = new HashSet<>(byNameDeletion.getOrDefault(window.text, List.of()));
        for (String deletion : window.deletions()) {
            if (byName.containsKey(deletion)) names.add(deletion);
            names.addAll(byNameDeletion.getOrDefault(deletion, List.of()));
        }
        for (String name : names) {
            if (withinOneEdit(window.text, name) && window.keepsFunctionWords(name)) for (String id : byName.get(name)) matches.merge(id, 0.9, Math::max);
        }
    }

    /**
     * One letter inserted, deleted or changed, or two neighbours swapped. A digit changed, added
     * or dropped is another version, not a typo: "Skywork-R1V2" is not "Skywork-R1V3".
     */
    static boolean withinOneEdit(String a, String b) {
        int la = a.length(), lb = b.length();
        if (Math.abs(la - lb) > 1 || a.equals(b)) return a.equals(b);
        int i = 0;
        while (i < Math.min(la, lb) && a.charAt(i) == b.charAt(i)) i++;
        if (versionAt(a, b, i)) return false;
        // Compared in place: this runs for every title word against every query word of every candidate.
        // A changed letter, or two neighbours swapped ("polciy" for "policy"), each one slip of the fingers.
        if (la == lb) return a.regionMatches(i + 1, b, i + 1, la - i - 1) || swapped(a, b);
        return la > lb ? a.regionMatches(i + 1, b, i, lb - i) : a.regionMatches(i, b, i + 1, la - i);
    }

    /**
     * Share of the title's words found in the query (a word of four letters or more may have one
     * typo), or of the words on one side of its colon when those are at least three and nearly all
     * there (after the colon, also at least half as many as the query's).
     */
    public double coverage(String query, String id) {
        return coverage(words(query), id, false);
    }

    /** The share of one side of a title's colon that a query must give to name it. */
    private static final double SIDE_SHARE = 0.8;
    /**
     * What a title lookup gives for three of the four words before a title's colon, one misremembered ("Don't Think
     * Longer, Think Smarter" for "..., Think Wisely"), when one of them is in few titles: the paper ranks first, but is not
     * found, as a lookup that swaps the one word that tells titles apart ("When Reasoning Meets Retrieval") gives as much.
     */
    private static final double MISREMEMBERED = 0.65;
    /** The share of titles that a word of few has at most: "Don't" and "Longer" in 3 and 2 of 300, not "RL" in 5 nor "Towards" in 9. */
    private static final double FEW_TITLES = 0.01;

    /**
     * @param typedWords the query's {@link #words}
     * @param lookup whether the query is only a title, in which a left-out function word is no word missing
     */
    double coverage(Set<String> typedWords, String id, boolean lookup) {
        Set<String> queryWords = lookup ? withInitialsSpelt(typedWords, titleWords.get(id)) : typedWords;
        double whole = share(titleWords.get(id), queryWords, lookup);
        Integer colon = wordsBeforeColon.get(id);
        if (colon == null) return whole;
        List<String> words = titleWords.get(id);
        List<String> after = words.subList(colon, words.size());
        // What a paper does is said in common words ("Adaptive Reasoning Model"): only a query mostly of them gives it.
        double side = Math.max(sideShare(words.subList(0, colon), queryWords, lookup),
                after.size() * 2 >= queryWords.size() ? sideShare(after, queryWords, lookup) : 0);
        if (side >= SIDE_SHARE) return Math.max(whole, side);
        return Math.max(whole, lookup && misremembered(words.subList(0, colon), queryWords) ? MISREMEMBERED : 0);
    }

    /**
     * A side given all but a word or two is remembered by its rarest word: "RL for LLM reasoning"
     * in a question is the field, not "Rethinking RL for LLM Reasoning".
     */
    private double sideShare(List<String> words, Set<String> queryWords, boolean lookup) {
        double share = share(words, queryWords, lookup);
        if (share == 0 || share == 1) return share;
        int rarest = words.stream().mapToInt(w -> titlesWithWord.getOrDefault(w, 0)).min().orElse(0);
        boolean rarestHeld = words.stream().anyMatch(w -> titlesWithWord.getOrDefault(w, 0) == rarest && holds(queryWords, w, lookup));
        return rarestHeld ? share : 0;
    }

    /** Whether a lookup gives three of the four words before the colon, one of them in few titles. */
    private boolean misremembered(List<String> name, Set<String> queryWords) {
        if (share(name, queryWords, true) < 0.75) return false;
        int few = Math.max(1, (int) (FEW_TITLES * titleWords.size()));
        return name.stream().anyMatch(w -> titlesWithWord.getOrDefault(w, 0) <= few && holds(queryWords, w, true));
    }

    /** The share of the whole title's words that the query holds, without the rule for one side of the colon. */
    double wholeCoverage(Set<String> queryWords, String id, boolean lookup) {
        return share(titleWords.get(id), lookup ? withInitialsSpelt(queryWords, titleWords.get(id)) : queryWords, lookup);
    }

    /** The fewest and most letters of a short form a title lookup spells out: "RLVR", not "RL", which is one of {@link #SHORT_FORMS}. */
    private static final int MIN_INITIALS = 3, MAX_INITIALS = 6;

    /**
     * The words a title lookup gives, with the title's words whose initials one of them is: "RLVR" of "Low-probability
     * Tokens Sustain Exploration in RLVR" gives "Reinforcement Learning with Verifiable Reward" (function words between
     * them counted or not), when it gives another of the title's words too.
     */
    private static Set<String> withInitialsSpelt(Set<String> queryWords, List<String> title) {
        if (title == null) return queryWords;
        Set<String> spelt = null;
        for (String word : queryWords) {
            if (word.length() < MIN_INITIALS || word.length() > MAX_INITIALS || title.contains(word) || !word.chars().allMatch(Character::isLetter)) continue;
            List<String> run = runSpelling(word, title);
            // Initials complete a title the lookup otherwise gives: "DPO-like methods" names no paper, though DPO's title spells DPO.
            if (run.isEmpty() || title.stream().noneMatch(w -> !FUNCTION_WORDS.contains(w) && !run.contains(w) && queryWords.contains(w))) continue;
            if (spelt == null) spelt = new HashSet<>(queryWords);
            spelt.addAll(run);
        }
        return spelt == null ? queryWords : spelt;
    }

    /** The run of the title's words whose first letters spell the short form, with or without its function words; else none. */
    private static List<String> runSpelling(String shortForm, List<String> title) {
        for (int start = 0; start < title.size(); start++) {
            if (FUNCTION_WORDS.contains(title.get(start)) || title.get(start).charAt(0) != shortForm.charAt(0)) continue;
            int letter = 0, end = start;
            while (end < title.size() && letter < shortForm.length()) {
                String word = title.get(end);
                if (word.charAt(0) == shortForm.charAt(letter)) letter++;
                else if (!FUNCTION_WORDS.contains(word)) break;
                end++;
            }
            if (letter == shortForm.length()) return title.subList(start, end);
        }
        return List.of();
    }

    /**
     * Whether the title holds every word the query gives but function words: the query is this
     * title and no more, where another title's words may all be among the query's
     * ("Weak-to-Strong Reasoning" in "Incentivizing Strong Reasoning from Weak Supervision").
     */
    static Predicate<String> givesOnly(String query) {
        List<String> words = Arrays.asList(normalize(query).split(" "));
        return title -> share(words, wordsInBothForms(title), true) == 1;
    }

    /** Words of a lookup that are no title's: what it calls the thing it looks for ("the Quiet-STaR paper"), how it cites ("et al.", "by"). */
    private static final Set<String> KIND_WORDS = Set.of("paper", "papers", "article", "preprint", "method", "approach", "framework",
            "work", "study", "technique", "algorithm", "et", "al", "by");
    /** "(Smith et al., 2024)": a citation in brackets beside a name says who and when, not what. */
    private static final Pattern BRACKETED = Pattern.compile("\\([^()]{0,200}\\)|\\[[^\\[\\]]{0,200}]");

    /**
     * The share of the text's words (but function words and the kind of thing sought) that the
     * holder writes, in any inflection but with no typo ("shot" is not "short"), each word by its
     * weight: "few-shot" counts for more than "learning".
     */
    static double heldShare(String text, String holder, ToDoubleFunction<String> weight) {
        Set<String> held = wordsInBothForms(holder);
        List<String> words = Arrays.stream(normalize(text).split(" "))
                .filter(w -> w.length() >= 3 && !FUNCTION_WORDS.contains(w) && !KIND_WORDS.contains(w)).toList();
        // Also another word of its stem: "memorization" of "memorize", "retrieval" of "retrieve".
        Predicate<String> written = w -> held.contains(w) || w.length() >= 4 && held.stream().anyMatch(h -> Inflections.related(w, h) || sameStem(w, h));
        double all = words.stream().mapToDouble(weight).sum();
        return all == 0 ? 1 : words.stream().filter(written).mapToDouble(weight).sum() / all;
    }

    /** A lookup's normalised words, without what brackets hold. */
    private static String[] lookupWords(String query) {
        return normalize(BRACKETED.matcher(query).replaceAll(" ")).split(" ");
    }

    private static boolean sameStem(String a, String b) {
        int common = 0;
        while (common < Math.min(a.length(), b.length()) && a.charAt(common) == b.charAt(common)) common++;
        return common >= 6 && common >= Math.min(a.length(), b.length()) - 3;
    }

    /**
     * Whether a name of the paper stands in the lookup right after a word that is neither its
     * title's nor a function word: "quiet star" and "noisy star" are other names than StAR, where
     * "coconut hao" and "Coconut by Meta" name Coconut and say more.
     *
     * @param names the paper's names, and the other words that may stand beside them (its authors, its organisation)
     */
    static boolean nameModified(String query, String title, Collection<String> names) {
        String[] words = lookupWords(query);
        Set<String> nameKeys = new HashSet<>();
        for (String name : names) nameKeys.add(compact(name));
        Set<String> titleWords = wordsInBothForms(title);
        for (int i = 1; i < words.length; i++) {
            String before = words[i - 1];
            if (nameKeys.contains(words[i]) && !FUNCTION_WORDS.contains(before) && !KIND_WORDS.contains(before) && !before.chars().allMatch(Character::isDigit)
                    && !holds(titleWords, before, true) && !nameKeys.contains(before)) return true;
        }
        return false;
    }

    /**
     * Whether every word of a title lookup is the paper's (its title's or names', a typo or another
     * inflection allowed, its last word perhaps cut short), but function words, the kind of thing
     * sought, figures (a year) and what brackets hold: "noisy star" is not StAR, whose title says
     * nothing noisy.
     *
     * @param names the paper's names, and any other words that may stand beside them (its authors, its organisation)
     */
    static boolean explains(String query, String title, Collection<String> names) {
        List<String> words = Arrays.stream(lookupWords(query))
                .filter(w -> !w.isEmpty() && !KIND_WORDS.contains(w) && !w.chars().allMatch(Character::isDigit)).toList();
        if (words.isEmpty()) return true;
        Set<String> held = wordsInBothForms(title + " " + String.join(" ", names));
        for (String name : names) held.add(compact(name));
        String last = words.get(words.size() - 1);
        List<String> whole = held.stream().anyMatch(w -> w.length() > last.length() && w.startsWith(last)) ? words.subList(0, words.size() - 1) : words;
        return whole.isEmpty() || share(whole, held, true) == 1 || whole.size() < 3 && whole.stream().allMatch(w -> FUNCTION_WORDS.contains(w) || holds(held, w, true));
    }

    /**
     * A title lookup counts each distinct word once ("Large Reasoning Models: ... with Large
     * Language Models" is not mostly given by "large language models"), and no function word,
     * left out or given: "survey latent reasoning" gives "A Survey on Latent Reasoning" whole, "a
     * survey on" a third of it. A question's words cover every word of a title they share.
     */
    private static double share(List<String> words, Set<String> queryWords, boolean lookup) {
        if (words == null || words.size() < 3) return 0;
        Collection<String> counted = lookup ? new LinkedHashSet<>(words) : words;
        int found = 0, all = 0;
        for (String word : counted) {
            if (lookup && FUNCTION_WORDS.contains(word)) continue;
            all++;
            if (holds(queryWords, word, lookup)) found++;
        }
        return all == 0 ? 0 : (double) found / all;
    }

    /**
     * Whether the query holds the title word, with a typo in a word of four letters or more, or two
     * letters swapped in one of three; a title looked up may also have it inflected otherwise
     * ("teaching themselves" for "Teach Themselves"), which in a question's words would name titles
     * it does not mean (measured: more false abstention on two question sets).
     */
    private static boolean holds(Set<String> queryWords, String word, boolean lookup) {
        return queryWords.contains(word) || (word.length() >= 4 && queryWords.stream().anyMatch(q -> withinOneEdit(word, q) || lookup && Inflections.related(word, q)))
                || (word.length() == 3 && queryWords.stream().anyMatch(q -> swapped(word, q)));
    }

    /**
     * How well a query that is nothing but the start of a title names it: 1 for its whole first
     * clause ("What makes Reasoning Models Different" of "...Different? Follow the ..."), else
     * 0.8 to 1 by the share of the title given ("Disentangling Reasoning Capabilities from
     * Language Models"); 0 for any other query, and for fewer than three words unless one of two
     * is no common word ("don't overthink", not "large language"). A word of four letters or more
     * may have one typo.
     *
     * @param common whether a word (lower case, apostrophes as word breaks) is a common English word
     */
    public static double startMatch(String query, String title, Predicate<String> common) {
        return startMatcher(query, common).applyAsDouble(title);
    }

    /** {@link #startMatch} of one query for many titles: the query's words are read once (a pasted text may be 10,000 characters). */
    public static ToDoubleFunction<String> startMatcher(String query, Predicate<String> common) {
        int fewest = Arrays.stream(query.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+"))
                .anyMatch(word -> word.length() >= 3 && !common.test(word)) ? 2 : 3;
        List<String> asked = List.of(startWords(query));
        String typed = withoutArticle(normalize(query));
        // What follows a title's first clause starts a title of its own ("LLMs Solve Mental Math at the Last Token").
        return title -> {
            String[] clauses = title.split("[:?!.]\\s|" + DASH, 2);
            return Math.max(startOf(asked, typed, title, fewest), clauses.length == 2 ? startOf(asked, typed, clauses[1], fewest) : 0);
        };
    }

    /** Whether a name of two words or more is how the title opens: "the Glacier Melt paper" of "Glacier Melt in the Alps", of "The Glacier Melt". */
    static boolean opensTitle(String name, String title) {
        String opening = withoutArticle(normalize(name));
        return opening.indexOf(' ') > 0 && (withoutArticle(normalize(title)) + " ").startsWith(opening + " ");
    }

    /** Whether the title holds the name's words in a row, anywhere. */
    static boolean holdsName(String name, String title) {
        return (" " + normalize(title) + " ").contains(" " + withoutArticle(normalize(name)) + " ");
    }

    private static String withoutArticle(String normalized) {
        return normalized.replaceFirst("^(?:the|a|an) ", "");
    }

    /** @param typed the query normalised, without a leading article */
    private static double startOf(List<String> asked, String typed, String title, int fewest) {
        String[] words = startWords(title);
        if (asked.size() < fewest || asked.size() > words.length) return 0;
        // A title cut mid-word, as a PDF's line or a pasted reference cuts it ("...Exploration in Rein"), after three
        // words or more; a function word is one of its own ("...Effective With" is not "...Effective Without Thinking").
        String last = asked.get(asked.size() - 1);
        boolean cut = asked.size() >= 3 && !last.equals(words[asked.size() - 1]) && !FUNCTION_WORDS.contains(last)
                && withoutArticle(normalize(title)).startsWith(typed);
        for (int i = 0; i < asked.size() && !cut; i++) {
            String w = words[i];
            if (!w.equals(asked.get(i)) && !(w.length() >= 4 && withinOneEdit(w, asked.get(i)))) return 0;
        }
        String firstClause = title.split("[:?!.]\\s|[:?!]$", 2)[0];
        if (asked.size() == startWords(firstClause).length && !cut) return 1;
        return Math.min(0.99, 0.8 + 0.2 * asked.size() / words.length);
    }

    /**
     * A query written as a title, "Name: what it does", one side of which the title lacks:
     * "ReFT: Representation Finetuning for Language Models" is not "ReFT: Reasoning with
     * Reinforced Fine-Tuning", though the name is the same.
     */
    public static boolean contradicts(String query, String title) {
        int colon = query.indexOf(':');
        if (colon <= 0) return false;
        Set<String> titleWords = wordsInBothForms(title);
        String titleJoined = normalize(title).replace(" ", "");
        // A pasted reference: "Zelikman et al. 2024. Quiet-STaR: ... Before Speaking. COLM 2024." has its title between full stops.
        String[] before = SENTENCE_END.split(query.substring(0, colon));
        String after = SENTENCE_END.split(query.substring(colon + 1), 2)[0];
        // "the paper", "the Waterloo paper", "University of Waterloo," before a name say what it is and whose, not what it is called.
        String side = before[before.length - 1];
        String name = side.replaceFirst("(?i)^.*(?:\\b(?:paper|preprint|article)\\s|,\\s)\\s*+(?=\\S)", "");
        // A name so set apart is read even when it is one word: "the paper Stockfish: ..." names Stockfish.
        return namesOtherwise(name, titleWords, titleJoined, name.equals(side) ? 2 : 1) || namesOtherwise(after, titleWords, titleJoined, 2);
    }

    /**
     * Whether the query names, in one version, a name the title gives in another: "Skywork-R1V2
     * Technical Report" of "Skywork-R1V3 Technical Report", "InternVL 2.5" of "InternVL3.5". The
     * other words may all match; the version says which paper is meant.
     */
    public static boolean otherVersion(String query, String title) {
        Map<String, Set<String>> asked = versions(query), given = versions(title);
        return asked.entrySet().stream().anyMatch(name -> given.containsKey(name.getKey()) && Collections.disjoint(given.get(name.getKey()), name.getValue()));
    }

    /** Each versioned name of the text ("skywork-r1v" of "Skywork-R1V3"), a name with a capital, with the versions it is given in. */
    private static Map<String, Set<String>> versions(String text) {
        Map<String, Set<String>> versions = new HashMap<>();
        Matcher m = VERSIONED_NAME.matcher(text);
        while (m.find()) {
            if (!CAPITAL.matcher(m.group(1)).find()) continue;
            versions.computeIfAbsent(m.group(1).toLowerCase(Locale.ROOT), name -> new HashSet<>()).add(m.group(2).replaceFirst("\\.0$", ""));
        }
        return versions;
    }

    /** Whether a side of a title's colon, of {@code fewest} words or more, is mostly words the title lacks. */
    private static boolean namesOtherwise(String side, Set<String> titleWords, String titleJoined, int fewest) {
        // "Lazy Eviction: ..." of "LazyEviction: ...": a name spelt apart is the title's.
        if (!normalize(side).isBlank() && titleJoined.contains(normalize(side).replace(" ", ""))) return false;
        List<String> sideWords = Arrays.stream(contracted(normalize(side)).split(" ")).filter(w -> w.length() > 2).toList();
        long found = sideWords.stream().filter(w -> titleWords.contains(w)
                || w.length() >= 4 && titleWords.stream().anyMatch(t -> withinOneEdit(w, t))).count();
        return sideWords.size() >= fewest && found * 2 <= sideWords.size();
    }

    /** The words of a title's start, without a leading article: "Entropy Mechanism of..." is how "The Entropy Mechanism of..." is remembered. */
    private static String[] startWords(String text) {
        return contracted(normalize(text)).replaceFirst("^(?:the|a|an) ", "").split(" ");
    }

    /** Normalised words with each long form the field shortens in its short form: "large language models can" is "llms can". */
    private static String contracted(String normalized) {
        String spaced = " " + normalized + " ";
        // Longest first: "large language models" is "llms", not "large lms".
        for (Map.Entry<String, String> form : SHORT_FORMS.entrySet().stream()
                .sorted(Comparator.comparingInt((Map.Entry<String, String> e) -> e.getValue().length()).reversed()).toList()) {
            spaced = spaced.replace(" " + form.getValue() + " ", " " + form.getKey() + " ");
        }
        return spaced.strip();
    }

    /** The field's short form of a phrase ("rl" of "reinforcement learning"), if it has one. */
    static Optional<String> shortForm(String phrase) {
        String normalized = normalize(phrase);
        return SHORT_FORMS.entrySet().stream().filter(e -> e.getValue().equals(normalized)).map(Map.Entry::getKey).findFirst();
    }

    /** The query's words as titles are matched, in order: "Lazy Evict" is "lazy", "evict". */
    static List<String> wordsInOrder(String query) {
        return Arrays.stream(normalize(query).split(" ")).filter(w -> !w.isEmpty()).toList();
    }

    /** The query's words, and a name with its version both joined and apart: "GPT4" is also "GPT 4", as a title may write it, and "GPT 4" also "GPT4". */
    static Set<String> words(String query) {
        return withVersionsBothWays(normalize(query).split(" "));
    }

    private static Set<String> withVersionsBothWays(String[] words) {
        Set<String> all = new HashSet<>(Arrays.asList(words));
        for (int i = 0; i < words.length; i++) {
            Matcher versioned = VERSIONED_WORD.matcher(words[i]);
            if (versioned.matches()) all.addAll(List.of(versioned.group(1), versioned.group(2)));
            if (i + 1 < words.length && LETTERS.matcher(words[i]).matches() && VERSION.matcher(words[i + 1]).matches()) all.add(words[i] + words[i + 1]);
        }
        return all;
    }

    /**
     * A title's words with the field's short forms in both forms: a title's "Reinforcement
     * Learning" is remembered as "RL", and its "LLM" may be written out. For titles only: in a
     * question, "RL" would bring its two common words to every title that has them.
     */
    static Set<String> wordsInBothForms(String title) {
        String normalized = normalize(title);
        Set<String> words = withVersionsBothWays(normalized.split(" "));
        String spaced = " " + normalized + " ";
        SHORT_FORMS.forEach((shortForm, longForm) -> {
            if (words.contains(shortForm)) words.addAll(Arrays.asList(longForm.split(" ")));
            if (spaced.contains(" " + longForm + " ")) words.add(shortForm);
        });
        return words;
    }

    static String compact(String text) {
        return normalize(text).replace(" ", "");
    }

    private static Set<String> functionWords() {
        Set<String> words = new HashSet<>();
        EnglishAnalyzer.ENGLISH_STOP_WORDS_SET.forEach(w -> words.add(new String((char[]) w)));
        words.addAll(List.of("from", "via", "through"));
        return Set.copyOf(words);
    }

    /**
     * Lower-case words as {@link Titles#normalize} makes them, where an apostrophe is no word break
     * ("dont" is "Don't"), a name's "++" stays with it and letters no accent removal takes apart are
     * spelt as typed without their key ("ß" as "ss").
     */
    private static String normalize(String text) {
        String words = Titles.normalize(folded(PLUSES.matcher(APOSTROPHE.matcher(POSSESSIVE.matcher(text).replaceAll("")).replaceAll(""))
                .replaceAll("plusplus")));
        return NUMBER_WORD.matcher(PREFIXED.matcher(words).replaceAll("$1")).replaceAll(word -> NUMBERS.get(word.group()));
    }

    /**
     * "A Practical Two-Stage Recipe" is remembered as "a practical 2 stage recipe": a number is one word however written.
     * Not "one", a pronoun as often ("the one where..."): with it, a claim's "Rank-1" named "All for One".
     */
    private static final Map<String, String> NUMBERS = Map.of("two", "2", "three", "3", "four", "4", "five", "5", "six", "6",
            "seven", "7", "eight", "8", "nine", "9", "ten", "10");
    private static final Pattern NUMBER_WORD = Pattern.compile("(?<![\\p{L}\\d])(?:" + String.join("|", NUMBERS.keySet()) + ")(?![\\p{L}\\d])");

    /** Letters no accent removal takes apart, as one types them without the key: "Grosse" is "Größe", "Orsted" "Ørsted". */
    private static String folded(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) out.append(FOLDED.getOrDefault(c, String.valueOf(c)));
        return out.toString();
    }

    /** Whether the words differ first at {@code i} in a digit, as versions of one name do ("InternVL2", "InternVL3"). */
    private static boolean versionAt(String a, String b, int i) {
        return i < a.length() && Character.isDigit(a.charAt(i)) || i < b.length() && Character.isDigit(b.charAt(i));
    }

    static List<String> deletions(String word) {
        List<String> deletions = new ArrayList<>(word.length());
        for (int i = 0; i < word.length(); i++) deletions.add(word.substring(0, i) + word.substring(i + 1));
        return deletions;
    }

    /** "teh" for "the": two neighbours swapped, the one typo a short word is allowed (one changed letter makes another word). */
    static boolean swapped(String a, String b) {
        if (a.length() != b.length() || a.equals(b)) return false;
        int i = 0;
        while (a.charAt(i) == b.charAt(i)) i++;
        return i + 1 < a.length() && a.charAt(i) == b.charAt(i + 1) && a.charAt(i + 1) == b.charAt(i)
                && a.regionMatches(i + 2, b, i + 2, a.length() - i - 2);
    }
}
