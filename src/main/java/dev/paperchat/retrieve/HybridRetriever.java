package dev.paperchat.retrieve;

import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.Vocabulary;
import dev.paperchat.index.ChunkScore;
import dev.paperchat.index.Fields;
import dev.paperchat.index.Filters;
import dev.paperchat.index.PaperIndex;
import dev.paperchat.index.Snapshot;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Finds papers for any query by fusing BM25 over titles and abstracts, vector search over
 * chunks and BM25 of the query expanded by pseudo-relevance feedback, adding a bonus when the
 * query names a paper and one for the paper's single sentence that holds most of the query,
 * then grouping per paper and picking each paper's best sentences.
 */
public final class HybridRetriever {
    /** The shortest word read as the start of a title's word: "markov" of "Markovian"; shorter ones begin too many. */
    private static final int MIN_BEGUN_WORD = 5;
    /**
     * How deep each leg looks before fusion. 50 and 100 gave the same figures on both question
     * sets (a paper below rank 50 of one leg adds little to a reciprocal-rank sum); 50 cut hybrid
     * search at 1,000,000 chunks by a fifth, as BM25 prunes more with a higher top-k bar.
     */
    static final int DEPTH = 50;
    /** How many chunks the vector leg asks the HNSW graph for: several chunks may be one paper's. */
    public static final int VECTOR_DEPTH = 2 * DEPTH;
    /** Added to the fused score per unit of title match: a named paper should come first. */
    static final double TITLE_WEIGHT = 0.05;
    /**
     * Added to the fused score per unit of the query's IDF weight that one sentence of the paper
     * holds, among the fused ranking's first {@link #SENTENCE_POOL} papers. A claim or a question usually restates
     * one sentence; a paper that merely shares the words across its abstract gets less. Measured on
     * three question sets (135 questions, two written independently of the system): weights 0.04
     * to 0.06 each raised topic nDCG@10 on every set (pooled 0.664 -> 0.672 at 0.05, overall MRR
     * 0.892 -> 0.898); 0.1 and more lost on the second set, as did windows of two sentences.
     */
    static final double SENTENCE_WEIGHT = 0.05;
    /**
     * The same for every k, so that a search for 6 papers returns the first 6 of a search for 20.
     * 20 against 10 gained on the third question set (on which it was chosen); 50 and 300 gave the
     * same figures as 20 on all three.
     */
    static final int SENTENCE_POOL = 20;
    /** A figure this many papers state, or fewer, names them: "42.6%" is one paper's result, "0.5" many a setting. */
    static final int MAX_PAPERS_PER_FIGURE = 2;
    /** Shorter sentences of a question ("Thanks.", "Any ideas?") are not searched on their own. */
    static final int MIN_SENTENCE_WORDS = 4;
    static final int MAX_SENTENCES = 4;

    private final PaperIndex index;
    private final Embedder embedder;
    private final Fusion fusion;
    private final Evidence evidence;
    private final Rm3 rm3 = Rm3.DEFAULT;
    private final NeighbourSupport neighbours = NeighbourSupport.DEFAULT;
    private final TitleIndex titles = new TitleIndex();
    private final DistinctiveNames distinctive;
    private final TitleMatches titleMatches;
    private final MentionSearch mentionSearch;

    public HybridRetriever(PaperIndex index, Embedder embedder, Fusion fusion, Evidence evidence) {
        this.index = index;
        this.embedder = embedder;
        this.fusion = fusion;
        this.evidence = evidence;
        this.distinctive = new DistinctiveNames(index.analyzer());
        this.titleMatches = new TitleMatches(index.analyzer(), this::isCommonWord);
        this.mentionSearch = new MentionSearch(index, this);
        // The title matchers of new segments are built when they are opened: by the ingest that commits them, or, for another
        // process's commit, by the first search to see it.
        index.onNewSnapshot(snapshot -> titles.warm(snapshot, distinctive.in(snapshot)));
    }

    /**
     * Builds the title matchers of the index as it is now, which the first search would otherwise
     * build: seconds for a million papers. Later commits are warmed by the ingest that makes them.
     */
    public void warm() {
        index.read(snapshot -> {
            titles.warm(snapshot, distinctive.in(snapshot));
            return null;
        });
    }

    /** Whether the embedding model's vocabulary holds the word; with no vocabulary known, every word is common. */
    boolean isCommonWord(String word) {
        Vocabulary vocabulary = embedder.vocabulary();
        return vocabulary.isEmpty() || vocabulary.knows(word);
    }

    public SearchResult search(SearchRequest request) {
        return search(request, Mode.HYBRID);
    }

