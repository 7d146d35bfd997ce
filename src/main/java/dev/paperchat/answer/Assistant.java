package dev.paperchat.answer;

import dev.paperchat.corpus.Markup;
import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.ModelNames;
import dev.paperchat.corpus.Numbers;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Specifics;
import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.CitationLookup;
import dev.paperchat.retrieve.HybridRetriever;
import dev.paperchat.retrieve.Opposites;
import dev.paperchat.retrieve.Organisations;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.QuantityQuestion;
import dev.paperchat.retrieve.QuestionWords;
import dev.paperchat.retrieve.RecordCheck;
import dev.paperchat.retrieve.SearchRequest;
import dev.paperchat.retrieve.SearchResult;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.function.Predicate;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers questions: rewrites a follow-up, retrieves, then lets the LLM write a cited answer
 * (checked afterwards) or writes an extractive one. Any LLM failure gives the extractive answer
 * with a notice, never an error.
 */
public final class Assistant {
    /** An LLM that fails is told in the answer's notices; the operator reads it in the server's log. */
    private static final Logger LOG = LoggerFactory.getLogger(Assistant.class);
    static final String COURTESY_REPLY = "Ask a question about the papers in the collection, paste a claim to find its source, "
            + "or give a half-remembered title.";

    /** "What is the newest paper in the collection?", "which is the oldest paper?": the records' dates tell, no abstract. */
    private static final Pattern DATED_LAST = Pattern.compile("^\\W*+(?:(?:what|which)(?:'s|\\s++is|\\s++was)?\\s++)?(?:the\\s++)?"
            + "(?<which>newest|latest|most\\s++recent|oldest|earliest)\\s++(?:paper|article|work|study|publication)"
            + "(?:\\s++(?:in|of)\\s++(?:the|this|your)\\s++(?:collection|index|corpus|library))?\\W*+$", Pattern.CASE_INSENSITIVE);

    /** "How many papers are from 2024?": the papers of a filter are counted, not only listed. */
    private static final Pattern HOW_MANY = Pattern.compile("\\b(?:how\\s+many|number\\s+of)\\b", Pattern.CASE_INSENSITIVE);
    /** "How many papers are in the collection?", "how big is the collection?": its size, which no abstract states. */
    private static final Pattern COLLECTION_SIZE = Pattern.compile("\\W*+(?:how\\s++many\\s++(?:papers|abstracts|articles|works)\\s++"
            + "(?:are\\s++(?:there\\b\\s*+)?(?:in\\s++(?:the|this|your)\\s++(?:collection|index|corpus|library))?|do\\s++you\\s++(?:have|know)"
            + "|does\\s++(?:the|this|your)\\s++(?:collection|index|corpus|library)\\s++(?:have|hold|contain))"
            + "|how\\s++(?:big|large)\\s++is\\s++(?:the|this|your)\\s++(?:collection|index|corpus|library)"
            // "Which organisations are in the collection?": what its records name, not what its abstracts say.
            + "|(?:which|what)\\s++organi[sz]ations\\s++(?:are\\s++(?:there\\b|in\\s++(?:the|this|your)\\s++(?:collection|index|corpus|library))"
            + "|do\\s++(?:the\\s++)?papers\\s++come\\s++from|does\\s++(?:the|this|your)\\s++(?:collection|index|corpus|library)\\s++(?:have|cover|hold)))"
            + "\\s*+[?.!]*+\\s*+",
            Pattern.CASE_INSENSITIVE);
    /** A question that chooses between papers or compares them, not a claim that names two ("SIM-CoT boosts Coconut by 8.2%"). */
    private static final Pattern CHOICE = Pattern.compile("(?i)\\W*+(?:which|compare)\\b");
    /** How many of the best papers within filters are looked at for one that mentions the topic. */
    private static final int MENTIONING_AMONG = 3;
    /** The organisations an answer on the collection names; the others are counted. */
    private static final int NAMED_ORGANISATIONS = 12;
    /** A pasted passage of claims: the answer is one answer to it all, and no claim of it is checked alone. */
    static final String PASSAGE_NOTICE = "The message states several claims, answered here together: Find a citation checks each one on its own"
            + " and says which figures or words its source does not state (POST /api/cite with the passage as \"claim\"; MCP find_by_claim).";
    /** Fewer papers than this that mention a name cite it; more use it as a term of the field. */
    private static final int MANY_PAPERS = 3;
    private final HybridRetriever retriever;
    private final ExtractiveAnswerer extractive = new ExtractiveAnswerer();
    private final ReadAnswers reading;
    private final Llm llm;
    private final Prompts prompts;
    private final CitationChecker checker;
    private final FollowUpRewriter rewriter;
    private final String embeddingModel;

    public Assistant(HybridRetriever retriever, Llm llm, Prompts prompts, CitationChecker checker, String embeddingModel) {
        this.retriever = retriever;
        this.llm = llm;
        this.prompts = prompts;
        this.checker = checker;
        this.rewriter = new FollowUpRewriter(llm, prompts);
        this.embeddingModel = embeddingModel;
        this.reading = new ReadAnswers(retriever, extractive, embeddingModel);
    }

    public Answer ask(Question question) {
        return ask(question, delta -> {});
    }

    /** Answers, passing the text to {@code stream} as it is written (tokens or sentences). */
    public Answer ask(Question given, Consumer<String> stream) {
        return ask(given, stream, sources -> {});
    }

    /**
     * As {@link #ask(Question, Consumer)}, and passes the papers found to {@code retrieved} before
     * an LLM is asked to write from them: a reader waiting on a slow model sees what it reads.
     */
    public Answer ask(Question asked, Consumer<String> stream, Consumer<List<AnswerSource>> retrieved) {
        // "what about Tencent instead?" is "what about Tencent?": a name or a date in the last one's place.
        String plain = FollowUpRewriter.insteadOfName(asked.text());
        Question pointing = plain.equals(asked.text()) ? asked : new Question(plain, asked.history(), asked.k(), asked.mode(), asked.filters());
        Question pointed = PastAnswers.atPointedList(pointing);
        // A list named ("...from the first list") is the one meant; else items past a narrowed list's end are the list's before it.
        Optional<PastAnswers.Repointed> longer = pointed == pointing ? PastAnswers.atLongerList(pointing) : Optional.empty();
        if (longer.isPresent()) return askPointed(longer.get().question(), stream, retrieved).withNoticeFirst(longer.get().notice());
        return askPointed(pointed, stream, retrieved);
    }

