package dev.paperchat.retrieve;

import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.ModelNames;
import dev.paperchat.corpus.Numbers;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.corpus.Specifics;
import dev.paperchat.corpus.TypedText;
import dev.paperchat.corpus.Words;
import dev.paperchat.index.Filters;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Finds the source of a reference: papers by a half-remembered title (acronyms, typos,
 * partial titles), or the exact abstract sentences that state a claim.
 */
public final class CitationLookup {
    public static final int MAX_K = 20;
    /** The most sentences of a pasted passage looked up one by one: each is a search of its own. */
    public static final int MAX_CLAIMS = 10;
    /** "DPO is simple." is a claim; "Indeed so." is none. */
    private static final int MIN_CLAIM_WORDS = 3;
    private static final int TITLE_DEPTH = 30;
    /**
     * The least title evidence that names a paper: of 300 half-remembered titles of sample papers
     * (words dropped, a typo, one side of the colon alone), 299 scored 0.75 or more (the other was
     * "A Survey"), while 39 famous titles the sample lacks ("Tree of Thoughts", "Let's verify step
     * by step") scored 0.6 at most.
     */
    static final double FOUND = 0.7;
    /** A one-word name that one abstract alone writes and introduces: its paper's, though no coined word. */
    private static final double SOLE_NAME = 0.9;
    private static final Pattern ONE_NAME = Pattern.compile("(?=.*\\p{L})[\\p{L}\\d][\\p{L}\\d@+.-]{2,39}");
    /** A paper that only matches the title's words in its abstract ranks below any named one. */
    private static final double RELATED = 0.6;
    /** "the X paper on Y", "X paper about Y": what the paper named is said to be about ("a framework for" is a title's own). */
    private static final Pattern DESCRIBED = Pattern.compile("(?i)\\b(?:paper|preprint|article)\\s+"
            + "(?:on|about|studying)\\s+(\\S.{2,300})$");
    /** "the paper", "the Google DeepMind paper", "that preprint called": how a lookup calls what follows it, a title's start. */
    private static final Pattern LEAD_IN = Pattern.compile("(?i)^\\s*+(?:the|a|that)\\s++(?:[\\p{L}\\p{N}.&-]++\\s++){0,4}?(?:paper|preprint|article|study)"
            + "\\s++(?:(?:called|named|titled)\\s++)?(?=\\S)");
    /** "the paper about", "a paper on": what follows is what it is about, whose words may start its title's subtitle, unless "On" starts the title. */
    private static final Pattern ABOUT = Pattern.compile("(?i)^(?:on|about)\\s++(?=\\S)");
    /** The share of a description's words the paper's title and abstract must write to be the paper described. */
    private static final double DESCRIPTION_HELD = 0.5;
    /**
     * The least closeness in meaning of a claim to its best paper that finds it: the 23 claims of
     * the three eval sets, all paraphrases, reach 0.65 and more; claims on subjects the sample
     * lacks that share its words ("GPT-4 passes the bar exam") stay near 0.5.
     */
    static final double CLAIM_COSINE = 0.6;
    /**
     * A best sentence this close is the claim nearly word for word: the 23 eval claims' best
     * sentences score 0.74 to 1.03, those of claims the sample does not hold 0.57 to 0.88.
     */
    static final double QUOTED = 0.95;
    /** A best sentence this close, with the claim's figures all stated, is the claim's source. */
    static final double STATED_FIGURES = 0.8;
    /**
     * The most confidence a paper gets for a claim whose numbers it does not all state, or that
     * names another paper: it is on the subject, not the source.
     */
    static final double DIFFERENT_NUMBERS = 0.5;
    /** The most words of a title's head before its colon that name the paper ("Quiet-STaR", "Don't Overthink it"). */
    private static final int MAX_HEAD_WORDS = 4;
    /** Words of four letters or more that say nothing of what a paper does. */
    private static final Set<String> FUNCTION_WORDS = Set.of("with", "that", "this", "these", "those", "from", "into", "than", "their", "which",
            "while", "when", "where", "what", "have", "been", "were", "does", "also", "only", "such", "both", "each", "more", "most", "over",
            "very", "them", "they", "paper", "shows", "show", "uses", "using", "used");
    /** The fewest words, besides a named paper's names, a claim must say of it for what it says to be weighed. */
    private static final int MIN_DESCRIBED = 3;
    /**
     * What the named paper must hold of them, by weight, not to be taken for another paper's, what
     * another must hold instead, and by how much more: with these, none of 248 true claims written
     * in other words, each naming its paper, was said to credit another paper.
     */
    private static final double NAMED_HOLDS = 0.5, OTHER_HOLDS = 0.85, HELD_GAP = 0.35;
    private static final int MAX_LACKING = 4;
    private final HybridRetriever retriever;

    public CitationLookup(HybridRetriever retriever) {
        this.retriever = retriever;
    }

    /**
     * A match with a confidence in [0, 1] and, for claims, the sentence closest to it.
     *
     * @param unstated a claim's numbers that the paper does not state ("0.95" where it says 0.79)
     * @param opposes how the quoted sentence says the opposite of the claim ("the cited sentence says it does (\"surpass\")"), or null
     */
    public record Match(PaperHit hit, double confidence, SentenceHit sentence, List<String> unstated, String opposes) {
        public Match(PaperHit hit, double confidence, SentenceHit sentence) {
            this(hit, confidence, sentence, List.of(), null);
        }

        /** The match with one more of the claim's words unstated: no source of the claim, its confidence capped as a wrong figure's. */
        Match withUnstated(String item) {
            List<String> more = new ArrayList<>(unstated);
            more.add(item);
            return new Match(hit, Math.min(confidence, DIFFERENT_NUMBERS), sentence, List.copyOf(more), opposes);
        }
    }