    public SearchResult search(SearchRequest asked, Mode mode) {
        OrganisationReading organisation = readOrganisation(asked.filters());
        SearchResult found = searchAsWritten(asked.withFilters(organisation.filters()), mode);
        return organisation.notice(found).map(notice -> found.withNotices(Stream.concat(found.notices().stream(), Stream.of(notice)).toList())).orElse(found);
    }

    /** The filters with their organisation read as the collection writes it ("Google DeepMind" as "deepmind"), as searches read it. */
    public OrganisationReading readOrganisation(Filters filters) {
        return OrganisationReading.of(filters, this::organisations, this::organisations);
    }

    /**
     * For a title remembered by the start of a word ("that markov thinking paper" of "The Markovian Thinker", "lazy evict"
     * of "LazyEviction", two words joined), the title words the query's words begin, to search beside them: of a word of
     * {@link #MIN_BEGUN_WORD} letters or more that no title writes, the one title word it begins, when it is at least two
     * thirds of it and no inflection of it.
     */
    public List<String> titleWordsBegun(String query) {
        return index.read(snapshot -> {
            List<TitleIndex.Live> live = live(snapshot);
            List<String> begun = new ArrayList<>();
            List<String> words = TitleMatcher.wordsInOrder(query);
            List<String> tried = new ArrayList<>(words);
            // "Lazy Evict" of "LazyEviction": two words a name joins.
            for (int i = 0; i + 1 < words.size(); i++) tried.add(words.get(i) + words.get(i + 1));
            for (String word : tried) {
                if (word.length() < MIN_BEGUN_WORD || TitleIndex.inATitle(live, word)) continue;
                Map<String, Integer> longer = TitleIndex.titleWordsBeginning(live, word);
                if (longer.size() != 1) continue;
                String whole = longer.keySet().iterator().next();
                // "thread" of "Threads" is the word inflected, which title matching reads already.
                if (3 * word.length() >= 2 * whole.length() && !Inflections.related(word, whole) && !begun.contains(whole)) begun.add(whole);
            }
            return begun;
        });
    }

    /** The organisations papers come from, with their number of papers. */
    public Organisations organisations() {
        return new Organisations(index.read(snapshot -> snapshot.valueCounts(Fields.ORG)));
    }

    /**
     * The organisations with their number of papers, most first, each as its first paper's record writes it ("Tencent",
     * where filters match "tencent"): as readers see it on the papers.
     */
    public List<Map.Entry<String, Integer>> organisationsAsWritten() {
        return index.read(snapshot -> new Organisations(snapshot.valueCounts(Fields.ORG)).byPapers().stream()
                .map(e -> Map.entry(asWritten(snapshot, e.getKey()), e.getValue())).toList());
    }

    private static String asWritten(Snapshot snapshot, String organisation) {
        return snapshot.paperIds(new Filters(null, null, organisation)).stream().findFirst()
                .map(id -> snapshot.papers(List.of(id)).get(id)).map(Paper::organization)
                .filter(name -> name.equalsIgnoreCase(organisation)).orElse(organisation);
    }

    private SearchResult searchAsWritten(SearchRequest asked, Mode mode) {
        String joined = QueryTerms.withoutAskingVerb(LineBreaks.join(asked.query(), this::inCollection));
        // "waht is speculative reasoning?" is searched, judged and reported as the question it is, as ask reads it.
        Optional<QuestionWords.Mended> mended = QuestionWords.mend(joined, embedder.vocabulary());
        SearchRequest written = asked.withQuery(mended.map(QuestionWords.Mended::question).orElse(joined));
        Respelling respelling = index.read(snapshot -> Respelling.of(written.query(), index.analyzer(), snapshot, embedder.vocabulary(),
                word -> TitleIndex.partOfTitleWord(live(snapshot), word)));
        SearchRequest request = written.withQuery(respelling.query());
        List<String> sentences = mode == Mode.HYBRID && fusion.sentencesWeight() > 0 ? sentencesToSearch(request.query()) : List.of();
        // The question and its sentences in one call to the model, before the index is held.
        List<String> texts = new ArrayList<>(List.of(request.query()));
        texts.addAll(sentences);
        List<float[]> vectors = mode == Mode.BM25 ? List.of() : sentences.isEmpty() ? List.of(embedder.embedQuery(request.query()))
                : embedder.embedQueries(texts);
        float[] vector = vectors.isEmpty() ? null : vectors.get(0);
        List<float[]> bySentence = vectors.isEmpty() ? List.of() : vectors.subList(1, vectors.size());
        SearchResult result = index.read(snapshot -> search(snapshot, request, written.query(), mode, vector, bySentence));
        Map<String, String> respelled = new LinkedHashMap<>();
        mended.ifPresent(m -> respelled.put(m.typed(), m.word()));
        respelled.putAll(respelling.respelled());
        return result.withRespelled(respelled);
    }