    private Answer askPointed(Question given, Consumer<String> stream, Consumer<List<AnswerSource>> retrieved) {
        Optional<String> topic = ReadAnswers.pointedWithoutAnswers(given);
        if (topic.isPresent()) return askedOfRelisted(given, topic.get(), stream, retrieved);
        Map<String, Long> timings = new LinkedHashMap<>();
        long start = System.nanoTime();
        // Markup pasted into a question ("<b>EMPO</b>", a script) is no part of what it asks, and its figures are no claim's.
        // "how much faster is each?" after a list asks of its papers, as "they" does.
        String each = PastAnswers.lastListItems(given.history()).isEmpty() ? given.text() : FollowUpRewriter.eachAsThey(given.text());
        String plain = QuestionForm.possessiveAsOf(Markup.plain(each).strip());
        Optional<QuestionWords.Mended> mended = retriever.mendFirstWord(plain);
        // A DOI or arXiv id is searched as the title of the paper it names; no abstract writes its own id.
        Question asked = new Question(retriever.withTitlesForIds(plain.isEmpty() ? given.text() : mended.map(QuestionWords.Mended::question).orElse(plain)),
                given.history(), given.k(), given.mode(), given.filters());
        // Answers read from the last list, or from no paper, are told of the mended word as a searched one is.
        Optional<Answer> withoutSearch = readWithoutSearch(asked, stream, timings, start);
        if (withoutSearch.isPresent()) return withMended(withoutSearch.get(), mended);
        NamedFilters named = NamedFilters.of(asked, retriever);
        Question question = named.question();
        // Read once its year or organisation is a filter: "the newest paper on RL from 2024" is of 2024's papers on RL.
        Optional<Answer> datedOn = reading.datedOn(question, stream, timings, start);
        if (datedOn.isPresent()) return withMended(datedOn.get(), mended);
        boolean useLlm = question.mode() != AnswerMode.EXTRACTIVE && llm != null;
        // An extractive answer is one no LLM saw: the follow-up is joined by rule, not rewritten by the LLM.
        FollowUpRewriter.Rewrite rewrite = rewriter.rewrite(question.text(), question.history(), useLlm);
        // "What is the difference between PPO and GRPO?" is searched and answered as "compare PPO and GRPO".
        String standalone = Comparison.asCompare(rewrite.question()).orElse(rewrite.question());
        // The question as the reader can read it back: a follow-up made standalone, else as asked, with the
        // words read as filters in it ("What does Tencent publish on RL?" is searched as "What publish on RL?").
        String searched = rewrite.question().equals(question.text()) && !named.askedAgain() ? asked.text() : rewrite.question();
        // An LLM that failed to rewrite the question is not waited for a second time to answer it.
        LlmException failed = rewrite.llmFailure();
        Optional<Answer> naming = reading.scoresOn(question, standalone, stream, timings, start)
                .or(() -> reading.largestOf(question, standalone, stream, timings, start))
                .or(() -> reading.naming(question, standalone, stream, timings, start))
                .or(() -> reading.similar(question, standalone, stream, timings, start));
        if (naming.isPresent()) return withMended(naming.get(), mended);
        Optional<String> onlyItsPapers = named.onlyItsPapers();
        // "Which papers are from 2023?" asks for all of them: as many as a search gives are counted, and k of them shown.
        // Papers left out for using what the question does without ("without any labels") leave room for the next.
        int k = onlyItsPapers.isPresent() || DoneWithout.of(standalone).isPresent() ? SearchRequest.MAX_K : question.k();
        // "thanks!" asks for nothing to be searched.
        boolean courtesy = QuestionForm.isCourtesy(question.text());
        SearchResult found = courtesy ? new SearchResult(standalone, List.of(), false, 0, retriever.generation())
                : ExtractiveAnswerer.namedFirst(standalone, coveredWithin(named.topic(),
                // "Where did I read that X?" is searched as X: the frame's words are in no abstract.
                retriever.search(new SearchRequest(QuestionForm.searched(standalone), k, question.filters()))));
        // "...without any labels": a paper is not listed for a sentence that says it uses them.
        Optional<DoneWithout> without = courtesy || !found.covered() ? Optional.empty() : DoneWithout.of(standalone);
        if (without.isPresent()) found = found.withHits(without.get().apply(found.hits(), retriever));
        SearchResult result = found.withHits(found.hits().subList(0, Math.min(question.k(), found.hits().size())));
        // What was searched, as the reader reads it back: its misspelt words as they were searched too.
        String searchedAs = result.respelledIn(searched);
        timings.put("retrieveMs", millisSince(start));
        List<String> notices = notices(question, rewrite.question(), result, courtesy, named.organisation(), named.dated());
        mended.ifPresent(m -> notices.add(0, m.notice()));
        named.overruled().ifPresent(notices::add);
        if (failed != null) {
            LOG.warn("{} (rewriting a follow-up); answered extractively", failed.getMessage());
            notices.add(failed.getMessage() + "; this is the extractive answer instead.");
        }
        Reading read = new Reading(question, standalone, searchedAs, result, AnswerSource.numbered(result), notices, timings, start, System.nanoTime());
        if (onlyItsPapers.isPresent() && !result.hits().isEmpty()) return allItsPapers(read, onlyItsPapers.get(), stream);
        if (courtesy) {
            stream.accept(COURTESY_REPLY);
            timings.put("totalMs", millisSince(start));
            return new Answer(COURTESY_REPLY, "extractive", null, false, searchedAs, List.of(), List.of(), notices, List.of(), timings,
                    provenance(result, null));
        }
        boolean noneMatch = result.hits().isEmpty() && !question.filters().isEmpty();
        // The LLM sees abstracts, which seldom say who wrote a paper or when: the record does, of the paper named or those that fit best.
        boolean fromRecord = RecordQuestion.asks(standalone);
        // Mode llm asks the LLM also on weak evidence, for a reader who compares what it writes; auto lists the closest papers.
        boolean llmAsked = question.mode() == AnswerMode.LLM && !noneMatch;
        if (useLlm && failed == null && (result.covered() || llmAsked) && !fromRecord) {
            if (!result.covered()) notices.add("The evidence in the collection is weak; the LLM was asked, as mode llm asks.");
            Optional<Answer> written = written(read, stream, retrieved);
            if (written.isPresent()) return written.get();
        } else if (useLlm && failed == null && !noneMatch && !fromRecord) {
            notices.add("The evidence in the collection is too weak to ask the LLM; the closest papers are listed (mode llm asks it anyway).");
        }
        return extractiveAnswer(read, named, noneMatch, stream);
    }

