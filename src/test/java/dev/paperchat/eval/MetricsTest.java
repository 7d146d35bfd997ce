package dev.paperchat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class MetricsTest {
    private static final List<String> RANKING = List.of("a", "x", "b", "y", "z", "c");
    private static final Set<String> RELEVANT = Set.of("a", "b", "c", "d");

    @Test
    void should_count_the_share_of_relevant_papers_in_the_top_k() {
        assertEquals(0.5, Metrics.recall(RANKING, RELEVANT, 5));
        assertEquals(0.75, Metrics.recall(RANKING, RELEVANT, 10));
    }

    @Test
    void should_compute_ndcg_by_hand() {
        // DCG = 1/log2(2) + 1/log2(4) + 1/log2(7); ideal (4 relevant) = 1 + 1/log2(3) + 1/log2(4) + 1/log2(5)
        double dcg = 1 + 0.5 + 1 / (Math.log(7) / Math.log(2));
        double ideal = 1 + 1 / (Math.log(3) / Math.log(2)) + 0.5 + 1 / (Math.log(5) / Math.log(2));
        assertEquals(dcg / ideal, Metrics.ndcg(RANKING, RELEVANT, 10), 1e-12);
        assertEquals(1.0, Metrics.ndcg(List.of("a"), Set.of("a"), 10));
    }

    @Test
    void should_take_the_reciprocal_rank_of_the_first_relevant_paper() {
        assertEquals(1.0, Metrics.reciprocalRank(RANKING, RELEVANT));
        assertEquals(1.0 / 3, Metrics.reciprocalRank(RANKING, Set.of("b")));
        assertEquals(0.0, Metrics.reciprocalRank(RANKING, Set.of("q")));
    }
}
