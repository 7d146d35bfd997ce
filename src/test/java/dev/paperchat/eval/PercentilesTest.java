package dev.paperchat.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class PercentilesTest {

    @Test
    void should_take_nearest_rank_percentiles() {
        List<Double> values = new ArrayList<>();
        for (int i = 1; i <= 100; i++) values.add((double) i);
        Collections.shuffle(values, new Random(1));
        Percentiles p = Percentiles.of(values);
        assertEquals(50, p.p50());
        assertEquals(95, p.p95());
        assertEquals(99, p.p99());
        assertEquals(1, p.min());
        assertEquals(100, p.max());
        assertEquals(100, p.n());
    }

    @Test
    void should_handle_small_and_empty_samples() {
        assertEquals(2.0, Percentiles.median(List.of(3.0, 1.0, 2.0)));
        assertEquals(2.0, Percentiles.median(List.of(1.0, 2.0, 3.0, 4.0)), "nearest rank: the lower middle");
        assertEquals(7.0, Percentiles.of(List.of(7.0)).p99());
        assertEquals(0, Percentiles.of(List.of()).n());
    }
}