    /** The answer read from the papers found, with the checks of a claim it makes and how many more papers write its topic. */
    private Answer extractiveAnswer(Reading read, NamedFilters named, boolean noneMatch, Consumer<String> stream) {
        Filters filters = read.question().filters();
        SearchResult result = read.result();
        // A question that names an organisation asks for its papers: "What does Tencent publish on RL?"
        // Filters that leave no paper say nothing of what the collection covers: the answer says what happened.
        ExtractiveAnswerer.Draft draft = noneMatch ? extractive.noneMatch(filters, stream)
                : extractive.answer(read.standalone(), result, stream, named.any(),
                        mentioningTopic(named.topic()).or(() -> writingTopic(read.standalone(), filters)), !filters.isEmpty());
        // A passage of several claims is no one claim of the best paper's: its figures belong to papers of their own.
        // A paper's date or organisation checked ("Quiet-STaR was published in 2023") is checked against its record, not its abstract.
        boolean recordChecked = RecordQuestion.checks(read.standalone());
        if (draft.covered() && !result.hits().isEmpty() && !recordChecked) QuestionForm.checkedClaim(read.standalone(), result.hits().get(0)).filter(claim -> CitationLookup.claimsOf(claim).isEmpty())
                .flatMap(claim -> claimCheck(claim, result.hits(), draft.citations(), retriever.organisations()).or(() -> creditedElsewhere(claim, result)))
                .ifPresent(read.notices()::add);
        if (draft.covered()) moreWriting(read.standalone(), draft, filters).ifPresent(read.notices()::add);
        if (draft.covered()) unreported(read.standalone(), result.hits()).ifPresent(read.notices()::add);
        int most = Math.max(ExtractiveAnswerer.MAX_LIST_ITEMS, read.question().k());
        if (draft.covered() && filledList(draft, most) && read.notices().stream().noneMatch(n -> n.contains("How many papers mention"))) {
            read.notices().add(filledList(most));
        } else if (draft.covered() && shortList(draft, result)) {
            read.notices().add(SHORT_LIST);
        }
        read.timings().put("generateMs", millisSince(read.generate()));
        read.timings().put("totalMs", millisSince(read.start()));
        return new Answer(draft.text(), "extractive", null, draft.covered(), read.searched(), draft.citations(), read.sources(), read.notices(),
                List.of(), read.timings(), provenance(result, null));
    }

    /** What "are there papers that disagree with it?" gets without an LLM: no word of a stance finds one. */
    static final String STANCE_OF_IT = "Which papers disagree is a judgement of their claims, which an answer without an LLM does"
            + " not make. Ask for the opposite claim itself as a question of its own (\"Is there evidence that...?\"), or ask"
            + " \"are there papers that disagree that...?\" with the claim written out, to list the papers on it.";

    /**
     * An answer read from the last answers or from no paper, which no search would find: the papers of
     * the last list that say something ("which of these use Qwen?"), report a figure ("which one is
     * fastest?") or wrote something; that "the third one" names none; how large the collection is.
     */
    private Optional<Answer> readWithoutSearch(Question asked, Consumer<String> stream, Map<String, Long> timings, long start) {
        // An LLM rewrites "those" after its own answer in prose from the transcript; no LLM, and they are read from the topic's list.
        boolean llmRewrites = asked.mode() != AnswerMode.EXTRACTIVE && llm != null;
        // "any others?" after a list: the papers that fit its question next; searched on its own it finds "other tokens".
        Optional<MorePapers> more = MorePapers.of(asked.text(), FollowUpRewriter.withoutCourtesies(asked.history()));
        if (more.isPresent()) {
            String topic = rewriter.rewrite(more.get().topic(), more.get().before(), false).question();
            return Optional.of(reading.more(asked, topic, more.get().shown(), stream, timings, start));
        }
        boolean answered = !FollowUpRewriter.withoutCourtesies(asked.history()).isEmpty();
        // "what else?" after an answer about one paper asks more of it, as "tell me more" does.
        boolean moreOfPaper = FollowUpRewriter.asksMore(asked.text()) && PastAnswers.lastPaperName(asked.history()).isPresent();
        if (answered && MorePapers.asks(asked.text()) && !moreOfPaper) {
            List<Turn> history = FollowUpRewriter.withoutCourtesies(asked.history());
            return Optional.of(readingNoPaper(MorePapers.afterOtherList(history) ? OTHER_LIST : NO_LIST_TO_CONTINUE, false, asked, stream, timings, start));
        }
        Optional<Answer> fromList = reading.narrowed(asked, llmRewrites, stream, timings, start)
                .or(() -> reading.byDimension(asked, stream, timings, start))
                .or(() -> reading.byDate(asked, stream, timings, start))
                .or(() -> reading.recordsOfListed(asked, stream, timings, start))
                .or(() -> reading.grouped(asked, stream, timings, start));
        if (fromList.isPresent()) return fromList;
        // "the third one" when the last answer has no third: there is nothing to search for.
        Optional<String> unnamed = FollowUpRewriter.unnamedItem(asked.text(), asked.history());
        if (unnamed.isPresent() && (FollowUpRewriter.onlyPointsToItem(asked.text()) || FollowUpRewriter.pointsToItems(asked.text()))) {
            return Optional.of(readingNoPaper(unnamed.get() + ". Ask about a paper by its name or title.", false, asked, stream, timings, start));
        }
        // "and why?", "tell me more", "what is it?" as a first question: a follow-up to no answer, which a search would answer with any paper.
        if (!answered && (FollowUpRewriter.onlyFollowsUp(asked.text()) || FollowUpRewriter.onlyPointsBack(asked.text()) || MorePapers.asks(asked.text()))) {
            return Optional.of(readingNoPaper("There is no earlier answer to follow up on. Ask the question whole, naming its topic or paper.",
                    false, asked, stream, timings, start));
        }
        // "are there papers that disagree with it?": a stance towards what the last answer said, which no search of "it" finds.
        if (!llmRewrites && QuestionForm.disputesPointer(asked.text())) {
            return Optional.of(readingNoPaper(STANCE_OF_IT, false, asked, stream, timings, start));
        }
        if (COLLECTION_SIZE.matcher(asked.text()).matches() && asked.filters().isEmpty()) {
            return Optional.of(readingNoPaper(collectionSize(), true, asked, stream, timings, start));
        }
        Matcher last = DATED_LAST.matcher(asked.text());
        if (last.matches() && asked.filters().isEmpty()) return Optional.of(datedLast(asked, last.group("which").toLowerCase(Locale.ROOT), stream, timings, start));
        return Optional.empty();
    }

