package dev.paperchat.answer;

import dev.paperchat.corpus.FigureMeasures;
import dev.paperchat.corpus.MethodNames;
import dev.paperchat.corpus.Paper;
import dev.paperchat.corpus.Sentences;
import dev.paperchat.corpus.Span;
import dev.paperchat.index.Filters;
import dev.paperchat.retrieve.DefinitionQuestion;
import dev.paperchat.retrieve.NamesAsked;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.QuantityQuestion;
import dev.paperchat.retrieve.ScoreOn;
import dev.paperchat.retrieve.SearchResult;
import dev.paperchat.retrieve.SentenceHit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Predicate;
import java.util.function.ToIntFunction;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import java.util.stream.Stream;

/**
 * Answers without an LLM: picks the sentences of the retrieved abstracts that best answer the
 * question, names each paper's method, and cites every sentence. Questions asking for several
 * methods or papers get a list, one line of evidence per paper; others get the best sentences of
 * the best paper. When the evidence is weak it says so and lists the closest papers instead.
 */
public final class ExtractiveAnswerer {
    public static final String NOT_COVERED = "The collection does not seem to cover this question.";
    /** What an answer within filters says instead: the rest of the collection was not searched. */
    static final String NOT_COVERED_FILTERED = "The papers matching the filters do not seem to cover this question.";
    /**
     * A paper joins a list answer only if its best sentence scores at least this share of the
     * second best paper's: one sentence that repeats the question's words ("SwiReasoning curbs
     * overthinking" of "methods to curb overthinking") would otherwise cut every other paper. At 0.8 rather than 0.75 the
     * third set's topic answers cite fewer papers off their topic, with no loss on the three sets; 0.85 loses must_mention.
     */
    static final double LIST_RELATIVE_SCORE = 0.8;
    static final int MAX_LIST_ITEMS = 8;
    static final String LIST_HEADING = "Papers in the collection that address this:";
    /** Nor below this share of the first paper's: a list's tail of papers that share only the field's words with the question. */
    static final double TOP_SHARE = 0.6;
    /** Words of lower-case letters, two or more, before a name in brackets: "continuously-valued tokens (CoT2)". */
    private static final Pattern SPELT_OUT = Pattern.compile("\\p{Ll}+(?:-\\p{Ll}+)*(?:\\s+\\p{Ll}+(?:-\\p{Ll}+)*)+\\s+\\(");
    private static final int MAX_OTHER_NAMES = 2;
    /**
     * An acronym in capitals, three letters or more, as the subject a question asks of: "did TTRL use", "does GRPO
     * reach"; not "CoT", "Quiet-STaR", nor the benchmark of "Which models were evaluated on GPQA?".
     */
    private static final Pattern ASKED_OF = Pattern.compile("(?i:\\b(?:did|does|do|was|were|is|are|has|have)\\s++(?:the\\s++)?)"
            + "((?<![\\w-])\\p{Lu}{3,}+\\d*+(?![\\w-]))");
    /**
     * A second sentence far below the best is the abstract's opening ("Recent advancements in LLMs
     * have yielded significant improvements...") before the one that answers: left out. At 0.5 and
     * 0.6 of the best, must_mention on the three eval sets is the same; at 0.7 two answers lose the
     * figure their second sentence gives.
     */
    private static final double SECOND_SENTENCE = 0.6;
    static final int MAX_NAMED = 4;
    /** The papers whose sentences show a term of the field ("What is GRPO?"). */
    private static final int MAX_TERM_PAPERS = 3;
    /** The papers a record question that names none gets the records of: the reader picks the one meant. */
    private static final int DESCRIBED_RECORDS = 3;

    /** The answer's text and citations; the caller adds sources, timings and provenance. */
    public record Draft(String text, List<Citation> citations, boolean covered) {}

    public Draft answer(String question, SearchResult result, Consumer<String> stream) {
        return answer(question, result, stream, false, Optional.empty(), false);
    }

    /**
     * @param aboutPapers whether the question asks for papers whatever its form ("What does Tencent publish on RL?")
     * @param listedAnyway a paper a list takes however its sentences score beside the best one's: among an
     *                     organisation's few papers, one that names the topic ("Incentivizing Reasoning for..." for
     *                     "Which papers from Tencent study reasoning?")
     * @param filtered whether filters left papers out of the search, which an answer that finds nothing then says
     */
    Draft answer(String question, SearchResult result, Consumer<String> stream, boolean aboutPapers, Optional<Predicate<PaperHit>> listedAnyway,
                 boolean filtered) {
        List<PaperHit> hits = result.hits();
        if (hits.isEmpty()) return emit(new Draft(NOT_COVERED, List.of(), false), stream);
        if (!result.covered()) return notCovered(question, hits, stream, filtered ? NOT_COVERED_FILTERED : NOT_COVERED);
        List<PaperHit> named = hits.stream().filter(PaperHit::named).limit(MAX_NAMED).toList();
        // "who wrote the first two?" (the names of two papers by now): each one's record.
        if (named.size() > 1 && RecordQuestion.asks(question)) return records(question, inOrderNamed(question, named), hits, stream);
        if (named.size() > 1) return eachNamed(question, hits, inOrderNamed(question, named), Dimension.asked(question), stream);
        Optional<String> record = fromRecord(question, result);
        if (record.isPresent()) return recordDraft(record.get(), hits.get(0), stream);
        if (RecordQuestion.asks(question)) return describedRecords(question, hits, stream);
        // "How does ReAct work?" asks about a term, as "What is GRPO?" does, though "how does" asks about work too.
        // "what benchmarks did TTRL use?" when no paper is TTRL's: the papers that write it say what they say of it.
        Optional<String> term = DefinitionQuestion.acronymAsked(question).or(() -> factAskedOfTerm(question))
                .filter(a -> !hits.get(0).named() && !namedFor(hits.get(0), a));
        if (term.isPresent()) return term(question, term.get(), hits, stream);
        boolean list = aboutPapers && !hits.get(0).named() || QuestionForm.asksForPapers(result.respelledIn(question), hits.get(0));
        return list ? list(result.respelledIn(question), hits, stream, listedAnyway) : focused(result.respelledIn(question), hits, stream);
    }

    /** An acronym a question asks models, benchmarks or a quantity of: "TTRL" of "what benchmarks did TTRL use?". */
    private static Optional<String> factAskedOfTerm(String question) {
        if (question.length() > 300 || NamesAsked.of(question).isEmpty() && !QuantityQuestion.asksForQuantity(question)) return Optional.empty();
        Matcher acronym = ASKED_OF.matcher(question);
        return acronym.find() ? Optional.of(acronym.group(1)) : Optional.empty();
    }

