package dev.paperchat.cli;

import dev.paperchat.answer.AnswerMode;
import dev.paperchat.app.Json;
import dev.paperchat.app.PaperChat;
import dev.paperchat.corpus.InvalidInputException;
import dev.paperchat.eval.EvalQuestion;
import dev.paperchat.eval.EvalReport;
import dev.paperchat.eval.Evaluator;
import dev.paperchat.retrieve.Mode;
import dev.paperchat.retrieve.SearchRequest;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Score retrieval (and answers) on an evaluation file: recall@5, recall@10, nDCG@10, MRR per question type.")
final class EvalCommand implements Callable<Integer> {
    @Mixin
    CommonOptions common;

    @Mixin
    NewIndexOptions newIndex;

    @Mixin
    LlmOptions llm;

    @Parameters(paramLabel = "FILE", description = "JSONL: {id, type, question, relevant: [titles], must_mention: [...]}.")
    Path file;

    @Option(names = "--mode", defaultValue = "hybrid", description = "hybrid, bm25 or vector (default ${DEFAULT-VALUE}).")
    String mode;

    @Option(names = "--k", defaultValue = "10", description = "Papers ranked per question (default ${DEFAULT-VALUE}); under 10, every figure counts the top k only.")
    int k;

    @Option(names = "--details", description = "Also give, per question, the rank of each relevant paper (0 = not found): "
            + "in the JSON's details with --json, else on stderr.")
    boolean details;

    @Option(names = "--answers", description = "Also ask every question and score the answers (must_mention, abstention, verbatim citations).")
    boolean answers;

    @Option(names = "--answer-mode", defaultValue = "extractive", description = "Who answers with --answers: extractive (default), llm or auto.")
    String answerMode;

    @Option(names = "--compare", description = "Evaluate all three modes side by side.")
    boolean compare;

    @Override
    public Integer call() throws IOException {
        List<Mode> modes = compare ? List.of(Mode.BM25, Mode.VECTOR, Mode.HYBRID) : List.of(parseMode(mode));
        AnswerMode answeredBy = parseAnswerMode(answerMode);
        if (k < 1 || k > SearchRequest.MAX_K) throw new InvalidInputException("--k must be between 1 and " + SearchRequest.MAX_K + ", was " + k);
        List<EvalQuestion> questions = Evaluator.read(file);
        Evaluator.warnings(file).forEach(warning -> System.err.println("paperchat: warning: " + warning));
        try (PaperChat app = new PaperChat(common.config(newIndex.flags(llm.flags())))) {
            app.ingestSampleIfEmpty(SampleNotice.INSTANCE);
            Evaluator evaluator = new Evaluator(app.retriever(), app.index());
            if (details) evaluator.withDetails();
            List<EvalReport> reports = new ArrayList<>();
            for (Mode m : modes) {
                reports.add(evaluator.evaluate(questions, m, k));
            }
            if (answers) {
                int last = reports.size() - 1;
                reports.set(last, Evaluator.withAnswers(reports.get(last),
                        evaluator.evaluateAnswers(questions, app.assistant(), answeredBy)));
            }
            if (details && !common.json) reports.forEach(report -> printDetails(report, System.err));
            if (common.json) {
                System.out.println(Json.write(compare ? Map.of("modes", reports) : reports.get(0)));
            } else {
                System.out.printf("backend: %s (%s)%n", app.index().backend(), app.index().location());
                System.out.print(table(reports));
            }
            return 0;
        }
    }

    private static void printDetails(EvalReport report, PrintStream out) {
        for (EvalReport.QuestionResult q : report.details()) {
            out.printf("%s %-7s %-12s covered=%-5s conf=%.2f ranks=%s%n", report.mode().toUpperCase(Locale.ROOT), q.id(), q.type(), q.covered(),
                    q.confidence(), q.ranks());
        }
        if (report.answers() == null || report.answers().details() == null) return;
        for (EvalReport.AnswerResult a : report.answers().details()) {
            out.printf("answer %s %-12s covered=%-5s missing=%s%n", a.id(), a.type(), a.covered(), a.missing());
        }
    }

    private static Mode parseMode(String mode) {
        try {
            return Mode.valueOf(mode.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--mode must be hybrid, bm25 or vector, was " + mode);
        }
    }

    private static AnswerMode parseAnswerMode(String mode) {
        try {
            return AnswerMode.parse(mode);
        } catch (IllegalArgumentException e) {
            throw new InvalidInputException("--answer-mode must be extractive, llm or auto, was " + mode);
        }
    }

    static String table(List<EvalReport> reports) {
        StringBuilder out = new StringBuilder();
        out.append(String.format("%-8s %-8s %4s %9s %9s %8s %7s%n", "mode", "type", "n", "recall@5", "recall@10", "ndcg@10", "mrr"));
        for (EvalReport r : reports) {
            r.byType().forEach((type, s) -> out.append(row(r.mode(), type, s)));
            out.append(row(r.mode(), "overall", r.overall()));
            out.append(String.format("%-8s abstention on unanswerable %s, false abstention on answerable %s%n",
                    r.mode(), rate(r.abstention().abstained()), rate(r.abstention().falseAbstention())));
        }
        EvalReport.AnswerScores a = reports.get(reports.size() - 1).answers();
        if (a != null) {
            out.append("answers: contains every must_mention string, by type: ").append(byType(a.mentionsAll())).append('\n');
            out.append("answers: cited papers that are relevant, by type: ").append(byType(a.citedRelevant())).append('\n');
            out.append("answers: relevant papers cited, by type: ").append(byType(a.relevantCited())).append('\n');
            out.append(String.format("answers: abstained on unanswerable %s, abstained on answerable %s, citations verbatim %.3f%n",
                    rate(a.abstention().abstained()), rate(a.abstention().falseAbstention()), a.citationsVerbatim()));
            a.missed().forEach(m -> out.append("  ").append(m).append('\n'));
        }
        if (!reports.get(0).unknownTitles().isEmpty()) {
            out.append("Titles not in the index (counted as misses):\n");
            reports.get(0).unknownTitles().forEach(t -> out.append("  ").append(t).append('\n'));
        }
        return out.toString();
    }

    /** "topic 0.667, fact 1.000, ...", as the table writes its figures. */
    private static String byType(Map<String, Double> rates) {
        return rates.entrySet().stream().map(e -> e.getKey() + " " + rate(e.getValue())).collect(Collectors.joining(", "));
    }

    /** "n/a" when the file has no question to measure it on. */
    private static String rate(Double rate) {
        return rate == null ? "n/a" : String.format("%.3f", rate);
    }

    private static String row(String mode, String type, EvalReport.Scores s) {
        return String.format("%-8s %-8s %4d %9s %9s %8s %7s%n", mode, type, s.n(), rate(s.recall5()), rate(s.recall10()), rate(s.ndcg10()), rate(s.mrr()));
    }
}