    private static Answer withMended(Answer answer, Optional<QuestionWords.Mended> mended) {
        return mended.map(m -> answer.withNoticeFirst(m.notice())).orElse(answer);
    }

    /**
     * "which of Hawkeye and R2R needs less memory?": the papers compared whose abstracts report no
     * figure for it, whose lines then show what they propose, which settles nothing of the choice.
     */
    private static Optional<String> unreported(String question, List<PaperHit> hits) {
        Optional<Dimension> by = CHOICE.matcher(question).lookingAt() ? Dimension.asked(question) : Optional.empty();
        List<PaperHit> named = hits.stream().filter(PaperHit::named).limit(ExtractiveAnswerer.MAX_NAMED).toList();
        if (by.isEmpty() || named.size() < 2) return Optional.empty();
        List<String> silent = named.stream().filter(hit -> ExtractiveAnswerer.reported(hit, by.get()).isEmpty())
                .map(hit -> ExtractiveAnswerer.displayed(MethodNames.of(hit.paper(), hit.names()))).toList();
        String figure = " figure for " + by.get().name();
        if (silent.isEmpty()) return Optional.empty();
        if (silent.size() == named.size()) return Optional.of("None of the papers compared reports a" + figure + " in its abstract: each line shows what it proposes.");
        return Optional.of(String.join("; ", silent) + (silent.size() == 1 ? " reports no" + figure + " in its abstract: its line shows what it proposes."
                : " report no" + figure + " in their abstracts: their lines show what they propose."));
    }

    static final String OTHER_LIST = "\"any others?\" goes on with a list of the papers on a topic. The last answer lists the papers that meet"
            + " what it asked, all it found or as many as k asks for, as its notes say: ask again with a larger k, or ask for the papers on its topic.";
    static final String NO_LIST_TO_CONTINUE = "The last answer listed no papers to continue. Ask for the papers on a topic"
            + " (\"Which papers study X?\"), then \"any others?\" for the next ones.";
    /** What a list of as many papers as an answer lists says: more may fit. */
    static String filledList(int most) {
        return "The list stops at " + most + " papers, the ones that fit best (k sets how many): ask \"any others?\" for the next ones.";
    }

    /** The most papers a list cut short by fit says it is short of: a longer one shows its topic's breadth. */
    private static final int SHORT = 3;
    /** What a list cut where the papers found stop fitting the question well says: it is not all the search found. */
    static final String SHORT_LIST = "These papers fit the question clearly; the search found more that fit it less well (see Sources):"
            + " ask \"any others?\" for the next ones.";

    /**
     * Whether the answer lists a few papers, at most {@link #SHORT}, of more the search found, the others left out as fitting the
     * question less well: "which papers do reinforcement learning for vision-language models?" had listed 3 of some 25, as if all.
     */
    private static boolean shortList(ExtractiveAnswerer.Draft draft, SearchResult result) {
        long listed = draft.citations().stream().map(Citation::paperId).distinct().count();
        return draft.text().startsWith(ExtractiveAnswerer.LIST_HEADING) && listed <= SHORT && listed < result.hits().size();
    }

    /** Whether the answer is a list of as many papers as an answer lists, which more papers may fit. */
    private static boolean filledList(ExtractiveAnswerer.Draft draft, int most) {
        return draft.text().startsWith(ExtractiveAnswerer.LIST_HEADING) && draft.citations().stream().map(Citation::paperId).distinct().count() >= most;
    }

    /**
     * "which papers study test-time scaling?" lists the papers that fit best; when more write the
     * topic's words, the reader is told how many, and how to have them all.
     */
    private Optional<String> moreWriting(String question, ExtractiveAnswerer.Draft draft, Filters filters) {
        Optional<String> topic = QuestionForm.listedTopic(question);
        if (topic.isEmpty()) return Optional.empty();
        Set<String> listed = draft.citations().stream().map(Citation::paperId).collect(Collectors.toSet());
        List<PaperHit> writing = retriever.naming(topic.get(), filters).hits();
        long unlisted = writing.stream().filter(hit -> !listed.contains(hit.paper().id())).count();
        if (unlisted == 0) return Optional.empty();
        String quoted = "\"" + topic.get() + "\"";
        String written = writing.size() == 1 ? "1 paper writes " + quoted + ", not listed here" : writing.size() + " papers write " + quoted + ", "
                + (unlisted == writing.size() ? "none of them" : unlisted + " of them not") + " listed here";
        return Optional.of(written + ", which lists those that fit best: ask \"How many papers mention " + topic.get() + "?\" to have them all.");
    }

    /**
     * A question searched, on its way to an answer.
     *
     * @param standalone the question as searched and answered
     * @param searched the question as the reader reads it back
     * @param generate when writing the answer began
     */
    private record Reading(Question question, String standalone, String searched, SearchResult result, List<AnswerSource> sources,
                           List<String> notices, Map<String, Long> timings, long start, long generate) {}

