package io.flarewatch.ingest.source;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** A failing source is asked again after waits that double, up to a ceiling, and at once after a success. */
class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofMinutes(30));

    @Test
    void theWaitDoublesWithEachFailureInARow() {
        assertEquals(Duration.ZERO, backoff.delayAfter(0));
        assertEquals(Duration.ofSeconds(30), backoff.delayAfter(1));
        assertEquals(Duration.ofSeconds(60), backoff.delayAfter(2));
        assertEquals(Duration.ofSeconds(120), backoff.delayAfter(3));
        assertEquals(Duration.ofSeconds(960), backoff.delayAfter(6));
    }

    @Test
    void theWaitNeverExceedsTheCeilingEvenAfterDaysOfFailures() {
        assertEquals(Duration.ofMinutes(30), backoff.delayAfter(7));
        assertEquals(Duration.ofMinutes(30), backoff.delayAfter(10_000));
    }
}
