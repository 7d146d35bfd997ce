package dev.paperchat.eval;

import java.util.List;
import java.util.Set;

/** Ranking metrics at paper level: binary relevance, ranking given best first. */
public final class Metrics {
    private Metrics() {}

    /** Share of the relevant papers found in the top k. */
    public static double recall(List<String> ranking, Set<String> relevant, int k) {
        if (relevant.isEmpty()) return 0;
        long found = ranking.stream().limit(k).filter(relevant::contains).count();
        return (double) found / relevant.size();
    }

    /** Normalised discounted cumulative gain: DCG of the ranking over DCG of the ideal one. */
    public static double ndcg(List<String> ranking, Set<String> relevant, int k) {
        if (relevant.isEmpty()) return 0;
        double dcg = 0;
        for (int i = 0; i < Math.min(k, ranking.size()); i++) {
            if (relevant.contains(ranking.get(i))) dcg += 1 / log2(i + 2);
        }
        double ideal = 0;
        for (int i = 0; i < Math.min(k, relevant.size()); i++) ideal += 1 / log2(i + 2);
        return dcg / ideal;
    }

    /** Reciprocal rank of the first relevant paper, 0 if none is ranked. */
    public static double reciprocalRank(List<String> ranking, Set<String> relevant) {
        for (int i = 0; i < ranking.size(); i++) if (relevant.contains(ranking.get(i))) return 1.0 / (i + 1);
        return 0;
    }

    private static double log2(double x) {
        return Math.log(x) / Math.log(2);
    }
}
