package dev.paperchat.retrieve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Weighted reciprocal rank fusion. Ranks, not scores, are fused: BM25 scores are unbounded
 * and cosines live in [-1, 1], so summing them would let one leg drown the other.
 */
public record Fusion(double k, double lexicalWeight, double denseWeight) {
    /**
     * Chosen on the dev set (paper level, 35 questions): k=30 with BM25 weighted 1.5 gave overall
     * MRR 0.883 against 0.822 for the textbook k=60, equal weights; recall@10 was the same.
     */
    public static final Fusion DEFAULT = new Fusion(30, 1.5, 1.0);

    public Fusion {
        if (k <= 0) throw new IllegalArgumentException("k must be positive, was " + k);
    }

    /** Fused score per id; each list is a ranking, best first. */
    public Map<String, Double> fuse(List<String> lexical, List<String> dense) {
        Map<String, Double> scores = new HashMap<>();
        add(scores, lexical, lexicalWeight);
        add(scores, dense, denseWeight);
        return scores;
    }

    private void add(Map<String, Double> scores, List<String> ranking, double weight) {
        for (int i = 0; i < ranking.size(); i++) scores.merge(ranking.get(i), weight / (k + i + 1), Double::sum);
    }

    /** The largest score a paper can get: first in both lists. */
    public double max() {
        return (lexicalWeight + denseWeight) / (k + 1);
    }
}