    /** "Which papers are from 2023?", "How many papers are from Tencent?": the papers of the filters, counted, k of them listed. */
    private Answer allItsPapers(Reading read, String whose, Consumer<String> stream) {
        List<PaperHit> hits = read.result().hits();
        int all = retriever.count(read.question().filters());
        if (all > hits.size()) {
            read.notices().add(hits.size() + " of " + all + " papers " + whose + " are listed; ask for more with k (" + Controls.MORE_SOURCES + ", at most "
                    + Question.MAX_K + ")" + (all > Question.MAX_K ? ", or list them all with the same filters (" + Controls.LIST + ")" : "") + ".");
        }
        String heading = HOW_MANY.matcher(read.question().text()).find()
                ? "There " + (all == 1 ? "is 1 paper" : "are " + all + " papers") + " in the collection " + whose + ":"
                : "Papers in the collection " + whose + ":";
        ExtractiveAnswerer.Draft draft = extractive.byProposal(heading, hits, stream);
        read.timings().put("totalMs", millisSince(read.start()));
        return new Answer(draft.text(), "extractive", null, true, read.searched(), draft.citations(), read.sources(), read.notices(), List.of(),
                read.timings(), provenance(read.result(), null));
    }

    /** The LLM's answer from the sources, checked against them; empty when the LLM fails, whose failure the notices then say. */
    private Optional<Answer> written(Reading read, Consumer<String> stream, Consumer<List<AnswerSource>> retrieved) {
        List<String> notices = read.notices();
        // What the server's context holds: it would cut a longer prompt silently, the instructions first.
        List<AnswerSource> sources = prompts.fitting(read.sources(), read.standalone(), llm.promptChars());
        String fitted = "The LLM read the " + sources.size() + " best of the " + read.sources().size() + " sources: the others would not fit"
                + " its context (llm.context-tokens).";
        if (sources.size() < read.sources().size()) notices.add(fitted);
        retrieved.accept(sources);
        AtomicBoolean streamed = new AtomicBoolean();
        try {
            MarkerStream tokens = new MarkerStream(text -> {
                streamed.set(true);
                stream.accept(text);
            }, sources.size());
            Llm.Reply reply = llm.chat(prompts.system(), prompts.answerPrompt(sources, read.standalone()), tokens);
            tokens.finish();
            read.timings().put("generateMs", millisSince(read.generate()));
            long check = System.nanoTime();
            if (reply.cutShort() != null) notices.add(reply.cutShort());
            CitationChecker.Checked checked = checker.check(reply.text(), sources);
            read.timings().put("checkMs", millisSince(check));
            notices.addAll(checked.notices());
            boolean covered = !CitationChecker.refuses(checked.text());
            // An answer that cites nothing can be checked against nothing: the sentences that can be are given instead.
            if (covered && checked.citations().isEmpty()) return extractiveInstead("The LLM cited none of its sources", notices, fitted, stream);
            // Asked on strong evidence, a small model may refuse what its sources answer, in whatever words: so are they.
            if (!covered && read.result().covered()) {
                return extractiveInstead("The LLM found no answer in its sources, though the search found them close to the question", notices, fitted, stream);
            }
            String text = checked.text();
            List<Citation> citations = checked.citations();
            if (!covered && !read.result().hits().isEmpty()) {
                // The LLM found no answer in the sources; the reader still sees which papers came closest.
                ExtractiveAnswerer.Draft related = extractive.related(read.result().hits());
                stream.accept("\n\n" + related.text());
                text = text + "\n\n" + related.text();
                citations = related.citations();
            }
            read.timings().put("totalMs", millisSince(read.start()));
            // On weak evidence the collection covers the question only where a source backs what the LLM wrote.
            boolean backed = read.result().covered() || citations.stream().anyMatch(Citation::supported);
            return Optional.of(new Answer(text, "llm", llm.name(), covered && backed, read.searched(), citations, sources,
                    notices, checked.unsupported(), read.timings(), provenance(read.result(), llm.name())));
        } catch (LlmException e) {
            LOG.warn("{}; answered extractively", e.getMessage());
            notices.remove(fitted);
            notices.add(e.getMessage() + "; this is the extractive answer instead.");
            // A client reading the stream has the LLM's first words: say where they stop.
            if (streamed.get()) stream.accept("\n\n(" + notices.get(notices.size() - 1) + ")\n\n");
            return Optional.empty();
        }
    }

    /**
     * No LLM answer, and why, in the notices and the stream: the extractive answer follows. It reads every source, so
     * what the LLM could not read ({@code fitted}) is no news then.
     */
    private static Optional<Answer> extractiveInstead(String why, List<String> notices, String fitted, Consumer<String> stream) {
        notices.remove(fitted);
        notices.add(why + "; this is the extractive answer instead.");
        stream.accept("\n\n(" + notices.getLast() + ")\n\n");
        return Optional.empty();
    }

    /** "The collection holds 300 papers; their records name 10 organisations: Tencent (4), ...". */
    private String collectionSize() {
        int papers = retriever.count(Filters.NONE);
        List<Map.Entry<String, Integer>> organisations = retriever.organisationsAsWritten();
        String named = organisations.stream().limit(NAMED_ORGANISATIONS).map(o -> o.getKey() + " (" + o.getValue() + ")").collect(Collectors.joining(", "))
                + (organisations.size() > NAMED_ORGANISATIONS ? " and " + (organisations.size() - NAMED_ORGANISATIONS) + " more" : "");
        return "The collection holds " + papers + (papers == 1 ? " paper" : " papers") + (organisations.isEmpty() ? "; their records name no organisation."
                : "; their records name " + organisations.size() + (organisations.size() == 1 ? " organisation: " : " organisations: ") + named + ".");
    }

