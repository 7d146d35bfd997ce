package dev.paperchat.retrieve;

import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Pseudo-relevance feedback as RM3 (Lavrenko and Croft's relevance model, interpolated with the
 * query, as in Anserini): the words that the best first-round papers share are added to the
 * query, so a question in a user's own words also finds papers that use the field's words.
 */
record Rm3(int feedbackDocs, int feedbackTerms, double originalWeight) {
    /**
     * Swept over the three question sets (feedback papers 3 to 20, terms 5 to 20, query weight 0.3
     * to 0.7): 5 to 7 papers each gained a little on all three against 10, which the papers ranked
     * 6th to 10th dilute; more terms or a lighter query won one set and lost another.
     */
    static final Rm3 DEFAULT = new Rm3(5, 10, 0.5);

    /**
     * @param query the query's distinct terms
     * @param feedback the analysed terms of each first-round paper, best first
     * @return a weight per term, summing to one
     */
    Map<String, Double> expand(List<String> query, List<List<String>> feedback) {
        Map<String, Double> relevance = new HashMap<>();
        int docs = Math.min(feedbackDocs, feedback.size());
        for (int d = 0; d < docs; d++) {
            List<String> terms = feedback.get(d);
            if (terms.isEmpty()) continue;
            // Rank-based document weights: first-round scores of fused rankings are not probabilities.
            double docWeight = 1.0 / (d + 1);
            Map<String, Integer> tf = new HashMap<>();
            for (String term : terms) tf.merge(term, 1, Integer::sum);
            tf.forEach((term, n) -> relevance.merge(term, docWeight * n / terms.size(), Double::sum));
        }
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String term : query) weights.merge(term, originalWeight / query.size(), Double::sum);
        List<Map.Entry<String, Double>> top = relevance.entrySet().stream()
                .filter(e -> e.getKey().length() > 2 && !e.getKey().chars().allMatch(Character::isDigit))
                .sorted(Map.Entry.<String, Double>comparingByValue().reversed()).limit(feedbackTerms).toList();
        double total = top.stream().mapToDouble(Map.Entry::getValue).sum();
        if (total == 0) return normalised(weights);
        for (Map.Entry<String, Double> e : top) weights.merge(e.getKey(), (1 - originalWeight) * e.getValue() / total, Double::sum);
        return normalised(weights);
    }

    private static Map<String, Double> normalised(Map<String, Double> weights) {
        double sum = weights.values().stream().mapToDouble(Double::doubleValue).sum();
        Map<String, Double> result = new LinkedHashMap<>();
        weights.forEach((term, w) -> result.put(term, w / sum));
        return result;
    }
}
