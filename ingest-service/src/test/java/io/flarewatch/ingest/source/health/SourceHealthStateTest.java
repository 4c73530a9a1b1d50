package io.flarewatch.ingest.source.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.SourceHealth;
import io.flarewatch.ingest.source.SourceRef;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** A source's health record: its rate and median lag over five minutes, its last success and error. */
class SourceHealthStateTest {

    private static final Instant T0 = Instant.parse("2026-11-30T10:00:00Z");
    private final SourceHealthState state = new SourceHealthState(new SourceRef("rss:gazeta", "rss"));

    @Test
    void rateAndMedianLagCoverTheLastFiveMinutesOnly() {
        state.accepted(T0, 100);
        for (int i = 0; i < 10; i++) {
            state.accepted(T0.plusSeconds(240), 10 + i);
        }
        SourceHealth now = state.snapshot(T0.plusSeconds(250));
        assertEquals(11 / 5.0, now.mentionsPerMinute(), 1e-9);
        assertEquals(15.0, now.lagSeconds(), 1e-9);

        SourceHealth later = state.snapshot(T0.plusSeconds(320));
        assertEquals(10 / 5.0, later.mentionsPerMinute(), 1e-9, "the first mention left the window");
        assertNull(state.snapshot(T0.plusSeconds(1_000)).lagSeconds(), "nothing arrived in the last five minutes");
    }

    @Test
    void aFailureShowsBackoffUntilTheNextSuccess() {
        state.succeeded(T0);
        state.failed(T0.plusSeconds(60), "the feed answered HTTP 500", T0.plusSeconds(90));
        SourceHealth failing = state.snapshot(T0.plusSeconds(61));
        assertEquals("backoff", failing.status());
        assertEquals("the feed answered HTTP 500", failing.lastError());
        assertEquals(T0.plusSeconds(90), failing.nextAttemptAt());
        assertEquals(T0, failing.lastSuccessAt());

        assertTrue(state.succeeded(T0.plusSeconds(90)), "back to ok is a change");
        assertFalse(state.succeeded(T0.plusSeconds(120)), "ok again is not");
        SourceHealth recovered = state.snapshot(T0.plusSeconds(121));
        assertEquals("ok", recovered.status());
        assertNull(recovered.nextAttemptAt());
        assertEquals("the feed answered HTTP 500", recovered.lastError(), "the last error stays visible");
    }
}
