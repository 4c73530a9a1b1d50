package io.flarewatch.localstack;

import java.time.Duration;

/**
 * How long the supervisor waits before restarting a crashed service: 1 s after the first crash, doubling with
 * each crash that follows quickly, at most a minute; a service that ran well for {@link #STABLE} starts over at
 * 1 s. A service that crashes at start-up thus does not spin the CPU, and a rare crash costs one second.
 */
final class RestartBackoff {

    /** How long a service must run before its next crash counts as a first one again. */
    static final Duration STABLE = Duration.ofSeconds(60);

    private static final Duration FIRST = Duration.ofSeconds(1);
    private static final Duration MAX = Duration.ofSeconds(60);

    private RestartBackoff() {}

    /** The wait before the restart after {@code quickCrashes} crashes in a row (1 for the first). */
    static Duration delay(int quickCrashes) {
        if (quickCrashes <= 1) {
            return FIRST;
        }
        int doublings = Math.min(quickCrashes - 1, 16);
        Duration delay = FIRST.multipliedBy(1L << doublings);
        return delay.compareTo(MAX) > 0 ? MAX : delay;
    }
}
