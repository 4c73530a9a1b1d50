package io.flarewatch.api.notify;

import io.flarewatch.events.AlertMention;
import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import java.time.Instant;
import java.util.List;

/** Alert events for the notification tests. */
public final class TestAlerts {

    private TestAlerts() {}

    /** An alert of brand {@code brandId} with known numbers: 212 vs 14, 78% vs 12%, reach 183000, one post. */
    public static CrisisAlert alert(String eventId, String alertId, String brandId, AlertState state, String severity) {
        return alert(eventId, alertId, brandId, state, severity, Instant.parse("2026-11-20T09:21:07Z"));
    }

    /** The same, happening at {@code occurredAt}. */
    public static CrisisAlert alert(
            String eventId, String alertId, String brandId, AlertState state, String severity, Instant occurredAt) {
        return new CrisisAlert(
                eventId,
                CrisisAlert.TYPE,
                CrisisAlert.VERSION,
                occurredAt,
                alertId,
                brandId,
                state,
                severity,
                "212 mentions in 5 min vs 14 expected; 78% negative vs 12% usual",
                Instant.parse("2026-11-20T09:15:00Z"),
                Instant.parse("2026-11-20T09:20:00Z"),
                212,
                14.0,
                0.78,
                0.12,
                183000,
                187,
                List.of(new AlertMention(
                        "twitter:1859",
                        "https://twitter.com/kasia_w/status/1859",
                        "kasia_w",
                        1250,
                        "Kurierex <b>zgubił</b> paczkę & nie odbiera",
                        -0.82)),
                List.of("lost_parcel"),
                List.of("zgubił", "nie odbiera"));
    }

    /** A message about that alert for brand "Kurierex". */
    public static NotificationMessage message(NotificationKind kind) {
        return new NotificationMessage(
                kind,
                "Kurierex",
                alert("e1", "a1", "kurierex", AlertState.OPENED, "high"),
                "https://console.example/alerts/a1");
    }
}
