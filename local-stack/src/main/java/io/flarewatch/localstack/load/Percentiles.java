package io.flarewatch.localstack.load;

import java.util.Arrays;

/** Percentiles of latencies by the nearest-rank method: the smallest value with at least p% of values at or below. */
public final class Percentiles {

    private Percentiles() {}

    /** The {@code p}-th percentile (0 < p <= 100) of {@code values}; -1 when there are none. */
    public static long of(long[] values, double p) {
        if (p <= 0 || p > 100) {
            throw new IllegalArgumentException("a percentile lies in (0, 100]: " + p);
        }
        if (values.length == 0) {
            return -1;
        }
        long[] sorted = values.clone();
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * sorted.length);
        return sorted[Math.max(rank, 1) - 1];
    }
}