    /**
     * The result of a lookup: best first; {@code found} false when nothing is above the weak-evidence line.
     *
     * @param notices what the reader should know of the matches: a claim that may credit another paper's finding
     */
    public record Lookup(String query, boolean found, List<Match> matches, Map<String, String> respelled, List<String> notices) {
        public Lookup(String query, boolean found, List<Match> matches, Map<String, String> respelled) {
            this(query, found, matches, respelled, List.of());
        }
    }

    /**
     * Papers whose title the query gives, best first; {@code found} only when the best one's
     * title or name is given, so a famous title the collection lacks is not answered with a paper
     * on its topic. More papers are searched than asked for: a title named by words no abstract
     * uses ("veri reason") may rank low in a search, and its title match then lifts it to the top.
     */
    public Lookup byTitle(String typed, int k) {
        String title = TypedText.plain(typed);
        checkK(k);
        checkLength("title", title);
        checkWords("title", title);
        // A DOI or arXiv link names its paper, when the collection has it, as its title does; with none, no title is near it.
        Optional<String> alone = PastedReference.identifierAlone(title);
        if (alone.isPresent() && retriever.paperByAnyId(alone.get()).isEmpty()) return new Lookup(title, false, List.of(), Map.of());
        // Of several ids ("2401.00001 2401.00002"), the first a paper has.
        String searched = PastedReference.identifiers(title).stream().map(retriever::paperByAnyId).flatMap(Optional::stream).findFirst()
                .map(Paper::title).orElseGet(() -> PastedReference.title(PastedReference.withoutIdentifiers(title)));
        // "2401.00001 2401.00002": ids the collection lacks, and no words to search.
        if (searched.isBlank()) return new Lookup(title, false, List.of(), Map.of());
        // "that markov thinking paper": the title's "Markovian" is searched beside the word that begins it.
        List<String> begun = retriever.titleWordsBegun(searched);
        String withBegun = begun.isEmpty() ? searched : searched + " " + String.join(" ", begun);
        SearchResult result = retriever.search(SearchRequest.forTitle(
                SearchRequest.characters(withBegun) <= SearchRequest.MAX_QUERY_CHARS ? withBegun : searched, TITLE_DEPTH));
        List<Match> matches = new ArrayList<>();
        // The hits need not come by score: a paper that writes a name the query uses is put first.
        double best = result.hits().stream().mapToDouble(PaperHit::score).max().orElse(1);
        Map<PaperHit, Double> starts = new HashMap<>();
        // The query as searched: a title pasted with a word broken at a line end is whole there. The words begun are
        // no part of what was typed: after them, a title cut mid-word ("...Sustain Explorati") would no longer end as typed.
        String typedAsSearched = begun.isEmpty() ? result.query() : result.query().replaceFirst(Pattern.quote(" " + String.join(" ", begun)) + "$", "");
        // "the paper Fantastic Reasoning Behaviors" gives the title's start as "Fantastic Reasoning Behaviors" does.
        String called = LEAD_IN.matcher(typedAsSearched).replaceFirst("");
        ToDoubleFunction<String> asCalled = TitleMatcher.startMatcher(called, retriever::isCommonWord);
        ToDoubleFunction<String> about = TitleMatcher.startMatcher(ABOUT.matcher(called).replaceFirst(""), retriever::isCommonWord);
        ToDoubleFunction<String> startMatch = named -> Math.max(asCalled.applyAsDouble(named), about.applyAsDouble(named));
        for (PaperHit hit : result.hits()) starts.put(hit, startMatch.applyAsDouble(hit.paper().title()));
        // Words that begin several titles ("Large Language Models") name none of them, unless they
        // are a title's whole first clause: two titles of one clause tie at 1.
        boolean ambiguous = starts.values().stream().filter(m -> m > 0).count() > 1;
        Optional<String> introducer = soleIntroducer(searched);
        for (PaperHit hit : result.hits()) {
            double start = starts.get(hit);
            double named = Math.max(hit.titleMatch(), ambiguous && start < 1 ? 0 : start);
            if (introducer.filter(hit.paper().id()::equals).isPresent()) named = Math.max(named, SOLE_NAME);
            // "Skywork-R1V2 Technical Report" is no lookup of Skywork-R1V3's, however many of its words that title has.
            if (TitleMatcher.contradicts(typedAsSearched, hit.paper().title()) || TitleMatcher.otherVersion(typedAsSearched, hit.paper().title())) {
                named = Math.min(named, RELATED);
            }
            double confidence = Math.max(named, related(hit, best, result.covered()));
            matches.add(new Match(hit, round(Math.min(1, confidence)), hit.bestSentence()));
        }
        setDownWhatLeavesWordsUnexplained(matches, result, best);
        matches.sort(Comparator.comparingDouble(Match::confidence).reversed());
        List<Match> top = matches.subList(0, Math.min(k, matches.size()));
        boolean found = !top.isEmpty() && top.get(0).confidence() >= FOUND;
        if (!found) return new Lookup(title, false, List.copyOf(top), result.respelled(), List.of());
        Paper paper = top.get(0).hit().paper();
        List<String> notices = new ArrayList<>();
        TitleDifference.of(searched, paper.title()).ifPresent(difference -> notices.add(difference.notice(paper.title())));
        notices.addAll(recordNotices(title, paper));
        return new Lookup(title, true, List.copyOf(top), result.respelled(), notices);
    }

    /**
     * "Fantastic Reasoning Behaviors and Where to Find Them (2023)", a reference's "(2023)": a year or
     * organisation given beside a title that the paper's record gives otherwise. A year of the title's
     * own is none ("... in 2025").
     */
    private List<String> recordNotices(String lookedUp, Paper paper) {
        Organisations organisations = retriever.organisations();
        RecordCheck given = RecordCheck.of(lookedUp, organisations);
        RecordCheck besideTitle = new RecordCheck(given.years().stream().filter(year -> !paper.title().contains(year)).toList(),
                given.papersYears().stream().filter(year -> !paper.title().contains(year)).toList(), given.organisations().stream().filter(o -> !Words.holds(paper.title(), o, false)).toList());
        return besideTitle.notices(paper, organisations, "text looked up");
    }

