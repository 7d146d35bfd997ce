package dev.paperchat.retrieve;

import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.corpus.Titles;
import dev.paperchat.corpus.Words;
import dev.paperchat.embed.Embedder;
import dev.paperchat.embed.Vocabulary;
import dev.paperchat.index.ChunkScore;
import dev.paperchat.index.Fields;
import dev.paperchat.index.Filters;
import dev.paperchat.index.PaperIndex;
import dev.paperchat.index.Snapshot;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds papers for any query by fusing BM25 over titles and abstracts, vector search over
 * chunks and BM25 of the query expanded by pseudo-relevance feedback, adding a bonus when the
 * query names a paper and one for the paper's single sentence that holds most of the query,
 * then grouping per paper and picking each paper's best sentences.
 */
public final class HybridRetriever {
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
    /**
     * The match of a name that is also a common word, written as one ("rice", "storm"): it ranks
     * the paper, but only evidence makes the question about it ("rice farming yields" is not about RICE).
     */
    static final double COMMON_WORD_NAME = 0.85;
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
    /** The confidence of a list of the papers that name a name, when more may name it than a search brings. */
    private static final double PERHAPS_SHORT = 0.5;
    /** The title match of a paper the question names, which the evidence line takes as covered. */
    private static final double NAMED_SUBJECT = 0.9;
    /** What parts the words of a long form: spaces, hyphens and what a title wraps it in ("Chain-of-Continuous Thought"). */
    private static final Pattern LONG_FORM_GAPS = Pattern.compile("[\\s\\-\"'\u201c\u201d().,:;!?]+");
    private static final int MAX_LONG_FORM = 200, LONG_FORM_POOL = 10;
    /** A capitalised word of five letters or more, as a coined name is written: "Delethink". */
    private static final Pattern COINED_WORD = Pattern.compile("(?<![\\w-])\\p{Lu}\\p{Ll}{4,}+(?![\\w-])");
    /** The most such words of one query looked up. */
    private static final int MAX_SOLE_NAMES = 3;
    /** A topic that is an acronym alone: "RL", "LLMs". */
    private static final Pattern ACRONYM_TOPIC = Pattern.compile("\\p{Lu}{2,6}s?");
    /** Papers read for how the collection spells an acronym out. */
    private static final int DEFINERS_READ = 10;
    /** The most papers counted as holding a word; more are "or more". */
    private static final int COUNTED_DEPTH = 1_000;
    /** Rounds of searching a name's versions that the papers found write ("Qwen2.5", then "Qwen3"). */
    private static final int VERSION_ROUNDS = 3;
    /** A paper and one that cites its method by name. */
    static final int MAX_PAPERS_PER_NAME = 2;
    /** A figure this many papers state, or fewer, names them: "42.6%" is one paper's result, "0.5" many a setting. */
    static final int MAX_PAPERS_PER_FIGURE = 2;
    /**
     * A name only one paper defines ("we introduce a new paradigm Coconut (Chain of Continuous
     * Thought)") is that paper's, though a few others use it, unless more than one paper in this
     * many does: then it has become a term of the field. In the sample, Coconut and MIA (3 of 300
     * papers each) are names now; DPO (6) is not: at 1 in 50 it was, and its paper came first for
     * a question on "DPO-like" methods that it does not answer.
     */
    static final int OWN_NAME_USERS_DIVISOR = 100;
    /** Shorter sentences of a question ("Thanks.", "Any ideas?") are not searched on their own. */
    static final int MIN_SENTENCE_WORDS = 4;
    static final int MAX_SENTENCES = 4;
    /** A question's words that ask rather than say what about, as analysed: "what does X do?" asks about X alone. */
    private static final Set<String> ASKING = Stream.of(QueryTerms.RECORD, QueryTerms.QUESTION,
            Set.of("tell", "me", "about", "explain", "describe", "method", "model", "approach", "i", "you"))
            .flatMap(Set::stream).collect(Collectors.toUnmodifiableSet());
    /** A short name of two capitals or more and a lower-case letter: "STaR", "StAR", "LoRA"; not "GRPO" or "Coconut". */
    private static final Pattern MIXED_CASE = Pattern.compile("(?=\\p{L}{3,6}$)(?=.*\\p{Ll})(?=.*\\p{Lu}.*\\p{Lu}).*");
    /** A short name with a capital after a small letter, which no plural is: "MinD", "StAR", "LoRA"; not "LLMs". */
    private static final Pattern CODED_CASE = Pattern.compile("(?=\\p{Lu}\\p{L}{2,5}$)(?=.*\\p{Ll}\\p{Lu}).*");
    /** A word and a version number: "GPT4", "GPT4o", "Llama3-8B", "Qwen2-VL". */
    private static final Pattern VERSIONED = Pattern.compile("([A-Za-z]{2,})\\d+(?:[a-z]|[.-].*)?");

