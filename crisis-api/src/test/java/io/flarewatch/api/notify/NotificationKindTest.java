package io.flarewatch.api.notify;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flarewatch.events.AlertState;
import java.time.Duration;
import java.util.Optional;
import org.junit.jupiter.api.Test;

/** Which alert events notify, and the backoff between attempts. */
class NotificationKindTest {

    @Test
    void openingAndResolvingAlwaysNotifyAnUpdateOnlyWhenTheSeverityRises() {
        assertEquals(Optional.of(NotificationKind.OPENED), kind(AlertState.OPENED, "low", null));
        assertEquals(Optional.of(NotificationKind.ALL_CLEAR), kind(AlertState.RESOLVED, "low", "high"));
        assertEquals(Optional.of(NotificationKind.ESCALATED), kind(AlertState.UPDATED, "critical", "high"));
        assertEquals(Optional.of(NotificationKind.ESCALATED), kind(AlertState.UPDATED, "medium", "low"));
        assertEquals(Optional.empty(), kind(AlertState.UPDATED, "high", "high"));
        assertEquals(Optional.empty(), kind(AlertState.UPDATED, "medium", "high"));
    }

    @Test
    void theBackoffDoublesUpToItsMaximum() {
        Backoff backoff = new Backoff(Duration.ofSeconds(2), Duration.ofSeconds(30));
        assertEquals(Duration.ofSeconds(2), backoff.after(1));
        assertEquals(Duration.ofSeconds(4), backoff.after(2));
        assertEquals(Duration.ofSeconds(16), backoff.after(4));
        assertEquals(Duration.ofSeconds(30), backoff.after(5));
        assertEquals(Duration.ofSeconds(30), backoff.after(60));
    }

    private static Optional<NotificationKind> kind(AlertState state, String severity, String before) {
        return NotificationKind.of(TestAlerts.alert("e", "a", "b", state, severity), before);
    }
}