    /**
     * Named papers that leave words of the lookup unexplained, set down to what their topic alone
     * gives them, no higher ("noisy star" is no reason to rank StAR above a paper on noise): when
     * another explains every word ("Incentivizing Strong Reasoning from Weak" holds all of
     * "Weak-to-Strong Reasoning"), when only a common word named them with another word before it
     * ("noisy star" is not StAR), or when what the lookup says they are about their abstract does
     * not say ("the ATLAS paper on retrieval-augmented few-shot learning").
     */
    private void setDownWhatLeavesWordsUnexplained(List<Match> matches, SearchResult result, double best) {
        String query = result.query();
        Predicate<Match> explained = m -> TitleMatcher.explains(query, m.hit().paper().title(), besideTitle(m.hit()));
        boolean anyExplained = matches.stream().anyMatch(m -> m.confidence() >= FOUND && explained.test(m));
        Predicate<Match> commonWordModified = m -> m.confidence() <= TitleMatches.COMMON_WORD_NAME
                && TitleMatcher.nameModified(query, m.hit().paper().title(), besideTitle(m.hit()));
        Matcher described = DESCRIBED.matcher(query);
        Optional<String> description = described.find() ? Optional.of(described.group(1)) : Optional.empty();
        long papers = Math.max(1, retriever.count(Filters.NONE));
        // A word of the field ("language", "models") says little of what a paper is about; a rarer one ("few-shot") says more.
        ToDoubleFunction<String> rarity = word -> Math.log((papers + 1.0) / (retriever.papersUsing(word) + 1.0));
        Predicate<Match> describedOtherwise = m -> description.filter(d -> TitleMatcher.heldShare(d, m.hit().paper().title() + " "
                + m.hit().paper().abstractText(), rarity) < DESCRIPTION_HELD).isPresent();
        matches.replaceAll(m -> m.confidence() >= FOUND && (anyExplained && !explained.test(m) || commonWordModified.test(m) || describedOtherwise.test(m))
                ? new Match(m.hit(), round(related(m.hit(), best, result.covered())), m.sentence()) : m);
    }

    /** What a paper shares of the lookup's topic, which names no paper: at most {@link #RELATED}. */
    private static double related(PaperHit hit, double best, boolean covered) {
        return RELATED * hit.score() / best * (covered ? 1 : 0.5);
    }

    /** The paper's names, authors and organisation: words a lookup may give beside its title ("coconut hao", "Coconut by Meta"). */
    private static List<String> besideTitle(PaperHit hit) {
        List<String> words = new ArrayList<>(hit.names());
        words.addAll(hit.paper().authors());
        if (hit.paper().organization() != null) words.add(hit.paper().organization());
        return words;
    }