    private final PaperIndex index;
    private final Embedder embedder;
    private final Fusion fusion;
    private final Evidence evidence;
    private final Rm3 rm3 = Rm3.DEFAULT;
    private final NeighbourSupport neighbours = NeighbourSupport.DEFAULT;
    private final TitleIndex titles = new TitleIndex();

    public HybridRetriever(PaperIndex index, Embedder embedder, Fusion fusion, Evidence evidence) {
        this.index = index;
        this.embedder = embedder;
        this.fusion = fusion;
        this.evidence = evidence;
        // The title matchers of new segments are built by the ingest that commits them, not by a query.
        index.onNewSnapshot(snapshot -> titles.warm(snapshot, distinctive(snapshot)));
    }

    /**
     * Builds the title matchers of the index as it is now, which the first search would otherwise
     * build: seconds for a million papers. Later commits are warmed by the ingest that makes them.
     */
    public void warm() {
        index.read(snapshot -> {
            titles.warm(snapshot, distinctive(snapshot));
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
        return organisation.notice(found).map(notice -> found.withNotices(List.of(notice))).orElse(found);
    }

    /** The filters with their organisation read as the collection writes it ("Google DeepMind" as "deepmind"), as searches read it. */
    public OrganisationReading readOrganisation(Filters filters) {
        return OrganisationReading.of(filters, this::organisations, this::organisations);
    }

    /** The organisations papers come from, with their number of papers. */
    public Organisations organisations() {
        return new Organisations(index.read(snapshot -> snapshot.valueCounts(Fields.ORG)));
    }

    private SearchResult searchAsWritten(SearchRequest asked, Mode mode) {
        String joined = LineBreaks.join(asked.query(), this::inCollection);
        // "waht is speculative reasoning?" is searched, judged and reported as the question it is, as ask reads it.
        Optional<QuestionWords.Mended> mended = QuestionWords.mend(joined, embedder.vocabulary());
        SearchRequest written = asked.withQuery(mended.map(QuestionWords.Mended::question).orElse(joined));
        Respelling respelling = index.read(snapshot -> Respelling.of(written.query(), index.analyzer(), snapshot, embedder.vocabulary(),
                word -> TitleIndex.partOfTitleWord(titles.live(snapshot, distinctive(snapshot)), word)));
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
        List<List<String>> forms = new ArrayList<>();
        forms.add(QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, phrase));
        if (ACRONYM_TOPIC.matcher(phrase.strip()).matches()) {
            String acronym = phrase.strip();
            search(new SearchRequest(acronym, DEFINERS_READ)).hits().stream()
                    .flatMap(hit -> MethodNames.spelledOut(hit.paper().abstractText(), acronym).stream())
                    .map(form -> QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, form)).distinct().forEach(forms::add);
        }
        return paperId -> index.read(snapshot -> {
            Paper paper = snapshot.papers(List.of(paperId)).get(paperId);
            if (paper == null) return false;
            Set<String> words = contentWords(paper);
            return forms.stream().anyMatch(terms -> !terms.isEmpty() && terms.stream().allMatch(term -> holds(words, term)));
        });
    }

