package dev.paperchat.answer;

import dev.paperchat.corpus.FigureMeasures;
import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.HybridRetriever;
import dev.paperchat.retrieve.Mentions;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.ScoreOn;
import dev.paperchat.retrieve.SearchRequest;
import dev.paperchat.retrieve.SearchResult;
import dev.paperchat.retrieve.SentenceHit;
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
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Answers read from the papers rather than searched for and written: the papers of the last list
 * that say something or are of some dates ("which of these use Qwen?", "which of those were
 * published in 2025?"), their records ("who wrote them?"), and the papers that name something
 * ("Which papers mention GRPO?"). A search would bring other papers, and an LLM has nothing to
 * write: which papers say what is read, so these answers are extractive.
 */
final class ReadAnswers {
    /** "them", "they", "each", "both": a question about every paper of the last list. */
    private static final Pattern THEM = Pattern.compile("\\b(?:them|they|each|both|these|those)\\b", Pattern.CASE_INSENSITIVE);
    /** How an answer to a choice by a dimension among a list begins (see {@link ExtractiveAnswerer#reporting}). */
    private static final String CHOSEN = "Of the ";
    /** The most papers of a list whose records one answer gives, a search each: a list holds up to ten. */
    private static final int MAX_RECORDS = 10;
    /** The papers a group asked for without a list to sort gets, a search each. */
    private static final int PER_GROUP = 3;
    private static final Pattern OLDEST = Pattern.compile("(?i)oldest|earliest");
    /** "the newest paper on this topic", "...in the list", "...of the two": papers pointed to, no topic to search. */
    private static final Pattern DEICTIC = Pattern.compile("(?i)(?:(?:this|that|these|those|the|its|their)\\s++(?:topic|list|ones?|two|three|four|papers?"
            + "|dataset|collection|corpus|index|library|field|area|subject|answer|above|results?)|it|them|these|those|this|that)");
    /** "What is the newest paper on efficient reasoning?": the newest (or oldest) of the papers that fit a topic. */
    private static final Pattern DATED_ON = Pattern.compile("^\\W*+(?:(?:what|which)(?:'s|\\s++is|\\s++was|\\s++are|\\s++were)?\\s++)?(?:the\\s++)?"
            + "(?<which>newest|latest|most\\s++recent|oldest|earliest)\\s++(?:papers?|articles?|works?|stud(?:y|ies)|publications?)"
            + "\\s++(?:on|about|in|for|regarding|of)\\s++(?!(?:the|this|your)\\s++(?:collection|index|corpus|library)\\W*+$)(?<topic>\\S.{1,150}?)\\W*+$",
            Pattern.CASE_INSENSITIVE);

    private final HybridRetriever retriever;
    private final ExtractiveAnswerer extractive;
    private final String embeddingModel;

    ReadAnswers(HybridRetriever retriever, ExtractiveAnswerer extractive, String embeddingModel) {
        this.retriever = retriever;
        this.extractive = extractive;
        this.embeddingModel = embeddingModel;
    }

    /**
     * "which of these use Qwen?" after a list answer: the listed papers whose abstracts say so,
     * read from the abstracts rather than searched anew, which would bring other papers. The
     * answer is extractive: which papers mention something is read, not written.
     *
     * @param llmRewrites whether an LLM will rewrite a follow-up, which reads "those" of an answer in prose from it
     */
    Optional<Answer> narrowed(Question question, boolean llmRewrites, Consumer<String> stream, Map<String, Long> timings, long start) {
        Optional<Narrowing.Condition> condition = Narrowing.condition(question.text());
        // "which one uses RL?" after "What is Hawkeye?" and "what about R2R?" chooses between those two, not from a list before them.
        List<String> singles = condition.isEmpty() || condition.get().ofOne() ? List.of() : PastAnswers.lastSinglePapers(question.history());
        String from = singles.size() >= 2 ? "the last answers" : "the last list";
        List<String> items = condition.isEmpty() ? List.of() : condition.get().ofOne()
                ? PastAnswers.lastPaperTitle(question.history()).map(List::of).orElse(List.of())
                : singles.size() >= 2 ? singles : PastAnswers.lastListItems(question.history());
        // "which of those use Qwen?" with nothing asked before it but pointers: there is nothing to choose from, and a search of its
        // words would list noise. After a topic answered in prose (an LLM's), the topic is what "those" are.
        boolean nothingAsked = question.history().stream().filter(t -> t.role().equals("user"))
                .allMatch(t -> FollowUpRewriter.onlyPointsToItem(t.content()) || Narrowing.condition(t.content()).isPresent());
        if (items.isEmpty() && nothingAsked && condition.isPresent() && !condition.get().ofOne()) return Optional.of(nothingListed(question, stream, timings, start));
        // A client that sent its questions without the answers: "those" are the papers the question before lists.
        boolean noAnswers = question.history().stream().noneMatch(t -> t.role().equals("assistant"));
        // An answer in prose (an agent's summary of it) lists none either: "those" are what the question before lists.
        boolean noList = noAnswers || !llmRewrites && PastAnswers.lastPaperTitle(question.history()).isEmpty()
                && PastAnswers.comparedItems(question.history()).isEmpty();
        Optional<String> relisted = items.isEmpty() && noList && condition.isPresent() && !condition.get().ofOne()
                ? lastTopic(question.history()) : Optional.empty();
        if (relisted.isPresent()) items = listedFor(relisted.get(), question);
        if (items.isEmpty()) return Optional.empty();
        if (!llmRewrites && condition.get().alternatives().stream().allMatch(Narrowing::takesStance)) {
            return Optional.of(noPaper(STANCE_UNREAD, question, stream, timings, start));
        }
        Optional<String> claim = condition.get().alternatives().size() == 1 ? Narrowing.claimed(condition.get().alternatives().get(0)) : Optional.empty();
        if (!llmRewrites && claim.isPresent()) return Optional.of(noPaper(claimUnread(claim.get()), question, stream, timings, start));
        // "which of those are from Tencent?" after "how many papers mention Qwen?": those are every paper counted, not the first 8 shown.
        Optional<String> counted = singles.size() >= 2 || condition.get().ofOne() || relisted.isPresent() ? Optional.empty()
                : PastAnswers.countedBeyondListed(question.history());
        String whose = counted.map(name -> "that mention \"" + name + "\"").orElse("in " + from);
        // The filters hold here too: a paper of the last answer they leave out is not read.
        Listed found = counted.isPresent() ? mentioning(counted.get(), question.filters()) : papersNamed(items, question.filters());
        Map<String, PaperHit> listed = found.papers();
        long generation = found.generation();
        if (listed.isEmpty()) return Optional.empty();
        List<String> ids = List.copyOf(listed.keySet());
        Optional<DateFilter.Dated> dated = condition.get().ofOne() ? Optional.empty() : condition.get().alternatives().size() > 1
                ? yearsInARow(condition.get().alternatives()) : DateFilter.ofCondition(condition.get().alternatives().get(0));
        if (dated.isPresent()) {
            return Optional.of(datedAmong(question, dated.get(), condition.get().negated(), listed, whose, found.generation(), stream, timings, start));
        }
        List<Mentions> each = condition.get().alternatives().stream()
                .map(a -> Narrowing.without(a).map(what -> retriever.doingWithout(what, a, ids)).orElseGet(() -> mentionsOf(a, ids)))
                .filter(m -> !m.words().isEmpty()).toList();
        if (each.isEmpty()) return Optional.empty();
        // A paper that mentions any alternative, with the sentence of the first it mentions, in the list's order.
        Map<String, PaperHit> mentioning = new LinkedHashMap<>();
        Set<String> byOrganization = new HashSet<>();
        each.forEach(m -> m.papers().forEach(hit -> {
            String id = hit.paper().id();
            if (mentioning.putIfAbsent(id, hit) == null && m.byOrganization().contains(id)) byOrganization.add(id);
        }));
        boolean negated = condition.get().negated();
        List<PaperHit> shown = ids.stream().filter(id -> mentioning.containsKey(id) != negated)
                .map(id -> negated ? listed.get(id) : mentioning.get(id)).toList();
        // "Qwen" or "Llama": each alternative quoted, as no paper need hold "Qwen or Llama".
        String what = String.join(" or ", each.stream().map(m -> "\"" + String.join(" ", m.words()) + "\"").toList());
        timings.put("retrieveMs", Assistant.millisSince(start));
        boolean ofOne = condition.get().ofOne();
        // Of one paper: it is the source either way, cited by the sentence that says so when one does.
        List<PaperHit> cited = ofOne ? List.of(mentioning.getOrDefault(ids.get(0), listed.get(ids.get(0)))) : shown;
        SearchResult result = new SearchResult(question.text(), cited, true, 1, generation);
        ExtractiveAnswerer.Draft draft = ofOne
                ? extractive.mentionedBy(cited.get(0), what, mentioning.containsKey(ids.get(0)), byOrganization.contains(ids.get(0)), stream)
                : extractive.narrowed(ids.size(), what, negated, shown, byOrganization, whose, stream);
        timings.put("totalMs", Assistant.millisSince(start));
        String asked = (negated ? "not " : "") + condition.get().described() + (ofOne ? ", in the paper of the last answer" : counted.isPresent() ? ", among the papers " + whose : ", among the papers of " + from);
        List<String> notices = new ArrayList<>();
        filtersRead(question).ifPresent(notices::add);
        relisted.ifPresent(topic -> notices.add(noAnswers ? relistedNotice(topic) : "The last answer lists no papers: the papers read are those \""
                + topic + "\" lists now."));
        if (draft.citations().isEmpty() && !ofOne) notices.add(papersRead(listed.values(), whose));
        return Optional.of(read(draft, true, asked, result, notices, timings));
    }

    /**
     * "which one is fastest?" after a list longer than a comparison takes ({@link PastAnswers#MAX_COMPARED}), or of one:
     * the listed papers whose abstracts report a figure for what is asked, each with the sentence that
     * does. A shorter list is compared paper by paper (see {@link FollowUpRewriter}).
     */
    Optional<Answer> byDimension(Question question, Consumer<String> stream, Map<String, Long> timings, long start) {
        // "which one is slowest?" is the opposite of what the measure's figures are read as: no largest answers it.
        if (INVERSE.matcher(question.text()).find()) return Optional.empty();
        Optional<Dimension> by = FollowUpRewriter.choiceAsked(question.text()).flatMap(Dimension::asked);
        // "which is faster?" after "tell me more about the sixth one" and "what about R2R?" chooses between those two, not from the list.
        if (PastAnswers.lastSinglePapers(question.history()).size() >= 2) return Optional.empty();
        List<String> items = by.isEmpty() ? List.of() : PastAnswers.lastListItems(beforeChoices(question.history()));
        // A list narrowed to one paper ("which of those uses Qwen?") is read as well: there is nothing to compare it with.
        if (items.isEmpty() || items.size() > 1 && items.size() <= PastAnswers.MAX_COMPARED) return Optional.empty();
        Listed found = papersNamed(items, question.filters());
        if (found.papers().isEmpty()) return Optional.empty();
        List<PaperHit> shown = found.papers().values().stream().filter(hit -> ExtractiveAnswerer.reported(hit, by.get()).isPresent()).toList();
        // "which one is fastest?": those with a ratio or share of the measure first, the largest first, each by its sentence of
        // the largest; the others as listed.
        Map<String, FigureMeasures.Stated> largest = new HashMap<>();
        List<PaperHit> led = new ArrayList<>();
        for (PaperHit hit : shown) {
            Optional<Map.Entry<SentenceHit, FigureMeasures.Stated>> figure = by.get().measure().flatMap(measure -> largestStated(hit.paper(), measure));
            figure.ifPresent(f -> largest.put(hit.paper().id(), f.getValue()));
            led.add(figure.map(f -> hit.ledBy(f.getKey())).orElse(hit));
        }
        shown = led.stream().sorted(Comparator.comparing(hit -> largest.get(hit.paper().id()),
                Comparator.nullsLast(FigureMeasures.Stated.LARGEST_FIRST))).toList();
        timings.put("retrieveMs", Assistant.millisSince(start));
        ExtractiveAnswerer.Draft draft = extractive.reporting(found.papers().size(), by.get(), shown, largest, stream);
        timings.put("totalMs", Assistant.millisSince(start));
        List<String> notices = new ArrayList<>();
        filtersRead(question).ifPresent(notices::add);
        if (shown.isEmpty()) notices.add(papersRead(found.papers().values(), "in the last list"));
        SearchResult result = new SearchResult(question.text(), shown, true, 1, found.generation());
        return Optional.of(read(draft, true, "figures for " + by.get().name() + ", among the papers of the last list", result, notices, timings));
    }

    /**
     * "which of these is the most recent?", "which one came out first?": the papers compared, or
     * those of the last answers about one paper each, or else of the last list, by their records'
     * dates, the newest (or oldest) named; a date without a year cannot be placed, which is said.
     */
    Optional<Answer> byDate(Question question, Consumer<String> stream, Map<String, Long> timings, long start) {
        Optional<Boolean> newest = FollowUpRewriter.dateChoiceAsked(question.text());
        if (newest.isEmpty()) return Optional.empty();
        List<Turn> history = question.history();
        List<String> singles = PastAnswers.lastSinglePapers(history);
        boolean compared = PastAnswers.lastAnswerCompared(history);
        List<String> items = compared ? PastAnswers.comparedItems(history) : singles.size() >= 2 ? singles : PastAnswers.lastListItems(history);
        if (items.size() < 2) return Optional.empty();
        Listed found = papersNamed(items, Filters.NONE);
        if (found.papers().size() < 2) return Optional.empty();
        String from = compared || singles.size() >= 2 ? "of the last answers" : "in the last list";
        List<PaperHit> ordered = ExtractiveAnswerer.byDate(List.copyOf(found.papers().values()), newest.get());
        ExtractiveAnswerer.Draft draft = extractive.byDate(ordered, newest.get(), from, stream);
        timings.put("totalMs", Assistant.millisSince(start));
        SearchResult result = new SearchResult(question.text(), ordered, true, 1, found.generation());
        return Optional.of(read(draft, true, (newest.get() ? "the newest" : "the oldest") + " of the papers " + from, result, List.of(), timings));
    }

    /**
     * "Group these papers by approach: RL length penalties, latent reasoning, early exit": under each group the papers of the
     * last list whose title or abstract writes it (with no list, those a search of the group finds), read, not written. With
     * no groups named, the answer says that it sorts only into groups it is given, as inventing them is an LLM's work.
     */
    Optional<Answer> grouped(Question question, Consumer<String> stream, Map<String, Long> timings, long start) {
        Optional<GroupRequest> asked = GroupRequest.of(question.text());
        if (asked.isEmpty()) return Optional.empty();
        GroupRequest request = asked.get();
        if (request.groups().isEmpty() || request.groups().size() > GroupRequest.MAX_GROUPS) {
            String text = (request.groups().isEmpty() ? "Without an LLM, paperchat sorts papers only into groups it is given."
                    : "That is more than " + GroupRequest.MAX_GROUPS + " groups for one answer.")
                    + " Name up to " + GroupRequest.MAX_GROUPS + " groups and it lists the papers of each: \"Group them by approach: RL length penalties,"
                    + " latent reasoning, early exit\".";
            stream.accept(text);
            timings.put("totalMs", Assistant.millisSince(start));
            SearchResult none = new SearchResult(question.text(), List.of(), false, 0, retriever.generation());
            return Optional.of(read(new ExtractiveAnswerer.Draft(text, List.of(), false), false, question.text(), none, List.of(), timings));
        }
        List<String> items = request.ofList() ? PastAnswers.lastListItems(question.history()) : List.of();
        Map<String, List<PaperHit>> byGroup = new LinkedHashMap<>();
        List<PaperHit> ungrouped = List.of();
        long generation = 0;
        if (!items.isEmpty()) {
            Listed found = papersNamed(items, question.filters());
            List<String> ids = List.copyOf(found.papers().keySet());
            request.groups().forEach(group -> byGroup.put(group, retriever.mentions(group, ids).papers()));
            Set<String> placed = byGroup.values().stream().flatMap(List::stream).map(hit -> hit.paper().id()).collect(Collectors.toSet());
            ungrouped = found.papers().values().stream().filter(hit -> !placed.contains(hit.paper().id())).toList();
            generation = found.generation();
        } else {
            for (String group : request.groups()) {
                SearchResult found = retriever.search(new SearchRequest((group + " " + request.topic()).strip(), PER_GROUP, question.filters()));
                byGroup.put(group, found.covered() ? found.hits() : List.of());
                generation = found.generation();
            }
        }
        timings.put("retrieveMs", Assistant.millisSince(start));
        ExtractiveAnswerer.Draft draft = extractive.grouped(byGroup, ungrouped, !items.isEmpty(), stream);
        timings.put("totalMs", Assistant.millisSince(start));
        Map<String, PaperHit> cited = new LinkedHashMap<>();
        byGroup.values().forEach(hits -> hits.forEach(hit -> cited.putIfAbsent(hit.paper().id(), hit)));
        SearchResult result = new SearchResult(question.text(), List.copyOf(cited.values()), !cited.isEmpty(), 1, generation);
        List<String> notices = items.isEmpty() ? List.of("Each group is its own search: a paper may fit a group without writing its words.") : List.of();
        return Optional.of(read(draft, !cited.isEmpty(), "the papers " + (items.isEmpty() ? "found for each group" : "of the last list")
                + " by " + String.join(", ", request.groups()), result, notices, timings));
    }

    /**
     * "any others?" after a list: the papers that fit its question next, past those listed for it so far, under the same
     * filters; the list's usual lines, headed by what they continue.
     *
     * @param topic the list's question, made standalone
     */
    Answer more(Question question, String topic, List<String> shown, Consumer<String> stream, Map<String, Long> timings, long start) {
        Question earlier = NamedFilters.of(new Question(topic, List.of(), question.k(), question.mode(), question.filters()), retriever).question();
        SearchResult found = retriever.search(new SearchRequest(QuestionForm.searched(earlier.text()), SearchRequest.MAX_K, earlier.filters()));
        List<PaperHit> next = found.hits().stream().filter(hit -> !listedAs(hit, shown)).limit(question.k()).toList();
        String after = "\"" + topic.strip() + "\", after the " + (shown.size() == 1 ? "1 paper" : shown.size() + " papers") + " listed";
        if (next.isEmpty()) return noPaper("No other paper of the collection fits " + after + ".", question, stream, timings, start);
        // The list went on from was an answer that covered its question (within its filters, as its own search judged).
        SearchResult rest = new SearchResult(found.query(), next, true, found.confidence(), found.generation(), found.respelled(), List.of());
        ExtractiveAnswerer.Draft draft = extractive.answer(earlier.text(), rest, text -> {}, true, Optional.empty(), false);
        String text = draft.text().replaceFirst("^" + Pattern.quote(ExtractiveAnswerer.LIST_HEADING), Matcher.quoteReplacement(MorePapers.CONTINUED + after + ":"));
        stream.accept(text);
        timings.put("totalMs", Assistant.millisSince(start));
        return read(new ExtractiveAnswerer.Draft(text, draft.citations(), draft.covered()), draft.covered(), topic, rest, List.of(), timings);
    }

    /** Whether a list line named the paper: by its name as a list shows it, or by its title, which a line may show up to its colon. */
    private static boolean listedAs(PaperHit hit, List<String> shown) {
        String name = ExtractiveAnswerer.displayed(MethodNames.of(hit.paper(), hit.names()));
        String title = hit.paper().title().toLowerCase(Locale.ROOT);
        return shown.stream().map(item -> item.replaceAll("^[\"\u201c]|[\"\u201d]$", ""))
                .anyMatch(item -> item.equalsIgnoreCase(name) || title.equals(item.toLowerCase(Locale.ROOT))
                        || title.startsWith(item.toLowerCase(Locale.ROOT) + ":"));
    }

    /**
     * "What is the newest paper on efficient reasoning?": the k papers that fit the topic best, by their records' dates, the
     * newest (or oldest) named; none when the collection does not cover the topic, whose answer then says so.
     */
    Optional<Answer> datedOn(Question question, Consumer<String> stream, Map<String, Long> timings, long start) {
        Matcher asked = DATED_ON.matcher(question.text());
        if (!asked.matches() || DEICTIC.matcher(asked.group("topic")).matches()) return Optional.empty();
        String topic = asked.group("topic");
        boolean newest = !OLDEST.matcher(asked.group("which")).matches();
        SearchResult found = retriever.search(new SearchRequest(topic, question.k(), question.filters()));
        // Only the papers a list of the topic would show: the newest of the weakly fitting ones is no answer.
        List<PaperHit> fitting = ExtractiveAnswerer.fitting(found.hits());
        if (!found.covered() || fitting.size() < 2) return Optional.empty();
        timings.put("retrieveMs", Assistant.millisSince(start));
        List<PaperHit> ordered = ExtractiveAnswerer.byDate(fitting, newest);
        ExtractiveAnswerer.Draft draft = extractive.byDate(ordered, newest, "that fit \"" + topic + "\" best", stream);
        timings.put("totalMs", Assistant.millisSince(start));
        SearchResult result = new SearchResult(question.text(), ordered, true, 1, found.generation());
        List<String> notices = new ArrayList<>(List.of("Only the " + ordered.size() + " papers that fit \"" + topic + "\" best were read; ask for more with k ("
                + Controls.MORE_SOURCES + ", at most " + Question.MAX_K + ")."));
        filtersRead(question).ifPresent(notices::add);
        return Optional.of(read(draft, true, (newest ? "the newest" : "the oldest") + " of the papers on " + topic, result, notices, timings));
    }

    /**
     * The conversation up to the list the last choices by a dimension chose from: "which one is fastest?"
     * after "which one is best?" chooses from the same list, not from the few papers the first choice showed.
     */
    private static List<Turn> beforeChoices(List<Turn> history) {
        int end = history.size();
        while (end >= 2 && history.get(end - 1).role().equals("assistant") && history.get(end - 1).content().startsWith(CHOSEN)
                && FollowUpRewriter.choiceAsked(history.get(end - 2).content()).flatMap(Dimension::asked).isPresent()) {
            end -= 2;
        }
        return history.subList(0, end);
    }

    /** "The papers read: Lp-Reg; Clip-Cov.": an answer that lists none says which list it read, which may not be the one the reader meant. */
    private static String papersRead(Collection<PaperHit> listed, String whose) {
        // The papers a count counted are told by what they mention: 39 names would bury the answer.
        if (!whose.startsWith("in ")) return "The papers read: the " + listed.size() + " " + whose + ".";
        return "The papers read: " + listed.stream().map(hit -> ExtractiveAnswerer.displayed(MethodNames.of(hit.paper(), hit.names())))
                .collect(Collectors.joining("; ")) + ".";
    }

    /**
     * "Find papers similar to SpecReason", "more like the second one", "which papers do something similar?" after an answer
     * about one paper: the papers nearest it, searched by its title and abstract, it left out. A search of its name would
     * bring that paper alone.
     */
    Optional<Answer> similar(Question question, String standalone, Consumer<String> stream, Map<String, Long> timings, long start) {
        Optional<SimilarQuestion> asked = SimilarQuestion.of(standalone).or(() -> SimilarQuestion.of(question.text()));
        Optional<PaperHit> paper = asked.flatMap(SimilarQuestion::name).or(() -> asked.flatMap(a -> PastAnswers.lastPaperTitle(question.history())))
                .flatMap(name -> retriever.search(new SearchRequest(name, 1, Filters.NONE, true)).hits().stream().findFirst())
                .filter(PaperHit::named);
        if (paper.isEmpty()) return Optional.empty();
        Paper of = paper.get().paper();
        String text = of.title() + ". " + of.abstractText();
        SearchRequest nearby = new SearchRequest(text.substring(0, Math.min(text.length(), SearchRequest.MAX_QUERY_CHARS)), question.k() + 1, question.filters());
        SearchResult found = retriever.search(nearby);
        List<PaperHit> nearest = found.hits().stream().filter(hit -> !hit.paper().id().equals(of.id())).limit(question.k()).toList();
        timings.put("retrieveMs", Assistant.millisSince(start));
        String name = ExtractiveAnswerer.heading(paper.get());
        ExtractiveAnswerer.Draft draft = extractive.nearest(name, nearest, stream);
        timings.put("totalMs", Assistant.millisSince(start));
        List<String> notices = new ArrayList<>(List.of("Nearness is by the words and meaning of the titles and abstracts: a paper listed need not cite "
                + name + ", nor be cited by it."));
        filtersRead(question).ifPresent(notices::add);
        SearchResult result = new SearchResult(question.text(), nearest, true, 1, found.generation());
        return Optional.of(read(draft, !nearest.isEmpty(), "papers nearest to " + name, result, notices, timings));
    }

    /**
     * "Which papers mention GRPO?", "Which papers cite Quiet-STaR?": the papers whose title or
     * abstract names it, each with the sentence that does, read rather than written (an LLM is not
     * asked). What a paper cites is in its full text, not its abstract: a notice says so. The
     * paper the name is of ("the DPO paper", "it") is left out, as it names itself.
     */
    Optional<Answer> naming(Question question, String standalone, Consumer<String> stream, Map<String, Long> timings, long start) {
        Optional<MentionQuestion> asked = MentionQuestion.of(standalone).filter(m -> !m.ofLastPaper())
                .or(() -> MentionQuestion.of(question.text()).filter(MentionQuestion::ofLastPaper));
        if (asked.isEmpty()) return Optional.empty();
        boolean ofLastPaper = asked.get().ofLastPaper();
        Optional<PaperHit> named = (ofLastPaper ? PastAnswers.lastPaperTitle(question.history())
                : Optional.of(asked.get().object()).filter(object -> !asked.get().ofTopic()))
                .flatMap(object -> retriever.search(new SearchRequest(object, 1, Filters.NONE, true)).hits().stream().findFirst())
                .filter(PaperHit::named);
        // "GRPO and PPO": the papers that name each, unless it is a paper's one name ("Plan-and-Solve"); none naming all, it is
        // sought as asked. "PPO and DPO" is no name of DPO's paper, though it names that paper.
        boolean oneName = named.filter(hit -> hit.names().stream().anyMatch(name -> sameName(name, asked.get().object()))).isPresent();
        List<String> joined = ofLastPaper || oneName ? List.of() : asked.get().joinedNames();
        SearchResult namingEach = joined.size() > 1 ? retriever.namingAll(joined, question.filters()) : null;
        boolean each = namingEach != null && !namingEach.hits().isEmpty();
        Optional<PaperHit> subject = each ? Optional.empty() : named;
        // "it" is the paper by the names its abstract gives it; a name asked is sought as asked, and by the paper's names too.
        List<String> names = Stream.concat(ofLastPaper ? Stream.of() : Stream.of(asked.get().object()),
                subject.stream().flatMap(hit -> hit.names().stream())).distinct().toList();
        if (names.isEmpty()) return Optional.empty();
        Map<String, PaperHit> naming = new LinkedHashMap<>();
        long generation = 0;
        boolean perhapsMore = false;
        List<String> notices = new ArrayList<>();
        for (String name : each ? List.of(asked.get().object()) : names) {
            SearchResult found = each ? namingEach : retriever.naming(name, question.filters());
            generation = found.generation();
            perhapsMore |= found.covered() && found.confidence() < 1;
            found.hits().forEach(hit -> naming.putIfAbsent(hit.paper().id(), hit));
            found.notices().stream().filter(notice -> !notices.contains(notice)).forEach(notices::add);
        }
        subject.ifPresent(hit -> naming.remove(hit.paper().id()));
        // "Which papers mention efficient reasoning methods?": words no paper writes in a row are a topic to search.
        if (naming.isEmpty() && asked.get().ofTopic() && !asked.get().counts()) return Optional.empty();
        String quoted = each ? inWords(joined.stream().map(n -> "\"" + n + "\"").toList())
                : names.stream().map(n -> "\"" + n + "\"").collect(Collectors.joining(" or "));
        List<PaperHit> shown = List.copyOf(naming.values()).subList(0, Math.min(question.k(), naming.size()));
        // A date range leaves out the papers whose record has no year, which may mention it all the same.
        if (question.filters().hasDateRange()) notices.add(Filters.UNDATED_LEFT_OUT);
        if (asked.get().cites()) notices.add("An abstract holds no reference list: these are the papers whose title or abstract mentions "
                + quoted + ", and a paper may cite it in its full text only.");
        if (naming.size() > shown.size()) notices.add(shown.size() + " of " + naming.size() + (perhapsMore ? " or more" : "")
                + " papers that mention " + quoted + " are listed; ask for more with k (" + Controls.MORE_SOURCES + ", at most " + Question.MAX_K + ")"
                + (naming.size() > Question.MAX_K ? ", or search for " + quoted + " with k up to " + SearchRequest.MAX_K + " (" + Controls.SEARCH + ")" : "")
                + ".");
        timings.put("retrieveMs", Assistant.millisSince(start));
        ExtractiveAnswerer.Draft draft = extractive.naming(quoted, subject.orElse(null), shown,
                asked.get().counts() ? new ExtractiveAnswerer.Count(naming.size(), perhapsMore) : null, question.filters(), stream);
        String searched = ofLastPaper ? "which papers mention " + quoted : standalone;
        SearchResult result = new SearchResult(searched, shown, draft.covered(), 1, generation);
        timings.put("totalMs", Assistant.millisSince(start));
        return Optional.of(read(draft, draft.covered(), searched, result, notices, timings));
    }

    /**
     * "Which paper reports the highest accuracy on AIME 2024?": the papers that mention the benchmark
     * and tie a figure to it, read from their abstracts (see {@link ExtractiveAnswerer#scoresOn}), or
     * that no paper mentions it.
     */
    Optional<Answer> scoresOn(Question question, String standalone, Consumer<String> stream, Map<String, Long> timings, long start) {
        Optional<String> benchmark = TopScoreQuestion.benchmark(standalone);
        if (benchmark.isEmpty()) return Optional.empty();
        List<String> notices = new ArrayList<>();
        filtersRead(question).ifPresent(notices::add);
        String answered = mostTiedEdition(benchmark.get(), question.filters(), notices).orElse(benchmark.get());
        return Optional.of(scoresOn(question, standalone, answered, notices, stream, timings, start));
    }

    /**
     * "The best AIME score": abstracts tie AIME's figures to its years ("90.5% on AIME 2024"), which are no figures of
     * "AIME". The year most papers tie a figure to, when more do than to the name alone, with a notice naming the others.
     */
    private Optional<String> mostTiedEdition(String benchmark, Filters filters, List<String> notices) {
        Collection<PaperHit> found = mentioning(benchmark, filters).papers().values();
        Map<String, Long> tying = new TreeMap<>();
        found.stream().flatMap(hit -> ScoreOn.editionsIn(hit.paper().abstractText(), benchmark).stream()).distinct().forEach(edition ->
                tying.put(edition, found.stream().filter(hit -> ScoreOn.in(hit.paper(), edition).isPresent()).count()));
        long ofName = found.stream().filter(hit -> ScoreOn.in(hit.paper(), benchmark).isPresent()).count();
        Optional<String> most = tying.entrySet().stream().filter(e -> e.getValue() > ofName).max(Map.Entry.comparingByValue()).map(Map.Entry::getKey);
        most.ifPresent(edition -> {
            String others = tying.entrySet().stream().filter(e -> !e.getKey().equals(edition) && e.getValue() > 0)
                    .map(e -> e.getKey() + " has " + e.getValue() + (e.getValue() == 1 ? " paper" : " papers")).collect(Collectors.joining(", "));
            notices.add("Abstracts tie figures to \"" + benchmark + "\" by its year: these are on " + edition + ", the year most papers tie a figure to; "
                    + (others.isEmpty() ? "no other year has any" : others) + " (ask of it by name).");
        });
        return most;
    }

    private Answer scoresOn(Question question, String standalone, String benchmark, List<String> notices, Consumer<String> stream,
            Map<String, Long> timings, long start) {
        Listed found = mentioning(benchmark, question.filters());
        String quoted = "\"" + benchmark + "\"";
        if (found.papers().isEmpty()) {
            ExtractiveAnswerer.Draft none = extractive.naming(quoted, null, List.of(), null, question.filters(), stream);
            return read(none, false, standalone, new SearchResult(standalone, List.of(), false, 0, found.generation()), notices, timings);
        }
        Map<String, ScoreOn> scores = new HashMap<>();
        found.papers().values().forEach(hit -> ScoreOn.in(hit.paper(), benchmark).ifPresent(score -> scores.put(hit.paper().id(), score)));
        List<PaperHit> tying = found.papers().values().stream().filter(hit -> scores.containsKey(hit.paper().id()))
                .sorted(Comparator.comparing(hit -> scores.get(hit.paper().id()), ScoreOn.SCORES_FIRST)).toList();
        List<PaperHit> listed = tying.isEmpty() ? List.copyOf(found.papers().values()) : tying;
        List<PaperHit> shown = listed.subList(0, Math.min(question.k(), listed.size()));
        if (listed.size() > shown.size()) notices.add(shown.size() + " of " + listed.size() + " papers that " + (tying.isEmpty() ? "mention " : "tie a figure to ")
                + quoted + " are listed; ask for more with k (" + Controls.MORE_SOURCES + ", at most " + Question.MAX_K + ").");
        timings.put("retrieveMs", Assistant.millisSince(start));
        ExtractiveAnswerer.Draft draft = extractive.scoresOn(quoted, found.papers().size(), tying.size(), shown, scores, stream);
        timings.put("totalMs", Assistant.millisSince(start));
        SearchResult result = new SearchResult(standalone, shown, true, 1, found.generation());
        return read(draft, true, standalone, result, notices, timings);
    }

    /**
     * "Which method gives the largest speedup?", "which methods save the most memory?", "which methods cut tokens by more than
     * 50%?": a choice among every paper, no list before it.
     */
    private static final Pattern CHOSEN_FROM_ALL = Pattern.compile("^\\W*+(?:and\\s++)?which\\s++(?:methods?|papers?|approach(?:es)?|techniques?|models?"
            + "|systems?|frameworks?|works?)\\s++(?<asked>.+?)[\\s?.!]*+$", Pattern.CASE_INSENSITIVE);

    /** "the slowest", "uses the most memory", "the highest latency": more of what the measure's figures are read as saving. */
    private static final Pattern INVERSE = Pattern.compile("(?i)(?<!\\p{L})(?:slowest|slower|(?<!at\\s)least|fewest|lowest|smallest"
            + "|(?:uses?|needs?|requires?|takes?)\\s++the\\s++most|consum\\w*+|spends?|footprints?"
            + "|(?:highest|longest|largest|biggest|greatest|increas\\w*+|rais\\w*+|add\\w*+)\\s++(?:[\\p{L}-]++\\s++)?(?:latency|memory(?:\\s++usage)?"
            + "|run\\s*+time|inference\\s++time|response\\s++time|overhead)(?!\\s++(?:savings?|reductions?|cuts?|decreases?|improvements?|speed-?ups?)))(?!\\p{L})");
    /** What a figure must be of besides its measure: "speed up training". Latency and wall-clock time are speed itself. */
    private static final Pattern QUALIFIER = Pattern.compile("(?i)(?<!\\p{L})(?:training|inference|flops|decoding|prefill|kv|gpu"
            + "|end-to-end|throughput|image|visual|video)(?!\\p{L})");
    private static final Map<String, String> QUALIFIER_WRITTEN = Map.of("kv", "the KV cache", "flops", "FLOPs", "gpu", "GPUs");
    /** "cut reasoning tokens", "shorten responses": of cost, the tokens a model writes, unless the question names another cost. */
    private static final Pattern TOKENS_ASKED = Pattern.compile("(?i)(?<!\\p{L})(?:tokens?|lengths?|shorten\\w*+|shorter|verbos\\w*+|concise)(?!\\p{L})");
    private static final Pattern OTHER_COST_ASKED = Pattern.compile("(?i)(?<!\\p{L})(?:flops|compute|costs?|cheaper|memory|kv|attention|attended"
            + "|image|visual|training)(?!\\p{L})");
    private static final String TOKENS_SEARCHED = "reducing token usage output length fewer tokens shorter reasoning";
    /**
     * A clause whose figure is of no other cost than the tokens or length a model writes: not LVLM_CSP's "65% reduction in
     * image token inference FLOPs", Hawkeye's "inference cost by up to 60%", DELTA's "attended tokens by up to 5times" or
     * XS-CoT's "token delay by more than 50%". Its sentence names the tokens: ARM's "reducing tokens by an average of 30%,
     * and up to 70%" is 70%.
     */
    private static final Pattern NO_OTHER_COST = Pattern.compile("(?is)^(?!.*(?<!\\p{L})(?:flops|attend\\w*+|attention|kv|cache|image|visual|vision"
            + "|memory|costs?|compute|training|delays?|latency|time|speed\\w*+)(?!\\p{L}))");
    private static final Pattern TOKENS_NAMED = Pattern.compile("(?i)(?<!\\p{L})(?:tokens?|lengths?|shorter|concise|chains?|cots?|verbos\\w*+|words"
            + "|steps|responses?|outputs?)(?!\\p{L})");
    /** A way to do something, or a topic the largest is asked within ("the biggest speedup from latent reasoning"), which the form does not read. */
    private static final Pattern WAY_TO = Pattern.compile("(?i)(?<!\\p{L})(?:to|when|that|which|where|ways?|from|by|among|using|via)(?!\\p{L})");
    /**
     * "What is the largest speedup reported?", "what's the biggest memory saving in the collection?": the largest of a
     * measure asked of the whole collection, as "which method..." asks it.
     */
    private static final Pattern LARGEST_ASKED = Pattern.compile("^\\W*+(?:so\\s++|and\\s++)?what(?:'s|\\s++is|\\s++was|\\s++are)\\s++the\\s++"
            + "(?<asked>(?:largest|biggest|greatest|highest|most|fastest|strongest|best)\\s.+?)(?:\\s++(?:reported|stated|claimed|achieved|seen|found"
            + "|so\\s++far|anywhere|overall|of\\s++all|in\\s++(?:the|this|my)\\s++(?:collection|corpus|library)))*+[\\s?.!]*+$", Pattern.CASE_INSENSITIVE);

    /**
     * "Which method gives the largest speedup?" with no list before it: the papers searches for the measure find that
     * state a ratio or share of it, the largest first on one scale, each of its own models, baseline and setting, which
     * the answer says.
     */
    Optional<Answer> largestOf(Question question, String standalone, Consumer<String> stream, Map<String, Long> timings, long start) {
        // "which one saves the most memory?" after a list chooses among its papers (byDimension); "which method..." asks anew.
        Matcher chosen = CHOSEN_FROM_ALL.matcher(standalone);
        Matcher largestAsked = LARGEST_ASKED.matcher(standalone);
        // "What is the fastest way to train a reasoning model?" asks for a way to do something, which figures do not rank.
        boolean superlative = !chosen.matches() && largestAsked.matches() && !WAY_TO.matcher(largestAsked.group("asked")).find();
        if (!chosen.matches() && !superlative) return Optional.empty();
        String asked = (superlative ? largestAsked : chosen).group("asked");
        // "Which methods cut reasoning tokens by more than 50%?": those above the bound, of the measure the bound's figure is of.
        // "which method is the slowest?", "...uses the most memory?": the opposite of what the measure's figures are read as.
        if (INVERSE.matcher(asked).find()) return Optional.empty();
        Optional<FigureMeasures.Bound> bound = FigureMeasures.bound(asked);
        boolean chooses = (superlative || Narrowing.comparesPapers(asked)) && FollowUpRewriter.onlyCompares(asked);
        Optional<Dimension> by = bound.isPresent() ? Dimension.ofMeasure(bound.get().measure())
                : chooses ? Dimension.asked(asked).filter(d -> d.measure().isPresent()) : Optional.empty();
        if (by.isEmpty()) return Optional.empty();
        // The papers a search for the measure finds, and those the question's own words find ("cut reasoning tokens").
        SearchResult byWords = retriever.search(new SearchRequest(asked, SearchRequest.MAX_K, question.filters()));
        // "What is the largest speedup R2R reports?" asks of the paper it names, whose own figures answer it.
        if (byWords.hits().stream().anyMatch(PaperHit::named)) return Optional.empty();
        SearchResult found = retriever.search(new SearchRequest(by.get().searched(), SearchRequest.MAX_K, question.filters()));
        Map<String, PaperHit> pool = new LinkedHashMap<>();
        Stream.concat(found.hits().stream(), byWords.hits().stream()).forEach(hit -> pool.putIfAbsent(hit.paper().id(), hit));
        Map<String, FigureMeasures.Stated> largest = new HashMap<>();
        List<PaperHit> stating = new ArrayList<>();
        // "speed up training", "reduce FLOPs": what the figure must be of, which its sentence then names.
        List<String> named = QUALIFIER.matcher(asked).results().map(m -> m.group().toLowerCase(Locale.ROOT)).distinct().toList();
        List<Pattern> qualifiers = named.stream()
                .map(q -> Pattern.compile("(?i)(?<!\\p{L})" + Pattern.quote(q.substring(0, Math.min(5, q.length()))))).toList();
        // And those a search for the measure of what it must be of finds: "5x reduction in training time" for "speed up training".
        if (!named.isEmpty()) {
            retriever.search(new SearchRequest(by.get().searched() + " " + String.join(" ", named), SearchRequest.MAX_K, question.filters()))
                    .hits().forEach(hit -> pool.putIfAbsent(hit.paper().id(), hit));
        }
        named = named.stream().map(q -> QUALIFIER_WRITTEN.getOrDefault(q, q)).toList();
        boolean ofTokens = by.get().name().equals("cost") && TOKENS_ASKED.matcher(asked).find() && !OTHER_COST_ASKED.matcher(asked).find();
        if (ofTokens) {
            qualifiers = Stream.concat(qualifiers.stream(), Stream.of(NO_OTHER_COST)).toList();
            named = Stream.concat(named.stream(), Stream.of("the tokens or length a model writes")).toList();
            // Long⊗Short's "reducing token length by over 80%" is found by neither search.
            retriever.search(new SearchRequest(TOKENS_SEARCHED, SearchRequest.MAX_K, question.filters())).hits().forEach(hit -> pool.putIfAbsent(hit.paper().id(), hit));
        }
        for (PaperHit hit : pool.values()) {
            Optional<Map.Entry<SentenceHit, FigureMeasures.Stated>> figure = largestStated(hit.paper(), by.get().measure().orElseThrow(), qualifiers,
                    ofTokens ? TOKENS_NAMED.asPredicate() : sentence -> true);
            if (figure.isEmpty() || bound.isPresent() && !bound.get().passes(figure.get().getValue())) continue;
            largest.put(hit.paper().id(), figure.get().getValue());
            stating.add(hit.ledBy(figure.get().getKey()));
        }
        stating.sort(Comparator.comparing(hit -> largest.get(hit.paper().id()), FigureMeasures.Stated.LARGEST_FIRST));
        List<PaperHit> shown = stating.subList(0, Math.min(question.k(), stating.size()));
        timings.put("retrieveMs", Assistant.millisSince(start));
        ExtractiveAnswerer.Draft draft = extractive.largestOf(by.get(), bound.map(FigureMeasures.Bound::written), named, pool.size(), stating.size(),
                shown, largest, stream);
        timings.put("totalMs", Assistant.millisSince(start));
        List<String> notices = new ArrayList<>();
        filtersRead(question).ifPresent(notices::add);
        if (stating.size() > shown.size()) notices.add(shown.size() + " of " + stating.size() + " papers that state a figure for " + by.get().name()
                + " are listed; ask for more with k (" + Controls.MORE_SOURCES + ", at most " + Question.MAX_K + ").");
        SearchResult result = new SearchResult(standalone, shown, !shown.isEmpty(), shown.isEmpty() ? 0 : 1, found.generation());
        return Optional.of(read(draft, !shown.isEmpty(), "figures for " + by.get().name() + ", among the papers a search for it finds", result, notices, timings));
    }

    /** The paper's sentence with the largest figure of the measure, and that figure: "up to 70%" over "an average of 30%". */
    private static Optional<Map.Entry<SentenceHit, FigureMeasures.Stated>> largestStated(Paper paper, String measure) {
        return largestStated(paper, measure, List.of(), sentence -> true);
    }

    /**
     * @param qualifiers what the figure's clause must name too ("train" of "speed up training the most")
     * @param names what its sentence must name ("tokens" of "cut reasoning tokens")
     */
    private static Optional<Map.Entry<SentenceHit, FigureMeasures.Stated>> largestStated(Paper paper, String measure, List<Pattern> qualifiers,
                                                                                      Predicate<String> names) {
        String text = paper.abstractText();
        List<Span> spans = Sentences.split(text);
        Map.Entry<SentenceHit, FigureMeasures.Stated> best = null;
        for (int i = 0; i < spans.size(); i++) {
            String sentence = spans.get(i).of(text);
            if (!names.test(sentence)) continue;
            Optional<FigureMeasures.Stated> figure = FigureMeasures.largest(sentence, measure, qualifiers);
            if (figure.isPresent() && (best == null || FigureMeasures.Stated.LARGEST_FIRST.compare(figure.get(), best.getValue()) < 0)) {
                best = Map.entry(new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), sentence, 1), figure.get());
            }
        }
        return Optional.ofNullable(best);
    }

    private static final Pattern YEAR = Pattern.compile("^(?:(?:are|were|is|was)\\s++)?(?:(?:published\\s++)?(?:from|in)\\s++)?((?:19|20)\\d{2})$",
            Pattern.CASE_INSENSITIVE);

    /** "from 2023 or 2024": years in a row, read as the range from the first to the last; none for other alternatives or a gap. */
    private static Optional<DateFilter.Dated> yearsInARow(List<String> alternatives) {
        List<Integer> years = new ArrayList<>();
        for (String alternative : alternatives) {
            Matcher year = YEAR.matcher(alternative.strip());
            if (!year.matches()) return Optional.empty();
            years.add(Integer.parseInt(year.group(1)));
        }
        years.sort(Comparator.naturalOrder());
        for (int i = 1; i < years.size(); i++) if (years.get(i) - years.get(i - 1) > 1) return Optional.empty();
        return DateFilter.ofCondition("from " + years.getFirst() + " to " + years.getLast());
    }

    /** "Plan-and-Solve" and "plan and solve": one name, in any case, spaced or hyphenated. */
    private static boolean sameName(String a, String b) {
        return a.replaceAll("[\\s-]+", " ").equalsIgnoreCase(b.replaceAll("[\\s-]+", " ").strip());
    }

    /** "A, B and C". */
    private static String inWords(List<String> items) {
        return String.join(", ", items.subList(0, items.size() - 1)) + " and " + items.getLast();
    }

    /**
     * "which of those were published in 2025?": the listed papers of those dates, read from their
     * records, as the date filter reads them (a date without a year is of no year).
     */
    private Answer datedAmong(Question question, DateFilter.Dated dated, boolean negated, Map<String, PaperHit> listed, String whose, long generation,
                              Consumer<String> stream, Map<String, Long> timings, long start) {
        Filters dates = new Filters(dated.from(), dated.to(), null);
        List<PaperHit> shown = listed.values().stream().filter(hit -> dates.matches(hit.paper()) != negated).toList();
        long undated = listed.values().stream().filter(hit -> Filters.period(hit.paper().date()).isEmpty()).count();
        SearchResult result = new SearchResult(question.text(), shown, true, 1, generation);
        ExtractiveAnswerer.Draft draft = extractive.datedAmong(listed.size(), whose, dated.range(), negated, shown, undated, stream);
        timings.put("totalMs", Assistant.millisSince(start));
        List<String> notices = shown.isEmpty() ? List.of(papersRead(listed.values(), whose)) : List.of();
        return read(draft, true, (negated ? "not " : "") + dated.range() + ", among the papers " + whose.replaceFirst("^in ", "of "), result, notices, timings);
    }

    /**
     * "who wrote them?" after a list or a comparison, "bibtex for the first two": each listed paper's
     * record, one line each (up to {@link #MAX_RECORDS}, the rest said), as "who wrote it?" gets one paper's. Items are
     * taken by their lines, not by names joined into a question ("Exploring and Exploiting...").
     */
    Optional<Answer> recordsOfListed(Question question, Consumer<String> stream, Map<String, Long> timings, long start) {
        if (!RecordQuestion.asks(question.text())) return Optional.empty();
        List<String> pointed = FollowUpRewriter.pointedItems(question.text(), question.history());
        List<String> items = THEM.matcher(question.text()).find() ? PastAnswers.lastListItems(question.history())
                : pointed.size() > 1 ? pointed : List.of();
        if (items.isEmpty()) return Optional.empty();
        Listed found = papersNamed(items.subList(0, Math.min(MAX_RECORDS, items.size())), Filters.NONE);
        List<PaperHit> listed = List.copyOf(found.papers().values());
        ExtractiveAnswerer.Draft draft = extractive.records(question.text(), listed, stream);
        timings.put("totalMs", Assistant.millisSince(start));
        SearchResult result = new SearchResult(question.text(), listed, true, 1, found.generation());
        List<String> notices = items.size() <= MAX_RECORDS ? List.of()
                : List.of("The records of the first " + MAX_RECORDS + " of the " + items.size() + " listed papers are given; ask about the others by name.");
        return Optional.of(read(draft, true, question.text(), result, notices, timings));
    }

    /** The notice that only the papers the filters pass were read, when filters were given. */
    private static Optional<String> filtersRead(Question question) {
        return question.filters().isEmpty() ? Optional.empty()
                : Optional.of("Only papers matching the filters (" + question.filters().describe() + ") were read.");
    }

    /** The papers an earlier answer named, by id in its order, and the index generation they were read at. */
    private record Listed(Map<String, PaperHit> papers, long generation) {}

    /** The papers among {@code ids} that hold what the alternative asks for, those from a name it names as {@link #fromName} reads them. */
    private Mentions mentionsOf(String alternative, List<String> ids) {
        String sought = Narrowing.sought(alternative);
        Mentions found = withForms(sought, withEditionsJoined(sought, retriever.mentions(sought, ids), ids), ids);
        return Narrowing.fromName(alternative).map(name -> fromName(name, found)).orElse(found);
    }

    /** A kind of work and the words papers write it in: "multimodal" or "vision-language", "VLMs", "images". */
    private Mentions withForms(String sought, Mentions found, List<String> ids) {
        List<String> forms = Narrowing.formsOf(sought);
        if (forms.isEmpty()) return found;
        Map<String, PaperHit> papers = alsoMentioning(forms, found, ids);
        // The answer quotes what was read ("multimodal" or "vision-language", "VLMs", ...), each paper by its sentence that writes one.
        List<String> words = List.of(String.join(" ", found.words()) + "\" or \"" + String.join("\", \"", forms));
        return new Mentions(words, ids.stream().filter(papers::containsKey).map(papers::get).toList(), found.byOrganization());
    }

    /** The papers found, then those among {@code ids} that mention any of the other forms, each by its first sentence that does. */
    private Map<String, PaperHit> alsoMentioning(List<String> forms, Mentions found, List<String> ids) {
        Map<String, PaperHit> papers = new LinkedHashMap<>();
        found.papers().forEach(hit -> papers.put(hit.paper().id(), hit));
        for (String form : forms) retriever.mentions(form, ids).papers().forEach(hit -> papers.putIfAbsent(hit.paper().id(), hit));
        return papers;
    }

    /** A benchmark's name and its edition, written apart ("AIME 2025"). */
    private static final Pattern EDITION = Pattern.compile("^(\\p{L}[\\p{L}\\d]*+)\\s++(\\d{2,4})$");

    /** "AIME 2025" as papers also write it, "AIME2025" and "AIME-2025": each one word to the index. */
    private Mentions withEditionsJoined(String sought, Mentions found, List<String> ids) {
        Matcher edition = EDITION.matcher(sought.strip());
        if (!edition.matches()) return found;
        List<String> joined = List.of(edition.group(1) + edition.group(2), edition.group(1) + "-" + edition.group(2));
        return new Mentions(found.words(), List.copyOf(alsoMentioning(joined, found, ids).values()), found.byOrganization());
    }

    /**
     * "which of those are from Meta?": a paper is from the name by its record, or by writing the name as it is
     * written, a word of its own; "meta-learning" is no Meta.
     */
    private static Mentions fromName(String name, Mentions mentions) {
        Pattern written = Pattern.compile("(?<![\\p{L}\\p{N}-])" + Pattern.quote(name) + "(?![\\p{L}\\p{N}-])");
        List<PaperHit> from = mentions.papers().stream().filter(hit -> mentions.byOrganization().contains(hit.paper().id())
                || written.matcher(hit.paper().title() + "\n" + hit.paper().abstractText()).find()).toList();
        return new Mentions(mentions.words(), from, mentions.byOrganization());
    }

    /** Every paper that mentions the name, those the filters keep. */
    private Listed mentioning(String name, Filters filters) {
        SearchResult naming = retriever.naming(name, filters);
        Map<String, PaperHit> papers = new LinkedHashMap<>();
        naming.hits().forEach(hit -> papers.putIfAbsent(hit.paper().id(), hit));
        return new Listed(papers, naming.generation());
    }

    /** The paper each name or title of an earlier answer stands for, once each, those the filters keep. */
    private Listed papersNamed(List<String> items, Filters filters) {
        Map<String, PaperHit> papers = new LinkedHashMap<>();
        long generation = 0;
        for (String item : items) {
            SearchResult named = retriever.search(new SearchRequest(item, 1));
            generation = named.generation();
            named.hits().stream().filter(hit -> filters.matches(hit.paper())).forEach(hit -> papers.putIfAbsent(hit.paper().id(), hit));
        }
        return new Listed(papers, generation);
    }

    /** What a reader is told when "those" or "the third one" are taken from the question before asked again. */
    static String relistedNotice(String topic) {
        return "The history holds no answer: the last list is what \"" + topic + "\" lists now.";
    }

    /**
     * The question before, when the history holds questions and no answers and this one points to
     * an item of a list ("tell me more about the third one", "compare the first two").
     */
    static Optional<String> pointedWithoutAnswers(Question question) {
        List<Turn> history = question.history();
        if (history.isEmpty() || history.stream().anyMatch(t -> t.role().equals("assistant")) || !FollowUpRewriter.pointsToItems(question.text())) {
            return Optional.empty();
        }
        return lastTopic(history);
    }

    /** The last question of the history that asks something of its own, not only which of a list. */
    private static Optional<String> lastTopic(List<Turn> history) {
        return history.reversed().stream().filter(t -> t.role().equals("user")).map(Turn::content)
                .filter(text -> !FollowUpRewriter.onlyPointsToItem(text) && Narrowing.condition(text).isEmpty()).findFirst();
    }

    /** The titles of the papers an answer to the question would list, within the filters it names, or none when the collection does not cover it. */
    private List<String> listedFor(String topic, Question question) {
        Question earlier = NamedFilters.of(new Question(topic, List.of(), question.k(), question.mode(), question.filters()), retriever).question();
        SearchResult result = retriever.search(new SearchRequest(earlier.text(), question.k(), earlier.filters()));
        if (!result.covered()) return List.of();
        // The papers its answer lists, as the reader saw them: a search's weaker hits are no lines of it.
        return extractive.answer(earlier.text(), result, text -> {}).citations().stream().map(Citation::title).distinct().toList();
    }

    static final String NOTHING_LISTED = "No answer so far listed papers to choose from. Ask for papers first (\"Which papers study entropy collapse?\"), "
            + "then which of them use or mention something.";

    /** What "which of those argue the opposite?" gets without an LLM: a stance is judged from claims, and no word of it shows one. */
    static final String STANCE_UNREAD = "Which of them argue for or against something is a judgement of their claims, which an answer"
            + " without an LLM does not make: papers of every stance write \"argue\" and \"however\". Ask for the opposite claim itself, as"
            + " a question of its own (\"Is there evidence that RL teaches new reasoning abilities?\").";

    /** What "which of those argue that X?" gets without an LLM: a claim is checked against papers, not found as words. */
    static String claimUnread(String claim) {
        String plain = claim.strip().replaceAll("[?.!\\s]+$", "");
        return "Which of them say that " + plain + " is a claim to check against each paper, which a search of its words would"
                + " misread (a \"not\" is no word to find). Find the papers that state it with \"Where did I read that " + plain + "?\""
                + " or the Find a citation box.";
    }

    private Answer nothingListed(Question question, Consumer<String> stream, Map<String, Long> timings, long start) {
        return noPaper(NOTHING_LISTED, question, stream, timings, start);
    }

    private Answer noPaper(String text, Question question, Consumer<String> stream, Map<String, Long> timings, long start) {
        stream.accept(text);
        timings.put("totalMs", Assistant.millisSince(start));
        SearchResult none = new SearchResult(question.text(), List.of(), false, 0, 0);
        return read(new ExtractiveAnswerer.Draft(text, List.of(), false), false, question.text(), none, List.of(), timings);
    }

    /** An answer read, not written: extractive, its sources the papers read, numbered in their order. */
    private Answer read(ExtractiveAnswerer.Draft draft, boolean covered, String question, SearchResult result, List<String> notices,
                        Map<String, Long> timings) {
        return new Answer(draft.text(), "extractive", null, covered, question, draft.citations(), AnswerSource.numbered(result), notices,
                List.of(), timings, Answer.Provenance.of(result, embeddingModel, null, null));
    }
}
