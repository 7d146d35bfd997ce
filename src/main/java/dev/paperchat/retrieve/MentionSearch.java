package dev.paperchat.retrieve;

import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.index.Fields;
import dev.paperchat.index.Filters;
import dev.paperchat.index.PaperIndex;
import dev.paperchat.index.Snapshot;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Predicate;
import java.util.function.ToDoubleFunction;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Finds the papers that mention a phrase or write a name, as a follow-up narrows a list ("which
 * of these use Qwen?", "which of those work without training?") or a question asks for them all
 * ("Which papers mention GRPO?").
 */
final class MentionSearch {
    /** The confidence of a list of the papers that name a name, when more may name it than a search brings. */
    private static final double PERHAPS_SHORT = 0.5;
    /** A topic that is an acronym alone: "RL", "LLMs". */
    private static final Pattern ACRONYM_TOPIC = Pattern.compile("\\p{Lu}{2,6}s?");
    /** Papers read for how the collection spells an acronym out. */
    private static final int DEFINERS_READ = 10;
    /** The most papers counted as holding a word; more are "or more". */
    private static final int COUNTED_DEPTH = 1_000;
    /** A name and a whole number of one or two digits, a major version that minor ones follow: "Llama 3" ("Llama3.1"), not "MATH 500". */
    private static final Pattern MAJOR_VERSION = Pattern.compile("\\S.*\\s\\d{1,2}");
    /** A name of words and a number after a space: "MATH 500", "Llama 3", "Qwen 2.5". */
    private static final Pattern NUMBERED_NAME = Pattern.compile("\\S.*\\s\\d[\\d.]*+");
    /** A name and a year after a space: "AIME 2024". */
    private static final Pattern EDITION = Pattern.compile("(\\S.*?)\\s++(?:19|20)(\\d\\d)");
    /** Rounds of searching a name's versions that the papers found write ("Qwen2.5", then "Qwen3"). */
    private static final int VERSION_ROUNDS = 3;

    private final PaperIndex index;
    private final HybridRetriever retriever;

    MentionSearch(PaperIndex index, HybridRetriever retriever) {
        this.index = index;
        this.retriever = retriever;
    }

    /**
     * Which papers, by id, hold every word of the phrase in their title or abstract, as analysed
     * (stop words aside). An acronym ("RL", alone or in the phrase) is also held by a paper that writes
     * it out as papers of the collection define it ("Reinforcement Learning (RL)"): a title may say only that.
     */
    Predicate<String> mentioningAll(String phrase) {
        List<List<String>> forms = new ArrayList<>();
        forms.add(QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, phrase));
        // An acronym of the phrase may be written out: "RL reasoning" is held by "reinforcement learning ... reasoning".
        for (String word : phrase.strip().split("\\s+")) {
            Pattern alone = Pattern.compile("(?<![\\p{L}\\d])" + Pattern.quote(word) + "(?![\\p{L}\\d])");
            for (String longForm : spelledOut(word)) {
                forms.add(QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, alone.matcher(phrase).replaceAll(Matcher.quoteReplacement(longForm))));
            }
        }
        return paperId -> index.read(snapshot -> {
            Paper paper = snapshot.papers(List.of(paperId)).get(paperId);
            if (paper == null) return false;
            Set<String> words = contentWords(paper);
            return forms.stream().anyMatch(terms -> !terms.isEmpty() && terms.stream().allMatch(term -> holds(words, term)));
        });
    }

    /** An acronym's words as the papers of the collection that define it write them ("Reinforcement Learning (RL)"); else none. */
    private List<String> spelledOut(String phrase) {
        if (!ACRONYM_TOPIC.matcher(phrase.strip()).matches()) return List.of();
        String acronym = phrase.strip();
        return retriever.search(new SearchRequest(acronym, DEFINERS_READ)).hits().stream()
                .flatMap(hit -> MethodNames.spelledOut(hit.paper().abstractText(), acronym).stream()).distinct().toList();
    }

    /**
     * Which of the given papers mention the phrase's uncommon words: "which of these use Qwen?" after a list. An acronym
     * is also mentioned written out, its words in a row: "which of those use RL?" takes a paper that writes "we then employ
     * reinforcement learning", not one of "a self-reinforcement effect" in one place and "learning" in another.
     */
    Mentions mentions(String phrase, List<String> paperIds) {
        List<Pattern> spelledOut = spelledOut(phrase).stream().map(NamedSubject::writing).toList();
        Predicate<String> writesOut = text -> spelledOut.stream().anyMatch(form -> form.matcher(text).find());
        return index.read(snapshot -> {
            List<String> terms = QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, phrase);
            Map<String, Integer> docFreqs = snapshot.docFreqs(Fields.CONTENTS, terms);
            long papers = snapshot.paperCount();
            List<String> rare = terms.stream().filter(t -> docFreqs.getOrDefault(t, 0) <= Mentions.MAX_SHARE * papers).toList();
            if (rare.isEmpty() && terms.size() > 1) return writingPhrase(snapshot, phrase, paperIds);
            if (rare.isEmpty()) return new Mentions(List.of(), List.of(), Set.of());
            Map<String, Double> idf = HybridRetriever.idf(docFreqs, papers);
            Candidates candidates = new Candidates(snapshot, index.analyzer());
            candidates.fetch(paperIds);
            List<TitleIndex.Live> live = retriever.live(snapshot);
            List<PaperHit> mentioning = new ArrayList<>();
            Set<String> byOrganization = new HashSet<>();
            for (String id : paperIds) {
                Paper paper = candidates.paper(id);
                if (paper == null) continue;
                Set<String> words = contentWords(paper);
                if (!rare.stream().allMatch(term -> holds(words, term))) {
                    Optional<SentenceHit> writing = firstWriting(paper, writesOut);
                    if (writing.isPresent()) {
                        mentioning.add(new PaperHit(paper, TitleIndex.names(live, id), 1, 0, 0, 0, 0, List.of(writing.get())));
                        continue;
                    }
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
    Mentions doingWithout(String what, String asked, List<String> paperIds) {
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
        List<TitleIndex.Live> live = retriever.live(snapshot);
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

    /**
     * The papers that name every one of the names ("Which papers mention GRPO and PPO?"), in the
     * first name's order, each led by its first sentence that names the most of them.
     */
    SearchResult namingAll(List<String> names, Filters filters) {
        List<SearchResult> each = names.stream().map(name -> naming(name, filters)).toList();
        Set<String> inAll = ids(each.get(0));
        each.stream().skip(1).forEach(result -> inAll.retainAll(ids(result)));
        List<Pattern> written = names.stream().map(NamedSubject::writing).toList();
        ToIntFunction<String> named = text -> (int) written.stream().filter(w -> w.matcher(text).find()).count();
        List<PaperHit> naming = new ArrayList<>();
        for (PaperHit hit : each.get(0).hits()) {
            if (!inAll.contains(hit.paper().id())) continue;
            String text = hit.paper().abstractText();
            int most = Sentences.split(text).stream().mapToInt(span -> named.applyAsInt(span.of(text))).max().orElse(0);
            Optional<SentenceHit> sentence = firstWriting(hit.paper(), sentenceText -> most > 0 && named.applyAsInt(sentenceText) == most);
            naming.add(sentence.map(hit::ledBy).orElse(hit));
        }
        double complete = each.stream().mapToDouble(SearchResult::confidence).min().orElse(0);
        List<String> notices = each.stream().flatMap(r -> r.notices().stream()).distinct().toList();
        return new SearchResult(String.join(" and ", names), naming, !naming.isEmpty(), naming.isEmpty() ? 0 : complete,
                each.get(0).generation(), Map.of(), notices);
    }

    private static Set<String> ids(SearchResult result) {
        return result.hits().stream().map(hit -> hit.paper().id()).collect(Collectors.toCollection(HashSet::new));
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
    SearchResult naming(String asked, Filters filters) {
        // "AIME24", "AIME2024" and "AIME 2024" are one benchmark, counted alike.
        String name = NamedSubject.apart(asked);
        Predicate<String> writes = writer(name);
        SearchResult found = retriever.search(new SearchRequest(name, SearchRequest.MAX_K, filters));
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
        // Papers that write the name may rank below the search's last: those that hold its rarest word are read too, so that a count is whole.
        Optional<String> rarest = rarestWord(name);
        rarest.ifPresent(word -> hits.addAll(holding(List.of(word), filters, seen)));
        // "MATH 500" is also written "MATH500", one word to the index, whose papers hold neither "math" nor "500".
        Optional<String> joined = joinedWord(name);
        joined.ifPresent(word -> hits.addAll(holding(List.of(word), filters, seen)));
        // "AIME 2024" is also written "AIME24", another word to the index.
        editionWord(name).ifPresent(word -> hits.addAll(holding(List.of(word), filters, seen)));
        List<PaperHit> naming = new ArrayList<>();
        for (PaperHit hit : hits) {
            // Most papers that hold the rarest word do not write the name: they are passed over before their sentences are split.
            if (!writes.test(hit.paper().title() + "\n" + hit.paper().abstractText())) continue;
            Optional<SentenceHit> sentence = firstWriting(hit.paper(), writes);
            if (sentence.isEmpty() && !writes.test(hit.paper().title())) continue;
            naming.add(sentence.map(hit::ledBy).orElse(hit));
        }
        // A name joined to a version's number may carry a minor version too ("Llama3.1"), a word of its own that no search here reaches.
        boolean whole = (rarest.isEmpty() || holdingCount(rarest.get(), filters) < COUNTED_DEPTH) && !MAJOR_VERSION.matcher(name.strip()).matches();
        double complete = versions.isEmpty() && whole ? 1 : PERHAPS_SHORT;
        // The search's notices say how the filters were read ("no organisation is named Meta AI"), which holds for this list too.
        return new SearchResult(asked, naming, !naming.isEmpty(), naming.isEmpty() ? 0 : complete, found.generation(), Map.of(), found.notices());
    }

    /**
     * Whether a text writes the name: as {@link NamedSubject#writing} reads it, or, for a topic in
     * lower case, its words in a row as analysed: "hallucinations" for "hallucination", "chains of
     * thought" for "chain-of-thought" (not "hallucinated", a stem of its own).
     */
    private Predicate<String> writer(String name) {
        Pattern written = NamedSubject.writing(name);
        List<String> words = name.chars().anyMatch(Character::isUpperCase) ? List.of() : analysed(name);
        if (words.isEmpty()) return text -> written.matcher(text).find();
        return text -> written.matcher(text).find() || Collections.indexOfSubList(analysed(text), words) >= 0;
    }

    private List<String> analysed(String text) {
        return QueryTerms.all(index.analyzer(), Fields.CONTENTS, text.replace('-', ' '));
    }

    /**
     * The papers the filters pass that hold any of the words, by BM25 alone, but those already
     * {@code seen}: a version is a word, and meaning has nothing to add to finding it.
     */
    private List<PaperHit> holding(List<String> words, Filters filters, Set<String> seen) {
        Filters read = retriever.readOrganisation(filters).filters();
        Map<String, Double> weights = new LinkedHashMap<>();
        words.forEach(word -> weights.put(word, 1.0));
        return index.read(snapshot -> {
            List<String> ids = snapshot.legs(weights, null, read, COUNTED_DEPTH, 0).lexical().stream().filter(seen::add).toList();
            Map<String, Paper> papers = snapshot.papers(ids);
            return ids.stream().map(papers::get).filter(Objects::nonNull)
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

    /** The one word of the index a name that ends in a number is when written without its spaces: "math500" of "MATH 500", "llama3" of "Llama 3". */
    private Optional<String> joinedWord(String name) {
        if (!NUMBERED_NAME.matcher(name.strip()).matches()) return Optional.empty();
        List<String> joined = QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, name.strip().replaceAll("\\s+", ""));
        return joined.size() == 1 && !QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, name).equals(joined) ? Optional.of(joined.get(0)) : Optional.empty();
    }

    /** The one word of the index a benchmark named with its year is when written with the year's last two digits: "aime24" of "AIME 2024". */
    private Optional<String> editionWord(String name) {
        Matcher edition = EDITION.matcher(name.strip());
        if (!edition.matches()) return Optional.empty();
        List<String> joined = QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, edition.group(1).replaceAll("\\s+", "") + edition.group(2));
        return joined.size() == 1 ? Optional.of(joined.get(0)) : Optional.empty();
    }

    /** The name's analysed word that the fewest papers hold, if it has one: every paper that writes the name holds it. */
    private Optional<String> rarestWord(String name) {
        List<String> terms = QueryTerms.distinct(index.analyzer(), Fields.CONTENTS, name);
        if (terms.isEmpty()) return Optional.empty();
        Map<String, Integer> docFreqs = index.read(snapshot -> snapshot.docFreqs(Fields.CONTENTS, terms));
        return terms.stream().min(Comparator.comparingInt(t -> docFreqs.getOrDefault(t, 0)));
    }

    /** How many papers the filters pass hold the word, up to {@link #COUNTED_DEPTH}: at that depth, more may. */
    private int holdingCount(String word, Filters filters) {
        Filters read = retriever.readOrganisation(filters).filters();
        return index.read(snapshot -> snapshot.legs(Map.of(word, 1.0), null, read, COUNTED_DEPTH, 0).lexical().size());
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
}