    /** Whether the paper's name is the acronym, "Direct Preference Optimization (DPO)" for "DPO", not a name built on it ("TW-GRPO"). */
    private static boolean namedFor(PaperHit hit, String acronym) {
        return containsWord(MethodNames.of(hit.paper(), hit.names()), acronym);
    }

    /**
     * "What is GRPO?" when no paper is named for it: a term of the field, which the best papers'
     * sentences that write it describe, one line each, the one that spells it out first, rather
     * than the best paper's answer under its own name, as if the paper were GRPO.
     */
    private Draft term(String question, String acronym, List<PaperHit> hits, Consumer<String> stream) {
        StringBuilder text = new StringBuilder(acronym + " is a term that papers of the collection use; none of them is named for it. As they write it:");
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < hits.size() && citations.size() < MAX_TERM_PAPERS; i++) {
            PaperHit hit = hits.get(i);
            Optional<SentenceHit> writes = hit.sentences().stream().filter(s -> DefinitionQuestion.defines(s.text(), acronym)).findFirst()
                    .or(() -> hit.sentences().stream().filter(s -> writesTerm(s.text(), acronym)).findFirst())
                    .or(() -> firstWriting(hit, acronym));
            // The lines keep the search's order, so the markers run [1], [2] without a gap.
            if (writes.isEmpty()) break;
            text.append("\n- ").append(heading(hit)).append(": ").append(writes.get().text()).append(" [").append(i + 1).append("]");
            citations.add(cite(i + 1, hit, writes.get()));
        }
        // Streamed once settled: with no paper writing the term, the answer is another, and its heading was never this one.
        if (citations.isEmpty()) return focused(question, hits, stream);
        return emit(new Draft(text.toString(), citations, true), stream);
    }

    /** "ReAct-style", "GRPO-based" write the term; "TW-GRPO" names another method. */
    private static boolean writesTerm(String text, String term) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(term) + "(?!\\w)").matcher(text).find();
    }

    private static SentenceHit sentenceAt(Paper paper, int index) {
        Span span = Sentences.split(paper.abstractText()).get(index);
        return new SentenceHit(index, span.start(), span.end(), span.of(paper.abstractText()), 0);
    }

    /** The first sentence of the paper's abstract that writes the term, among those the search did not score. */
    private static Optional<SentenceHit> firstWriting(PaperHit hit, String word) {
        String text = hit.paper().abstractText();
        List<Span> spans = Sentences.split(text);
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            if (writesTerm(span.of(text), word)) return Optional.of(new SentenceHit(i, span.start(), span.end(), span.of(text), 0));
        }
        return Optional.empty();
    }

    /** The record's answer when the question asks who wrote the paper it names, or when it appeared: no abstract says. */
    static Optional<String> fromRecord(String question, SearchResult result) {
        if (result.hits().isEmpty() || !result.hits().get(0).named()) return Optional.empty();
        return RecordQuestion.answer(question, result.hits().get(0).paper(), heading(result.hits().get(0)));
    }

    /** "who wrote them?" of several papers: each one's record, one line each, cited as the record question of one is. */
    Draft records(String question, List<PaperHit> hits, Consumer<String> stream) {
        return records(question, hits, hits, stream);
    }

    /** @param sources the answer's sources, whose places are the markers */
    private Draft records(String question, List<PaperHit> papers, List<PaperHit> sources, Consumer<String> stream) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (PaperHit hit : papers) {
            int marker = sources.indexOf(hit) + 1;
            Optional<String> record = RecordQuestion.answer(question, hit.paper(), null);
            if (record.isEmpty()) continue;
            // Named as a list line, so that a further follow-up ("when were they published?") finds the papers again.
            String line = (text.isEmpty() ? "" : "\n") + "- " + heading(hit) + ": " + RecordQuestion.withMarker(record.get(), marker);
            text.append(line);
            stream.accept(line);
            if (hit.bestSentence() != null) citations.add(cite(marker, hit, hit.bestSentence()));
        }
        return new Draft(text.toString(), citations, true);
    }

    /**
     * "When was the microplastics amphipod paper published?" names no title: the records of the
     * papers that fit the description best, each on its line, for the reader to pick the one meant.
     */
    private Draft describedRecords(String question, List<PaperHit> hits, Consumer<String> stream) {
        String intro = "No paper is named by its title; the papers that fit best:\n";
        stream.accept(intro);
        Draft records = records(question, hits.subList(0, Math.min(DESCRIBED_RECORDS, hits.size())), stream);
        return new Draft(intro + records.text(), records.citations(), true);
    }

    /** "Who wrote Quiet-STaR?": the record's answer, cited by the sentence that names the paper's work. */
    private static Draft recordDraft(String text, PaperHit hit, Consumer<String> stream) {
        String cited = RecordQuestion.withMarker(text, 1);
        stream.accept(cited);
        return new Draft(cited, hit.bestSentence() == null ? List.of() : List.of(cite(1, hit, hit.bestSentence())), true);
    }

    /**
     * The search with the papers a question names several of ("compare A and B") first, in the
     * question's order, so that its answer cites them as [1], [2] and lists them so.
     */
    static SearchResult namedFirst(String question, SearchResult result) {
        List<PaperHit> named = result.hits().stream().filter(PaperHit::named).limit(MAX_NAMED).toList();
        if (named.size() < 2) return result;
        List<PaperHit> hits = new ArrayList<>(inOrderNamed(question, named));
        result.hits().stream().filter(hit -> !hits.contains(hit)).forEach(hits::add);
        return result.withHits(hits);
    }

    /** The named papers in the order the question names them, not the search's: "compare A and B" answers A first. */
    private static List<PaperHit> inOrderNamed(String question, List<PaperHit> named) {
        String asked = question.toLowerCase(Locale.ROOT);
        // "ETTRL" of "ETTRL: Balancing Exploration...": a title's name before its colon names it too.
        ToIntFunction<PaperHit> mention = hit -> Stream.of(hit.names(), MethodNames.introduced(hit.paper()),
                        List.of(hit.paper().title(), hit.paper().title().split(":", 2)[0].strip()))
                .flatMap(Collection::stream)
                .mapToInt(name -> asked.indexOf(name.toLowerCase(Locale.ROOT))).filter(i -> i >= 0).min().orElse(Integer.MAX_VALUE);
        return named.stream().sorted(Comparator.comparingInt(mention)).toList();
    }

    /**
     * "Compare Clip-Cov and Lp-Reg": each paper the question names, with its own best sentences;
     * "which of Hawkeye and R2R is faster?": what each proposes and the figure it reports for speed;
     * "what benchmarks did Coconut and Quiet-STaR use?": that an abstract names none, and what it says of its evaluation.
     */
    private Draft eachNamed(String question, List<PaperHit> hits, List<PaperHit> named, Optional<Dimension> by, Consumer<String> stream) {
        StringBuilder text = new StringBuilder();
        List<Citation> citations = new ArrayList<>();
        for (PaperHit hit : named) {
            int marker = hits.indexOf(hit) + 1;
            // Each line after the first starts with its line break: the deltas join to the answer exactly.
            StringBuilder line = new StringBuilder((text.isEmpty() ? "" : "\n") + "- " + heading(hit) + ":");
            if (NamesAsked.unanswered(question, hit.paper())) {
                OptionalInt evaluation = NamesAsked.evaluationSentence(hit.paper());
                SentenceHit said = evaluation.isPresent() ? sentenceAt(hit.paper(), evaluation.getAsInt()) : hit.bestSentence();
                line.append(" its abstract names no benchmarks; the full paper may.");
                if (said != null) {
                    line.append(evaluation.isPresent() ? " What it says of its evaluation: " : " Its sentence closest to the question: ")
                            .append(said.text()).append(" [").append(marker).append(']');
                    citations.add(cite(marker, hit, said).asClosestOnly());
                }
                text.append(line);
                stream.accept(line.toString());
                continue;
            }
            for (SentenceHit sentence : by.flatMap(d -> proposedAndReported(hit, d)).orElseGet(() -> proposedAndBest(hit))) {
                line.append(' ').append(sentence.text()).append(" [").append(marker).append(']');
                citations.add(cite(marker, hit, sentence));
            }
            text.append(line);
            stream.accept(line.toString());
        }
        return new Draft(text.toString(), citations, true);
    }

    /**
     * "which one is fastest?" after a list of eight: "Of the 8 papers in the last list, 2 report figures
     * for speed in their abstracts", and the sentence of each that does, or that none does. Each
     * paper measures it its own way (against its own baseline), so the reader weighs the figures.
     *
     * @param shown the listed papers that report a figure for the dimension ({@link #reported})
     * @param largest the largest ratio or share of the dimension each paper states, by which they come, each by its sentence of it
     */
    Draft reporting(int listed, Dimension by, List<PaperHit> shown, Map<String, FigureMeasures.Stated> largest, Consumer<String> stream) {
        if (shown.isEmpty()) {
            return emit(new Draft((listed == 1 ? "The paper of the last list does not report" : "None of the " + listed + " papers in the last list reports")
                    + " a figure for " + by.name() + " in its abstract.", List.of(), true), stream);
        }
        PaperHit first = shown.get(0);
        String top = shown.size() > 1 && largest.containsKey(first.paper().id()) ? "; the largest stated is " + largest.get(first.paper().id()).written()
                + ", " + displayed(MethodNames.of(first.paper(), first.names())) + "'s [1]:" : ":";
        String reports = shown.size() == 1 ? " reports a figure for " + by.name() + " in its abstract:"
                : " report figures for " + by.name() + " in their abstracts, each against its own baseline" + top;
        return all((listed == 1 ? "The paper of the last list" : "Of the " + listed + " papers in the last list, " + shown.size()) + reports, shown,
                hit -> largest.containsKey(hit.paper().id()) ? hit.bestSentence() : reported(hit, by).orElseThrow(),
                hit -> largest.containsKey(hit.paper().id()) ? ", " + largest.get(hit.paper().id()).written() : "", stream);
    }

    /**
     * "Of the 8 papers in the last list, 3 mention "Qwen":" and a line for each, or that none
     * does; negated, those that do not mention it, each with its best sentence for its name.
     *
     * @param quoted what they mention, quoted: "Qwen" or "Llama"
     * @param byOrganization the papers whose organisation says it ("from Tencent"), each line naming it
     * @param whose which papers they were: "in the last list", "in the last answers" that were each about one, or
     *              "that mention "Qwen"", every paper a count's answer counted
     */
    Draft narrowed(int listed, String quoted, boolean negated, List<PaperHit> shown, Set<String> byOrganization, String whose, Consumer<String> stream) {
        if (shown.isEmpty()) {
            String text = listed == 1 ? "The paper " + whose.replaceFirst("^in ", "of ") + " " + (negated ? "mentions " : "does not mention ") + quoted + "."
                    : negated ? "Each of the " + listed + " papers " + whose + " mentions " + quoted + "."
                    : "None of the " + listed + " papers " + whose + " mentions " + quoted + " in its title, abstract or organisation.";
            return emit(new Draft(text, List.of(), true), stream);
        }
        // "Tencent" read from the records alone: the papers are from it, which no sentence quoted need say.
        boolean fromRecords = !negated && shown.stream().allMatch(hit -> byOrganization.contains(hit.paper().id()));
        String verb = fromRecords ? (shown.size() == 1 ? " is from " : " are from ")
                : negated ? (shown.size() == 1 ? " does not mention " : " do not mention ") : (shown.size() == 1 ? " mentions " : " mention ");
        Function<PaperHit, String> organisation = hit -> byOrganization.contains(hit.paper().id()) ? " (from " + hit.paper().organization() + ")" : "";
        return all("Of the " + listed + (listed == 1 ? " paper " : " papers ") + whose + ", " + shown.size() + verb + (fromRecords ? quoted.replace("\"", "") : quoted)
                + (negated ? " in the title, abstract or organisation:" : ":"), shown, PaperHit::bestSentence, organisation, stream);
    }

    /**
     * "Of the 7 papers in the last list, 3 are dated 2025:" and a line for each with its date,
     * or that none is; papers without a year are counted, as no date filter can take them.
     *
     * @param whose which papers they were: "in the last list", or "that mention "Qwen"", every paper a count's answer counted
     * @param range "dated 2025"
     * @param negated whether the papers not of the range are asked for
     */
    Draft datedAmong(int listed, String whose, String range, boolean negated, List<PaperHit> shown, long undated, Consumer<String> stream) {
        String withoutYear = undated == 0 ? "" : undated == 1 ? " (1 of them has no year in the collection)"
                : " (" + undated + " of them have no year in the collection)";
        String papers = listed == 1 ? "the paper " + whose : "the " + listed + " papers " + whose;
        if (shown.isEmpty() && !negated && undated == listed) {
            // No year at all says nothing of the range: "None ... is dated 2025" would read as an answer.
            String text = listed == 1 ? "The paper " + whose + " has no year in the collection, so whether it is " + range + " is unknown."
                    : "None of " + papers + " has a year in the collection, so whether any is " + range + " is unknown.";
            return emit(new Draft(text, List.of(), true), stream);
        }
        if (shown.isEmpty()) {
            String text = negated ? (listed == 1 ? "The paper " + whose + " is " : "Each of " + papers + " is ") + range + "."
                    : (listed == 1 ? "The paper " + whose + " is not " : "None of " + papers + " is ") + range + withoutYear + ".";
            return emit(new Draft(text, List.of(), true), stream);
        }
        String verb = (shown.size() == 1 ? " is " : " are ") + (negated ? "not " : "");
        // A question of dates has no topic: each paper is shown by what it proposes, as "Which papers are from 2025?" shows it.
        return all("Of " + papers + withoutYear + ", " + shown.size() + verb + range + ":", shown, hit -> proposal(hit).orElse(hit.bestSentence()),
                hit -> hit.paper().date() == null ? "" : " (" + hit.paper().date() + ")", stream);
    }

    /**
     * The papers under each group asked for, each by its sentence that fits best, a paper under a second group by its name
     * and marker alone; then the listed papers in no group.
     *
     * @param fromList whether the papers are the last list's, sorted by the words they write, or each group's search's
     */
    Draft grouped(Map<String, List<PaperHit>> groups, List<PaperHit> ungrouped, boolean fromList, Consumer<String> stream) {
        StringBuilder text = new StringBuilder(fromList ? "The papers of the last list under each group whose words their title or abstract writes:"
                : "The papers that fit each group best:");
        Map<String, Integer> markers = new LinkedHashMap<>();
        List<Citation> citations = new ArrayList<>();
        groups.forEach((group, hits) -> {
            text.append("\n\n**").append(group).append("**");
            if (hits.isEmpty()) text.append(fromList ? "\n- None of them." : "\n- The collection does not seem to cover it.");
            for (PaperHit hit : hits) {
                SentenceHit sentence = hit.bestSentence();
                if (sentence == null) continue;
                Integer marker = markers.get(hit.paper().id());
                if (marker != null) {
                    text.append("\n- ").append(displayed(MethodNames.of(hit.paper(), hit.names()))).append(" [").append(marker).append("]");
                    continue;
                }
                marker = markers.size() + 1;
                markers.put(hit.paper().id(), marker);
                citations.add(cite(marker, hit, sentence));
                text.append("\n- ").append(label(hit, sentence)).append(": ").append(sentence.text()).append(" [").append(marker).append("]");
            }
        });
        if (!ungrouped.isEmpty()) {
            text.append("\n\nIn none of these groups: ").append(String.join("; ", ungrouped.stream()
                    .map(hit -> displayed(MethodNames.of(hit.paper(), hit.names()))).toList())).append(".");
        }
        return emit(new Draft(text.toString(), citations, !citations.isEmpty()), stream);
    }

    /** "Papers similar to SpecReason": the papers nearest it, each by what it proposes, which is what a reader choosing what to read next looks for. */
    Draft nearest(String paper, List<PaperHit> hits, Consumer<String> stream) {
        if (hits.isEmpty()) return emit(new Draft("No other paper in the collection is near " + paper + ".", List.of(), false), stream);
        return all("Papers in the collection nearest to " + paper + " by their titles and abstracts:", hits,
                hit -> proposal(hit).orElse(hit.bestSentence()), hit -> "", stream);
    }

    /**
     * The papers by their records' dates, newest (or oldest) first, then those whose date gives no
     * year, which cannot be placed ("28 May"), in their order.
     */
    static List<PaperHit> byDate(List<PaperHit> papers, boolean newest) {
        Comparator<PaperHit> byStart = Comparator.comparing(hit -> Filters.period(hit.paper().date()).get(0));
        List<PaperHit> ordered = new ArrayList<>(papers.stream().filter(ExtractiveAnswerer::hasYear).sorted(newest ? byStart.reversed() : byStart).toList());
        papers.stream().filter(hit -> !hasYear(hit)).forEach(ordered::add);
        return ordered;
    }

    private static boolean hasYear(PaperHit hit) {
        return !Filters.period(hit.paper().date()).isEmpty();
    }

    /**
     * "which of these is the most recent?": the newest (or oldest) paper by its record, then each
     * paper's date, in that order; papers without a year are said to be of no known place.
     *
     * @param ordered the papers as {@link #byDate(List, boolean)} orders them
     * @param from where the papers were named: "in the last list", "of the last answers"
     */
    Draft byDate(List<PaperHit> ordered, boolean newest, String from, Consumer<String> stream) {
        List<PaperHit> dated = ordered.stream().filter(ExtractiveAnswerer::hasYear).toList();
        long undated = ordered.size() - dated.size();
        String all = (ordered.size() == 2 ? "the two papers " : "the " + ordered.size() + " papers ") + from;
        String which = newest ? "the most recent" : "the earliest";
        String intro;
        if (dated.isEmpty()) {
            intro = (ordered.size() == 2 ? "Neither of " : "None of ") + all + " has a year in the collection, so which is " + which
                    + " cannot be told. Their records' dates:\n";
        } else {
            String date = dated.get(0).paper().date();
            List<PaperHit> first = dated.stream().filter(hit -> hit.paper().date().equals(date)).toList();
            String named = String.join(" and ", first.stream().map(hit -> heading(hit) + " [" + (ordered.indexOf(hit) + 1) + "]").toList());
            intro = "Of " + all + ", " + which + " by " + (first.size() == 1 ? "its record is " : "their records are ") + named
                    + (first.size() == 1 ? ", dated " : first.size() == 2 ? ", both dated " : ", all dated ") + date + "."
                    + (undated == 0 ? "" : " " + (undated == 1 ? "One of them has" : undated + " of them have") + " no year in the collection and may be "
                    + (newest ? "newer" : "older") + ".") + " Their records' dates:\n";
        }
        stream.accept(intro);
        Draft lines = records("when was it published?", ordered, ordered, stream);
        return new Draft(intro + lines.text(), lines.citations(), true);
    }

    /**
     * "does it use Qwen?" of the paper the last answer was about: 'Quiet-STaR ("...") does not
     * mention "Qwen" in its title, abstract or organisation.', or that it does, with the sentence
     * that says so ("is from Tencent" when only its organisation does).
     * The paper stays named, so that a further "does it..." finds it.
     */
    Draft mentionedBy(PaperHit hit, String quoted, boolean mentions, boolean byOrganization, Consumer<String> stream) {
        if (mentions && byOrganization) {
            return emit(new Draft(heading(hit) + " is from " + hit.paper().organization() + " in the collection.", List.of(), true), stream);
        }
        if (!mentions || hit.bestSentence() == null) {
            return emit(new Draft(heading(hit) + " does not mention " + quoted + " in its title, abstract or organisation.", List.of(), true), stream);
        }
        String text = heading(hit) + " mentions " + quoted + ": " + hit.bestSentence().text() + " [1]";
        return emit(new Draft(text, List.of(cite(1, hit, hit.bestSentence())), true), stream);
    }

    /**
     * "Which papers mention GRPO?": a line for each paper that names it, with the sentence that
     * does, or that none does.
     *
     * @param quoted what they mention, quoted: "GRPO"
     * @param subject the paper the name is of, which is left out of the papers, or null
     * @param counted how many papers mention it, when the question asks how many ("How many papers mention GRPO?"); else null
     */
    Draft naming(String quoted, PaperHit subject, List<PaperHit> shown, Count counted, Filters filters, Consumer<String> stream) {
        // Within filters, what is said is said of the papers they pass, not of the collection.
        String where = (filters.isEmpty() ? " in the collection" : " matching the filters (" + filters.describe() + ")")
                + (subject == null ? "" : " other than " + heading(subject));
        if (shown.isEmpty()) {
            return emit(new Draft("No paper" + where + " mentions " + quoted + " in its title or abstract.", List.of(), false), stream);
        }
        if (counted != null) {
            boolean one = counted.papers() == 1 && !counted.orMore();
            String many = one ? "1 paper" + where + " mentions " : counted.papers() + (counted.orMore() ? " or more" : "")
                    + " papers" + where + " mention ";
            return all(many + quoted + " in the title or abstract" + (shown.size() < counted.papers() ? "; the first " + shown.size() + ":" : ":"),
                    shown, stream);
        }
        return all("Papers" + where + " that mention " + quoted + ":", shown, stream);
    }

    /**
     * "Which paper reports the highest accuracy on AIME 2024?": the papers that tie a figure to the
     * benchmark, scores first and highest first, then gains, each line with its figure. Each figure is
     * of the paper's own models and setting, which the lead says, and a gain over a paper's own baseline
     * ranks it above no other.
     *
     * @param mentioning how many papers mention it, of which those shown tie a figure to it
     * @param tying how many papers tie a figure to it, of which the first are shown
     */
    Draft scoresOn(String quoted, int mentioning, int tying, List<PaperHit> shown, Map<String, ScoreOn> scores, Consumer<String> stream) {
        String mention = mentioning == 1 ? "The paper that mentions " + quoted : "Of the " + mentioning + " papers that mention " + quoted + ", 1";
        if (tying == 0) {
            return all((mentioning == 1 ? "The paper that mentions " + quoted + " ties no figure" : "None of the " + mentioning + " papers that mention "
                    + quoted + " ties a figure") + " to it in its abstract; where " + (mentioning == 1 ? "it names" : "they name") + " it:", shown, stream);
        }
        PaperHit first = shown.get(0);
        ScoreOn top = scores.get(first.paper().id());
        String lead = tying == 1 ? mention + " ties a figure to it in its abstract: " + (top.gain() ? "a gain of " + top.figure() + " over a baseline or another model [1]:"
                : "a score of " + top.figure() + ", of its own models and setting [1]:")
                : "Of the " + mentioning + " papers that mention " + quoted + ", " + tying + " tie a figure to it in their abstracts, "
                + (top.gain() ? "each a gain over a baseline or another model, which ranks no paper above another:"
                : "each of its own models and setting; the highest score stated is " + top.figure() + ", "
                + displayed(MethodNames.of(first.paper(), first.names())) + "'s [1]:");
        return all(lead, shown, hit -> scores.get(hit.paper().id()).sentence(), hit -> {
            ScoreOn score = scores.get(hit.paper().id());
            return score.gain() ? ", a gain of " + score.figure() : ", " + score.figure();
        }, stream);
    }

    /**
     * "Which method gives the largest speedup?": the papers that state a figure for it, the largest first, each line with
     * its figure; none ranks above another by them alone, as each is of its own models, baseline and setting.
     *
     * @param searched how many papers searches for the dimension and for the question found, of which {@code stating} state a figure for it
     */
    Draft largestOf(Dimension by, Optional<String> bound, List<String> named, int searched, int stating, List<PaperHit> shown,
                    Map<String, FigureMeasures.Stated> largest, Consumer<String> stream) {
        String within = bound.map(b -> " " + b).orElse("");
        // "speed up training": only sentences that name training were read, and the answer says so.
        String where = named.isEmpty() ? "" : " that " + (stating == 1 || shown.isEmpty() ? "names " : "name ") + String.join(" and ", named);
        if (shown.isEmpty()) {
            return emit(new Draft("None of the " + searched + " papers found for " + by.name() + " states a figure for it" + within
                    + (named.isEmpty() ? " in its abstract." : " in a sentence of its abstract" + where + "."), List.of(), false), stream);
        }
        PaperHit first = shown.get(0);
        String in = stating == 1 ? (named.isEmpty() ? "its abstract" : "a sentence of its abstract" + where)
                : named.isEmpty() ? "their abstracts" : "sentences of their abstracts" + where;
        String lead = "Of the " + searched + " papers found for " + by.name() + ", " + (stating == 1 ? "1 states a figure" : stating + " state figures")
                + " for it" + within + " in " + in + ", each of its own models, baseline and setting; the largest stated is "
                + largest.get(first.paper().id()).written() + ", " + displayed(MethodNames.of(first.paper(), first.names())) + "'s [1]:";
        return all(lead, shown, PaperHit::bestSentence, hit -> ", " + largest.get(hit.paper().id()).written(), stream);
    }

    /** How many papers name something, and whether more may, beyond those a search brings. */
    record Count(int papers, boolean orMore) {}

    /** No paper passes the filters: the notices say why (an organisation of no paper, a range of no dated paper). */
    Draft noneMatch(Filters filters, Consumer<String> stream) {
        return emit(new Draft("No paper in the collection matches the filters (" + filters.describe() + ").", List.of(), false), stream);
    }

    /** Every paper found, one line each: "Which papers are from Tencent?" asks for them all, not the best. */
    Draft all(String heading, List<PaperHit> hits, Consumer<String> stream) {
        return all(heading, hits, PaperHit::bestSentence, hit -> "", stream);
    }

    /**
     * A question with no topic ("Which papers are from Tencent?") has no sentence that answers it
     * best: each paper is shown by the sentence that says what it proposes, when one does.
     */
    Draft byProposal(String heading, List<PaperHit> hits, Consumer<String> stream) {
        return all(heading, hits, hit -> proposal(hit).orElse(hit.bestSentence()), hit -> "", stream);
    }

    private Draft all(String heading, List<PaperHit> hits, Function<PaperHit, SentenceHit> sentence, Function<PaperHit, String> after,
                      Consumer<String> stream) {
        StringBuilder text = new StringBuilder(heading);
        stream.accept(heading);
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            PaperHit hit = hits.get(i);
            if (hit.bestSentence() == null) continue;
            SentenceHit shown = sentence.apply(hit);
            String line = "\n- " + label(hit, shown) + after.apply(hit) + ": " + shown.text() + " [" + (i + 1) + "]";
            text.append(line);
            stream.accept(line);
            citations.add(cite(i + 1, hit, shown));
        }
        return new Draft(text.toString(), citations, true);
    }

    /**
     * The sentence of the paper's abstract that says what it proposes: the first that names the
     * paper's method ("we introduce Low-probability Regularization (Lp-Reg)"), else the first of
     * any ("which we term reasoning sparks" names a finding, not the method).
     */
    private static Optional<SentenceHit> proposal(PaperHit hit) {
        String text = hit.paper().abstractText();
        List<Span> spans = Sentences.split(text);
        List<String> names = hit.names();
        Optional<SentenceHit> first = Optional.empty();
        for (int i = 0; i < spans.size(); i++) {
            Span span = spans.get(i);
            String sentence = span.of(text);
            if (!MethodNames.proposes(sentence)) continue;
            SentenceHit proposed = new SentenceHit(i, span.start(), span.end(), sentence, 0);
            if (names.stream().anyMatch(name -> containsWord(sentence, name))) return Optional.of(proposed);
            if (first.isEmpty()) first = Optional.of(proposed);
        }
        return first;
    }

    /** How well a proposal sentence must fit, beside a list line's best sentence, to be quoted instead. */
    private static final double PROPOSAL_SHARE = 0.85;
    /**
     * How well a sentence of the paper's own must fit to be quoted instead of a best sentence that
     * sets the scene: background lines in 59 topic answers fell from 35 to 17 of 438, with
     * must_mention unchanged on the three sets (and at 0.6 and 0.7).
     */
    private static final double OWN_SHARE = 0.8;

    /** The papers a list answer of these hits would show: the best, and those whose best sentence fits nearly as well as the second best's. */
    static List<PaperHit> fitting(List<PaperHit> hits) {
        double secondBest = secondBest(hits);
        List<PaperHit> fitting = new ArrayList<>();
        for (int i = 0; i < hits.size(); i++) {
            SentenceHit best = hits.get(i).bestSentence();
            if (best == null) continue;
            if (i > 0 && !fits(hits.get(i), secondBest, hits.get(0))) break;
            fitting.add(hits.get(i));
        }
        return fitting;
    }

    /**
     * Whether a paper's best sentence fits nearly as well as the second best paper's, and not far
     * below the first's: within a year's few papers, "Which papers from 2024 study latent reasoning?"
     * had listed seven that only say "reasoning" (0.62 to 0.71) under Coconut (1.19).
     */
    private static boolean fits(PaperHit hit, double secondBest, PaperHit first) {
        double score = hit.bestSentence().score();
        return score >= LIST_RELATIVE_SCORE * secondBest && (first.bestSentence() == null || score >= TOP_SHARE * first.bestSentence().score());
    }

    /**
     * Ranked this high by the search, which reads titles and abstracts whole, a paper is listed if its sentence is not far
     * below the first's: ARTIST ("Agentic Reasoning and Tool Integration for LLMs via RL"), second for "which papers study
     * tool-integrated reasoning?", had been left out for its sentences. The first three changed no figure of the three
     * evaluation sets but the third's citedRelevant (0.394 to 0.377); the first two changed none, and of about 900 questions
     * of four reviewers, three answers gained their second paper.
     */
    static final int SEARCH_TOP = 2;

    private static boolean nearFirst(PaperHit hit, PaperHit first) {
        return first.bestSentence() == null || hit.bestSentence().score() >= TOP_SHARE * first.bestSentence().score();
    }

    private static double secondBest(List<PaperHit> hits) {
        return hits.stream().filter(h -> h.bestSentence() != null).map(h -> h.bestSentence().score())
                .sorted(Comparator.reverseOrder()).skip(1).findFirst().orElse(0.0);
    }

    private Draft list(String question, List<PaperHit> hits, Consumer<String> stream, Optional<Predicate<PaperHit>> listedAnyway) {
        double secondBest = secondBest(hits);
        List<Citation> citations = new ArrayList<>();
        StringBuilder text = new StringBuilder(LIST_HEADING);
        stream.accept(text.toString());
        List<Set<String>> seen = new ArrayList<>();
        // As many lines as papers were asked for, 8 at least: "k": 20 had still listed 8.
        int most = Math.max(MAX_LIST_ITEMS, hits.size());
        for (int i = 0; i < hits.size() && citations.size() < most; i++) {
            PaperHit hit = hits.get(i);
            if (hit.bestSentence() == null) continue;
            boolean named = listedAnyway.isPresent() && listedAnyway.get().test(hit);
            boolean fitting = i == 0 || fits(hit, secondBest, hits.get(0));
            // Ranked second by the search, a paper is listed; the papers after it still end where one fits badly.
            boolean ranked = !fitting && i < SEARCH_TOP && nearFirst(hit, hits.get(0));
            boolean anyway = named || ranked;
            if (!fitting && !anyway) {
                // Past the papers that fit well only the ones named anyway follow.
                if (listedAnyway.isEmpty()) break;
                continue;
            }
            // Two papers often say the same thing in the same words (a journal version, a shared
            // introduction): the second shows what else it says, or is left out.
            // The search's best paper is listed whatever its sentences score beside another paper's.
            double floor = i == 0 || anyway ? 0 : LIST_RELATIVE_SCORE * secondBest;
            List<SentenceHit> fit = hit.sentences().stream().filter(s -> s.score() >= floor && !nearDuplicate(s, seen)).toList();
            if (fit.isEmpty()) continue;
            SentenceHit sentence = ownLine(fit, QuestionForm.asksWhether(question));
            seen.add(words(sentence.text()));
            int marker = i + 1;
            Optional<SentenceHit> figure = figureLine(question, hit, sentence);
            String line = "\n- " + label(hit, sentence) + ": " + sentence.text() + " [" + marker + "]"
                    + figure.map(f -> " " + f.text() + " [" + marker + "]").orElse("");
            text.append(line);
            stream.accept(line);
            citations.add(cite(marker, hit, sentence));
            figure.ifPresent(f -> citations.add(cite(marker, hit, f)));
            if (ranked && !named && listedAnyway.isEmpty()) break;
        }
        return new Draft(text.toString(), citations, true);
    }

    /**
     * "Which papers shorten chains of thought, and what speedups do they report?": the sentence of a listed paper that
     * states a change with its figure, of the measure asked when one does ("faster": speed), when its line does not.
     */
    private static Optional<SentenceHit> figureLine(String question, PaperHit hit, SentenceHit line) {
        if (!QuantityQuestion.asksForQuantity(question) || statesResult(line.text())) return Optional.empty();
        List<SentenceHit> changes = IntStream.range(0, Sentences.split(hit.paper().abstractText()).size()).mapToObj(i -> sentenceAt(hit.paper(), i))
                .filter(s -> statesResult(s.text())).toList();
        return changes.stream().filter(s -> QuantityQuestion.namesMeasureAsked(s.text(), question)).findFirst().or(() -> changes.stream().findFirst());
    }

    /** "tell me more about X", as a follow-up is made to stand alone: more of one paper, its results among it. */
    private static final Pattern TELL_MORE = Pattern.compile("(?i)^\\W*+tell\\s++me\\s++more\\b");

    /** A result's figure: a share or a factor ("by 53.3%", "2.8x", "1.5-2.5times", "three-fold"), not "pass@1" or "ten LRMs". */
    private static final Pattern RESULT_FIGURE = Pattern.compile("(?i)\\d(?:[.,]\\d+)?+\\s*+(?:\\\\?%|x\\b|\u00d7|times|-?fold|percent|points?\\b)");

    /** Whether the sentence states a change with the figure of a result: what a list line asked for its figures should quote. */
    private static boolean statesResult(String sentence) {
        return QuantityQuestion.statesChange(sentence) && RESULT_FIGURE.matcher(sentence).find();
    }

    /**
     * Of a list line's sentences that fit about as well, best first, the one that says what the
     * paper does or finds, not the problem it starts from or the work before it.
     */
    private static SentenceHit ownLine(List<SentenceHit> fit, boolean asksWhether) {
        double top = fit.get(0).score();
        // "Do reflections ever change the answer?" is answered by what a paper found ("reflections ... rarely alter the
        // model's initial answer"), not by the method it then proposes.
        Optional<SentenceHit> finding = asksWhether ? nearTop(fit, Background::finding) : Optional.empty();
        return finding.or(() -> nearTop(fit, MethodNames::proposes))
                .or(() -> Background.is(fit.get(0).text()) || Background.problem(fit.get(0).text())
                        ? fit.stream().filter(s -> s.score() >= OWN_SHARE * top && Background.own(s.text()) && !Background.problem(s.text())).findFirst()
                        : Optional.empty())
                .orElse(fit.get(0));
    }

    /** The first of the sentences that fit about as well as the best that is of the kind asked for. */
    private static Optional<SentenceHit> nearTop(List<SentenceHit> fit, Predicate<String> kind) {
        double top = fit.get(0).score();
        return fit.stream().filter(s -> s.score() >= PROPOSAL_SHARE * top && kind.test(s.text())).findFirst();
    }

    /**
     * The paper's name, and the other names its abstract introduces that neither the name, the
     * sentence nor the title shows: "OpenThinkIMG (also V-ToolRL)", so a reader sees every method
     * the paper offers.
     */
    static String label(PaperHit hit, SentenceHit sentence) {
        String name = displayed(MethodNames.of(hit.paper(), hit.names()));
        List<String> also = MethodNames.others(name, hit.names()).stream()
                .filter(n -> !name.contains(n) && !sentence.text().contains(n) && !containsWord(hit.paper().title(), n)
                        && !MethodNames.baseline(hit.paper().abstractText(), n))
                .limit(MAX_OTHER_NAMES).toList();
        return also.isEmpty() ? name : name + " (also " + String.join(", ", also) + ")";
    }

    /**
     * A name spelt out in words, which starts an answer's line, starts with a capital:
     * "Continuously-valued tokens (CoT2)"; a name written in lower case ("s1", "short-m@k") stays.
     */
    static String displayed(String name) {
        return SPELT_OUT.matcher(name).lookingAt() ? Character.toUpperCase(name.charAt(0)) + name.substring(1) : name;
    }

    private static boolean containsWord(String text, String word) {
        return Pattern.compile("(?<![\\w-])" + Pattern.quote(word) + "(?![\\w-])").matcher(text).find();
    }

    private Draft focused(String question, List<PaperHit> hits, Consumer<String> stream) {
        PaperHit top = hits.get(0);
        // The best sentences: facts asked together are often stated apart.
        List<SentenceHit> chosen = best(top, Integer.MAX_VALUE);
        // The answer first: the best sentence leads ("Experiments on DeepSeek-R1-Distill-Qwen-1.5B..." for "On which models
        // was LASER-D evaluated?"), the others after it in the abstract's order; for "What does GRPO stand for?", the one that spells it out.
        SentenceHit lead = chosen.stream().filter(s -> DefinitionQuestion.answersWhatItIs(question, s.text())).findFirst().orElse(top.bestSentence());
        if (chosen.remove(lead)) chosen.add(0, lead);
        // "We refer to this phenomenon as the 'Prefix Dominance Trap'": what it is, the sentence before says.
        boolean named = DefinitionQuestion.nameOrTermAsked(question).filter(name -> DefinitionQuestion.refersBack(lead.text(), name)).isPresent();
        if (named && lead.index() > 0) {
            chosen.removeIf(s -> s.index() == lead.index() - 1);
            chosen.add(0, sentenceAt(top.paper(), lead.index() - 1));
        }
        // "tell me more about UloRL": what it found too, when the sentences chosen state no result ("2.06x increase in training speed").
        if (TELL_MORE.matcher(question).lookingAt() && chosen.stream().noneMatch(s -> statesResult(s.text()))) {
            IntStream.range(0, Sentences.split(top.paper().abstractText()).size()).mapToObj(i -> sentenceAt(top.paper(), i))
                    .filter(s -> statesResult(s.text()) && chosen.stream().noneMatch(c -> c.index() == s.index())).findFirst().ifPresent(chosen::add);
        }
        StringBuilder text = new StringBuilder(heading(top) + ":");
        stream.accept(text.toString());
        List<Citation> citations = new ArrayList<>();
        for (SentenceHit sentence : chosen) {
            String part = " " + sentence.text() + " [1]";
            text.append(part);
            stream.accept(part);
            citations.add(cite(1, top, sentence));
        }
        return new Draft(text.toString(), citations, true);
    }

    /**
     * Of a paper compared with others, what it proposes ("We propose Entropy Minimized Policy
     * Optimization") and then its sentence after that fits the question best: each side's line says
     * what it is and does, not the problem its abstract opens with. Its two best sentences when it
     * proposes nothing.
     */
    private static List<SentenceHit> proposedAndBest(PaperHit hit) {
        Optional<SentenceHit> proposed = proposal(hit);
        if (proposed.isEmpty()) return best(hit, 2);
        int at = proposed.get().index();
        SentenceHit own = hit.sentences().stream().filter(s -> s.index() == at).findFirst().orElse(proposed.get());
        List<SentenceHit> chosen = new ArrayList<>(List.of(own));
        // The paper's sentences best first: the first after its proposal.
        hit.sentences().stream().filter(s -> s.index() > at).findFirst().ifPresent(chosen::add);
        return chosen;
    }

    /** What the paper proposes, and its first sentence that reports a figure of the dimension compared; none when no sentence does. */
    private static Optional<List<SentenceHit>> proposedAndReported(PaperHit hit, Dimension by) {
        Optional<SentenceHit> proposed = proposal(hit);
        return reported(hit, by, proposed.map(SentenceHit::index).orElse(-1))
                .map(reported -> proposed.map(p -> List.of(p, reported)).orElse(List.of(reported)));
    }

    /** The first sentence of the paper's abstract that reports a figure for the dimension ("a 2.8x wall-clock speedup" for speed). */
    static Optional<SentenceHit> reported(PaperHit hit, Dimension by) {
        return reported(hit, by, -1);
    }

    private static Optional<SentenceHit> reported(PaperHit hit, Dimension by, int skipped) {
        String text = hit.paper().abstractText();
        List<Span> spans = Sentences.split(text);
        for (int i = 0; i < spans.size(); i++) {
            String sentence = spans.get(i).of(text);
            if (i != skipped && by.reportedBy(sentence)) return Optional.of(new SentenceHit(i, spans.get(i).start(), spans.get(i).end(), sentence, 0));
        }
        return Optional.empty();
    }

    /**
     * The paper's best sentence, the second when it scores at least {@link #SECOND_SENTENCE} of the
     * best, and up to {@code most} with those nearly as good, in the abstract's order.
     */
    private static List<SentenceHit> best(PaperHit hit, int most) {
        double best = hit.bestSentence().score();
        List<SentenceHit> chosen = new ArrayList<>();
        for (int i = 0; i < hit.sentences().size() && chosen.size() < most; i++) {
            double score = hit.sentences().get(i).score();
            if (i == 0 || i == 1 && score >= SECOND_SENTENCE * best || score >= 0.85 * best) chosen.add(hit.sentences().get(i));
        }
        chosen.sort(Comparator.comparingInt(SentenceHit::index));
        return chosen;
    }

    /** The paper's name and its quoted title, or only the title when the paper has no other name. */
    static String heading(PaperHit hit) {
        String name = displayed(MethodNames.of(hit.paper(), hit.names()));
        String quoted = "\"" + hit.paper().title() + "\"";
        return name.equals(hit.paper().title()) ? quoted : name + " (" + quoted + ")";
    }

    /** "What learning rate did EMPO use?": the paper named is found, but its abstract does not state the figure, which the reader is told. */
    private Draft notCovered(String question, List<PaperHit> hits, Consumer<String> stream, String notCovered) {
        Draft related = related(hits);
        PaperHit top = hits.get(0);
        if (top.named() && NamesAsked.unanswered(question, top.paper()) && !QuantityQuestion.asksForQuantity(question) && top.bestSentence() != null) {
            // "We conduct evaluations on a suite of mathematical reasoning and planning benchmarks": what it says of them, unnamed.
            OptionalInt evaluation = NamesAsked.evaluationSentence(top.paper());
            SentenceHit closest = evaluation.isPresent() ? sentenceAt(top.paper(), evaluation.getAsInt()) : top.bestSentence();
            String text = "The abstract of " + heading(top) + " names no benchmarks; the full paper may. "
                    + (evaluation.isPresent() ? "What it says of its evaluation: " : "Its sentence closest to the question: ") + closest.text() + " [1]";
            return emit(new Draft(text, List.of(cite(1, top, closest).asClosestOnly()), false), stream);
        }
        List<String> unwritten = QuantityQuestion.unwrittenSettings(question, top.paper());
        String lead = !unwritten.isEmpty() && top.named()
                ? "The abstract of " + heading(top) + " does not mention " + String.join(" or ", unwritten) + ", so it gives no figure on "
                        + (unwritten.size() > 1 ? "them" : "it") + ", and no other paper of the collection seems to."
                // "What did GPT-5 score on SWE-bench Verified?": SWE-RL's 41.0% is its own model's.
                : !unwritten.isEmpty() ? "The paper that fits the question best does not mention " + String.join(" or ", unwritten)
                        + ", so its figures are of other models or benchmarks, and no other paper of the collection seems to give one."
                : top.named() && QuantityQuestion.asksForQuantity(question)
                ? "The abstract of " + heading(top) + " does not state the figure asked for, and no other paper of the collection seems to."
                : notCovered;
        return emit(new Draft(lead + " " + related.text(), related.citations(), false), stream);
    }

    /**
     * "Possibly related:" and the closest three papers, each cited by its best sentence; as the answer
     * says the collection does not cover the question, no quote is evidence for it.
     */
    Draft related(List<PaperHit> hits) {
        StringBuilder text = new StringBuilder("Possibly related:\n");
        List<Citation> citations = new ArrayList<>();
        for (int i = 0; i < Math.min(3, hits.size()); i++) {
            PaperHit hit = hits.get(i);
            text.append("- ").append(hit.paper().title()).append(" [").append(i + 1).append("]\n");
            if (hit.bestSentence() != null) citations.add(cite(i + 1, hit, hit.bestSentence()).asClosestOnly());
        }
        return new Draft(text.toString().strip(), citations, false);
    }

    private static Draft emit(Draft draft, Consumer<String> stream) {
        stream.accept(draft.text());
        return draft;
    }

    /** An extractive answer quotes the sentence it cites: the citation backs its own words. */
    static Citation cite(int marker, PaperHit hit, SentenceHit sentence) {
        return new Citation(marker, hit.paper().id(), hit.paper().title(), sentence.text(), sentence.start(), sentence.end(),
                Math.round(sentence.score() * 1000) / 1000.0, true, List.of());
    }

    private static boolean nearDuplicate(SentenceHit sentence, List<Set<String>> seen) {
        Set<String> words = words(sentence.text());
        for (Set<String> other : seen) {
            Set<String> common = new HashSet<>(words);
            common.retainAll(other);
            int fewer = Math.min(words.size(), other.size());
            if (fewer > 0 && common.size() >= 0.6 * fewer) return true;
        }
        return false;
    }

    private static Set<String> words(String text) {
        Set<String> words = new HashSet<>();
        for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) if (w.length() > 3) words.add(w);
        return words;
    }
}