    /**
     * "What is the newest paper in the collection?": the paper whose record gives the last date, answered as its
     * record question is (its date, cited), with how many records give no year and so were not weighed.
     */
    private Answer datedLast(Question asked, String which, Consumer<String> stream, Map<String, Long> timings, long start) {
        HybridRetriever.Dated dated = retriever.datedLast(!which.equals("oldest") && !which.equals("earliest"));
        String undated = dated.undated() == 0 ? "" : " " + dated.undated() + (dated.undated() == 1 ? " paper's record gives" : " papers' records give")
                + " no year, so " + (dated.undated() == 1 ? "it was" : "they were") + " not weighed.";
        if (dated.paper().isEmpty()) return readingNoPaper("No paper's record in the collection gives a year." + undated, false, asked, stream, timings, start);
        Paper paper = dated.paper().get();
        Answer record = ask(new Question("when was \"" + paper.title() + "\" published?", List.of(), 1, AnswerMode.EXTRACTIVE, Filters.NONE), text -> {}, sources -> {});
        String text = "The " + which + " paper in the collection, by the dates its records give: " + record.answer() + undated;
        stream.accept(text);
        timings.put("totalMs", millisSince(start));
        return new Answer(text, "extractive", null, true, asked.text(), record.citations(), record.sources(), List.of(), List.of(), timings,
                record.provenance());
    }

    /** An answer from no paper: what the collection's records say, or why there is nothing to search for. */
    private Answer readingNoPaper(String text, boolean covered, Question asked, Consumer<String> stream, Map<String, Long> timings, long start) {
        stream.accept(text);
        timings.put("totalMs", millisSince(start));
        return new Answer(text, "extractive", null, covered, asked.text(), List.of(), List.of(), List.of(), List.of(), timings,
                new Answer.Provenance(retriever.generation(), embeddingModel, null, null, List.of()));
    }

    /**
     * A pasted claim is answered with the sentences closest to it, which need not say what it does:
     * the reader is told when it names another paper than the one that states it ("Lp-Reg boosts
     * Qwen from 30.7% to 48.1%", EMPO's figures), when its best paper does not state its figures
     * ("99.1%" where it says 97.25%), or when one of its best sentences says the opposite
     * ("outperforms" for "underperforms", "training-free" for "requires training").
     *
     * @param cited the answer's citations, whose other sentences of the best paper are read for a denial too
     */
    private static Optional<String> claimCheck(String asked, List<PaperHit> hits, List<Citation> cited, Organisations organisations) {
        String claim = CitationLookup.withoutCitations(asked);
        PaperHit top = hits.get(0);
        String paper = "\"" + top.paper().title() + "\"";
        Optional<PaperHit> named = CitationLookup.namedBy(claim, hits);
        if (named.isPresent() && named.get() != top) {
            return Optional.of("The claim names \"" + named.get().paper().title() + "\", but its closest sentences are from " + paper
                    + ": read them before citing the claim.");
        }
        // "General-Reasoner, from Tencent": the record tells its organisation and year, which the abstract seldom states.
        RecordCheck record = RecordCheck.of(claim, organisations);
        List<String> unstated = new ArrayList<>(record.unstated(Specifics.unstated(claim, top.paper().title() + "\n" + top.paper().abstractText()), top.paper(), organisations));
        Optional<String> everyCase = Specifics.everyCaseUnstated(claim, top.bestSentence().text() + "\n" + top.paper().title());
        everyCase.ifPresent(unstated::add);
        List<String> byRecord = record.notices(top.paper(), organisations, "claim");
        if (!byRecord.isEmpty() && unstated.stream().allMatch(record::about)) return Optional.of(String.join(" ", byRecord));
        if (!unstated.isEmpty()) {
            // "Titans reaches 80% at 10M tokens": ATLAS states it; the reader should see where the figures are.
            // The claim's own subject ("Self-RAG") is no part of it: another paper need only state what this one does not.
            // That paper must state every figure of the claim: "58.1% on LiveCodeBench" is not the source of EMPO's "30.7% to 58.1%".
            // "always" alone is no figure another paper could be the source of: any sentence that says "consistently" would be.
            String elsewhere = unstated.size() == everyCase.stream().count() ? "" : hits.stream().skip(1)
                    .filter(h -> Numbers.unstated(claim, h.paper().title() + "\n" + h.paper().abstractText()).isEmpty()
                            && CitationLookup.statesFiguresInKind(claim, h.paper())
                            // All it lacks is the claim's own paper's name: "over 70% accuracy for Qwen-2.5-7B" of a reasoning-pattern
                            // reward states no "Lp-Reg reaches 70% average accuracy on math benchmarks", nor AMC23's 80% "80% on MMMU".
                            && Specifics.unstated(claim, h.paper().title() + "\n" + h.paper().abstractText()).stream().allMatch(item -> namesPaper(item, top))
                            && QuantityQuestion.settingsNotWritten(claim, h.paper()).stream().allMatch(item -> namesPaper(item, top))
                            && (h.bestSentence() == null || Specifics.everyCaseUnstated(claim, h.bestSentence().text()).isEmpty()))
                    .findFirst().map(h -> "; \"" + h.paper().title() + "\" states " + (unstated.size() == 1 ? "it" : "them")).orElse("");
            // "does not state 99; its sentence quoted gives 94.7": the paper's own figure, for the reader to see at once.
            // Only of figures alone: a name unstated beside them is no figure the sentence could give.
            List<String> figures = Numbers.unstated(claim, top.paper().title() + "\n" + top.paper().abstractText());
            String inPlace = !elsewhere.isEmpty() || top.bestSentence() == null || figures.size() != unstated.size() ? ""
                    : CitationLookup.figuresInPlace(figures, claim, top.bestSentence().text()).map(given -> "; its sentence quoted gives " + Specifics.listed(given)).orElse("");
            return Optional.of(paper + " does not state " + Specifics.listed(unstated) + elsewhere + inPlace
                    + ": read the quoted sentences before citing this claim.");
        }
        // The sentence closest to the claim, as cite checks: another sentence's antonym ("Large Reasoning Models") is about something else.
        if (top.bestSentence() == null) return Optional.empty();
        // Of the other sentences the answer quotes, only a denial of what the claim asserts: "these improvements require no fine-tuning".
        // (Their opposites too flagged 8 of a reviewer's true claims, from sentences on the claim's background.)
        Optional<String> closest = Opposites.of(claim, top.bestSentence().text(), false);
        Optional<String> other = closest.isPresent() ? Optional.empty() : cited.stream()
                .filter(c -> c.paperId().equals(top.paper().id()) && !c.sentence().equals(top.bestSentence().text()))
                .filter(c -> Opposites.denial(claim, c.sentence(), false).isPresent()).findFirst()
                .map(c -> "another quoted sentence says this is not so (\"" + c.sentence() + "\")");
        // Nor does another sentence of the paper, in the claim's words, say its opposite: "DeepSeek-R1 underperforms compared to its
        // non-reasoning variant" for a claim that it outperforms it.
        Optional<String> contrary = closest.isPresent() || other.isPresent() ? Optional.empty()
                : CitationLookup.contrary(claim, top.paper(), top.bestSentence()).map(s -> "its sentence \"" + s.text().strip() + "\" says the opposite");
        return closest.or(() -> other).or(() -> contrary)
                .map(why -> "The claim may not be what " + paper + " says: " + why + "; read the quoted sentences before citing it.");
    }

