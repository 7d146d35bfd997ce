package dev.paperchat.retrieve;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Decides whether a search found real evidence or only the nearest of unrelated papers.
 * Two signals must agree: the best paper is close in meaning (cosine of its best chunk), and
 * its text holds most of the query's weight in rare words (IDF-weighted term coverage; a word
 * the collection lacks weighs most). A paper named by its title is evidence, unless the
 * question asks for a quantity the paper never states.
 */
public record Evidence(double minCosine, double minScore, double coverageWeight, double maxAbsentShare, double closeCosine,
                       int minPapersForAbsentWords) {
    /**
     * From the dev set: answerable questions reach cosine + 0.5 x coverage of 0.77 and more,
     * off-topic ones 0.75 to 0.81; below a cosine of 0.66 nothing was answerable. Off-topic
     * questions put 0.42 to 0.61 of their word weight on words the collection never uses,
     * answerable ones at most 0.27. In a small collection ordinary words are missing too, so
     * missing words count only when nothing is close in meaning either (cosine below 0.76), and
     * only in a collection of 200 papers or more.
     */
    public static final Evidence DEFAULT = new Evidence(0.66, 0.78, 0.5, 0.35, 0.76, 200);

    public record Verdict(boolean covered, double confidence, double cosine, double coverage) {}

    /**
     * @param termsOfTop the analysed terms of the top paper's title and abstract
     * @param absent the query terms that no paper in the collection contains
     */
    public Verdict judge(String query, List<PaperHit> hits, List<String> queryTerms, Map<String, Double> idf,
                         Set<String> termsOfTop, Set<String> absent, int collectionSize) {
        if (hits.isEmpty()) return new Verdict(false, 0, 0, 0);
        PaperHit top = hits.get(0);
        double coverage = coverage(queryTerms, idf, termsOfTop);
        double cosine = top.denseScore();
        if (QuantityQuestion.unanswered(query, top.paper(), top.sentences())) return new Verdict(false, 0.2, cosine, coverage);
        if (top.titleMatch() >= 0.9) return new Verdict(true, 1.0, cosine, coverage);
        // The question's weightiest words are ones the collection never uses: it is about something else.
        boolean unknownWords = collectionSize >= minPapersForAbsentWords && coverage(queryTerms, idf, absent) >= maxAbsentShare;
        if (unknownWords && cosine < closeCosine) return new Verdict(false, 0.1, cosine, coverage);
        double score = cosine + coverageWeight * coverage;
        // Confidence maps the score onto [0, 1], 0.5 at the threshold.
        double confidence = clamp(0.5 + (score - minScore) / 0.2);
        return new Verdict(cosine >= minCosine && score >= minScore, confidence, cosine, coverage);
    }

    static double coverage(List<String> queryTerms, Map<String, Double> idf, Set<String> text) {
        double total = 0, found = 0;
        for (String term : queryTerms) {
            double weight = idf.getOrDefault(term, 0.0);
            total += weight;
            if (text.contains(term)) found += weight;
        }
        return total == 0 ? 0 : found / total;
    }

    private static double clamp(double x) {
        return Math.max(0, Math.min(1, x));
    }
}
