package dev.paperchat.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.PropertyNamingStrategies;
import com.fasterxml.jackson.databind.cfg.CoercionAction;
import com.fasterxml.jackson.databind.cfg.CoercionInputShape;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.ValueInstantiationException;
import com.fasterxml.jackson.databind.type.LogicalType;
import dev.paperchat.answer.Answer;
import dev.paperchat.answer.AnswerMode;
import dev.paperchat.answer.Assistant;
import dev.paperchat.answer.Citation;
import dev.paperchat.answer.Question;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.corpus.Titles;
import dev.paperchat.index.NamedPaper;
import dev.paperchat.index.PaperIndex;
import dev.paperchat.index.Snapshot;
import dev.paperchat.index.TitleSegment;
import dev.paperchat.retrieve.HybridRetriever;
import dev.paperchat.retrieve.Mode;
import dev.paperchat.retrieve.PaperHit;
import dev.paperchat.retrieve.SearchRequest;
import dev.paperchat.retrieve.SearchResult;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Runs the questions of an evaluation file against the retriever and scores the rankings. */
public final class Evaluator {
    private static final ObjectMapper JSON = new ObjectMapper()
            .setPropertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, false)
            .enable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS);

    static {
        // "question": 42 and "relevant": [1, 2] are mistakes in the file, not text.
        for (CoercionInputShape shape : List.of(CoercionInputShape.Integer, CoercionInputShape.Float, CoercionInputShape.Boolean)) {
            JSON.coercionConfigFor(LogicalType.Textual).setCoercion(shape, CoercionAction.Fail);
        }
    }

    private final HybridRetriever retriever;
    private final PaperIndex index;
    private boolean details;
    /** Stored paper ids by the work key of their titles, read once when a title's own id is not stored. */
    private Map<String, String> idsByWork;

    public Evaluator(HybridRetriever retriever, PaperIndex index) {
        this.retriever = retriever;
        this.index = index;
    }

    /** Reports each question's result (ranks of its relevant papers) beside the means. */
    public Evaluator withDetails() {
        this.details = true;
        return this;
    }

    /** Reads an evaluation file; a bad line is an error naming the file and line. */
    public static List<EvalQuestion> read(Path file) throws IOException {
        List<EvalQuestion> questions = new ArrayList<>();
        List<String> lines;
        try {
            lines = Files.readAllLines(file);
        } catch (NoSuchFileException e) {
            throw new InvalidInputException(file + ": no such file", e);
        } catch (CharacterCodingException e) {
            throw new InvalidInputException(file + ": not UTF-8 text", e);
        } catch (IOException e) {
            throw new InvalidInputException(file + ": cannot read: " + e.getMessage(), e);
        }
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            try {
                EvalQuestion question = JSON.readValue(lines.get(i), EvalQuestion.class);
                if (question == null) throw new InvalidInputException("not a question object");
                questions.add(question);
            } catch (IOException | IllegalArgumentException e) {
                throw new InvalidInputException(file + ":" + (i + 1) + ": " + reason(e), e);
            }
        }
        if (questions.isEmpty()) throw new InvalidInputException(file + ": no questions");
        return questions;
    }

    /** The fields a question line may have. */
    public static final List<String> FIELDS = List.of("id", "type", "question", "relevant", "must_mention");

    /**
     * What a readable evaluation file may still get wrong, by file and line: a field no question has
     * ("must_mentoin", whose strings would then go unchecked) and an id given twice.
     */
    public static List<String> warnings(Path file) throws IOException {
        List<String> warnings = new ArrayList<>();
        Map<String, Integer> firstLineOf = new HashMap<>();
        List<String> lines = Files.readAllLines(file);
        for (int i = 0; i < lines.size(); i++) {
            if (lines.get(i).isBlank()) continue;
            JsonNode line = JSON.readTree(lines.get(i));
            String at = file + ":" + (i + 1) + ": ";
            line.fieldNames().forEachRemaining(field -> {
                if (!FIELDS.contains(field)) warnings.add(at + "field \"" + field + "\" is not read; known: " + String.join(", ", FIELDS));
            });
            String id = line.path("id").asText("");
            Integer first = id.isEmpty() ? null : firstLineOf.putIfAbsent(id, i + 1);
            if (first != null) warnings.add(at + "id \"" + id + "\" is also the id of line " + first);
        }
        return warnings;
    }

    /** Why a line is no question, in the words of the file's format rather than of Jackson's classes. */
    private static String reason(Exception e) {
        if (e instanceof ValueInstantiationException && e.getCause() instanceof IllegalArgumentException cause) return cause.getMessage();
        if (e instanceof MismatchedInputException && String.valueOf(e.getMessage()).startsWith("Trailing token")) {
            return "more than one JSON value on the line";
        }
        if (e instanceof MismatchedInputException m && !m.getPath().isEmpty()) {
            String field = m.getPath().get(0).getFieldName();
            return field == null ? "not a question object" : "field \"" + field + "\" has the wrong type";
        }
        if (e instanceof MismatchedInputException) return "not a question object";
        if (e instanceof JsonProcessingException json) return "not JSON: " + json.getOriginalMessage().lines().findFirst().orElse("");
        return e.getMessage();
    }

    public EvalReport evaluate(List<EvalQuestion> questions, Mode mode, int k) {
        Map<String, List<double[]>> byType = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        int abstained = 0, unanswerable = 0, falseAbstained = 0, answerable = 0;
        List<EvalReport.QuestionResult> perQuestion = new ArrayList<>();
        for (EvalQuestion q : questions) {
            SearchResult result = retriever.search(new SearchRequest(q.question(), Math.max(k, 10)), mode);
            if (!q.answerable()) {
                unanswerable++;
                if (!result.covered()) abstained++;
                perQuestion.add(new EvalReport.QuestionResult(q.id(), q.type(), result.covered(), result.confidence(), List.of()));
                continue;
            }
            answerable++;
            if (!result.covered()) falseAbstained++;
            Set<String> relevant = relevantIds(q, unknown);
            // At least 10 are searched, as the fusion reads them, and k ranked: "--k 3" scores the top three alone.
            List<String> ranking = result.hits().stream().limit(k).map(PaperHit::paper).map(p -> p.id()).toList();
            perQuestion.add(new EvalReport.QuestionResult(q.id(), q.type(), result.covered(), result.confidence(),
                    relevant.stream().map(id -> ranking.indexOf(id) + 1).toList()));
            byType.computeIfAbsent(q.type(), t -> new ArrayList<>()).add(new double[] {
                    Metrics.recall(ranking, relevant, 5), Metrics.recall(ranking, relevant, 10),
                    Metrics.ndcg(ranking, relevant, 10), Metrics.reciprocalRank(ranking, relevant)});
        }
        Map<String, EvalReport.Scores> scores = new LinkedHashMap<>();
        byType.forEach((type, rows) -> scores.put(type, mean(rows)));
        List<double[]> all = byType.values().stream().flatMap(List::stream).toList();
        return new EvalReport(mode.name().toLowerCase(Locale.ROOT), index.backend(), questions.size(), k, scores, mean(all),
                EvalReport.Abstention.of(abstained, unanswerable, falseAbstained, answerable),
                List.copyOf(unknown), null, details ? List.copyOf(perQuestion) : null);
    }

    private Set<String> relevantIds(EvalQuestion q, Set<String> unknown) {
        Set<String> ids = new LinkedHashSet<>();
        for (String title : q.relevant()) {
            Optional<String> id = storedId(title);
            if (id.isEmpty()) unknown.add(q.id() + ": " + title);
            ids.add(id.orElse(Titles.id(title)));
        }
        return ids;
    }

    /**
     * The id of the stored paper a title names: the id the title gives, or else that of the paper
     * whose title is the same work ("$\texttt{SAILOR}$" and "SAILOR", a trailing "(v2)").
     */
    private Optional<String> storedId(String title) {
        String id = Titles.id(title);
        if (index.paper(id).isPresent()) return Optional.of(id);
        if (idsByWork == null) idsByWork = index.read(Evaluator::idsByWork);
        return Optional.ofNullable(idsByWork.get(Titles.workKey(title)));
    }

    private static Map<String, String> idsByWork(Snapshot snapshot) {
        Map<String, String> ids = new HashMap<>();
        for (TitleSegment segment : snapshot.titleSegments()) {
            for (NamedPaper paper : segment.papers().get()) {
                if (segment.live().test(paper.doc())) ids.putIfAbsent(Titles.workKey(paper.title()), paper.id());
            }
        }
        return ids;
    }

    /**
     * Asks every question and scores the answers: must_mention coverage, the relevant share of the
     * papers an answer cites and the cited share of the relevant papers, abstention, verbatim citations.
     */
    public EvalReport.AnswerScores evaluateAnswers(List<EvalQuestion> questions, Assistant assistant, AnswerMode mode) {
        Map<String, int[]> mentions = new LinkedHashMap<>();
        Map<String, double[]> cited = new LinkedHashMap<>();
        Set<String> unknown = new LinkedHashSet<>();
        List<String> missed = new ArrayList<>();
        List<EvalReport.AnswerResult> perAnswer = new ArrayList<>();
        int abstained = 0, unanswerable = 0, falseAbstained = 0, answerable = 0, citations = 0, verbatim = 0;
        for (EvalQuestion q : questions) {
            Answer answer = assistant.ask(new Question(q.question(), List.of(), Question.DEFAULT_K, mode, null));
            for (Citation c : answer.citations()) {
                citations++;
                if (index.paper(c.paperId()).map(p -> p.abstractText().substring(c.start(), c.end()).equals(c.sentence())).orElse(false)) {
                    verbatim++;
                }
            }
            if (!q.answerable()) {
                unanswerable++;
                if (!answer.covered()) abstained++; else missed.add(q.id() + ": answered an unanswerable question");
                perAnswer.add(new EvalReport.AnswerResult(q.id(), q.type(), answer.covered(), List.of()));
                continue;
            }
            answerable++;
            if (!answer.covered()) falseAbstained++;
            String text = answer.answer().toLowerCase(Locale.ROOT);
            List<String> absent = q.mustMention().stream().filter(m -> !text.contains(m.toLowerCase(Locale.ROOT))).toList();
            int[] counts = mentions.computeIfAbsent(q.type(), t -> new int[2]);
            counts[1]++;
            if (absent.isEmpty()) counts[0]++; else missed.add(q.id() + ": missing " + absent);
            perAnswer.add(new EvalReport.AnswerResult(q.id(), q.type(), answer.covered(), absent));
            Set<String> relevant = relevantIds(q, unknown);
            Set<String> papers = new LinkedHashSet<>(answer.citations().stream().map(Citation::paperId).toList());
            long hits = papers.stream().filter(relevant::contains).count();
            // Precision over the answers that cite; an answer that cites nothing counts as abstention and in recall.
            double[] sums = cited.computeIfAbsent(q.type(), t -> new double[4]);
            if (!papers.isEmpty()) {
                sums[0] += (double) hits / papers.size();
                sums[3]++;
            }
            sums[1] += (double) hits / relevant.size();
            sums[2]++;
        }
        Map<String, Double> shares = new LinkedHashMap<>();
        mentions.forEach((type, c) -> shares.put(type, rate(c[0], c[1])));
        Map<String, Double> precision = new LinkedHashMap<>(), recall = new LinkedHashMap<>();
        cited.forEach((type, sums) -> {
            precision.put(type, sums[3] == 0 ? null : round(sums[0] / sums[3]));
            recall.put(type, round(sums[1] / sums[2]));
        });
        return new EvalReport.AnswerScores(shares, precision, recall, EvalReport.Abstention.of(abstained, unanswerable,
                falseAbstained, answerable), citations == 0 ? 1 : rate(verbatim, citations), missed, details ? List.copyOf(perAnswer) : null);
    }

    public static EvalReport withAnswers(EvalReport report, EvalReport.AnswerScores answers) {
        return new EvalReport(report.mode(), report.backend(), report.questions(), report.k(), report.byType(), report.overall(), report.abstention(),
                report.unknownTitles(), answers, report.details());
    }

    /** Means of the rows; null figures when there is no row to take them from (a file of unanswerable questions only). */
    static EvalReport.Scores mean(List<double[]> rows) {
        if (rows.isEmpty()) return new EvalReport.Scores(0, null, null, null, null);
        double[] sum = new double[4];
        for (double[] row : rows) for (int i = 0; i < 4; i++) sum[i] += row[i];
        int n = rows.size();
        return new EvalReport.Scores(n, round(sum[0] / n), round(sum[1] / n), round(sum[2] / n), round(sum[3] / n));
    }

    static double rate(int count, int total) {
        return total == 0 ? 0 : round((double) count / total);
    }

    static double round(double value) {
        return Math.round(value * 1000) / 1000.0;
    }
}
