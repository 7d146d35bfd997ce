package dev.paperchat.retrieve;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class NeighbourSupportTest {
    private static float[] unit(float... v) {
        double norm = 0;
        for (float x : v) norm += x * x;
        for (int i = 0; i < v.length; i++) v[i] /= (float) Math.sqrt(norm);
        return v;
    }

    // Two topics: a and b are about one, c and d about another.
    private static final Map<String, float[]> VECTORS = Map.of(
            "a", unit(1, 0, 0.1f), "b", unit(1, 0, 0.12f),
            "c", unit(0, 1, 0.1f), "d", unit(0, 1, 0.12f), "e", unit(0, 1, 0.11f));

    @Test
    void should_lift_a_paper_whose_neighbours_score_well_over_one_whose_neighbours_do_not() {
        Map<String, Double> scores = new HashMap<>(Map.of("a", 1.0, "c", 0.95, "b", 0.9, "d", 0.5, "e", 0.4));
        new NeighbourSupport(0.5, 8, 4).apply(scores, ids -> {
            assertEquals(List.of("a", "c", "b", "d"), ids, "the pool is the first four");
            Map<String, float[]> found = new HashMap<>();
            ids.forEach(id -> found.put(id, VECTORS.get(id)));
            return found;
        });
        assertEquals(List.of("a", "b", "c", "d", "e"), Fusion.ranking(scores));
        // b: half its score, half the mean share of itself (0.9) and its near twin a (1.0); c and d are too far to count.
        assertEquals(0.5 * 0.9 + 0.5 * (0.9 + 1.0) / 2, scores.get("b"), 1e-3);
        assertEquals(0.4, scores.get("e"), "outside the pool nothing changes");
        assertTrue(scores.get("d") >= 0.4, "the pool stays above the rest");
    }

    @Test
    void should_keep_the_order_of_two_papers_that_only_support_each_other() {
        Map<String, Double> scores = new HashMap<>(Map.of("a", 1.0, "b", 0.8));
        NeighbourSupport.DEFAULT.apply(scores, ids -> Map.of("a", VECTORS.get("a"), "b", VECTORS.get("b")));
        assertTrue(scores.get("a") > scores.get("b"), scores.toString());
    }

    @Test
    void should_keep_every_pool_paper_above_every_paper_after_the_pool() {
        Random random = new Random(7);
        for (int trial = 0; trial < 200; trial++) {
            Map<String, Double> scores = new HashMap<>();
            Map<String, float[]> vectors = new HashMap<>();
            for (int i = 0; i < 40; i++) {
                scores.put("p" + i, random.nextDouble());
                vectors.put("p" + i, unit(random.nextFloat() - 0.5f, random.nextFloat() - 0.5f, random.nextFloat() - 0.5f));
            }
            List<String> before = Fusion.ranking(scores);
            double firstOutside = scores.get(before.get(30));
            NeighbourSupport.DEFAULT.apply(scores, ids -> vectors);
            for (String id : before.subList(0, 30)) assertTrue(scores.get(id) >= firstOutside - 1e-12, trial + " " + id);
            assertEquals(before.subList(30, 40), Fusion.ranking(scores).subList(30, 40));
        }
    }

    @Test
    void should_leave_scores_alone_when_nothing_can_support_them() {
        Map<String, Double> one = new HashMap<>(Map.of("a", 1.0));
        NeighbourSupport.DEFAULT.apply(one, ids -> Map.of("a", VECTORS.get("a")));
        assertEquals(Map.of("a", 1.0), one);
        Map<String, Double> noVectors = new HashMap<>(Map.of("a", 1.0, "b", 0.5));
        NeighbourSupport.DEFAULT.apply(noVectors, ids -> Map.of());
        assertEquals(Map.of("a", 1.0, "b", 0.5), noVectors);
        Map<String, Double> damaged = new HashMap<>(Map.of("a", 1.0, "b", 0.5));
        NeighbourSupport.DEFAULT.apply(damaged, ids -> Map.of("a", VECTORS.get("a"), "b", new float[] {1, 0}));
        assertTrue(damaged.get("a") > damaged.get("b"), "a vector of another dimension neither supports nor throws");
    }
}
