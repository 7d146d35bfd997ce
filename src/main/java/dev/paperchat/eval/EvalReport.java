package dev.paperchat.eval;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonProperty;
import java.util.List;
import java.util.Map;

/**
 * What {@code eval --json} prints for one retrieval mode; {@code backend} is the index measured, lucene or opensearch,
 * {@code k} the papers retrieved per question (under 10, recall@10 and nDCG@10 count only those), and {@code details} each
 * question's result when asked for.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record EvalReport(String mode, String backend, int questions, int k, Map<String, Scores> byType, Scores overall,
                         Abstention abstention, List<String> unknownTitles, AnswerScores answers, List<QuestionResult> details) {

    /**
     * One question's search, with {@code --details}: whether it was judged covered, and the rank of each of its relevant
     * papers in the order the file lists them (0 for one not among those retrieved; none for an unanswerable question).
     */
    public record QuestionResult(String id, String type, boolean covered, double confidence, List<Integer> ranks) {}

    /** Mean ranking metrics over {@code n} answerable questions; null when {@code n} is 0. */
    public record Scores(int n, @JsonProperty("recall@5") Double recall5, @JsonProperty("recall@10") Double recall10,
                         @JsonProperty("ndcg@10") Double ndcg10, Double mrr) {}

    /**
     * Abstention rate on unanswerable questions, and wrong abstention rate on answerable ones;
     * null when the file has no question of that kind.
     */
    public record Abstention(Double abstained, Double falseAbstention) {
        static Abstention of(int abstained, int unanswerable, int falseAbstained, int answerable) {
            return new Abstention(unanswerable == 0 ? null : Evaluator.rate(abstained, unanswerable),
                    answerable == 0 ? null : Evaluator.rate(falseAbstained, answerable));
        }
    }

    /**
     * Answer quality: per type, the share of questions whose answer contains every must_mention
     * string, the mean share of an answer's cited papers that are relevant ({@code citedRelevant})
     * and of the relevant papers that it cites ({@code relevantCited}); abstention figures, and
     * whether every citation quoted its paper verbatim.
     */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    public record AnswerScores(Map<String, Double> mentionsAll, Map<String, Double> citedRelevant, Map<String, Double> relevantCited,
                               Abstention abstention, double citationsVerbatim,
                               List<String> missed, List<AnswerResult> details) {}

    /** One question's answer, with {@code --details}: whether it was covered, and the must_mention strings it lacks. */
    public record AnswerResult(String id, String type, boolean covered, List<String> missing) {}
}
