package io.flarewatch.localstack.load;

/**
 * When each batch of a load is due: batch {@code k} of {@code batchSize} mentions at {@code rate} mentions/s is due
 * {@code k * batchSize / rate} seconds after the start, so that a late batch is followed by the next ones at once
 * (the rate holds on average) instead of shifting the whole schedule. A rate of 0 means as fast as it goes.
 */
public final class RatePacer {

    private static final long NANOS_PER_SECOND = 1_000_000_000L;

    private final double rate;
    private final int batchSize;

    /** A pacer for {@code rate} mentions per second (0: unpaced) sent in batches of {@code batchSize}. */
    public RatePacer(double rate, int batchSize) {
        if (rate < 0 || batchSize < 1) {
            throw new IllegalArgumentException("the rate must be >= 0 and the batch size >= 1");
        }
        this.rate = rate;
        this.batchSize = batchSize;
    }

    /** Nanoseconds after the start at which batch {@code k} (from 0) is due; always 0 when unpaced. */
    public long dueNanos(long k) {
        if (rate == 0) {
            return 0;
        }
        return Math.round(k * batchSize * NANOS_PER_SECOND / rate);
    }

    /** How long to wait before sending batch {@code k} when {@code elapsedNanos} have passed since the start. */
    public long waitNanos(long k, long elapsedNanos) {
        return Math.max(0, dueNanos(k) - elapsedNanos);
    }
}
