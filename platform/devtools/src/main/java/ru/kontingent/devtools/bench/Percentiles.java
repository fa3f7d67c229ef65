package ru.kontingent.devtools.bench;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * Order statistics of a sample of durations (any unit): the median (the mean of the two middle
 * values for an even count) and percentiles by the nearest-rank method (the smallest value with
 * at least q of the sample at or below it), so a p99 is always a latency that really occurred.
 */
public final class Percentiles {

    private final double[] sorted;

    private Percentiles(double[] sorted) {
        if (sorted.length == 0) {
            throw new IllegalArgumentException("an empty sample has no percentiles");
        }
        this.sorted = sorted;
    }

    public static Percentiles of(double... values) {
        double[] copy = values.clone();
        Arrays.sort(copy);
        return new Percentiles(copy);
    }

    public static Percentiles of(List<? extends Number> values) {
        return new Percentiles(values.stream().mapToDouble(Number::doubleValue).sorted().toArray());
    }

    /** The median of the values: what a benchmark of a few repeated runs reports. */
    public static double median(List<? extends Number> values) {
        return of(values).median();
    }

    public int count() {
        return sorted.length;
    }

    public double median() {
        int middle = sorted.length / 2;
        return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
    }

    /** @param percent from 0 (exclusive) to 100: 95 gives the p95 */
    public double percentile(double percent) {
        if (!(percent > 0 && percent <= 100)) {
            throw new IllegalArgumentException("a percentile is over (0, 100], got " + percent);
        }
        int rank = (int) Math.ceil(percent / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }

    public double min() {
        return sorted[0];
    }

    public double max() {
        return sorted[sorted.length - 1];
    }

    public double sum() {
        return Arrays.stream(sorted).sum();
    }

    /** {@code 2.31 / 3.90 / 7.12} of p50 / p95 / p99, two decimals. */
    public String p50p95p99() {
        return String.format(Locale.ROOT, "%.2f / %.2f / %.2f", percentile(50), percentile(95), percentile(99));
    }
}