    /** Which of the given papers mention the phrase's uncommon words: "which of these use Qwen?" after a list. */
    public Mentions mentions(String phrase, List<String> paperIds) {
        return index.read(snapshot -> {
            List<String> terms = QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, phrase);
            Map<String, Integer> docFreqs = snapshot.docFreqs(Fields.CONTENTS, terms);
            long papers = snapshot.paperCount();
            List<String> rare = terms.stream().filter(t -> docFreqs.getOrDefault(t, 0) <= Mentions.MAX_SHARE * papers).toList();
            if (rare.isEmpty() && terms.size() > 1) return writingPhrase(snapshot, phrase, paperIds);
            if (rare.isEmpty()) return new Mentions(List.of(), List.of(), Set.of());
            Map<String, Double> idf = idf(docFreqs, papers);
            Candidates candidates = new Candidates(snapshot);
            candidates.fetch(paperIds);
            List<TitleIndex.Live> live = titles.live(snapshot, distinctive(snapshot));
            List<PaperHit> mentioning = new ArrayList<>();
            Set<String> byOrganization = new HashSet<>();
            for (String id : paperIds) {
                Paper paper = candidates.paper(id);
                if (paper == null) continue;
                Set<String> words = contentWords(paper);
                if (!rare.stream().allMatch(term -> holds(words, term))) {
                    // "which of them is from Tencent?": the record says what the abstract seldom does.
                    if (paper.organization() == null) continue;
                    words.addAll(QueryTerms.all(index.analyzer(), Fields.CONTENTS, paper.organization()));
                    if (!rare.stream().allMatch(term -> holds(words, term))) continue;
                    byOrganization.add(id);
                }
                List<Set<String>> sentences = candidates.sentenceWords(id);
                List<Span> spans = Sentences.split(paper.abstractText());
                ToDoubleFunction<Set<String>> share = sentence -> rare.stream().filter(term -> holds(sentence, term))
                        .mapToDouble(term -> idf.getOrDefault(term, 0.0)).sum();
                int best = IntStream.range(0, sentences.size()).boxed()
                        .max(Comparator.comparingDouble((Integer i) -> share.applyAsDouble(sentences.get(i))).thenComparing(i -> -i)).orElse(0);
                Span span = spans.get(best);
                double score = share.applyAsDouble(sentences.get(best));
                mentioning.add(new PaperHit(paper, TitleIndex.names(live, id), score, 0, 0, 0, 0,
                        List.of(new SentenceHit(best, span.start(), span.end(), span.of(paper.abstractText()), score))));
            }
            return new Mentions(asWritten(phrase, rare), mentioning, byOrganization);
        });
    }

    /**
     * The papers among these that say they do without something, as abstracts write it: "without
     * training", "without any additional training", "no extra training", "training-free". Its words
     * alone would find the papers that do it.
     *
     * @param asked how the reader said it ("training-free"), which the answer quotes
     */
    public Mentions doingWithout(String what, String asked, List<String> paperIds) {
        String quoted = Pattern.quote(what.strip());
        List<Pattern> forms = new ArrayList<>(List.of(Pattern.compile("(?i)(?<![\\p{L}-])(?:without|no)(?:\\s+(?:any|additional|extra|further|external))*\\s+"
                + quoted + "(?![\\p{L}\\d])")));
        if (!what.strip().contains(" ")) forms.add(Pattern.compile("(?i)(?<![\\p{L}\\d-])" + quoted + "-free(?![\\p{L}\\d])"));
        return index.read(snapshot -> writing(snapshot, forms, asked.strip(), paperIds));
    }

    /**
     * "which of them use reinforcement learning?": a phrase of words most papers use, which none
     * is then required to hold alone, is mentioned by a paper that writes it, its words in a row, or
     * its short form ("RL").
     */
    private Mentions writingPhrase(Snapshot snapshot, String phrase, List<String> paperIds) {
        List<Pattern> forms = Stream.concat(Stream.of(phrase), TitleMatcher.shortForm(phrase).stream()).map(NamedSubject::writing).toList();
        return writing(snapshot, forms, phrase.strip(), paperIds);
    }

    private Mentions writing(Snapshot snapshot, List<Pattern> forms, String label, List<String> paperIds) {
        Map<String, Paper> papers = snapshot.papers(paperIds);
        List<TitleIndex.Live> live = titles.live(snapshot, distinctive(snapshot));
        List<PaperHit> mentioning = new ArrayList<>();
        for (String id : paperIds) {
            Paper paper = papers.get(id);
            if (paper == null) continue;
            Predicate<String> writes = text -> forms.stream().anyMatch(f -> f.matcher(text).find());
            Optional<SentenceHit> sentence = firstWriting(paper, writes).or(() -> writes.test(paper.title()) ? firstWriting(paper, text -> true) : Optional.empty());
            sentence.ifPresent(hit -> mentioning.add(new PaperHit(paper, TitleIndex.names(live, id), 1, 0, 0, 0, 0, List.of(hit))));
        }
        return new Mentions(List.of(label), mentioning, Set.of());
    }

    /** The first sentence of the paper's abstract that the test takes, scored 1. */
    private static Optional<SentenceHit> firstWriting(Paper paper, Predicate<String> writes) {
        String text = paper.abstractText();
        List<Span> spans = Sentences.split(text);
        return IntStream.range(0, spans.size()).filter(i -> writes.test(spans.get(i).of(text)))
                .mapToObj(i -> new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), spans.get(i).of(text), 1)).findFirst();
    }

    /**
     * The papers whose title or abstract names the name ("Which papers mention GRPO?"), among the
     * {@link SearchRequest#MAX_K} a search for it finds, in its order, each led by the first
     * sentence that names it (by its best when only the title does); covered when one does. Its
     * confidence is {@link #PERHAPS_SHORT} when papers beyond the search's may name it.
     */
    public SearchResult naming(String name, Filters filters) {
        Pattern written = NamedSubject.writing(name);
        SearchResult found = search(new SearchRequest(name, SearchRequest.MAX_K, filters));
        List<PaperHit> hits = new ArrayList<>(found.hits());
        // "Qwen" is also written "Qwen2.5-7B" and "Qwen3", each a word of its own to the index: papers are sought by the
        // versions the papers found write. A version none of them writes stays unknown, so a count with versions may be short.
        Set<String> seen = hits.stream().map(hit -> hit.paper().id()).collect(Collectors.toSet());
        Set<String> versions = new TreeSet<>();
        // Each round's papers may write versions the last round's did not ("Qwen2-Audio" beside "Qwen2.5").
        for (int round = 0; round < VERSION_ROUNDS; round++) {
            List<String> added = versionsWritten(name, hits).stream().filter(versions::add).toList();
            if (added.isEmpty()) break;
            hits.addAll(holding(added, filters, seen));
        }
        List<PaperHit> naming = new ArrayList<>();
        for (PaperHit hit : hits) {
            Optional<SentenceHit> sentence = firstWriting(hit.paper(), text -> written.matcher(text).find());
            if (sentence.isEmpty() && !written.matcher(hit.paper().title()).find()) continue;
            List<SentenceHit> sentences = new ArrayList<>(sentence.stream().toList());
            hit.sentences().stream().filter(s -> sentence.isEmpty() || s.index() != sentence.get().index()).forEach(sentences::add);
            naming.add(new PaperHit(hit.paper(), hit.names(), hit.score(), hit.lexicalRank(), hit.denseRank(), hit.denseScore(),
                    hit.titleMatch(), sentences));
        }
        double complete = versions.isEmpty() && allHolding(name, hits, filters) ? 1 : PERHAPS_SHORT;
        return new SearchResult(name, naming, !naming.isEmpty(), naming.isEmpty() ? 0 : complete, found.generation());
    }

    /**
     * The papers the filters pass that hold any of the words, by BM25 alone, but those already
     * {@code seen}: a version is a word, and meaning has nothing to add to finding it.
     */
    private List<PaperHit> holding(List<String> words, Filters filters, Set<String> seen) {
        Filters read = readOrganisation(filters).filters();
        Map<String, Double> weights = new LinkedHashMap<>();
        words.forEach(word -> weights.put(word, 1.0));
        return index.read(snapshot -> {
            List<String> ids = snapshot.legs(weights, null, read, COUNTED_DEPTH, 0).lexical().stream().filter(seen::add).toList();
            Map<String, Paper> papers = snapshot.papers(ids);
            return ids.stream().map(papers::get).filter(java.util.Objects::nonNull)
                    .map(paper -> new PaperHit(paper, List.of(), 0, 0, 0, 0, 0, List.of())).toList();
        });
    }

    /** The one-word name's versions that the papers write, as analysed: "qwen2.5" and "qwen3" of "Qwen". */
    private List<String> versionsWritten(String name, List<PaperHit> hits) {
        List<String> terms = QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, name);
        if (terms.size() != 1) return List.of();
        String term = terms.get(0);
        return hits.stream().flatMap(hit -> contentWords(hit.paper()).stream())
                .filter(word -> !word.equals(term) && holds(Set.of(word), term)).distinct().sorted().limit(QueryTerms.MAX_TERMS).toList();
    }

    /**
     * Whether the papers found are all the papers the filters pass that hold the name's rarest word:
     * else some that write the name may rank below the search's last, and a count of them may be short.
     */
    private boolean allHolding(String name, List<PaperHit> found, Filters filters) {
        List<String> terms = QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, name);
        if (terms.isEmpty()) return true;
        Filters read = readOrganisation(filters).filters();
        Map<String, Integer> docFreqs = index.read(snapshot -> snapshot.docFreqs(Fields.CONTENTS, terms));
        String rarest = terms.stream().min(Comparator.comparingInt(t -> docFreqs.getOrDefault(t, 0))).orElseThrow();
        List<Set<String>> words = found.stream().map(hit -> contentWords(hit.paper())).toList();
        int holding = index.read(snapshot -> snapshot.legs(Map.of(rarest, 1.0), null, read, COUNTED_DEPTH, 0).lexical().size());
        return holding < COUNTED_DEPTH && words.stream().filter(w -> w.contains(rarest)).count() >= holding;
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
            List<String> terms = QueryTerms.all(index.analyzer(), Fields.ABSTRACT, word.group());
            if (terms.size() != 1 || snapshot.docFreqs(Fields.ABSTRACT, terms).getOrDefault(terms.get(0), 0) != 1) continue;
            // Other papers may hold it in their titles: the one whose abstract writes it is sought among the few that hold it.
            List<String> ids = snapshot.legs(Map.of(terms.get(0), 1.0), null, Filters.NONE, MAX_PAPERS_PER_NAME + 1, 0).lexical();
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
    private Map<String, String> longFormIntroducer(String title, List<String> ranked, Candidates candidates) {
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

    /** The analysed words of a paper's title and abstract. */
    private Set<String> contentWords(Paper paper) {
        return new HashSet<>(QueryTerms.all(index.analyzer(), Fields.CONTENTS, paper.title() + "\n" + paper.abstractText()));
    }

    /** Whether the words hold the term, or the term with a version: "qwen" is in "Qwen3-8B" and "Qwen2.5". */
    private static boolean holds(Set<String> words, String term) {
        return words.contains(term) || words.stream().anyMatch(w -> w.length() > term.length() && w.startsWith(term)
                && Character.isDigit(w.charAt(term.length())));
    }

    /** The phrase's words whose analysed terms are among {@code terms}, as the phrase writes them ("KL penalty"). */
    private List<String> asWritten(String phrase, List<String> terms) {
        List<String> written = new ArrayList<>();
        for (String token : phrase.split("\\s+")) {
            // "Qwen2.5" is one word and "AIME?" the word AIME.
            String word = token.replaceAll("^[^\\p{L}\\p{N}]+|[^\\p{L}\\p{N}+]+$", "");
            List<String> analysed = QueryTerms.all(index.analyzer(), Fields.CONTENTS, word);
            // "training-free" is sought by its rare part: the word is written whole.
            if (!Collections.disjoint(terms, analysed) && !written.contains(word)) written.add(word);
        }
        return written;
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
        Candidates candidates = new Candidates(snapshot);
        List<String> feedback = mode == Mode.HYBRID
                ? feedback(snapshot, lexicalTerms, Fusion.ranking(Fusion.FEEDBACK_CHOICE.fuse(lexical, denseRanking, List.of())), candidates)
                : List.of();

        Map<String, Double> fused = fusion.fuse(lexical, denseRanking, feedback, sentenceRankings(snapshot, request, bySentence));
        List<TitleIndex.Live> live = titles.live(snapshot, distinctive(snapshot));
        long collectionSize = snapshot.paperCount();
        Map<String, Double> idf = idf(snapshot.docFreqs(Fields.ABSTRACT, queryTerms), collectionSize);
        Map<String, Double> titleMatch = titleMatches(live, asWritten, request.title(), fused.keySet(), candidates);
        Map<String, String> soleNamed = request.title() ? longFormIntroducer(asWritten, Fusion.ranking(fused), candidates)
                : soleIntroducers(snapshot, asWritten, candidates);
        soleNamed.keySet().forEach(id -> titleMatch.merge(id, NAMED_SUBJECT, Math::max));
        titleMatch.replaceAll((id, match) -> casedOtherwise(asWritten, TitleIndex.names(live, id), candidates, id) ? Math.min(match, CASED_OTHERWISE)
                : aboutSomethingElse(asWritten, TitleIndex.names(live, id), queryTerms, idf, candidates, id) ? Math.min(match, COMMON_WORD_NAME) : match);
        dropNamedOutside(request.filters(), titleMatch, fused.keySet(), candidates);
        titleMatch.keySet().forEach(id -> fused.putIfAbsent(id, 0.0));
        titleMatch.forEach((id, match) -> fused.merge(id, TITLE_WEIGHT * match, Double::sum));
        figureMatches(snapshot, request).forEach((id, share) -> fused.merge(id, TITLE_WEIGHT * share, Double::sum));

        if (mode == Mode.HYBRID && !queryTerms.isEmpty()) addSentenceMatches(fused, candidates, queryTerms, idf);
        Optional<String> acronym = DefinitionQuestion.acronymAsked(request.query());
        if (mode == Mode.HYBRID) acronym.ifPresent(a -> addDefinitions(fused, candidates, text -> DefinitionQuestion.defines(text, a)));
        if (mode == Mode.HYBRID && acronym.isEmpty()) DefinitionQuestion.nameAsked(request.query())
                .map(DefinitionQuestion::introduction).ifPresent(introducing -> addDefinitions(fused, candidates, text -> introducing.matcher(text).find()));
        if (mode == Mode.HYBRID) neighbours.apply(fused, snapshot::paperVectors);

        List<String> top = Fusion.ranking(fused).subList(0, Math.min(request.k(), fused.size()));
        candidates.fetch(top);
        Map<String, List<ChunkScore>> chunks = vector == null ? Map.of() : snapshot.chunkScores(vector, top);

        List<PaperHit> hits = new ArrayList<>();
        // "what benchmarks did Quiet-STaR and Coconut use?": the other papers' names are no words a paper's sentence should hold ("thought" of Coconut's).
        Map<String, Set<String>> namedTerms = new HashMap<>();
        for (String id : top) {
            if (titleMatch.getOrDefault(id, 0.0) >= NAMED_SUBJECT && candidates.paper(id) != null) {
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
            List<String> sentenceTerms = match < NAMED_SUBJECT ? queryTerms : withoutNaming(queryTerms, paper, names, candidates.sentenceWords(id));
            if (match >= NAMED_SUBJECT && namedTerms.size() > 1) {
                Set<String> others = new HashSet<>();
                namedTerms.forEach((other, terms) -> { if (!other.equals(id)) others.addAll(terms); });
                List<String> own = sentenceTerms.stream().filter(t -> !others.contains(t)).toList();
                if (!own.isEmpty()) sentenceTerms = own;
            }
            hits.add(new PaperHit(paper, names, fused.get(id), lexical.indexOf(id) + 1, denseRanking.indexOf(id) + 1,
                    cosine, match, SentenceScores.best(paper, candidates.sentenceWords(id), request.query(), sentenceTerms, idf,
                    chunks.getOrDefault(id, List.of()), match >= NAMED_SUBJECT)));
        }
        hits = writingItFirst(request.query(), hits);
        Set<String> termsOfTop = hits.isEmpty() ? Set.of() : new HashSet<>(QueryTerms.all(index.analyzer(),
                Fields.ABSTRACT, hits.get(0).paper().title() + "\n" + hits.get(0).paper().abstractText()));
        Set<String> absent = new HashSet<>();
        snapshot.docFreqs(Fields.CONTENTS, queryTerms).forEach((term, df) -> { if (df == 0) absent.add(term); });
        Set<String> held = inflectedInCollection(snapshot, absent, termsOfTop);
        Evidence.Verdict verdict = evidence.judge(request.query(), hits, queryTerms, idf, held, absent, (int) collectionSize);
        if (verdict.covered() && (namesUnmentioned(request.query(), hits) || namesAbsent(request.query(), absent) || callsAbsentPaper(request.query(), hits))) {
            verdict = new Evidence.Verdict(false, 0.2, verdict.cosine(), verdict.coverage());
        }
        return new SearchResult(request.query(), hits, verdict.covered(), verdict.confidence(), snapshot.generation());
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
        return hits.get(0).titleMatch() < NAMED_SUBJECT && NamedSubject.asked(query)
                .filter(subject -> NamedSubject.asksForIntroducer(query) ? !NamedSubject.introducedBy(subject, hits.get(0).paper())
                        : hits.stream().noneMatch(hit -> NamedSubject.mentionedBy(subject, hit.paper(), index.analyzer()))).isPresent();
    }

    /**
     * The words that name the paper a question names ("ETTRL" of "what benchmark did ETTRL evaluate
     * on?", "LASER-D" of "On which models was LASER-D evaluated?") say which paper, not which of its
     * sentences answers: its sentences are chosen by the question's other words, when it asks any
     * ("What is EMPO?" asks for the sentences that name it).
     */
    private List<String> withoutNaming(List<String> terms, Paper paper, List<String> names, List<Set<String>> sentenceWords) {
        Set<String> naming = namingTerms(paper, names);
        List<String> held = terms.stream().filter(t -> sentenceWords.stream().anyMatch(words -> words.contains(t))).toList();
        List<String> asked = held.stream().filter(t -> !naming.contains(t)).toList();
        boolean asksMore = asked.stream().anyMatch(t -> !QueryTerms.QUESTION.contains(t) && !QueryTerms.LITERATURE.contains(t)
                && !QueryTerms.RECORD.contains(t));
        return asksMore ? asked : held;
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
                .isPresent() && hits.stream().limit(3).noneMatch(hit -> hit.titleMatch() >= NAMED_SUBJECT);
    }

    /**
     * "Constitutional AI reduces harmful outputs", "a 2B model beat Stockfish": a claim about a named
     * thing with a word no title or abstract holds is about something the collection lacks, however
     * close its other words.
     */
    private boolean namesAbsent(String query, Set<String> absent) {
        if (absent.isEmpty()) return false;
        Optional<String> subject = NamedSubject.claimSubject(query);
        if (subject.isPresent() && QueryTerms.all(index.analyzer(), Fields.CONTENTS, subject.get()).stream().anyMatch(absent::contains)) return true;
        // "A 2B model beat Stockfish at chess": a name inside a statement no paper writes, nor is an organisation's.
        if (!NamedSubject.states(query)) return false;
        return NamedSubject.namesInside(query).stream()
                .filter(name -> QueryTerms.all(index.analyzer(), Fields.CONTENTS, name).stream().anyMatch(absent::contains))
                .anyMatch(name -> organisations(List.of(name.toLowerCase(Locale.ROOT))).isEmpty());
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
            formsOf.put(term, java.util.stream.Stream.concat(Inflections.of(term).stream(), PlainWords.formal(term).stream())
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
        Map<String, Integer> papers = snapshot.docFreqs(Fields.CONTENTS, figures);
        for (String figure : figures) {
            int stating = papers.getOrDefault(figure, 0);
            if (stating == 0 || stating > MAX_PAPERS_PER_FIGURE) continue;
            for (String id : snapshot.legs(Map.of(figure, 1.0), null, request.filters(), stating, 0).lexical()) {
                shares.merge(id, 1.0 / figures.size(), Double::sum);
            }
        }
        return shares;
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

    /** The papers one search has read, and the analysed words of their sentences, each read once. */
    private final class Candidates {
        private final Snapshot snapshot;
        private final Map<String, Paper> papers = new HashMap<>();
        private final Map<String, List<Set<String>>> sentenceWords = new HashMap<>();

        Candidates(Snapshot snapshot) {
            this.snapshot = snapshot;
        }

        void fetch(List<String> ids) {
            List<String> missing = ids.stream().filter(id -> !papers.containsKey(id)).toList();
            if (!missing.isEmpty()) papers.putAll(snapshot.papers(missing));
        }

        Paper paper(String id) {
            return papers.get(id);
        }

        /** The {@link #SENTENCE_POOL} best papers of a ranking that are stored, read. */
        List<String> pool(Map<String, Double> fused) {
            List<String> ids = Fusion.ranking(fused).subList(0, Math.min(SENTENCE_POOL, fused.size()));
            fetch(ids);
            return ids.stream().filter(id -> papers.get(id) != null).toList();
        }

        /** The analysed words of each sentence of a fetched paper's abstract, in the order of {@link Sentences#split}. */
        List<Set<String>> sentenceWords(String id) {
            return sentenceWords.computeIfAbsent(id, i -> {
                String text = papers.get(id).abstractText();
                List<Set<String>> words = new ArrayList<>();
                for (Span span : Sentences.split(text)) {
                    words.add(new HashSet<>(QueryTerms.all(index.analyzer(), Fields.ABSTRACT, SentenceScores.withoutLinks(span.of(text)))));
                }
                return words;
            });
        }
    }

    /**
     * Whether the query names the paper only by common words ({@link #commonWordsNaming}) and its
     * other words are about something else: the paper holds less than half of their weight ("how
     * hot is a star?", "rice farming yields"). Question words alone ask about the name: "what is
     * rice?", "the coconut paper".
     */
    private boolean aboutSomethingElse(String query, List<String> names, List<String> queryTerms, Map<String, Double> idf,
                                       Candidates candidates, String id) {
        List<String> naming = commonWordsNaming(query, names);
        if (naming.isEmpty()) return false;
        Set<String> namingTerms = new HashSet<>(QueryTerms.all(index.analyzer(), Fields.ABSTRACT, String.join(" ", naming)));
        List<String> others = queryTerms.stream().filter(term -> !namingTerms.contains(term) && !ASKING.contains(term) && !QueryTerms.LITERATURE.contains(term)).toList();
        if (others.isEmpty()) return false;
        candidates.fetch(List.of(id));
        Paper paper = candidates.paper(id);
        if (paper == null) return false;
        Set<String> held = new HashSet<>(QueryTerms.all(index.analyzer(), Fields.ABSTRACT, paper.title() + "\n" + paper.abstractText()));
        return QueryTerms.share(others, idf, held) < 0.5;
    }

    /**
     * "STaR" is not "StAR": a short name of mixed case, written in the query with other capitals
     * than the paper's name or title has it, ranks the paper but does not name it.
     */
    private static boolean casedOtherwise(String query, List<String> names, Candidates candidates, String id) {
        List<String> cased = Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> MIXED_CASE.matcher(w).matches()).toList();
        if (cased.isEmpty()) return false;
        candidates.fetch(List.of(id));
        Paper paper = candidates.paper(id);
        List<String> written = new ArrayList<>(names);
        if (paper != null) written.add(paper.title().split(":", 2)[0].strip());
        return cased.stream().anyMatch(word -> written.stream().anyMatch(name -> name.equalsIgnoreCase(word) && !name.equals(word)))
                && cased.stream().noneMatch(written::contains);
    }

    /**
     * The query's words that are names of the paper, or one typo from them, when all of them are
     * single common words in lower case (or capitalised as the query's first word), as one writes
     * "rice" or "Storms"; none when the query writes a name as a name ("RICE", "a Coconut").
     */
    private List<String> commonWordsNaming(String query, List<String> names) {
        List<String> written = Arrays.stream(query.split("[^\\p{L}\\p{N}]+")).filter(w -> !w.isEmpty()).toList();
        List<String> naming = new ArrayList<>();
        for (String name : names) {
            String lowerName = name.toLowerCase(Locale.ROOT);
            for (int i = 0; i < written.size(); i++) {
                String word = written.get(i), lower = word.toLowerCase(Locale.ROOT);
                if (!TitleMatcher.oneEditApart(lower, lowerName)) continue;
                boolean asWord = word.equals(lower) || i == 0 && word.substring(1).equals(lower.substring(1));
                if (!asWord || !isCommonWord(lower)) return List.of();
                naming.add(word);
            }
        }
        return naming;
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
                .map(e -> { papers.fetch(List.of(e.getKey())); return papers.paper(e.getKey()); }).map(Paper::title).orElse("");
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
        Set<String> given = matches.keySet().stream().filter(id -> matches.get(id) >= 1 && papers.paper(id) != null
                && TitleMatcher.givesOnly(query, papers.paper(id).title())).collect(Collectors.toSet());
        if (!given.isEmpty()) matches.replaceAll((id, match) -> given.contains(id) ? match : Math.min(match, BESIDE_GIVEN_TITLE));
    }

    /** The name a title gives before its colon ("Adaptive Deep Reasoning" of "Adaptive Deep Reasoning: Triggering..."), if it has one. */
    private static Optional<String> titleName(Candidates papers, String id) {
        papers.fetch(List.of(id));
        Paper paper = papers.paper(id);
        int colon = paper == null ? -1 : paper.title().indexOf(':');
        return colon > 0 ? Optional.of(paper.title().substring(0, colon).strip()) : Optional.empty();
    }

    /** Whether the normalised query holds the paper's whole title, its words in order. */
    private static boolean quotes(String normalisedQuery, Candidates papers, String id) {
        papers.fetch(List.of(id));
        Paper paper = papers.paper(id);
        return paper != null && (" " + normalisedQuery + " ").contains(" " + Titles.normalize(paper.title()) + " ");
    }

    static Map<String, Double> idf(Map<String, Integer> docFreqs, long papers) {
        Map<String, Double> idf = new HashMap<>();
        long docs = Math.max(1, papers);
        // Document frequencies count deleted papers until their segment merges; the live count may be lower.
        docFreqs.forEach((term, df) -> idf.put(term, Math.log(1 + Math.max(0, docs - df + 0.5) / (df + 0.5))));
        return idf;
    }

    /**
     * A name identifies a paper only if hardly any other paper uses it, or only one paper
     * introduces it and few use it: "GRPO" names no single paper, "Coconut" does. A name of several words is as rare as its rarest word. A word the collection uses
     * widely with a version number ("GPT4", "Llama3") is that thing, which other papers write
     * apart ("GPT-4"), not this paper's name. Judged for many names at once, in one look-up of
     * their words.
     */
    private Function<List<String>, Set<String>> distinctive(Snapshot snapshot) {
        return names -> {
            Map<String, List<String>> termsOf = new HashMap<>();
            Map<String, List<String>> versionedTermsOf = new HashMap<>();
            for (String name : names) {
                termsOf.put(name, QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, name));
                Matcher version = VERSIONED.matcher(name);
                if (version.matches()) versionedTermsOf.put(name, QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, version.group(1)));
            }
            Set<String> allTerms = new HashSet<>();
            termsOf.values().forEach(allTerms::addAll);
            versionedTermsOf.values().forEach(allTerms::addAll);
            Map<String, Integer> freqs = allTerms.isEmpty() ? Map.of() : snapshot.docFreqs(Fields.CONTENTS, allTerms);
            Map<String, Integer> introducers = snapshot.docFreqs(Fields.NAME_KEYS, MethodNames.keys(names));
            ToIntFunction<List<String>> papersUsing = terms -> terms.stream().mapToInt(t -> freqs.getOrDefault(t, 0)).min().orElse(Integer.MAX_VALUE);
            long ownNameUsers = Math.max(MAX_PAPERS_PER_NAME, snapshot.paperCount() / OWN_NAME_USERS_DIVISOR);
            Set<String> distinctive = new HashSet<>();
            termsOf.forEach((name, terms) -> {
                List<String> versioned = versionedTermsOf.get(name);
                boolean versionOfCommonWord = versioned != null && !versioned.isEmpty() && papersUsing.applyAsInt(versioned) > MAX_PAPERS_PER_NAME;
                int users = papersUsing.applyAsInt(terms);
                // "MinD" (Multi-Turn Decomposition) is written as no common "mind" is: its capitals make it the one paper's that defines it.
                boolean ownName = introducers.getOrDefault(MethodNames.key(name), 0) == 1 && (users <= ownNameUsers || CODED_CASE.matcher(name).matches());
                if ((users <= MAX_PAPERS_PER_NAME || ownName) && !versionOfCommonWord) distinctive.add(name);
            });
            return distinctive;
        };
    }


}
