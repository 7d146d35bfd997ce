package dev.paperchat.corpus;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Names the method a paper proposes, as a reader would cite it: "Entropy Minimized Policy
 * Optimization (EMPO)", or the short name before a title's colon ("Quiet-STaR").
 */
public final class MethodNames {
    private static final Pattern ACRONYM = Pattern.compile("\\(([A-Za-z][A-Za-z0-9.\\-]*?[A-Z][A-Za-z0-9.\\-]*)\\)");
    private static final Pattern PROPOSES = Pattern.compile(
            "\\b(we|this (paper|work|study))\\b.{0,40}\\b(propose|introduce|present|develop|design|call|name|term)",
            Pattern.CASE_INSENSITIVE);
    private static final int MAX_NAME_WORDS = 4;
    /** "to-SQL", "auto-Encoder", "SAT-based", "R1-like": a hyphenated word, not a name. */
    private static final Pattern NOT_A_NAME = Pattern.compile("[a-z]+-.*|.*-[a-z]+");
    private static final Pattern PLURAL = Pattern.compile(".*[A-Z]s");

    private MethodNames() {}

    public static String of(Paper paper) {
        return of(paper, Set.of());
    }

    /**
     * @param distinctive names the abstract introduces that identify this paper, as few other
     *                    papers use them ("AutoThink", not "LLMs" or "RL"): the first of them
     *                    names a method that the title does not
     */
    public static String of(Paper paper, Collection<String> distinctive) {
        Optional<String> titleName = titleName(paper.title());
        String text = paper.abstractText();
        // A baseline is no name of the paper ("the WikiHow linear baseline"); a dataset or a metric it introduces may be
        // ("RandomCalculation", "Failed-Step Fraction (FSF)").
        List<Definition> definitions = definitions(text).stream().filter(d -> !d.plural() && !baseline(text, d.acronym())).toList();
        Set<String> introduced = new LinkedHashSet<>(introduced(paper));
        introduced.removeIf(name -> baseline(text, name));
        Optional<String> own = introduced.stream().filter(distinctive::contains).filter(n -> !isPlural(n)).findFirst()
                .map(name -> definitions.stream().filter(d -> d.acronym.equals(name)).findFirst().map(Definition::toString).orElse(name))
                .or(() -> definitions.stream().filter(d -> d.proposed && d.coined()).findFirst().map(Definition::toString))
                // "continuously-valued tokens (CoT2)", defined in passing and proposed later by its acronym
                .or(() -> definitions.stream().filter(d -> introduced.contains(d.acronym) && d.versioned()).findFirst().map(Definition::toString));
        if (titleName.isEmpty()) return own.orElse(paper.title());
        String name = titleName.get();
        Optional<Definition> defined = definitions.stream().filter(d -> d.acronym.equalsIgnoreCase(name)).findFirst();
        if (defined.isPresent()) return defined.get().toString();
        if (own.isEmpty() || compact(name).contains(compact(own.get()))) return name;
        // "Universal Reasoner (UniR)" expands the name; "X-Reasoner-Med" is a variant of it.
        if (compact(own.get()).contains(compact(name))) return own.get().endsWith(")") ? own.get() : name;
        // "Done Is Better than Perfect: ..." is a slogan; the method's own name is in the abstract. Spelled out
        // ("Compressed Latent Reasoning (CoLaR)"), it names the method alone: "Think Silently, Think Fast, Compressed..." misreads.
        if (!name.contains(" ")) return name;
        return own.get().endsWith(")") ? own.get() : name + ", " + own.get();
    }

    /** What may stand between a name and "baseline": its bracket's end, a short form in brackets, one word ("the WikiHow linear baseline"). */
    private static final Pattern BEFORE_BASELINE = Pattern.compile("\\)?(?:\\s*+\\([^()]{1,30}\\))?(?:\\s++\\p{Ll}++)?\\s++$");
    private static final String BASELINE = "baseline";

