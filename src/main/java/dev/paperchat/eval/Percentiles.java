package dev.paperchat.eval;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Nearest-rank percentiles of measured values. */
public record Percentiles(double p50, double p95, double p99, double min, double max, int n) {

    public static Percentiles of(List<Double> values) {
        if (values.isEmpty()) return new Percentiles(0, 0, 0, 0, 0, 0);
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        return new Percentiles(rank(sorted, 50), rank(sorted, 95), rank(sorted, 99), sorted.get(0),
                sorted.get(sorted.size() - 1), sorted.size());
    }

    /** The smallest value with at least p percent of the values at or below it. */
    static double rank(List<Double> sorted, double p) {
        int index = (int) Math.ceil(p / 100.0 * sorted.size()) - 1;
        return round(sorted.get(Math.max(0, Math.min(sorted.size() - 1, index))));
    }

    public static double median(List<Double> values) {
        return of(values).p50();
    }

    static double round(double value) {
        return Math.round(value * 100) / 100.0;
    }
}
