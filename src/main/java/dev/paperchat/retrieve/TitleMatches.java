package dev.paperchat.retrieve;

import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Titles;
import dev.paperchat.corpus.Words;
import dev.paperchat.index.Fields;
import dev.paperchat.index.Filters;
import dev.paperchat.index.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.lucene.analysis.Analyzer;

/**
 * How well a query names each paper, by its title or names (1 names it outright), in one
 * search: "the Quiet STaR paper" names Quiet-STaR; "rice farming yields" does not name RICE,
 * nor "STaR" StAR.
 */
final class TitleMatches {
    /**
     * The match of a name that is also a common word, written as one ("rice", "storm"): it ranks
     * the paper, but only evidence makes the question about it ("rice farming yields" is not about RICE).
     */
    static final double COMMON_WORD_NAME = 0.85;
    /**
     * The match of a name written as a common word in a question about something else ("what should I
     * read on test-time scaling?" of READ, "rice farming yields" of RICE): a word of the question, no
     * more, where a name's match would rank the paper first.
     */
    static final double WORD_OF_ANOTHER_QUESTION = 0.3;
    /**
     * The match of a short name written with other capitals ("STaR" for StAR): below the least
     * that names a paper in a title lookup, as they are two names, one perhaps of a paper the
     * collection lacks.
     */
    static final double CASED_OTHERWISE = 0.65;
    /** The title match of a paper beside the one whose title was looked up word for word: below the least that names a paper. */
    static final double BESIDE_GIVEN_TITLE = 0.65;
    /** More words than a title has: "I am looking for papers that study how..." quotes no title, whatever words it shares with one. */
    static final int LONG_QUESTION_WORDS = 30;
    /** A query that holds this share of a title's words quotes that title. */
    static final double QUOTED_TITLE = 0.8;
    /** What parts the words of a long form: spaces, hyphens and what a title wraps it in ("Chain-of-Continuous Thought"). */
    private static final Pattern LONG_FORM_GAPS = Pattern.compile("[\\s\\-\"'\u201c\u201d().,:;!?]+");
    private static final int MAX_LONG_FORM = 200, LONG_FORM_POOL = 10;
    /** A capitalised word of five letters or more, as a coined name is written: "Delethink". */
    private static final Pattern COINED_WORD = Pattern.compile("(?<![\\w-])\\p{Lu}\\p{Ll}{4,}+(?![\\w-])");
    /** The most such words of one query looked up. */
    private static final int MAX_SOLE_NAMES = 3;
    /** A question's words that ask rather than say what about, as analysed: "what does X do?" asks about X alone. */
    private static final Set<String> ASKING = Stream.of(QueryTerms.RECORD, QueryTerms.QUESTION,
            Set.of("tell", "me", "about", "explain", "describe", "method", "model", "approach", "i", "you"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    /** A short name of two capitals or more and a lower-case letter: "STaR", "StAR", "LoRA"; not "GRPO" or "Coconut". */
    private static final Pattern MIXED_CASE = Pattern.compile("(?=\\p{L}{3,6}$)(?=.*\\p{Ll})(?=.*\\p{Lu}.*\\p{Lu}).*");

    /**
     * @param byPaper each named paper's match, by id
     * @param soleNames the word a paper alone introduces, by the id of the paper it names ("Delethink")
     */
    record Matched(Map<String, Double> byPaper, Map<String, String> soleNames) {}

    private final Analyzer analyzer;
    private final Predicate<String> isCommonWord;

    TitleMatches(Analyzer analyzer, Predicate<String> isCommonWord) {
        this.analyzer = analyzer;
        this.isCommonWord = isCommonWord;
    }

    /**
     * The papers the query names among those fused, or outside them when it names them outright
     * and they pass the filters.
     *
     * @param query the query before its spelling was mended: a half-remembered title is matched with its own typo tolerance
     */
    Matched find(Snapshot snapshot, List<TitleIndex.Live> live, SearchRequest request, String query, Map<String, Double> fused,
                 List<String> queryTerms, Map<String, Double> idf, Candidates candidates) {
        Map<String, Double> matches = titleMatches(live, query, request.title(), fused.keySet(), candidates);
        Map<String, String> soleNamed = request.title() ? longFormIntroducer(query, Fusion.ranking(fused), candidates)
                : soleIntroducers(snapshot, query, candidates);
        soleNamed.keySet().forEach(id -> matches.merge(id, PaperHit.NAMES_PAPER, Math::max));
        List<String> written = Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        List<String> cased = written.stream().filter(w -> MIXED_CASE.matcher(w).matches()).toList();
        matches.replaceAll((id, match) -> casedOtherwise(cased, TitleIndex.names(live, id), candidates, id) ? Math.min(match, CASED_OTHERWISE)
                : aboutSomethingElse(written, TitleIndex.names(live, id), queryTerms, idf, candidates, id) ? Math.min(match, WORD_OF_ANOTHER_QUESTION) : match);
        calledByOpening(query, candidates.pool(fused), candidates).ifPresent(id -> matches.merge(id, PaperHit.NAMES_PAPER, Math::max));
        dropNamedOutside(request.filters(), matches, fused.keySet(), candidates);
        return new Matched(matches, soleNamed);
    }

    /**
     * "the Glacier Melt paper": the paper found whose title opens with the name the question calls it
     * by, when no other title found holds that name: "the Large Language Models paper" names none.
     */
    private static Optional<String> calledByOpening(String query, List<String> found, Candidates papers) {
        Optional<String> called = NamedSubject.paperCalled(query);
        if (called.isEmpty()) return Optional.empty();
        List<String> holding = found.stream().filter(id -> TitleMatcher.holdsName(called.get(), papers.paper(id).title())).toList();
        return holding.size() == 1 && TitleMatcher.opensTitle(called.get(), papers.paper(holding.get(0)).title()) ? Optional.of(holding.get(0)) : Optional.empty();
    }

    private static Map<String, Double> titleMatches(List<TitleIndex.Live> live, String query, boolean title, Set<String> candidates,
                                                    Candidates papers) {
        Map<String, Double> named = TitleIndex.nameMatches(live, query);
        TitleIndex.origins(live, query).forEach((id, name) -> { if (title || NamedSubject.callsPaper(query, name)) named.put(id, 1.0); });
        Set<String> queryWords = title ? TitleMatcher.wordsInBothForms(query) : TitleMatcher.words(query);
        Map<String, Double> whole = new HashMap<>();
        for (String id : candidates) whole.put(id, TitleIndex.wholeCoverage(live, queryWords, id, title));
        named.keySet().forEach(id -> whole.computeIfAbsent(id, i -> TitleIndex.wholeCoverage(live, queryWords, i, title)));
        double quoted = whole.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        // A query that quotes one title nearly whole may hold another's name or opening words
        // ("TraPO: ... Framework for Boosting LLM Reasoning"): they belong to the quoted title.
        Predicate<String> inQuotedTitle = id -> quoted >= QUOTED_TITLE && whole.get(id) < quoted;
        Map<String, Double> matches = new HashMap<>();
        String quotedTitle = whole.entrySet().stream().filter(e -> quoted >= QUOTED_TITLE && e.getValue() == quoted).findFirst()
                .map(e -> papers.fetched(e.getKey())).map(Paper::title).orElse("");
        // Unless the query gives its name beside the quoted title: "compare EMPO, Lp-Reg, Incentivizing Reasoning for... and ASPO",
        // or its title's name before the colon: "compare Adaptive Deep Reasoning and The Markovian Thinker".
        Predicate<String> namedBeside = id -> Stream.concat(TitleIndex.names(live, id).stream(), titleName(papers, id).stream())
                .anyMatch(name -> Words.holds(query, name, false) && !Words.holds(quotedTitle, name, false));
        named.forEach((id, match) -> { if (!inQuotedTitle.test(id) || namedBeside.test(id)) matches.put(id, match); });
        // A question of many words holds most of some title's words by chance: it ranks the paper, but names none.
        boolean longQuestion = query.strip().split("\\s+").length > LONG_QUESTION_WORDS;
        String asWords = longQuestion ? Titles.normalize(query) : "";
        for (String id : candidates) {
            double coverage = inQuotedTitle.test(id) ? whole.get(id) : TitleIndex.coverage(live, queryWords, id, title);
            if (coverage < 0.6) continue;
            // Unless it quotes the title word for word: a reference pasted into a question names its paper.
            boolean capped = longQuestion && !quotes(asWords, papers, id);
            matches.merge(id, capped ? Math.min(COMMON_WORD_NAME, coverage) : coverage, Math::max);
        }
        if (title) besideGivenTitle(matches, query, papers);
        return matches;
    }

    /**
     * A title looked up that is one paper's title, word for word, names no other paper, though
     * another's title words are all among it ("Weak-to-Strong Reasoning" in "Incentivizing Strong
     * Reasoning from Weak Supervision") or most of them are.
     */
    private static void besideGivenTitle(Map<String, Double> matches, String query, Candidates papers) {
        papers.fetch(List.copyOf(matches.keySet()));
        Predicate<String> givesOnly = TitleMatcher.givesOnly(query);
        Set<String> given = matches.keySet().stream().filter(id -> matches.get(id) >= 1 && papers.paper(id) != null
                && givesOnly.test(papers.paper(id).title())).collect(Collectors.toSet());
        if (!given.isEmpty()) matches.replaceAll((id, match) -> given.contains(id) ? match : Math.min(match, BESIDE_GIVEN_TITLE));
    }

    /** The name a title gives before its colon ("Adaptive Deep Reasoning" of "Adaptive Deep Reasoning: Triggering..."), if it has one. */
    private static Optional<String> titleName(Candidates papers, String id) {
        Paper paper = papers.fetched(id);
        int colon = paper == null ? -1 : paper.title().indexOf(':');
        return colon > 0 ? Optional.of(paper.title().substring(0, colon).strip()) : Optional.empty();
    }

    /** Whether the normalised query holds the paper's whole title, its words in order. */
    private static boolean quotes(String normalisedQuery, Candidates papers, String id) {
        Paper paper = papers.fetched(id);
        return paper != null && (" " + normalisedQuery + " ").contains(" " + Titles.normalize(paper.title()) + " ");
    }

    /**
     * "what models did Delethink train?": a capitalised word that one abstract alone writes, and
     * introduces there ("with Delethink, an RL environment that..."), names that paper as its title
     * would. With no capital inside, the index took it for no name of the paper. Gives each such
     * paper's id with the word.
     */
    private Map<String, String> soleIntroducers(Snapshot snapshot, String query, Candidates candidates) {
        Map<String, String> named = new HashMap<>();
        Matcher word = COINED_WORD.matcher(query);
        while (word.find() && named.size() < MAX_SOLE_NAMES) {
            List<String> terms = QueryTerms.all(analyzer, Fields.ABSTRACT, word.group());
            if (terms.size() != 1 || snapshot.docFreqs(Fields.ABSTRACT, terms).getOrDefault(terms.get(0), 0) != 1) continue;
            // Other papers may hold it in their titles: the one whose abstract writes it is sought among the few that hold it.
            List<String> ids = snapshot.legs(Map.of(terms.get(0), 1.0), null, Filters.NONE, DistinctiveNames.MAX_PAPERS_PER_NAME + 1, 0).lexical();
            candidates.fetch(ids);
            for (String id : ids) {
                Paper paper = candidates.paper(id);
                if (paper != null && (DefinitionQuestion.introduces(paper.abstractText(), word.group()) || NamedSubject.introducedBy(word.group(), paper))) {
                    named.put(paper.id(), word.group());
                    break;
                }
            }
        }
        return named;
    }

    /**
     * "Entropy Minimized Policy Optimization", looked up as a title: the long form of a name one
     * paper introduces names that paper as its acronym does ("we propose Entropy Minimized Policy
     * Optimization (EMPO)"); not a paper that adapts or cites it ("an adaptation of Group Relative
     * Policy Optimization (GRPO)"). Sought among the best papers of the search; by paper id, the name.
     */
    private static Map<String, String> longFormIntroducer(String title, List<String> ranked, Candidates candidates) {
        String asked = LONG_FORM_GAPS.matcher(title.strip().toLowerCase(Locale.ROOT)).replaceAll(" ").strip();
        if (asked.split(" ").length < 2 || asked.length() > MAX_LONG_FORM) return Map.of();
        List<String> ids = ranked.subList(0, Math.min(LONG_FORM_POOL, ranked.size()));
        candidates.fetch(ids);
        Map<String, String> named = new HashMap<>();
        for (String id : ids) {
            Paper paper = candidates.paper(id);
            if (paper == null) continue;
            MethodNames.proposedExpansions(paper.abstractText()).forEach((name, expansion) -> {
                boolean same = LONG_FORM_GAPS.matcher(expansion.toLowerCase(Locale.ROOT)).replaceAll(" ").strip().equals(asked);
                // "Large Reasoning Models (LRMs)" names a kind of model, not one paper's.
                if (same && !MethodNames.isPlural(name) && NamedSubject.introducedBy(name, paper)) named.put(id, name);
            });
        }
        return named.size() == 1 ? named : Map.of();
    }

    /**
     * The legs searched within the filters; a paper found only by its name must pass them too, or
     * it would take a place in the top k and then be dropped from it.
     */
    private static void dropNamedOutside(Filters filters, Map<String, Double> titleMatch, Set<String> found, Candidates candidates) {
        List<String> namedOnly = titleMatch.keySet().stream().filter(id -> !found.contains(id)).toList();
        candidates.fetch(namedOnly);
        for (String id : namedOnly) {
            Paper paper = candidates.paper(id);
            if (paper == null || !filters.matches(paper)) titleMatch.remove(id);
        }
    }

    /**
     * Whether the query names the paper only by common words ({@link #commonWordsNaming}) and its
     * other words are about something else: the paper holds less than half of their weight ("how
     * hot is a star?", "rice farming yields"). Question words alone ask about the name: "what is
     * rice?", "the coconut paper".
     */
    private boolean aboutSomethingElse(List<String> written, List<String> names, List<String> queryTerms, Map<String, Double> idf,
                                       Candidates candidates, String id) {
        List<String> naming = commonWordsNaming(written, names);
        if (naming.isEmpty()) return false;
        Set<String> namingTerms = new HashSet<>(QueryTerms.all(analyzer, Fields.ABSTRACT, String.join(" ", naming)));
        List<String> others = queryTerms.stream().filter(term -> !namingTerms.contains(term) && !ASKING.contains(term) && !QueryTerms.LITERATURE.contains(term)).toList();
        if (others.isEmpty()) return false;
        Paper paper = candidates.fetched(id);
        if (paper == null) return false;
        Set<String> held = new HashSet<>(QueryTerms.all(analyzer, Fields.ABSTRACT, paper.title() + "\n" + paper.abstractText()));
        return QueryTerms.share(others, idf, held) < 0.5;
    }

    /**
     * "STaR" is not "StAR": a short name of mixed case, written in the query with other capitals
     * than the paper's name or title has it, ranks the paper but does not name it. Capitals only
     * added or only dropped are the same name mistyped: "CoLAR" and "Colar" are "CoLaR".
     *
     * @param cased the query's words of {@link #MIXED_CASE}
     */
    private static boolean casedOtherwise(List<String> cased, List<String> names, Candidates candidates, String id) {
        if (cased.isEmpty()) return false;
        Paper paper = candidates.fetched(id);
        List<String> written = new ArrayList<>(names);
        if (paper != null) written.add(paper.title().split(":", 2)[0].strip());
        return cased.stream().anyMatch(word -> written.stream().anyMatch(name -> name.equalsIgnoreCase(word) && !name.equals(word) && !capitalsNested(name, word)))
                && cased.stream().noneMatch(written::contains);
    }

    /** Whether one word's capitals are all capitals of the other, which may have more: "CoLaR" and "CoLAR", not "STaR" and "StAR". */
    static boolean capitalsNested(String a, String b) {
        boolean aWithin = true, bWithin = true;
        for (int i = 0; i < a.length(); i++) {
            boolean upperA = Character.isUpperCase(a.charAt(i)), upperB = Character.isUpperCase(b.charAt(i));
            if (upperA && !upperB) aWithin = false;
            if (upperB && !upperA) bWithin = false;
        }
        return aWithin || bWithin;
    }

    /**
     * The query's words that are names of the paper, or one typo from them, when all of them are
     * single common words in lower case (or capitalised as the query's first word), as one writes
     * "rice" or "Storms"; none when the query writes a name as a name ("RICE", "a Coconut").
     *
     * @param written the query's words
     */
    private List<String> commonWordsNaming(List<String> written, List<String> names) {
        List<String> naming = new ArrayList<>();
        for (String name : names) {
            String lowerName = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < written.size(); i++) {
                String word = written.get(i), lower = word.toLowerCase(Locale.ROOT);
                if (!TitleMatcher.withinOneEdit(lower, lowerName)) continue;
                boolean asWord = word.equals(lower) || i == 0 && word.substring(1).equals(lower.substring(1));
                if (!asWord || !isCommonWord.test(lower)) return List.of();
                naming.add(word);
            }
        }
        return naming;
    }
}