    /**
     * Whether the text calls the name a baseline anywhere ("outperforming the WikiHow linear baseline"): what a paper
     * compares with. Read at each "baseline", as names are asked of many times a search.
     */
    public static boolean baseline(String text, String name) {
        for (int at = indexOfIgnoringCase(text, BASELINE, 0); at >= 0; at = indexOfIgnoringCase(text, BASELINE, at + BASELINE.length())) {
            String before = text.substring(Math.max(0, at - name.length() - 60), at);
            Matcher between = BEFORE_BASELINE.matcher(before);
            if (!between.find()) continue;
            String head = before.substring(0, between.start());
            int start = head.length() - name.length();
            if (head.endsWith(name) && (start == 0 || !Character.isLetterOrDigit(head.charAt(start - 1)) && head.charAt(start - 1) != '-')) return true;
        }
        return false;
    }

    private static int indexOfIgnoringCase(String text, String word, int from) {
        for (int i = from; i <= text.length() - word.length(); i++) {
            if (text.regionMatches(true, i, word, 0, word.length())) return i;
        }
        return -1;
    }

    /** "LLMs", "LRMs", "VLAs": a kind of model many papers use, not one method. */
    public static boolean isPlural(String name) {
        return PLURAL.matcher(name).matches();
    }

    /**
     * The other names among {@code distinctive} that look like methods, not variants of the
     * paper's {@code name} ("X-Reasoner-Med", "MINT-CoT-7B", "HAWKEYE" for "Hawkeye") nor words
     * ("SAT-based", "to-SQL").
     */
    public static List<String> others(String name, Collection<String> distinctive) {
        String own = compact(name.endsWith(")") ? name.substring(name.lastIndexOf('(') + 1, name.length() - 1) : name);
        return distinctive.stream()
                .filter(n -> !isPlural(n) && !NOT_A_NAME.matcher(n).matches())
                .filter(n -> !compact(n).contains(own) && !own.contains(compact(n)))
                .toList();
    }

