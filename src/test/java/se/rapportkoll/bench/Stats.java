package se.rapportkoll.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Median, min and max of some measurements; empty when there were none. */
public record Stats(int count, double median, double min, double max) {

    public static final Stats NONE = new Stats(0, Double.NaN, Double.NaN, Double.NaN);

    public static Stats of(List<Double> values) {
        if (values.isEmpty()) {
            return NONE;
        }
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int n = sorted.size();
        double median = n % 2 == 1 ? sorted.get(n / 2) : (sorted.get(n / 2 - 1) + sorted.get(n / 2)) / 2;
        return new Stats(n, median, sorted.get(0), sorted.get(n - 1));
    }

    public boolean isEmpty() {
        return count == 0;
    }
}