    /** Of the names given in lower case, those that some paper's organisation is. */
    public Set<String> organisations(Collection<String> names) {
        if (names.isEmpty()) return Set.of();
        Map<String, Integer> papers = index.read(snapshot -> snapshot.docFreqs(Fields.ORG, Set.copyOf(names)));
        Set<String> known = new HashSet<>();
        papers.forEach((name, n) -> { if (n > 0) known.add(name); });
        return known;
    }

    /** The generation of the index as searches read it now: what an answer read without searching was read from. */
    public long generation() {
        return index.read(Snapshot::generation);
    }

    /**
     * The newest (or oldest) paper by the date its record gives, and how many records give no year; a year, then a month
     * is found first, so that only that month's papers are read, however large the collection.
     */
    public Dated datedLast(boolean newest) {
        return index.read(snapshot -> {
            int undated = snapshot.paperIds(Filters.NONE).size() - snapshot.paperIds(new Filters(LocalDate.of(1, 1, 1), null, null)).size();
            int last = LocalDate.now().getYear() + 1;
            Comparator<Paper> byDate = Comparator.comparing((Paper p) -> Filters.period(p.date()).getFirst()).thenComparing(Paper::id);
            Comparator<Paper> edgeFirst = newest ? byDate : byDate.reversed();
            for (int i = 0; i <= last - FIRST_YEAR; i++) {
                int year = newest ? last - i : FIRST_YEAR + i;
                List<String> ofYear = snapshot.paperIds(new Filters(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), null));
                if (ofYear.isEmpty()) continue;
                for (int m = 0; m < 12; m++) {
                    YearMonth month = YearMonth.of(year, newest ? 12 - m : 1 + m);
                    List<String> ids = snapshot.paperIds(new Filters(month.atDay(1), month.atEndOfMonth(), null));
                    // A record dated "2025" falls in every month of it, and is placed in none.
                    Optional<Paper> edge = snapshot.papers(ids).values().stream().filter(p -> within(p, month)).max(edgeFirst);
                    if (edge.isPresent()) return new Dated(edge, undated);
                }
                return new Dated(snapshot.papers(ofYear).values().stream().max(edgeFirst), undated);
            }
            return new Dated(Optional.empty(), undated);
        });
    }

    private static boolean within(Paper paper, YearMonth month) {
        List<LocalDate> period = Filters.period(paper.date());
        return !period.getFirst().isBefore(month.atDay(1)) && !period.getLast().isAfter(month.atEndOfMonth());
    }

    /** The earliest year looked at: a record dated before it is taken for a wrong date, not for the oldest paper. */
    private static final int FIRST_YEAR = 1900;

    /** @param paper the newest or oldest paper; @param undated how many papers' records give no year */
    public record Dated(Optional<Paper> paper, int undated) {}

    /** How many papers the filters pass, their organisation read as searches read it. */
    public int count(Filters filters) {
        Filters read = readOrganisation(filters).filters();
        return index.read(snapshot -> snapshot.paperIds(read).size());
    }

    /** The paper stored under this id, DOI or arXiv id, in any of their forms. */
    public Optional<Paper> paperByAnyId(String id) {
        return index.paperByAnyId(id);
    }

    /** "What is arXiv:2405.01234 about?" as "What is \"its title\" about?", when the collection has that paper. */
    public String withTitlesForIds(String text) {
        String titled = PastedReference.withTitles(text, id -> paperByAnyId(id).map(Paper::title));
        return titled.length() > SearchRequest.MAX_QUERY_CHARS ? text : titled;
    }

    /**
     * Which papers, by id, hold every word of the phrase in their title or abstract, as analysed
     * (stop words aside). An acronym ("RL") is also held by a paper that writes it out as papers of
     * the collection define it ("Reinforcement Learning (RL)"): a title may say only that.
     */
    public Predicate<String> mentioningAll(String phrase) {
        return mentionSearch.mentioningAll(phrase);
    }

    /** Which of the given papers mention the phrase's uncommon words: "which of these use Qwen?" after a list. */
    public Mentions mentions(String phrase, List<String> paperIds) {
        return mentionSearch.mentions(phrase, paperIds);
    }

    /**
     * The papers among these that say they do without something, as abstracts write it ("without
     * any additional training", "training-free").
     *
     * @param asked how the reader said it ("training-free"), which the answer quotes
     */
    public Mentions doingWithout(String what, String asked, List<String> paperIds) {
        return mentionSearch.doingWithout(what, asked, paperIds);
    }

    /** The papers whose title or abstract names the name ("Which papers mention GRPO?"), each led by the sentence that names it. */
    public SearchResult naming(String name, Filters filters) {
        return mentionSearch.naming(name, filters);
    }

    /** The papers whose title or abstract names each of the names. */
    public SearchResult namingAll(List<String> names, Filters filters) {
        return names.size() == 1 ? naming(names.get(0), filters) : mentionSearch.namingAll(names, filters);
    }

    /** The title matchers of the snapshot's segments. */
    List<TitleIndex.Live> live(Snapshot snapshot) {
        return titles.live(snapshot, distinctive.in(snapshot));
    }

    /** The question with the word it opens with mended when mistyped ("waht is..."), read before any search; empty when none is. */
    public Optional<QuestionWords.Mended> mendFirstWord(String question) {
        return QuestionWords.mend(question, embedder.vocabulary());
    }

    /** The text with each word a PDF broke at a line end joined, or hyphenated when the collection never writes it whole. */
    public String withLineBreaksJoined(String text) {
        return LineBreaks.join(text, this::inCollection);
    }

    private boolean inCollection(String word) {
        return papersUsing(word) > 0;
    }

    /** How many abstracts use the word, as its analysed term; none for a text of several words. */
    public int papersUsing(String word) {
        List<String> terms = QueryTerms.all(index.analyzer(), Fields.ABSTRACT, word);
        return terms.size() != 1 ? 0 : index.read(snapshot -> snapshot.docFreqs(Fields.ABSTRACT, terms).getOrDefault(terms.get(0), 0));
    }

    /** @param asWritten the query before its spelling was mended: a half-remembered title is matched with its own typo tolerance */
    private SearchResult search(Snapshot snapshot, SearchRequest request, String asWritten, Mode mode, float[] vector, List<float[]> bySentence) {
        List<String> queryTerms = QueryTerms.distinct(index.analyzer(), Fields.ABSTRACT, request.query());
        Map<String, Double> termWeights = new LinkedHashMap<>();
        List<String> lexicalTerms = QueryTerms.withoutUnits(queryTerms);
        if (mode != Mode.VECTOR) for (String term : lexicalTerms) termWeights.put(term, 1.0);
        Snapshot.Legs legs = snapshot.legs(termWeights, vector, request.filters(), DEPTH, VECTOR_DEPTH);
        List<String> lexical = legs.lexical();
        Map<String, Double> dense = legs.dense();
        List<String> denseRanking = Fusion.ranking(dense);
        Candidates candidates = new Candidates(snapshot, index.analyzer());
        List<String> feedback = mode == Mode.HYBRID
                ? feedback(snapshot, lexicalTerms, Fusion.ranking(Fusion.FEEDBACK_CHOICE.fuse(lexical, denseRanking, List.of())), candidates)
                : List.of();

        Map<String, Double> fused = fusion.fuse(lexical, denseRanking, feedback, sentenceRankings(snapshot, request, bySentence));
        List<TitleIndex.Live> live = live(snapshot);
        long collectionSize = snapshot.paperCount();
        Map<String, Integer> docFreqs = snapshot.docFreqs(Fields.ABSTRACT, queryTerms);
        Map<String, Double> idf = idf(docFreqs, collectionSize);
        TitleMatches.Matched named = titleMatches.find(snapshot, live, request, asWritten, fused, queryTerms, idf, candidates);
        Map<String, Double> titleMatch = named.byPaper();
        Map<String, String> soleNamed = named.soleNames();
        // A name spelt apart ("Layer Cast" for LayerCast) or with a slip ("LazyEvicton") is no word BM25 finds: the paper it names
        // leads all the same.
        double best = fused.values().stream().mapToDouble(Double::doubleValue).max().orElse(0);
        titleMatch.forEach((id, match) -> fused.merge(id, TITLE_WEIGHT * match, Double::sum));
        // A slip is told by a word no paper writes: a claim's words are the collection's, and a near name in them is no slip.
        boolean slip = queryTerms.stream().anyMatch(term -> docFreqs.getOrDefault(term, 0) == 0);
        titleMatch.forEach((id, match) -> {
            if ((match >= 1.0 || match >= PaperHit.NAMES_PAPER && slip) && !lexical.contains(id)) fused.merge(id, best + TITLE_WEIGHT, Math::max);
        });
        figureMatches(snapshot, request).forEach((id, share) -> fused.merge(id, 2 * TITLE_WEIGHT * share, Double::sum));

        if (mode == Mode.HYBRID && !queryTerms.isEmpty()) addSentenceMatches(fused, candidates, queryTerms, idf);
        Optional<String> acronym = DefinitionQuestion.acronymAsked(request.query());
        if (mode == Mode.HYBRID) acronym.ifPresent(a -> addDefinitions(fused, candidates, text -> DefinitionQuestion.defines(text, a)));
        if (mode == Mode.HYBRID && acronym.isEmpty()) DefinitionQuestion.nameOrTermAsked(request.query())
                .map(DefinitionQuestion::introduction).ifPresent(introducing -> addDefinitions(fused, candidates, text -> introducing.matcher(text).find()));
        if (mode == Mode.HYBRID) neighbours.apply(fused, snapshot::paperVectors);

        List<String> top = Fusion.ranking(fused).subList(0, Math.min(request.k(), fused.size()));
        candidates.fetch(top);
        Map<String, List<ChunkScore>> chunks = vector == null ? Map.of() : snapshot.chunkScores(vector, top);

        List<PaperHit> hits = new ArrayList<>();
        // "what benchmarks did Quiet-STaR and Coconut use?": the other papers' names are no words a paper's sentence should hold ("thought" of Coconut's).
        Map<String, Set<String>> namedTerms = new HashMap<>();
        for (String id : top) {
            if (titleMatch.getOrDefault(id, 0.0) >= PaperHit.NAMES_PAPER && candidates.paper(id) != null) {
                namedTerms.put(id, namingTerms(candidates.paper(id), TitleIndex.names(live, id)));
            }
        }
        for (String id : top) {
            Paper paper = candidates.paper(id);
            if (paper == null || !request.filters().matches(paper)) continue;
            // A paper beyond the vector leg's depth has its cosine from its chunks all the same.
            double cosine = dense.containsKey(id) ? dense.get(id)
                    : chunks.getOrDefault(id, List.of()).stream().mapToDouble(ChunkScore::cosine).max().orElse(0);
            double match = titleMatch.getOrDefault(id, 0.0);
            List<String> names = soleNamed.containsKey(id) ? Stream.concat(TitleIndex.names(live, id).stream(), Stream.of(soleNamed.get(id))).toList()
                    : TitleIndex.names(live, id);
            List<String> sentenceTerms = match < PaperHit.NAMES_PAPER ? queryTerms : withoutNaming(request.query(), queryTerms, paper, names, candidates.sentenceWords(id));
            if (match >= PaperHit.NAMES_PAPER && namedTerms.size() > 1) {
                Set<String> others = new HashSet<>();
                namedTerms.forEach((other, terms) -> { if (!other.equals(id)) others.addAll(terms); });
                List<String> own = sentenceTerms.stream().filter(t -> !others.contains(t)).toList();
                if (!own.isEmpty()) sentenceTerms = own;
            }
            hits.add(new PaperHit(paper, names, fused.get(id), lexical.indexOf(id) + 1, denseRanking.indexOf(id) + 1,
                    cosine, match, SentenceScores.best(paper, candidates.sentenceWords(id), request.query(), sentenceTerms, idf,
                    chunks.getOrDefault(id, List.of()), match >= PaperHit.NAMES_PAPER)));
        }
        hits = calledFirst(request.query(), namedForItFirst(request.query(), writingItFirst(request.query(), hits)));
        Set<String> termsOfTop = hits.isEmpty() ? Set.of() : new HashSet<>(QueryTerms.all(index.analyzer(),
                Fields.ABSTRACT, hits.get(0).paper().title() + "\n" + hits.get(0).paper().abstractText()));
        Set<String> absent = new HashSet<>();
        snapshot.docFreqs(Fields.CONTENTS, queryTerms).forEach((term, df) -> { if (df == 0) absent.add(term); });
        Set<String> held = inflectedInCollection(snapshot, absent, termsOfTop);
        Evidence.Verdict verdict = evidence.judge(request.query(), hits, queryTerms, idf, held, absentWithin(snapshot, queryTerms, absent, request.filters()),
                (int) collectionSize);
        Optional<String> absentName = verdict.covered() ? nameAbsent(request.query(), absent) : Optional.empty();
        if (verdict.covered() && (namesUnmentioned(request.query(), hits) || absentName.isPresent() || callsAbsentPaper(request.query(), hits))) {
            verdict = new Evidence.Verdict(false, 0.2, verdict.cosine(), verdict.coverage());
        }
        // "Clip-Cov KL-Cov Zhang": the reader learns which word turned the search away (an author's name no record holds).
        List<String> notices = new ArrayList<>(absentName.map(name -> List.of("No paper in the collection writes \"" + name + "\".")).orElse(List.of()));
        // "What is arXiv:2401.00001 about?": an id no stored paper has is why the answer is some other paper's.
        PastedReference.identifiers(request.query()).stream().filter(id -> index.paperByAnyId(id).isEmpty())
                .map(id -> "No paper in the collection has the " + (id.startsWith("10.") ? "DOI " : "arXiv id ") + id + ".").forEach(notices::add);
        return new SearchResult(request.query(), hits, verdict.covered(), verdict.confidence(), snapshot.generation(), Map.of(), notices);
    }

    /**
     * The query terms no paper the filters pass contains: "entropy" and "collapse" of "Which methods avoid entropy
     * collapse?" among the papers of 2024, whose nearest papers then are only the nearest of unrelated ones.
     */
    private static Set<String> absentWithin(Snapshot snapshot, List<String> queryTerms, Set<String> absent, Filters filters) {
        if (filters.isEmpty()) return absent;
        Set<String> within = new HashSet<>(absent);
        for (String term : new HashSet<>(queryTerms)) {
            if (!within.contains(term) && snapshot.legs(Map.of(term, 1.0), null, filters, 1, 0).lexical().isEmpty()) within.add(term);
        }
        return within;
    }

    /** "the Towards Large Reasoning paper": the paper called by its title's opening words is the one asked about, and comes first. */
    private static List<PaperHit> calledFirst(String query, List<PaperHit> hits) {
        Optional<String> called = NamedSubject.paperCalled(query);
        if (called.isEmpty() || hits.isEmpty()) return hits;
        Optional<PaperHit> opened = hits.stream().filter(hit -> hit.named() && TitleMatcher.opensTitle(called.get(), hit.paper().title())).findFirst();
        if (opened.isEmpty() || opened.get() == hits.get(0)) return hits;
        List<PaperHit> first = new ArrayList<>(hits);
        first.remove(opened.get());
        first.add(0, opened.get());
        return first;
    }

    /**
     * "What does DPO stand for?": the paper named for the acronym ("Direct Preference Optimization
     * (DPO)") comes first, before papers that spell it out in passing; not one named for a longer
     * name built on it ("TW-GRPO" is no GRPO), nor one whose title merely holds it.
     */
    private static List<PaperHit> namedForItFirst(String query, List<PaperHit> hits) {
        Optional<String> acronym = DefinitionQuestion.acronymAsked(query);
        if (acronym.isEmpty() || hits.isEmpty()) return hits;
        // The acronym is a name of the paper's, or the short form of one: a title may hold it as a word of its topic ("Boosting LLM Reasoning").
        Pattern name = Pattern.compile("(?:^|, )(?:[^,]*\\()?" + Pattern.quote(acronym.get()) + "\\)?(?:,|$)");
        Optional<PaperHit> named = hits.stream().filter(hit -> name.matcher(MethodNames.of(hit.paper(), hit.names())).find()).findFirst();
        if (named.isEmpty() || named.get() == hits.get(0)) return hits;
        List<PaperHit> ordered = new ArrayList<>(List.of(named.get()));
        hits.stream().filter(hit -> hit != named.get()).forEach(ordered::add);
        return ordered;
    }

    /**
     * "What does STaR do?": the papers that write the name as asked come before one named with
     * other capitals (StAR), which ranks by its title's word but is another name.
     */
    private List<PaperHit> writingItFirst(String query, List<PaperHit> hits) {
        Optional<String> subject = NamedSubject.asked(query).filter(NamedSubject::cased);
        if (subject.isEmpty() || hits.isEmpty() || NamedSubject.mentionedBy(subject.get(), hits.get(0).paper(), index.analyzer())) return hits;
        List<PaperHit> ordered = new ArrayList<>(hits.stream().filter(hit -> NamedSubject.mentionedBy(subject.get(), hit.paper(), index.analyzer())).toList());
        hits.stream().filter(hit -> !ordered.contains(hit)).forEach(ordered::add);
        return ordered;
    }

    /**
     * "What does Tree of Thoughts do?" answered by papers none of which names it, nor is named by
     * it; "Which paper introduced ReAct?" by a best paper it does not name and that does not
     * propose it ("we propose Markovian Thinking" does), though one mentions it.
     */
    private boolean namesUnmentioned(String query, List<PaperHit> hits) {
        return !hits.get(0).named() && NamedSubject.asked(query).or(() -> NamedSubject.termAsked(query))
                .filter(subject -> NamedSubject.asksForIntroducer(query) ? !NamedSubject.introducedBy(subject, hits.get(0).paper())
                        : hits.stream().noneMatch(hit -> NamedSubject.mentionedBy(subject, hit.paper(), index.analyzer()))).isPresent();
    }

    /**
     * The words that name the paper a question names ("ETTRL" of "what benchmark did ETTRL evaluate
     * on?", "LASER-D" of "On which models was LASER-D evaluated?") say which paper, not which of its
     * sentences answers: its sentences are chosen by the question's other words, when it asks any
     * ("What is EMPO?" asks for the sentences that name it). A quantity is answered by a figure, not by a sentence that names the
     * paper: "how much faster is R2R?" by "it delivers a 2.8x wall-clock speedup" over "We apply R2R to combine R1-1.5B and R1-32B".
     */
    private List<String> withoutNaming(String query, List<String> terms, Paper paper, List<String> names, List<Set<String>> sentenceWords) {
        Set<String> naming = namingTerms(paper, names);
        List<String> held = terms.stream().filter(t -> sentenceWords.stream().anyMatch(words -> words.contains(t))).toList();
        List<String> asked = held.stream().filter(t -> !naming.contains(t)).toList();
        boolean asksMore = asked.stream().anyMatch(t -> !QueryTerms.QUESTION.contains(t) && !QueryTerms.LITERATURE.contains(t)
                && !QueryTerms.RECORD.contains(t));
        return asksMore || QuantityQuestion.asksForQuantity(query) ? asked : held;
    }

    /** The analysed words of the paper's names. The names only: a title's other words are the paper's topic ("safety" of "Refusal Falls off a Cliff: How Safety..."). */
    private Set<String> namingTerms(Paper paper, List<String> names) {
        String name = MethodNames.of(paper, names);
        return new HashSet<>(QueryTerms.all(index.analyzer(), Fields.ABSTRACT, String.join("\n", names) + (name.equals(paper.title()) ? "" : "\n" + name)));
    }

    /**
     * "What accuracy does the STaR paper get?": a question about a paper the collection lacks is
     * not answered by one that builds on it (Quiet-STaR) or uses its name (many use DeepSeek-R1).
     */
    private boolean callsAbsentPaper(String query, List<PaperHit> hits) {
        // "the Google DeepMind paper" names who wrote it, not a title.
        return NamedSubject.paperCalled(query).filter(name -> organisations(List.of(name.toLowerCase(Locale.ROOT))).isEmpty()
                        && readOrganisation(new Filters(null, null, name)).readAs() == null)
                .isPresent() && hits.stream().limit(3).noneMatch(hit -> hit.named());
    }

    /**
     * "Constitutional AI reduces harmful outputs", "a 2B model beat Stockfish": a claim about a named
     * thing with a word no title or abstract holds is about something the collection lacks, however
     * close its other words. Gives that name ("Stockfish"), if the query has one.
     */
    private Optional<String> nameAbsent(String query, Set<String> absent) {
        if (absent.isEmpty()) return Optional.empty();
        // An organisation a record names ("the Waterloo paper ..." of the University of Waterloo's) is written, if by no abstract.
        Organisations organisations = organisations();
        Predicate<String> absentName = name -> QueryTerms.all(index.analyzer(), Fields.CONTENTS, name).stream().anyMatch(absent::contains)
                && organisations.meant(name).isEmpty();
        Optional<String> subject = NamedSubject.claimSubject(query);
        if (subject.isPresent() && absentName.test(subject.get())) return subject;
        // "A 2B model beat Stockfish at chess": a name inside a statement no paper writes.
        if (!NamedSubject.states(query)) return Optional.empty();
        // "...in formal languages like Lean": an example no paper names leaves the topic the papers on it.
        return NamedSubject.namesInside(query).stream().filter(absentName).filter(name -> !NamedSubject.asExample(query, name)).findFirst();
    }

    /**
     * A term no abstract holds whose inflection some do ("flip" of "flipping", which the stemmer does
     * not join), or whose formal word they write ("beat" of "surpass", see {@link PlainWords}), is no
     * word the collection lacks: it leaves {@code absent}, and the top paper holds it when it holds
     * that word. Gives the top paper's terms with those added.
     */
    private Set<String> inflectedInCollection(Snapshot snapshot, Set<String> absent, Set<String> termsOfTop) {
        if (absent.isEmpty()) return termsOfTop;
        Map<String, List<String>> formsOf = new HashMap<>();
        for (String term : absent) {
            formsOf.put(term, Stream.concat(Inflections.of(term).stream(), PlainWords.formal(term).stream())
                    .flatMap(form -> QueryTerms.all(index.analyzer(), Fields.CONTENTS, form).stream())
                    .filter(form -> !form.equals(term)).distinct().toList());
        }
        Set<String> forms = new HashSet<>();
        formsOf.values().forEach(forms::addAll);
        Map<String, Integer> docFreqs = forms.isEmpty() ? Map.of() : snapshot.docFreqs(Fields.CONTENTS, forms);
        Set<String> held = new HashSet<>(termsOfTop);
        formsOf.forEach((term, inflected) -> {
            if (inflected.stream().anyMatch(form -> docFreqs.getOrDefault(form, 0) > 0)) absent.remove(term);
            if (inflected.stream().anyMatch(termsOfTop::contains)) held.add(term);
        });
        return held;
    }

    /** BM25 of the query expanded by RM3 from the first round's best papers. */
    private List<String> feedback(Snapshot snapshot, List<String> terms, List<String> firstRound, Candidates candidates) {
        if (terms.isEmpty() || firstRound.isEmpty()) return List.of();
        List<String> ids = firstRound.subList(0, Math.min(rm3.feedbackDocs(), firstRound.size()));
        candidates.fetch(ids);
        List<List<String>> feedback = new ArrayList<>();
        for (String id : ids) {
            Paper paper = candidates.paper(id);
            if (paper != null) feedback.add(QueryTerms.all(index.analyzer(), Fields.CONTENTS, paper.title() + "\n" + paper.abstractText()));
        }
        // The expanded query ranks the first round's candidates instead of searching the whole index
        // again: the same figures on the sample, and a third less time at 1,000,000 chunks.
        return snapshot.lexicalAmong(rm3.expand(terms, feedback), firstRound, DEPTH);
    }

    /**
     * A question of several sentences ("My reasoner stops looking at the image. What work fixes
     * weak visual perception?") is one vector that blurs its parts: each sentence of four words
     * or more is also searched on its own.
     */
    private static List<List<String>> sentenceRankings(Snapshot snapshot, SearchRequest request, List<float[]> bySentence) {
        List<List<String>> rankings = new ArrayList<>();
        for (float[] vector : bySentence) {
            rankings.add(Fusion.ranking(snapshot.legs(Map.of(), vector, request.filters(), DEPTH, VECTOR_DEPTH).dense()));
        }
        return rankings;
    }

    /**
     * The sentences of a question searched on their own: two to {@link #MAX_SENTENCES} of
     * {@link #MIN_SENTENCE_WORDS} words or more. A longer text is a pasted passage, searched whole,
     * which also bounds the embeddings one request can ask for.
     */
    static List<String> sentencesToSearch(String query) {
        List<String> sentences = Sentences.split(query).stream().map(s -> s.of(query))
                .filter(s -> s.split("\\s+").length >= MIN_SENTENCE_WORDS).toList();
        return sentences.size() < 2 || sentences.size() > MAX_SENTENCES ? List.of() : sentences;
    }

    /**
     * The papers that state a figure of the query, which few papers state, each with the share of the
     * query's figures it states: "which paper shows 83.1% functional correctness?" names the one.
     */
    private static Map<String, Double> figureMatches(Snapshot snapshot, SearchRequest request) {
        // A whole number is also a count ("37 languages"): only a figure with decimals is as good as a name.
        List<String> figures = StatedFigures.in(request.query()).stream().filter(f -> f.contains(".")).toList();
        Map<String, Double> shares = new HashMap<>();
        // A factor glued to its figure is one word to the index: "4.05x", and "4.05times" of a LaTeX "4.05\times".
        Map<String, List<String>> written = figures.stream().distinct().collect(Collectors.toMap(f -> f, f -> List.of(f, f + "x", f + "times")));
        Map<String, Integer> papers = snapshot.docFreqs(Fields.CONTENTS, written.values().stream().flatMap(List::stream).collect(Collectors.toSet()));
        for (String figure : figures) {
            int stating = written.get(figure).stream().mapToInt(form -> papers.getOrDefault(form, 0)).sum();
            if (stating == 0 || stating > MAX_PAPERS_PER_FIGURE) continue;
            Map<String, Double> forms = written.get(figure).stream().collect(Collectors.toMap(form -> form, form -> 1.0));
            for (String id : snapshot.legs(forms, null, request.filters(), stating, 0).lexical()) {
                shares.merge(id, 1.0 / figures.size(), Double::sum);
            }
        }
        return shares;
    }

    /** Adds to the score of each of the {@link #SENTENCE_POOL} best papers the share of the query's weight that its best sentence holds. */
    private static void addSentenceMatches(Map<String, Double> fused, Candidates candidates, List<String> queryTerms, Map<String, Double> idf) {
        for (String id : candidates.pool(fused)) {
            double best = candidates.sentenceWords(id).stream().mapToDouble(words -> QueryTerms.share(queryTerms, idf, words)).max().orElse(0);
            fused.merge(id, SENTENCE_WEIGHT * best, Double::sum);
        }
    }

    /**
     * "What does GRPO stand for?", "What is Delethink?": the papers that spell the acronym out, or
     * introduce the name, come before those that only use it.
     */
    private static void addDefinitions(Map<String, Double> fused, Candidates candidates, Predicate<String> defines) {
        for (String id : candidates.pool(fused)) {
            if (defines.test(candidates.paper(id).abstractText())) fused.merge(id, SENTENCE_WEIGHT, Double::sum);
        }
    }

    static Map<String, Double> idf(Map<String, Integer> docFreqs, long papers) {
        Map<String, Double> idf = new HashMap<>();
        long docs = Math.max(1, papers);
        // Document frequencies count deleted papers until their segment merges; the live count may be lower.
        docFreqs.forEach((term, df) -> idf.put(term, Math.log(1 + Math.max(0, docs - df + 0.5) / (df + 0.5))));
        return idf;
    }
}