    /** Letters and digits only, lower case: "Think Then Embed" and "Think-Then-Embed" are one name. */
    private static String compact(String name) {
        return name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]", "");
    }

    /**
     * A token that looks like a coined name: a capital or digit after its first letter, also after
     * a hyphen when it starts with a capital ("GeoZero", "ACNCHOR", "R1-Searcher", "Clip-Cov"; not
     * the "auto-Encoder" of "Sparse auto-Encoder").
     */
    private static final Pattern COINED = Pattern.compile(
            "(?<![\\w^\\\\-])(?:[A-Za-z](?=[a-z]*+[A-Z0-9])[A-Za-z0-9]*+|[A-Z][A-Za-z0-9]*+-[A-Z0-9][A-Za-z0-9]*+|[0-9]++[A-Z][A-Za-z0-9]*+)(?:-[A-Za-z0-9]++)*+"
                    + "(?:\\+\\+(?![\\w+])|\\b)");
    /** A proposal's verb, the first after its "we": "propose" of "we propose a novel approach - cDPO - designed to ...". */
    private static final Pattern PROPOSING_VERB = Pattern.compile(
            "\\b(?:we|this\\s++(?:paper|work|study))\\b.{0,40}?\\b(?:propose|introduce|present|develop|design|call|name|term)(?:s|d|ed)?\\b",
            Pattern.CASE_INSENSITIVE);
    /** A coined name that a description follows: "FinCoT, a structured ...", not the "34M-parameter" of "a 34M-parameter model". */
    private static final Pattern APPOSED = Pattern.compile("(?<![\\w-])\\p{L}[\\p{L}\\d-]*?[\\p{Lu}\\d][\\p{L}\\d-]*+,\\s++(?:an?|the)\\s");
    /** How often an abstract writes a name that is its subject. */
    private static final int SUBJECT_TIMES = 3;
    /** Where a sentence of proposal goes on to what is proposed works on, uses or is set against. */
    private static final Pattern ASIDE = Pattern.compile("\\b(?:(?:that|which)(?!\\s++(?:includes?|consists?|comprises?|contains?)\\b)"
            + "|where|from|on|using|with|against|than|over|across|via"
            + "|outperform\\w*+|surpass\\w*+|beat\\w*+|compared|such\\s++as|e\\.g\\.|i\\.e\\.)(?![\\w-])|;");
    /** What a name's successor adds to it: "SoftCoT++", "Llama-2", "ReST-v2". */
    private static final Pattern SUCCESSOR_SUFFIX = Pattern.compile("\\+\\+|[- ]?v?\\d+(?:\\.\\d+)*+");
    /**
     * A coined name in the two ways abstracts give one whatever their verb: "propose UniReasoner, a
     * framework that", "translate this insight into ReasonMaxxer, a minimal RL-free method", and
     * "a dataset called CodeQueries", "our model, named VILASR", "release the dataset as PondSet". The name is one word: capitals
     * inside it, a digit, all capitals, or capitalised parts joined by hyphens ("Cliff-as-a-Judge",
     * "3D-IQTT").
     */
    private static final String NAME_WORD = "(?<![\\w^\\\\-])("
            + "[A-Z](?=[a-z]*+[A-Z0-9])[A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+"
            + "|[A-Z][a-z0-9]*+(?:-[a-z0-9]{1,3}+)*+(?:-[A-Z][A-Za-z0-9]*+)++(?:-[A-Za-z0-9]++)*+"
            + "|[0-9]++[A-Z][A-Za-z0-9]*+(?:-[A-Za-z0-9]++)*+)";
    // Possessive throughout: an abstract of 20,000 capitals must not backtrack for minutes.
    private static final String KIND = "(?:method|framework|approach|algorithm|technique|model|benchmark|dataset|system|pipeline|paradigm"
            + "|strategy|recipe|agent|architecture|suite|toolkit|metric|procedure)";
    private static final Pattern NAMED = Pattern.compile(
            "\\b(?:called|named|dubbed|termed|denoted as"
            // "We release the labelled dataset as PondSet".
            + "|(?:release[sd]?|releasing|publish(?:es|ed)?)\\s++(?:(?:the|this|our|its)\\s++)?(?:[\\w-]++\\s++){0,3}?as)\\s++" + NAME_WORD + "(?![\\w-])"
            + "|(?:\\b(\\w++)\\s++)?" + NAME_WORD + ",\\s++an?\\s++(?:[\\w-]++\\s++){0,5}?" + KIND + "s?\\b"
            // "Our model, SparseMT, routes each token", "our method SparseMT".
            + "|\\b[Oo]ur\\s++(?:[\\w-]++\\s++){0,3}?" + KIND + ",?\\s++" + NAME_WORD.replace("(?<![\\w^\\\\-])(", "(?<![\\w^\\\\-])(?<our>") + "(?![\\w-])");
    /**
     * "We propose Elastic Reasoning, a novel framework": a name of two to four capitalised words,
     * which a sentence of proposal gives in apposition as it would a coined one.
     */
    private static final Pattern PROPOSED_WORDS = Pattern.compile("\\b(?:propose|introduce|present|develop)s?\\s++"
            + "(\\p{Lu}\\p{Ll}++(?:[ -]\\p{Lu}[\\p{L}\\d]*+){1,3}),\\s++an?\\s++(?:[\\w-]++\\s++){0,5}?" + KIND + "s?\\b");
    /** "evaluated on HotpotQA, a multi-hop benchmark" describes what a paper uses, not what it makes. */
    private static final Set<String> USED_AFTER = Set.of("on", "in", "and", "or", "with", "from", "using", "across", "of", "to",
            "including", "as", "than", "over", "against", "like", "via", "by", "for", "at");

    /**
     * The names a paper's abstract gives what it proposes: the acronyms it defines in a sentence
     * saying "we propose / introduce ..." and the coined words of such a sentence. Ordinary
     * acronyms it only uses (CoT, LLMs) come along too; callers keep the names few papers use.
     */
    public static Set<String> introduced(Paper paper) {
        String text = paper.abstractText();
        Set<String> names = proposedAcronyms(text);
        for (Span span : Sentences.split(text)) names.addAll(coinedProposals(span.of(text), text));
        names.addAll(namedInWords(text));
        // "we introduce SoftCoT++ to extend SoftCoT": the name extended belongs to an earlier paper.
        names.removeIf(name -> names.stream().anyMatch(other -> other.length() > name.length() && other.startsWith(name)
                && SUCCESSOR_SUFFIX.matcher(other.substring(name.length())).matches()));
        // "We present Quiet-STaR, a generalization of STaR": the name built on is an earlier paper's.
        names.removeIf(name -> names.stream().anyMatch(other -> !other.equals(name) && List.of(other.split("-")).contains(name))
                && Pattern.compile("\\b(?:of|on|upon|extends?|extending|generali[sz]es|generali[sz]ing)\\s+" + Pattern.quote(name) + "\\b").matcher(text).find());
        return names;
    }

    /**
     * The coined words a sentence proposes, after each verb of proposal: what is proposed, not what it works on or is set
     * against ("CaFFe-Net" of "We present CaFFe-Net, a network that delineates fronts in SAR images from Sentinel-1"), but for
     * a name the abstract keeps writing, its subject wherever the sentence gives it ("sampling strategies that unlock policy
     * optimization for CoT2", of an abstract that writes CoT2 six times).
     */
    private static List<String> coinedProposals(String sentence, String text) {
        List<String> names = new ArrayList<>();
        Matcher proposes = PROPOSING_VERB.matcher(sentence);
        while (proposes.find()) {
            Matcher aside = ASIDE.matcher(sentence).region(proposes.end(), sentence.length());
            int asideAt = aside.find() ? aside.start() : sentence.length();
            Matcher coined = COINED.matcher(sentence).region(proposes.end(), sentence.length());
            while (coined.find()) {
                if (coined.group().length() >= 4 && (coined.start() < asideAt || isSubject(text, coined.group()))) names.add(coined.group());
            }
        }
        return names;
    }

    /**
     * The names an abstract gives what it proposes in so many words: an acronym spelt out in a
     * sentence of proposal ("we introduce a new paradigm Coconut (Chain of Continuous Thought)"),
     * or a name given in apposition or by a naming verb. Unlike the other coined words of such a
     * sentence ("outperforms o3-mini"), these are seldom another paper's.
     */
    public static Set<String> defined(Paper paper) {
        return defined(paper.abstractText());
    }

    private static Set<String> defined(String text) {
        Set<String> names = proposedAcronyms(text);
        names.addAll(namedInWords(text));
        return names;
    }

    private static Set<String> proposedAcronyms(String text) {
        Set<String> names = new LinkedHashSet<>();
        for (Definition d : definitions(text)) if (d.proposed) names.add(d.acronym);
        return names;
    }

    /** "a dataset called CodeQueries", "UniReasoner, a framework that", "our model, SparseMT,", "propose Elastic Reasoning, a framework". */
    private static Set<String> namedInWords(String text) {
        Set<String> names = new LinkedHashSet<>();
        Matcher named = NAMED.matcher(text);
        while (named.find()) {
            String name = named.group(1) != null ? named.group(1) : named.group(3) != null ? named.group(3) : named.group("our");
            boolean used = named.group(2) != null && USED_AFTER.contains(named.group(2).toLowerCase(Locale.ROOT));
            if (name.length() >= 3 && !used) names.add(name);
        }
        Matcher words = PROPOSED_WORDS.matcher(text);
        while (words.find()) names.add(words.group(1));
        return names;
    }

    /** Whether the sentence says what its paper proposes: "In this work, we propose EMPO, which...". */
    public static boolean proposes(String sentence) {
        return PROPOSES.matcher(sentence).find();
    }

    /** A name as a key, the same however it is written: "Lp-Reg", "LP Reg" and "lpreg" are "lpreg". */
    public static String key(String name) {
        return Titles.normalize(name).replace(" ", "");
    }

    /** The distinct keys of names. */
    public static Set<String> keys(Collection<String> names) {
        Set<String> keys = new LinkedHashSet<>();
        for (String name : names) if (!key(name).isEmpty()) keys.add(key(name));
        return keys;
    }

    private static final Pattern REPORT = Pattern.compile("(\\S{3,})\\s+(?:Technical|Tech\\.?)\\s+Report", Pattern.CASE_INSENSITIVE);
    private static final Pattern FIRST_CLAUSE_END = Pattern.compile(":\\s|[?!.]\\s|\\s(?:--|\u2014|\u2013)\\s");
    private static final Set<String> SMALL_WORDS = Set.of("of", "the", "for", "and", "a", "an", "to", "in", "on", "with", "via");
    private static final int MAX_SPELLING_WORDS = 6;

    /**
     * Whether the name's capitals are the initials of the title's first clause: "Direct Preference
     * Optimization: Your Language Model Is Secretly a Reward Model" spells DPO, "Tool-Augmented
     * Policy Optimization" TAPO, "Universal Reasoner" UniR. Such a paper is where its name comes
     * from, however many papers use the name since.
     */
    public static boolean spelledByTitle(String name, String title) {
        String capitals = name.replaceAll("[^\\p{Lu}]", "").toLowerCase(Locale.ROOT);
        if (capitals.length() < 2) return false;
        List<String> words = List.of(FIRST_CLAUSE_END.split(title.strip(), 2)[0].split("[\\s\\-]+")).stream()
                .filter(word -> !word.isEmpty() && !SMALL_WORDS.contains(word.toLowerCase(Locale.ROOT))).toList();
        if (words.size() > MAX_SPELLING_WORDS) return false;
        StringBuilder initials = new StringBuilder();
        for (String word : words) initials.append(Character.toLowerCase(word.charAt(0)));
        return initials.toString().equals(capitals);
    }

    /** "EMPO: Entropy ..." names its method before the colon; a long prefix is a sentence, not a name. */
    static Optional<String> titleName(String title) {
        // "Phi-4-reasoning Technical Report" is the report of Phi-4-reasoning, not of its variant Phi-4-reasoning-plus.
        Matcher report = REPORT.matcher(title.strip());
        if (report.matches()) return Optional.of(report.group(1));
        int colon = title.indexOf(':');
        if (colon <= 0) return Optional.empty();
        String prefix = title.substring(0, colon).strip();
        return prefix.split("\\s+").length <= MAX_NAME_WORDS ? Optional.of(prefix) : Optional.empty();
    }

    /** The words the text spells the acronym out with where it defines it ("Reinforcement Learning" of "RL"). */
    public static List<String> spelledOut(String text, String acronym) {
        return definitions(text).stream().filter(d -> d.acronym().equals(acronym)).map(Definition::expansion).distinct().toList();
    }

    record Definition(String expansion, String acronym, boolean proposed) {
        boolean plural() {
            return isPlural(acronym);
        }

        /**
         * "Entropy Minimized Policy Optimization (EMPO)" and "continuously-valued tokens (CoT2)"
         * are coined; "supervised fine-tuning (SFT)" is a term of the field.
         */
        boolean coined() {
            return Character.isUpperCase(expansion.charAt(0)) || versioned();
        }

        boolean versioned() {
            return acronym.chars().anyMatch(Character::isDigit);
        }

        @Override
        public String toString() {
            return expansion + " (" + acronym + ")";
        }
    }

    private static final Pattern NAME_THEN_EXPANSION = Pattern.compile(
            "(?<![\\w-])([A-Z](?:[A-Za-z0-9]|-(?=[A-Za-z0-9]))*+)\\s++\\(([A-Z][\\w\\-]*+(?:\\s++[\\w\\-]++){1,8}+)\\)");

    /** The long forms the text defines in a sentence of proposal, by the name they spell out: "EMPO" for "Entropy Minimized Policy Optimization". */
    public static Map<String, String> proposedExpansions(String text) {
        Map<String, String> expansions = new LinkedHashMap<>();
        for (Definition d : definitions(text)) if (d.proposed) expansions.putIfAbsent(d.acronym, d.expansion);
        return expansions;
    }

    /** Every "Long Name (LN)" or "Name (Long Name)" in the text whose words' initials spell the acronym. */
    static List<Definition> definitions(String text) {
        List<Definition> found = new ArrayList<>();
        Matcher reversed = NAME_THEN_EXPANSION.matcher(text);
        while (reversed.find()) {
            String name = reversed.group(1);
            String expansion = reversed.group(2);
            if (!initialsWithin(expansion, name)) continue;
            found.add(new Definition(expansion, name, proposesHere(sentenceBefore(text, reversed.start()))));
        }
        Matcher m = ACRONYM.matcher(text);
        while (m.find()) {
            String acronym = m.group(1);
            String before = text.substring(Math.max(0, m.start() - 160), m.start());
            expansion(before, acronym).ifPresent(expansion -> {
                // The long form's own words are no aside: "contrastive denoising with noisy chain-of-thought (CD-CoT)".
                String sentence = sentenceBefore(text, m.start());
                int own = sentence.lastIndexOf(expansion);
                found.add(new Definition(expansion, acronym, proposesHere(own >= 0 ? sentence.substring(0, own) : sentence)));
            });
        }
        return found;
    }

    /** "Coconut (Chain of Continuous Thought)": the expansion's initials appear in the name, in order. */
    static boolean initialsWithin(String expansion, String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        String[] words = expansion.split("[\\s-]+");
        if (words.length < 2 || Character.toLowerCase(words[0].charAt(0)) != lower.charAt(0)) return false;
        int at = 0;
        for (String word : words) {
            if (word.isEmpty()) continue;
            int found = lower.indexOf(Character.toLowerCase(word.charAt(0)), at);
            if (found < 0) return false;
            at = found + 1;
        }
        return true;
    }

    /**
     * Whether the sentence up to a definition proposes what it defines: not "we introduce a
     * taxonomy of two categories: (a) explicit Chain-of-Thought (CoT)...", which lists others' work,
     * nor "we propose X, trained with methods such as Group Relative Policy Optimization (GRPO)".
     */
    private static boolean proposesHere(String sentenceBefore) {
        Matcher proposes = PROPOSES.matcher(sentenceBefore);
        if (!proposes.find() || sentenceBefore.indexOf(':', proposes.end()) >= 0 || sentenceBefore.indexOf(';', proposes.end()) >= 0
                || EXAMPLE.matcher(sentenceBefore).region(proposes.end(), sentenceBefore.length()).find()) return false;
        // Nor what the proposal works on: "We present CaFFe-Net, a network that delineates fronts in synthetic aperture radar (SAR) images".
        Matcher verb = PROPOSING_VERB.matcher(sentenceBefore);
        int last = -1;
        while (verb.find()) last = verb.end();
        if (last < 0) return true;
        // Nor a term that describes a name proposed before it: the CoT of "This paper presents FinCoT, a structured chain-of-thought
        // (CoT) prompting approach".
        Matcher named = APPOSED.matcher(sentenceBefore).region(last, sentenceBefore.length());
        if (named.find()) return false;
        return !ASIDE.matcher(sentenceBefore).region(last, sentenceBefore.length()).find();
    }

    /** A name the abstract keeps writing, which is what it is about. */
    private static boolean isSubject(String text, String name) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?![\\w-]|\\+\\+)").matcher(text).results().count() >= SUBJECT_TIMES;
    }

    /** "We design reward functions for each task, such as the Intersection over Union (IoU) reward": an example of what it uses. */
    private static final Pattern EXAMPLE = Pattern.compile("(?<![\\w-])(?:such\\s++as|e\\.g\\.|for\\s++(?:example|instance)|including|like)\\s",
            Pattern.CASE_INSENSITIVE);

    private static String sentenceBefore(String text, int position) {
        return text.substring(Math.max(0, text.lastIndexOf(". ", position) + 1), position);
    }

    /** The shortest run of words before the parenthesis whose initials contain the acronym's capitals in order. */
    static Optional<String> expansion(String before, String acronym) {
        String capitals = acronym.replaceAll("[^A-Z]", "").toLowerCase(Locale.ROOT);
        if (capitals.length() < 2) return Optional.empty();
        String[] words = before.replaceAll("[*_]", "").strip().split("\\s+");
        for (int n = 1; n <= Math.min(12, words.length); n++) {
            List<String> run = List.of(words).subList(words.length - n, words.length);
            if (run.get(0).isEmpty() || !Character.isLetter(run.get(0).charAt(0))) continue;
            if (Character.toLowerCase(run.get(0).charAt(0)) != capitals.charAt(0)) continue;
            if (initialsSpell(run, capitals)) return Optional.of(String.join(" ", run).replaceAll("[,;:]$", ""));
        }
        return Optional.empty();
    }

    private static boolean initialsSpell(List<String> words, String capitals) {
        StringBuilder initials = new StringBuilder();
        for (String word : words) {
            for (String part : word.split("-")) {
                if (!part.isEmpty() && Character.isLetter(part.charAt(0))) initials.append(Character.toLowerCase(part.charAt(0)));
            }
        }
        // Each capital must be an initial, in order; small words ("of", "the") may be skipped.
        int i = 0;
        for (char c : initials.toString().toCharArray()) if (i < capitals.length() && c == capitals.charAt(i)) i++;
        return i == capitals.length() && initials.length() <= capitals.length() * 2;
    }
}
