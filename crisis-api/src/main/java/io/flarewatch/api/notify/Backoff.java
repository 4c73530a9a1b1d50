package io.flarewatch.api.notify;

import java.time.Duration;

/** Exponential backoff: base, 2 x base, 4 x base, ... capped at a maximum. */
public record Backoff(Duration base, Duration max) {

    /** The wait after the {@code failedAttempts}-th failed attempt (1 for the first). */
    public Duration after(int failedAttempts) {
        int doublings = Math.max(0, Math.min(failedAttempts - 1, 30));
        Duration wait = base.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
