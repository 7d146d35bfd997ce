package dev.paperchat.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion of the rankings of one search: BM25, vector search, BM25 of the
 * query expanded by pseudo-relevance feedback, and vector search by each sentence of a question
 * of several. Ranks, not scores, are fused: BM25 scores are unbounded and cosines live in
 * [-1, 1], so summing them would let one leg drown the other.
 */
public record Fusion(double k, double lexicalWeight, double denseWeight, double feedbackWeight, double sentencesWeight) {
    /**
     * Chosen on the dev set (paper level, 35 questions): k=30 with BM25 weighted 1.5 gave overall
     * MRR 0.933 against 0.842 for the textbook k=60, equal weights, and k=10 to 30 with weights
     * 1.5 to 2 all gave the same figures. The feedback leg at weight 1 lifted topic recall@10
     * from 0.775 to 0.803 and cost no MRR; at 1.5 it lost recall. The sentences' rankings at 1
     * between them (0.5 to 1 alike) raised topic nDCG@10 on three question sets and lost on none.
     */
    public static final Fusion DEFAULT = new Fusion(30, 1.25, 1.0, 1.0, 1.0);
    /**
     * The first round, which picks the papers RM3 feedback learns from, leans on BM25 (1.5): a
     * feedback paper should share the query's words. The final ranking weighs BM25 1.25, for
     * recall: over the three question sets, 1.25 instead of 1.5 there raised pooled topic
     * recall@10 from 0.730 to 0.744 (1.1 and 1.35 also gained), while 1.25 in this round too lost
     * dev topic MRR (0.944 to 0.903).
     */
    public static final Fusion FEEDBACK_CHOICE = new Fusion(30, 1.5, 1.0, 0, 0);

    public Fusion {
        if (k <= 0) throw new IllegalArgumentException("k must be positive, was " + k);
    }

    /** Fused score per id; each list is a ranking, best first, and may be empty. */
    public Map<String, Double> fuse(List<String> lexical, List<String> dense, List<String> feedback) {
        return fuse(lexical, dense, feedback, List.of());
    }

    /** @param sentences one vector ranking per sentence of the question; they share one leg's weight */
    public Map<String, Double> fuse(List<String> lexical, List<String> dense, List<String> feedback, List<List<String>> sentences) {
        Map<String, Double> scores = new HashMap<>();
        add(scores, lexical, lexicalWeight);
        add(scores, dense, denseWeight);
        add(scores, feedback, feedbackWeight);
        for (List<String> ranking : sentences) add(scores, ranking, sentencesWeight / sentences.size());
        return scores;
    }

    private void add(Map<String, Double> scores, List<String> ranking, double weight) {
        for (int i = 0; i < ranking.size(); i++) scores.merge(ranking.get(i), weight / (k + i + 1), Double::sum);
    }

    /** Ids by descending score. */
    static List<String> ranking(Map<String, Double> scores) {
        return scores.entrySet().stream().sorted(Map.Entry.<String, Double>comparingByValue().reversed())
                .map(Map.Entry::getKey).toList();
    }
}
