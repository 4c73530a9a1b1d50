package io.flarewatch.ingest.source;

import java.time.Duration;

/**
 * The wait before trying a failing source again: {@code initial} after the first failure, doubling with each
 * further failure in a row, never more than {@code max}. A success resets the count, so one bad poll of a healthy
 * feed costs one short wait, while a feed that is down for hours is asked only every {@code max}.
 *
 * @param initial the wait after the first failure
 * @param max     the longest wait
 */
public record Backoff(Duration initial, Duration max) {

    /** The wait after {@code failures} failures in a row (zero when there were none). */
    public Duration delayAfter(int failures) {
        if (failures <= 0) {
            return Duration.ZERO;
        }
        long initialMillis = initial.toMillis();
        int doublings = Math.min(failures - 1, Long.numberOfLeadingZeros(Math.max(1, initialMillis)) - 1);
        return Duration.ofMillis(Math.min(max.toMillis(), initialMillis << doublings));
    }
}