    /** Whether the item is a name of the paper: one its title or its abstract gives it ("Skywork-R1V3"), not a benchmark it names. */
    private static boolean namesPaper(String item, PaperHit hit) {
        return ModelNames.writesInAnySpelling(hit.paper().title(), item) || hit.names().stream().anyMatch(name -> MethodNames.key(name).equals(MethodNames.key(item)));
    }

    /**
     * "Is it true that EMPO restricts policy gradient updates to forking tokens?": what the claim
     * says of the paper it names, another paper says, as a citation lookup of the claim finds.
     */
    private Optional<String> creditedElsewhere(String claim, SearchResult result) {
        // Only a claim that names a paper credits one; the papers the answer's search found are read, not searched again.
        if (CitationLookup.namedBy(claim, result.hits()).isEmpty()) return Optional.empty();
        return new CitationLookup(retriever).notices(claim, result).stream().findFirst();
    }

    /**
     * "Which papers study tool-integrated reasoning?": the papers found that write the topic as asked, a term of two words or
     * more, are listed, however their sentences score beside the best one's (SimpleTIR, whose title says it, had been left out).
     */
    private Optional<Predicate<PaperHit>> writingTopic(String question, Filters filters) {
        Optional<String> topic = QuestionForm.listedTopic(question).filter(t -> t.strip().split("[\\s-]+").length >= 2);
        if (topic.isEmpty()) return Optional.empty();
        Set<String> writing = retriever.naming(topic.get(), filters).hits().stream().map(hit -> hit.paper().id()).collect(Collectors.toSet());
        return writing.isEmpty() ? Optional.empty() : Optional.of(hit -> writing.contains(hit.paper().id()));
    }

    /** Among the papers of an organisation or of dates, those that name the question's topic are listed whatever their sentences score. */
    private Optional<Predicate<PaperHit>> mentioningTopic(Optional<String> topicOfFiltered) {
        return topicOfFiltered.filter(topic -> !topic.isEmpty()).map(topic -> {
            Predicate<String> mentioning = retriever.mentioningAll(topic);
            return hit -> mentioning.test(hit.paper().id());
        });
    }

    /**
     * Within an organisation's or a month's few papers, the weak-evidence line measured on the
     * whole collection asks too much: "Which papers from Microsoft study reasoning?" and "What was
     * published in December 2025 about RL?" are covered when one of the best papers mentions the
     * topic at all, and those that do come first.
     */
    private SearchResult coveredWithin(Optional<String> topic, SearchResult result) {
        if (topic.isEmpty() || topic.get().isEmpty() || result.covered() || result.hits().isEmpty()) return result;
        List<PaperHit> best = result.hits().subList(0, Math.min(MENTIONING_AMONG, result.hits().size()));
        Set<String> mentioning = best.stream().map(hit -> hit.paper().id()).filter(retriever.mentioningAll(topic.get())).collect(Collectors.toSet());
        if (mentioning.isEmpty()) return result;
        List<PaperHit> ordered = new ArrayList<>(result.hits().stream().filter(hit -> mentioning.contains(hit.paper().id())).toList());
        result.hits().stream().filter(hit -> !mentioning.contains(hit.paper().id())).forEach(ordered::add);
        return result.withHits(ordered).asCovered();
    }

    /**
     * A client that sent its questions without the answers: "the third one" counts in what the
     * question before lists now, which is answered again to point into.
     */
    private Answer askedOfRelisted(Question given, String topic, Consumer<String> stream, Consumer<List<AnswerSource>> retrieved) {
        Answer listed = ask(new Question(topic, List.of(), given.k(), AnswerMode.EXTRACTIVE, given.filters()));
        List<Turn> history = List.of(new Turn("user", topic), new Turn("assistant", listed.answer()));
        Answer answer = ask(new Question(given.text(), history, given.k(), given.mode(), given.filters()), stream, retrieved);
        List<String> notices = new ArrayList<>(answer.notices());
        notices.add(0, ReadAnswers.relistedNotice(topic));
        return new Answer(answer.answer(), answer.mode(), answer.model(), answer.covered(), answer.question(), answer.citations(), answer.sources(),
                notices, answer.unsupported(), answer.timings(), answer.provenance());
    }