    /**
     * The paper a one-word name names when a single abstract writes it and introduces it there:
     * "Delethink" ("with Delethink, an RL environment that..."), "Infra" ("Attribution (Infra)"),
     * "short-m@k" ("we suggest short-m@k, a novel ... method"). Such a name has no capital inside
     * it, or no spelled-out form, so the index did not take it for the paper's name.
     */
    private Optional<String> soleIntroducer(String query) {
        String name = query.strip();
        if (!ONE_NAME.matcher(name).matches()) return Optional.empty();
        List<PaperHit> naming = retriever.naming(name, Filters.NONE).hits();
        if (naming.size() != 1) return Optional.empty();
        Paper paper = naming.get(0).paper();
        // "SoftCoT++: ..." names the SoftCoT it extends: its paper is another version's.
        if (Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "(?:\\+|[-\\s]?v?\\d)", Pattern.CASE_INSENSITIVE).matcher(paper.title()).find()) {
            return Optional.empty();
        }
        boolean introduced = DefinitionQuestion.introduces(paper.abstractText(), name) || NamedSubject.introducedBy(name, paper)
                || Pattern.compile("\\(" + Pattern.quote(name) + "\\)").matcher(paper.abstractText()).find();
        return introduced ? Optional.of(paper.id()) : Optional.empty();
    }

    /**
     * The claims of a pasted passage, to be looked up one by one: its sentences of three words or
     * more, when it has two or more ("Entropy minimization alone improves reasoning. Low-probability
     * tokens sustain exploration."). A passage of one claim has none but itself.
     */
    public static List<String> claimsOf(String text) {
        List<String> claims = sentences(text).stream().filter(sentence -> words(sentence) >= MIN_CLAIM_WORDS).toList();
        return claims.size() < 2 ? List.of() : claims;
    }

    /** "The same paper", "This study": words that refer back to the paper the sentence before is found in, named or not. */
    private static final String THE_PAPER = "(?:[Tt]his|[Tt]hat|[Tt]he)\\s+(?:same\\s+)?(?:paper|study|work|article|preprint)";
    /** "However, it ...", "Moreover, this method ...": a word that joins the sentence to the one before, which it keeps. */
    private static final String CONNECTIVE = "((?:However|Moreover|Furthermore|Further|Also|Additionally|In\\s+addition|But|Yet|Still|Besides"
            + "|Notably|Importantly|Thus|Therefore|Hence|Finally|Similarly|Likewise),?\\s+)?";
    /** A claim's opening words that refer back to a paper: "It", "Its", "This method", "The approach", "The same paper", "However, it". */
    private static final Pattern REFERS_BACK = Pattern.compile("^" + CONNECTIVE + "(?:([Ii]t)|([Ii]ts)|(?:[Tt]his|[Tt]he)\\s+(?:method|approach|framework|model"
            + "|technique|system|algorithm)|" + THE_PAPER + ")\\b");
    private static final Pattern REFERS_TO_PAPER = Pattern.compile("^" + CONNECTIVE + THE_PAPER + "\\b");

    /** Whether the claim opens by referring back to the paper of the sentence before, not to something it named: "The same paper ...". */
    public static boolean refersToPaper(String claim) {
        return REFERS_TO_PAPER.matcher(claim.strip()).lookingAt();
    }

    /**
     * The claim with the name for its opening reference back: "It requires fine-tuning" of Quiet-STaR is
     * "Quiet-STaR requires fine-tuning"; none for a claim that opens otherwise.
     */
    public static Optional<String> withSubject(String claim, String name) {
        Matcher m = REFERS_BACK.matcher(claim.strip());
        if (!m.find()) return Optional.empty();
        String connective = m.group(1) == null ? "" : m.group(1);
        return Optional.of(connective + name + (m.group(3) != null ? "'s" : "") + claim.strip().substring(m.end()));
    }

    /** The sentences of a passage too short to look up as claims ("Indeed."), which the reader is told were left out. */
    public static List<String> tooShort(String text) {
        return sentences(text).stream().filter(sentence -> words(sentence) < MIN_CLAIM_WORDS && sentence.matches("(?s).*\\p{L}.*")).toList();
    }

    private static List<String> sentences(String text) {
        return Sentences.split(text).stream().map(span -> span.of(text).strip()).toList();
    }

    private static int words(String sentence) {
        return sentence.split("\\s+").length;
    }

    /** The DOI or arXiv id the text is, and nothing else, in canonical form. */
    public static Optional<String> identifierAlone(String text) {
        return PastedReference.identifierAlone(text);
    }

    /** Whether the text is nothing but DOIs and arXiv ids (links to them too). */
    public static boolean onlyIdentifiers(String text) {
        return !text.isBlank() && PastedReference.withoutIdentifiers(text).isBlank();
    }

    /** Whether the text is a pasted reference ("Zelikman et al. 2024. Quiet-STaR: ... COLM 2024."), a title and no passage. */
    public static boolean isReference(String text) {
        return PastedReference.isReference(text);
    }

    /** The claim without a draft's in-text citations: "(Hassid et al., 2025)" and "[12]" hold no figure to check. */
    public static String withoutCitations(String claim) {
        return PastedReference.withoutCitations(claim);
    }

    /**
     * The papers that state the claim, best first; {@code found} only when the collection covers its
     * subject and the best paper is close to it. Not found, the closest papers are listed all the
     * same, at half their closeness, as a writer may have put the claim in other words.
     */
    public Lookup byClaim(String typed, int k) {
        String pasted = TypedText.plain(typed);
        checkK(k);
        checkLength("claim", pasted);
        checkWords("claim", pasted);
        // The claim as the reader sees it again: "en-⏎tropy" pasted from a PDF is "entropy".
        String given = retriever.withLineBreaksJoined(pasted);
        String claim = withoutCitations(given);
        // "[1]" or "(Hassid et al., 2025)" alone: the citation is all there was.
        if (claim.isBlank()) throw new InvalidInputException("claim holds only a citation marker; give the sentence it marks");
        SearchResult result = retriever.search(new SearchRequest(PastedReference.withoutAuthors(claim), Math.min(SearchRequest.MAX_K, Math.max(k, 5))));
        return judged(given, claim, result, k);
    }

    /**
     * The paper a claim names, if any: "much larger ARMs" names MolmoAct's Action Reasoning Models (ARMs) only when the best
     * paper does not write ARMs itself, for its own autoregressive models.
     */
    public static Optional<PaperHit> namedBy(String claim, List<PaperHit> hits) {
        if (hits.isEmpty()) return Optional.empty();
        String best = hits.get(0).paper().abstractText();
        // "Hawkeye introduced Clip-Cov": of two papers the claim names, the one it names first is its subject.
        return hits.stream().filter(PaperHit::named).min(Comparator.comparingInt(hit -> firstNamedAt(claim, hit))).filter(hit -> hit == hits.get(0)
                || hit.names().stream().noneMatch(name -> Words.holds(claim, name, false) && Words.holds(best, name, false)));
    }

    /** Where the claim first writes one of the paper's names, its title or its title's head; past its end when none. */
    private static int firstNamedAt(String claim, PaperHit hit) {
        return Stream.concat(hit.names().stream(), Stream.of(hit.paper().title(), head(hit.paper()))).filter(name -> !name.isBlank())
                .map(name -> Words.named(name).matcher(claim)).filter(Matcher::find).mapToInt(Matcher::start).min().orElse(claim.length());
    }

    /** A title's head before its colon, which often names the paper ("ARES" of "ARES: Multimodal Adaptive Reasoning..."); else empty. */
    private static String head(Paper paper) {
        int colon = paper.title().indexOf(':');
        String head = colon < 0 ? "" : paper.title().substring(0, colon).strip();
        return head.split("\\s+").length <= MAX_HEAD_WORDS ? head : "";
    }

    /**
     * What a lookup of the claim would tell of the papers a search already found, without searching
     * again: the chat's check of a claim it answered ("the claim may credit the wrong paper").
     */
    public List<String> notices(String claim, SearchResult found) {
        return found.hits().isEmpty() ? List.of() : judged(claim, withoutCitations(claim), found, Math.min(MAX_K, found.hits().size())).notices();
    }

    /** The papers found for the claim as matches, best first, each with what it does not state of it, and what the reader should know. */
    private Lookup judged(String given, String claim, SearchResult result, int k) {
        // A claim of figures and names ("Llama3.1-8B reaches a 68 percent relative improvement on AIME 2024") is far from its
        // abstract's meaning as a whole, and close to one sentence of it.
        // A claim about a paper it names is checked against that paper, wrong figures and all.
        boolean close = !result.hits().isEmpty() && (result.hits().get(0).denseScore() >= CLAIM_COSINE
                || result.hits().get(0).named() || quotes(claim, result.hits().get(0)));
        // Not found, the closest papers are listed all the same, as for a title: the writer may have put the claim in other words.
        boolean found = result.covered() && close;
        List<Match> matches = new ArrayList<>();
        // "Lp-Reg boosts Qwen from 30.7% to 48.1%": EMPO states it, but the claim is about Lp-Reg.
        PaperHit named = namedBy(claim, result.hits()).orElse(null);
        Map<String, Set<PaperHit>> writers = writersOfNames(claim, result.hits(), named == null);
        Organisations organisations = retriever.organisations();
        // "introduced in 2023", "from Tencent": the record states them, if anything does.
        RecordCheck record = RecordCheck.of(claim, organisations);
        for (PaperHit hit : result.hits()) {
            SentenceHit best = hit.bestSentence();
            if (best == null) continue;
            List<String> byText = new ArrayList<>(Specifics.unstated(claim, hit.paper().title() + "\n" + hit.paper().abstractText()));
            namesOfOthers(hit, writers, result.hits().size()).stream().filter(name -> !byText.contains(name)).forEach(byText::add);
            List<String> unstated = record.unstated(byText, hit.paper(), organisations);
            // A wrong figure is best shown beside the paper's figure of its kind: "17%" beside "only 1.7% of the data".
            SentenceHit sentence = unstated.isEmpty() ? statingFigures(claim, hit.paper(), best) : figureOfItsKind(claim, hit, best);
            // "Orca 2 does not surpass models of similar size" is close in words to the sentence that says it does.
            // Only of the paper the claim is about: "Datarus surpasses similar size models" says nothing of Orca 2.
            // The sentence shown is the one read: the sentence with the claim's figures, when another shares more of its words.
            // Of papers only near a claim not found, no sentence is read as saying its opposite.
            boolean ofIt = found && (named != null ? named == hit : hit == result.hits().get(0));
            String opposes = !found || named != null && named != hit ? null : Opposites.of(claim, sentence.text(), false).orElse(null);
            // "DeepSeek-R1 outperforms its non-reasoning variant at evaluating MT": the closest sentence sets the study up, and
            // another of the paper's, in the claim's words, says "underperforms".
            Optional<SentenceHit> contrary = opposes == null && ofIt && unstated.isEmpty() ? contrary(claim, hit.paper(), sentence) : Optional.empty();
            if (contrary.isPresent()) {
                sentence = contrary.get();
                opposes = Opposites.of(claim, sentence.text(), false).orElseThrow();
            } else if (opposes == null && ofIt && unstated.isEmpty()) {
                // "Low-probability tokens hinder exploration" of "Low-probability Tokens Sustain Exploration in ...": the title says it.
                opposes = Opposites.titleSaysOtherwise(claim, hit.paper().title()).orElse(null);
            }
            boolean source = isSource(unstated, opposes, named, hit);
            double closeness = Math.max(0, Math.min(1, sentence.score()));
            double confidence = !found ? DIFFERENT_NUMBERS * closeness : Math.min(source ? 1 : DIFFERENT_NUMBERS, closeness);
            matches.add(new Match(hit, round(confidence), sentence, unstated, opposes));
        }
        // The paper that states the claim's figures before one closer in words that does not ("24 million" for "24%"),
        // and among equals the paper the claim names.
        // A sentence that says the opposite in the claim's words is what the claim gets wrong: it comes before papers only on its
        // subject ("stays mostly negative" of "stays mostly positive"), by its closeness, as the claim's source would by its confidence.
        Predicate<Match> bearsOn = m -> m.opposes() != null || isSource(m.unstated(), m.opposes(), named, m.hit());
        ToDoubleFunction<Match> closeness = m -> m.opposes() != null ? Math.min(1, m.sentence().score()) : m.confidence();
        Optional<Match> elsewhere = (found ? creditedElsewhere(claim, matches, named, record).or(() -> describedElsewhere(claim, matches, named))
                : Optional.<Match>empty()).map(m -> withNameCredited(claim, matches, m, named));
        matches.sort(Comparator.comparing(bearsOn::test).thenComparing(m -> elsewhere.filter(e -> e == m).isPresent())
                .thenComparing(m -> m.hit() == named).thenComparingDouble(closeness).thenComparingDouble(m -> m.sentence().score()).reversed());
        // "always" is for the sentence quoted to state, not a rank: any paper's sentence that says "consistently" would come first.
        matches.replaceAll(m -> Specifics.everyCaseUnstated(claim, m.sentence().text() + "\n" + m.hit().paper().title()).map(m::withUnstated).orElse(m));
        List<String> notices = new ArrayList<>(elsewhere.map(m -> "The claim names \"" + named.paper().title() + "\", which does not state "
                + Specifics.listed(matchOf(matches, named).unstated()) + "; \"" + m.hit().paper().title()
                + "\" states the rest of it: the claim may credit the wrong paper.").stream().toList());
        // The record of the paper the claim is about, not of those only on its subject.
        if (found && !result.hits().isEmpty()) {
            // The paper shown first, whose record the reader reads the notice of.
            PaperHit about = named != null ? named : matches.isEmpty() ? result.hits().get(0) : matches.get(0).hit();
            notices.addAll(record.notices(about.paper(), organisations, "claim"));
            if (elsewhere.isEmpty()) otherFigures(claim, matchOf(matches, about), record).ifPresent(notices::add);
        }
        return new Lookup(given, found && !matches.isEmpty(), List.copyOf(matches.subList(0, Math.min(k, matches.size()))), result.respelled(), List.copyOf(notices));
    }

    /**
     * "CoIn detects inflation with a 99.7% success rate": the figures the quoted sentence of the paper
     * the claim is about gives in place of the claim's it does not state, for the reader to see at once.
     */
    private static Optional<String> otherFigures(String claim, Match about, RecordCheck record) {
        if (about == null || about.opposes() != null || about.sentence() == null) return Optional.empty();
        // The claim's year of the paper is the record's to state, which a notice of its own says.
        List<String> wrong = Numbers.unstated(claim, about.hit().paper().title() + "\n" + about.hit().paper().abstractText()).stream()
                .filter(figure -> !record.about(figure)).toList();
        return figuresInPlace(wrong, claim, about.sentence().text()).map(given -> "\"" + about.hit().paper().title()
                + "\" does not state " + Specifics.listed(wrong) + "; its sentence quoted gives " + Specifics.listed(given) + ".");
    }

    /**
     * The figures the sentence gives in place of the claim's {@code wrong} ones ("50" of a paper's "reduces KV cache size by
     * 50%" for a claim's 80%), figure for figure: a sentence of other figures besides ("2.06x ... 128k-token outputs") is no
     * reading of the claim's. Empty when there is no wrong figure.
     */
    public static Optional<List<String>> figuresInPlace(List<String> wrong, String claim, String sentence) {
        List<String> given = Numbers.unstated(sentence, claim);
        return wrong.isEmpty() || given.size() != wrong.size() ? Optional.empty() : Optional.of(given);
    }

    /**
     * The paper that states what the claim credits to the paper it names, with that name among what
     * it does not state: "LASER-D inserts an ellipsis into the prompt" is AutoThink's finding, which
     * supports no claim of LASER-D's.
     */
    private static Match withNameCredited(String claim, List<Match> matches, Match other, PaperHit named) {
        // A paper named by its title's head ("ARES: Multimodal Adaptive Reasoning...") is named by that.
        Optional<String> name = Stream.concat(named.names().stream(), Stream.of(head(named.paper())).filter(h -> !h.isEmpty()))
                .filter(n -> !Words.holds(other.hit().paper().title() + "\n" + other.hit().paper().abstractText(), n, false))
                .map(n -> Words.named(n).matcher(claim)).filter(Matcher::find).map(Matcher::group).findFirst();
        if (name.isEmpty() || other.unstated().stream().anyMatch(item -> Words.holds(item, name.get(), false))) return other;
        List<String> unstated = new ArrayList<>(other.unstated());
        unstated.add(name.get());
        Match credited = new Match(other.hit(), Math.min(other.confidence(), DIFFERENT_NUMBERS), other.sentence(), List.copyOf(unstated), other.opposes());
        matches.set(matches.indexOf(other), credited);
        return credited;
    }

    /**
     * "SpecReason lifts a 1.5B model's MATH500 accuracy from 83.2% to 89.4%": SpecReason states none of it, and Speculative
     * Thinking states all of it but the name: the paper whose finding the claim credits to the paper it names.
     */
    private static Optional<Match> creditedElsewhere(String claim, List<Match> matches, PaperHit named, RecordCheck record) {
        Match ofNamed = named == null ? null : matchOf(matches, named);
        // A wrong year or organisation is the named paper's record's to tell, not another paper's finding.
        if (ofNamed == null || ofNamed.unstated().stream().allMatch(record::about)) return Optional.empty();
        return matches.stream().filter(m -> m.hit() != named && m.opposes() == null && statesFiguresInKind(claim, m.hit().paper()))
                // It lacks only what the named paper writes (its name), and states more of the claim than the named paper does, or as
                // much in words closer to the claim's: "R2R cuts reasoning tokens by 24.5% by truncating reflections" is another paper's finding,
                // while a wrong figure of the named paper's ("40% fewer tokens") may merely be one another paper states in other words.
                .filter(m -> m.unstated().stream().allMatch(item -> writes(named, item)) && (m.unstated().size() < ofNamed.unstated().size()
                        || ofNamed.unstated().stream().anyMatch(item -> !m.unstated().contains(item)) && m.sentence().score() > ofNamed.sentence().score()))
                .findFirst();
    }

    /**
     * "EMPO restricts policy gradient updates to high-entropy forking tokens": EMPO's abstract holds
     * little of what the claim says of it, rarer words weighing more, and another paper's holds
     * nearly all ("restricting policy gradient updates to forking tokens"). The named paper's match
     * is then no source: capped, with the claim's words it lacks as unstated, and the other paper
     * is the one the claim may mean. Words of the named paper's own names say which paper, not what
     * it does.
     */
    private Optional<Match> describedElsewhere(String claim, List<Match> matches, PaperHit named) {
        Match ofNamed = named == null ? null : matchOf(matches, named);
        if (ofNamed == null || ofNamed.opposes() != null) return Optional.empty();
        Set<String> naming = stems(String.join(" ", named.names()));
        Map<String, String> said = new LinkedHashMap<>();
        for (String word : claim.split("[^\\p{L}\\d]+")) {
            String lower = word.toLowerCase(Locale.ROOT);
            if (lower.length() >= 4 && !FUNCTION_WORDS.contains(lower) && !naming.contains(Words.roughStem(lower))) said.putIfAbsent(Words.roughStem(lower), word);
        }
        if (said.size() < MIN_DESCRIBED) return Optional.empty();
        long papers = Math.max(1, retriever.count(Filters.NONE));
        Map<String, Double> weights = new LinkedHashMap<>();
        said.forEach((stem, word) -> weights.put(stem, Math.log((papers + 1.0) / (retriever.papersUsing(word) + 1.0))));
        double heldByNamed = held(weights, named.paper());
        if (heldByNamed >= NAMED_HOLDS) return Optional.empty();
        Optional<Match> other = matches.stream().filter(m -> m.hit() != named && m.opposes() == null && m.unstated().stream().allMatch(item -> writes(named, item)))
                .filter(m -> {
                    double held = held(weights, m.hit().paper());
                    return held >= OTHER_HOLDS && held - heldByNamed >= HELD_GAP;
                }).findFirst();
        if (other.isEmpty()) return Optional.empty();
        Set<String> namedStems = stems(named.paper().title() + "\n" + named.paper().abstractText());
        // The rarest first: "forking" says more of what the paper lacks than "high".
        List<String> lacking = said.entrySet().stream().filter(e -> !namedStems.contains(e.getKey()))
                .sorted(Comparator.comparingDouble((Map.Entry<String, String> e) -> weights.get(e.getKey())).reversed())
                .map(Map.Entry::getValue).limit(MAX_LACKING).toList();
        matches.set(matches.indexOf(ofNamed), new Match(named, round(Math.min(ofNamed.confidence(), DIFFERENT_NUMBERS)), ofNamed.sentence(), lacking, null));
        return other;
    }

    /** The share of the words' weight whose stems the paper's title and abstract hold. */
    private static double held(Map<String, Double> weights, Paper paper) {
        Set<String> stems = stems(paper.title() + "\n" + paper.abstractText());
        double total = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        double held = weights.entrySet().stream().filter(e -> stems.contains(e.getKey())).mapToDouble(Map.Entry::getValue).sum();
        return total == 0 ? 1 : held / total;
    }

    /** A text's words of four letters or more by their rough stems. */
    private static Set<String> stems(String text) {
        Set<String> stems = new HashSet<>();
        for (String word : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\d]+")) if (word.length() >= 4) stems.add(Words.roughStem(word));
        return stems;
    }

    /**
     * Whether the paper states the claim's figures of what the claim measures, counted alike: "AMC23
     * accuracy rising from 63% to 80%" states no "Hawkeye cuts inference cost by up to 80%".
     */
    public static boolean statesFiguresInKind(String claim, Paper paper) {
        return Numbers.countsAlike(claim, paper.abstractText()) && Numbers.statedInContext(claim, paper.abstractText());
    }

    private static Match matchOf(List<Match> matches, PaperHit hit) {
        return matches.stream().filter(m -> m.hit() == hit).findFirst().orElse(null);
    }

    /**
     * The names inside the claim that the paper never writes and another paper found does:
     * "Quiet-STaR introduced Delethink" of Quiet-STaR, whose abstract never names the Markovian
     * Thinker's Delethink. A name no paper writes is the search's to weigh, not a wrong credit.
     */
    private static List<String> namesOfOthers(PaperHit hit, Map<String, Set<PaperHit>> writers, int found) {
        // A name most of the papers found write ("LLM", "RL") is the field's, no paper's own.
        return writers.keySet().stream().filter(name -> {
            Set<PaperHit> papers = writers.get(name);
            return !papers.contains(hit) && !papers.isEmpty() && papers.size() <= Math.max(2, found / 3);
        }).toList();
    }

    /**
     * For each name inside the claim, in its order, the papers found that write it; each paper's text is split once.
     * With {@code opening}, the claim's first word too, when the papers write it as a name no paper found is known by
     * ("Datarus improves accuracy by 49%" of Datarus-R1's abstract).
     */
    private static Map<String, Set<PaperHit>> writersOfNames(String claim, List<PaperHit> found, boolean opening) {
        Map<PaperHit, String[]> words = new IdentityHashMap<>();
        for (PaperHit hit : found) words.put(hit, ModelNames.spellingWords(hit.paper().title() + "\n" + hit.paper().abstractText()));
        List<String> names = new ArrayList<>(NamedSubject.namesInside(claim));
        if (opening) NamedSubject.openingName(claim, found.stream().map(hit -> hit.paper().abstractText()).toList()).ifPresent(name -> names.add(0, name));
        Map<String, Set<PaperHit>> writers = new LinkedHashMap<>();
        for (String name : names) {
            if (writers.containsKey(name) || partOfVersion(name, claim)) continue;
            Set<PaperHit> papers = Collections.newSetFromMap(new IdentityHashMap<>());
            for (PaperHit hit : found) if (ModelNames.writesInAnySpelling(words.get(hit), name)) papers.add(hit);
            writers.put(name, papers);
        }
        return writers;
    }

    /** "Qwen-2" of "Qwen-2.5-7B": a name cut at its version's point is no name of its own. */
    private static boolean partOfVersion(String name, String claim) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(name) + "\\.\\d").matcher(claim).find();
    }

    private static boolean writes(PaperHit hit, String name) {
        return ModelNames.writesInAnySpelling(hit.paper().title() + "\n" + hit.paper().abstractText(), name);
    }

    /**
     * The paper's own figure for what a wrong one counts: of its sentences with a figure, the one
     * that shares most words with the claim ("catalogs 292k rules-of-thumb" for "2.9 million rules
     * of thumb", not "4.5 million annotations"); among the search's sentences a figure of the same
     * unit, when no sentence shares a word.
     */
    private static SentenceHit figureOfItsKind(String claim, PaperHit hit, SentenceHit best) {
        Set<String> claimWords = plainWords(claim);
        String text = hit.paper().abstractText();
        List<Span> spans = Sentences.split(text);
        SentenceHit closest = null;
        long shared = 0;
        int figures = Numbers.count(claim);
        for (int i = 0; i < spans.size(); i++) {
            String sentence = spans.get(i).of(text);
            if (Numbers.count(sentence) == 0) continue;
            // The claim's other figures the sentence states weigh before words: "GSM8K (5.9% → 10.9%)" for "from 5.9% to 12.9%" on GSM8K.
            long words = (figures - Numbers.unstated(claim, sentence).size()) * 1_000L + plainWords(sentence).stream().filter(claimWords::contains).count();
            if (words > shared) {
                shared = words;
                closest = new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), sentence, best.score());
            }
        }
        return closest != null ? closest : hit.sentences().stream().filter(s -> Numbers.sameKind(claim, s.text())).findFirst().orElse(best);
    }

    /** A name a claim is about: capitals inside or a digit ("DeepSeek-R1", "DPO", "LazyEviction"), not a capitalised first word. */
    private static final Pattern SUBJECT_NAME = Pattern.compile("(?<![\\p{L}\\d-])\\p{Lu}[\\p{L}\\d]{0,40}?[\\p{Lu}\\d][\\p{L}\\d]*+(?:-[\\p{L}\\d]++)*+");
    /** The share of a claim's words a sentence that says its opposite must hold, besides the word it says otherwise. */
    private static final double CONTRARY_SHARE = 0.5;

    /**
     * Another sentence of the paper that says the claim's opposite in most of the claim's own words, or empty: the search's
     * closest sentence may share the claim's topic words and not its verb ("compares reasoning-based LLMs with their
     * non-reasoning counterparts" for a claim that DeepSeek-R1 outperforms its variant).
     */
    public static Optional<SentenceHit> contrary(String claim, Paper paper, SentenceHit closest) {
        Set<String> claimWords = plainWords(claim);
        if (claimWords.size() < 3) return Optional.empty();
        // As near in words as the closest sentence, the word it says otherwise counted: a sentence that states the claim in more
        // of its words ("gains of up to 5.4% while ... reducing ... length by 82.8%") is not outweighed by one of its caveats
        // ("with only 4.8% performance degradation").
        long closestHeld = plainWords(closest.text()).stream().filter(claimWords::contains).count();
        // Of the name the claim is about, if it names one: "the extended reasoning sequences introduce ... increased KV cache size"
        // is the problem LazyEviction starts from, no opposite of what "DPO reduces KV cache size by 50%" claims.
        Matcher subject = SUBJECT_NAME.matcher(claim);
        Optional<String> named = subject.find() ? Optional.of(subject.group()) : Optional.empty();
        String text = paper.abstractText();
        List<Span> spans = Sentences.split(text);
        for (int i = 0; i < spans.size(); i++) {
            String sentence = spans.get(i).of(text);
            if (i == closest.index() || Opposites.of(claim, sentence, false).isEmpty()) continue;
            // "SWE-RL beats GPT-4o": "this is the best performance ..., even comparable to ... GPT-4o" names what it ranks, not SWE-RL.
            if (Opposites.rankedOtherwise(claim, sentence).isPresent()) return Optional.of(new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), sentence, closest.score()));
            long held = plainWords(sentence).stream().filter(claimWords::contains).count();
            boolean ofSubject = named.map(name -> Words.holds(sentence, name, true)).orElse(held + 1 > closestHeld);
            if (ofSubject && held + 1 >= Math.max(CONTRARY_SHARE * claimWords.size(), closestHeld)) {
                return Optional.of(new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), sentence, closest.score()));
            }
        }
        return Optional.empty();
    }

    /** A text's words of four letters or more, lower case, a plural's "s" dropped: "rules-of-thumb" holds "rule" and "thumb". */
    private static Set<String> plainWords(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}]+")) {
            if (w.length() >= 4) words.add(w.endsWith("s") && w.length() > 4 ? w.substring(0, w.length() - 1) : w);
        }
        return words;
    }

    /**
     * The sentence that states the claim's figures ("catalogs 292k rules-of-thumb" for "292 thousand
     * rules of thumb"), when the closest sentence in words states fewer of them; scored as that one.
     */
    private static SentenceHit statingFigures(String claim, Paper paper, SentenceHit best) {
        int figures = Numbers.count(claim);
        int missed = Numbers.unstated(claim, best.text()).size();
        if (figures == 0 || missed == 0) return best;
        String text = paper.abstractText();
        List<Span> spans = Sentences.split(text);
        SentenceHit stating = best;
        for (int i = 0; i < spans.size(); i++) {
            int unstated = Numbers.unstated(claim, spans.get(i).of(text)).size();
            if (unstated < missed) {
                missed = unstated;
                stating = new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), spans.get(i).of(text), best.score());
            }
        }
        return stating;
    }

    /** Whether the paper may be the claim's source: it states its figures, says nothing opposite, and is the paper it names, if any. */
    private static boolean isSource(List<String> unstated, String opposes, PaperHit named, PaperHit hit) {
        return unstated.isEmpty() && opposes == null && (named == null || named == hit);
    }

    /**
     * Whether the claim is nearly one of the paper's sentences, or close to one and gives two or
     * more numbers that the paper states most of ("from 30.7% to 48.1%"; "to 58.1%" still names
     * the paper that says 48.1%, whose sentence shows the difference): figures that specific name their source.
     */
    private static boolean quotes(String claim, PaperHit hit) {
        if (hit.bestSentence() == null) return false;
        double score = hit.bestSentence().score();
        int numbers = Numbers.count(claim);
        return score >= QUOTED || score >= STATED_FIGURES && numbers >= 2
                && 2 * Numbers.unstated(claim, hit.paper().title() + "\n" + hit.paper().abstractText()).size() <= numbers;
    }

    /** Named as the caller gave it: a claim too long is no "query" to one who never wrote one. */
    public static void checkLength(String field, String text) {
        if (text != null && SearchRequest.characters(text) > SearchRequest.MAX_QUERY_CHARS) {
            throw new InvalidInputException(field + " must be at most " + SearchRequest.MAX_QUERY_CHARS + " characters, was " + SearchRequest.characters(text));
        }
    }

    private static void checkWords(String field, String text) {
        if (!TypedText.hasWords(text)) throw InvalidInputException.of(field, SearchRequest.NO_WORDS);
    }

    private static void checkK(int k) {
        if (k < 1 || k > MAX_K) throw new InvalidInputException("k must be between 1 and " + MAX_K + ", was " + k);
    }

    private static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
