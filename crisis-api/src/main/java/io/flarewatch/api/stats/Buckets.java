package io.flarewatch.api.stats;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** A time series of mention counts per minute or hour, with a zero bucket wherever nothing was published. */
public final class Buckets {

    /** The most buckets one request may ask for (a day of minutes, or two months of hours, fit). */
    public static final int MAX_BUCKETS = 1500;

    /**
     * The counts of one bucket.
     *
     * @param start    the bucket's first instant
     * @param mentions all mentions published in it
     * @param negative the negative ones
     * @param neutral  the neutral ones
     * @param positive the positive ones
     */
    public record Bucket(Instant start, long mentions, long negative, long neutral, long positive) {

        /** An empty bucket. */
        public static Bucket empty(Instant start) {
            return new Bucket(start, 0, 0, 0, 0);
        }
    }

    private Buckets() {}

    /** The bucket length of {@code minute} or {@code hour}. */
    public static ChronoUnit unit(String interval) {
        return "hour".equals(interval) ? ChronoUnit.HOURS : ChronoUnit.MINUTES;
    }

    /** How many buckets of {@code unit} cover [truncated {@code from}, {@code to}). */
    public static long count(Instant from, Instant to, ChronoUnit unit) {
        Instant first = from.truncatedTo(unit);
        long length = unit.getDuration().toMillis();
        return (Duration.between(first, to).toMillis() + length - 1) / length;
    }

    /** Every bucket from the one holding {@code from} up to {@code to} (exclusive), the counted ones filled in. */
    public static List<Bucket> fill(Instant from, Instant to, ChronoUnit unit, Map<Instant, Bucket> counted) {
        List<Bucket> out = new ArrayList<>();
        for (Instant start = from.truncatedTo(unit); start.isBefore(to); start = start.plus(1, unit)) {
            out.add(counted.getOrDefault(start, Bucket.empty(start)));
        }
        return out;
    }
}