    /**
     * What the reader should know about how the question was read and searched.
     *
     * @param standalone the question made standalone: a follow-up's "how does it compare to TTRL?" names what it compares
     */
    private List<String> notices(Question question, String standalone, SearchResult result, boolean courtesy,
                                 Optional<OrganisationFilter.Named> organisation, Optional<DateFilter.Dated> dated) {
        List<String> notices = new ArrayList<>();
        dated.ifPresent(d -> notices.add(d.notice()));
        organisation.ifPresent(o -> notices.add(o.notice()));
        FollowUpRewriter.unnamedItem(question.text(), question.history()).ifPresent(why -> notices.add(why + "; the question was searched with no paper put in its place."));
        FollowUpRewriter.fewerItems(question.text(), question.history()).ifPresent(why -> notices.add(why + "."));
        // A follow-up joined by rule ("What is Masked Thought? how does it compare to FooNet?") may read as no comparison: as asked, it does.
        missingNames(standalone).or(() -> standalone.equals(question.text()) ? Optional.empty() : missingNames(question.text())).ifPresent(notices::add);
        if (ForeignQuestion.asked(question.text())) notices.add(ForeignQuestion.NOTICE);
        if (!QuestionForm.passageClaims(question.text()).isEmpty()) notices.add(PASSAGE_NOTICE);
        if (!result.respelled().isEmpty()) notices.add(result.respellingNotice());
        notices.addAll(result.notices());
        Filters filters = question.filters();
        boolean dateRange = filters.hasDateRange();
        if (result.hits().isEmpty() && !filters.isEmpty()) {
            // The answer says that no paper matches them; a date range's blind spot is what it cannot say.
            if (dateRange && dated.isEmpty()) notices.add(Filters.UNDATED_LEFT_OUT);
        } else if (!filters.isEmpty() && !courtesy && organisation.isEmpty() && dated.isEmpty()) {
            // The filters may sit in a closed panel, or in a notebook cell far above: the answer says what was left out.
            notices.add("Only papers matching the filters (" + filters.describe() + ") were searched"
                    + (dateRange ? ", and papers without a year are left out." : "."));
        }
        if (question.mode() == AnswerMode.LLM && llm == null) {
            notices.add("No LLM is configured (set --llm-base-url); this is the extractive answer.");
        }
        boolean extractive = question.mode() == AnswerMode.EXTRACTIVE || llm == null;
        QuestionForm.disputed(standalone).filter(claim -> extractive).ifPresent(claim -> notices.add("The papers were searched for \""
                + claim + "\" itself: whether each disputes it is a judgement of its claims, which its quoted sentence shows and an answer"
                + " without an LLM does not make."));
        return notices;
    }

    /**
     * "Compare Lp-Reg and AlphaFold" when no abstract mentions AlphaFold, or "Compare DPO and TRPA"
     * when DPO is a term many papers use and names none of them: the answer covers only the other.
     */
    private Optional<String> missingNames(String question) {
        List<String> names = Comparison.names(question);
        List<String> missing = new ArrayList<>(), terms = new ArrayList<>(), cited = new ArrayList<>();
        for (String name : names) {
            List<PaperHit> hits = retriever.search(new SearchRequest(name, 5)).hits();
            List<PaperHit> mentioning = mentioning(name, hits);
            if (mentioning.isEmpty()) {
                missing.add("\"" + name + "\"");
            } else if (!hits.get(0).named() && mentioning.stream().noneMatch(h -> titled(name, h.paper()))) {
                // "TTRL", which ETTRL's abstract cites, is the name of a paper the collection lacks, not a term of the field.
                if (mentioning.size() >= MANY_PAPERS) terms.add("\"" + name + "\"");
                else cited.add("\"" + name + "\" is the name of no paper in the collection; only " + mentioning.stream()
                        .map(h -> "\"" + h.paper().title().split(":", 2)[0] + "\"").collect(Collectors.joining(" and "))
                        + " mention" + (mentioning.size() == 1 ? "s" : "") + " it" + mentioning.stream().map(h -> sentenceWriting(name, h.paper()))
                        .flatMap(Optional::stream).map(q -> "\"" + q + "\"").collect(Collectors.collectingAndThen(Collectors.joining(" and "),
                                quotes -> quotes.isEmpty() ? "" : ": " + quotes)));
            }
        }
        if (!missing.isEmpty()) {
            return Optional.of("No paper in the collection mentions " + String.join(" or ", missing)
                    + (missing.size() < names.size() ? "; the answer covers the other." : "."));
        }
        // "How do LLMs differ from humans?": one name, and a term, tells the reader nothing of a comparison.
        if (terms.size() + cited.size() == 0 || names.size() < 2) return Optional.empty();
        // When every side is a term ("GRPO vs PPO"), the answer is about them all, from the papers that use them; the reader hears why.
        if (terms.size() == names.size()) {
            return Optional.of(String.join(" and ", terms) + " are terms many papers use, not one paper's name: the answer lists papers that use them.");
        }
        if (terms.size() + cited.size() == names.size()) return Optional.empty();
        if (!cited.isEmpty()) return Optional.of(String.join("; ", cited) + "; the answer covers the other.");
        return Optional.of(String.join(" and ", terms) + (terms.size() == 1 ? " is a term" : " are terms")
                + " many papers use, not one paper's name; the answer covers the other.");
    }

    /** The papers the name finds that write it as a word, ignoring case, spaces and hyphens ("Lp-Reg", "LP Reg"; not "ORM" in "performance"). */
    private static List<PaperHit> mentioning(String name, List<PaperHit> hits) {
        List<Pattern> written = nameForms(name).stream().map(Comparison::writing).toList();
        return hits.stream().filter(h -> written.stream().anyMatch(w -> w.matcher(h.paper().title() + " " + h.paper().abstractText()).find())).toList();
    }

    /** What a paper that only cites the name says of it: its first sentence that writes it, which the answer's lines need not quote. */
    private static Optional<String> sentenceWriting(String name, Paper paper) {
        Pattern written = Comparison.writing(name);
        String text = paper.abstractText();
        return Sentences.split(text).stream().map(span -> span.of(text).strip()).filter(sentence -> written.matcher(sentence).find()).findFirst();
    }

    /** "Survey on Latent Reasoning" of "A Survey on Latent Reasoning": the title, its article set aside, or its part before a colon names its paper. */
    private static boolean titled(String name, Paper paper) {
        String title = paper.title().replaceFirst("(?i)^(?:the|an?)\\s+", "");
        Pattern written = Comparison.writing(name);
        return written.matcher(title).matches() || written.matcher(title.split(":", 2)[0].strip()).matches();
    }

    /** "Latent Diffusion Reasoner (LaDiR)", as a list labels a paper: either name, as its abstract may write "LaDiR (Latent Diffusion Reasoner)". */
    private static final Pattern LABEL = Pattern.compile("(.+?)\\s*+\\((?:also\\s++)?([^()]+)\\)");

    private static List<String> nameForms(String name) {
        Matcher label = LABEL.matcher(name.strip());
        return label.matches() ? List.of(name, label.group(1), label.group(2)) : List.of(name);
    }

    private Answer.Provenance provenance(SearchResult result, String llmModel) {
        return Answer.Provenance.of(result, embeddingModel, llmModel, llmModel == null ? null : prompts.version());
    }

    static long millisSince(long nanos) {
        return (System.nanoTime() - nanos) / 1_000_000;
    }
}
