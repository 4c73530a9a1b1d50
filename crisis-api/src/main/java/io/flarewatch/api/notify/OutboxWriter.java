package io.flarewatch.api.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Writes the notifications an alert event calls for into the outbox, one row per channel target, inside the
 * caller's transaction (the one that stores the event). The unique key (event id, channel, target) makes a second
 * write of the same event a no-op.
 */
@ApplicationScoped
public class OutboxWriter {

    private static final String INSERT = "INSERT INTO notification_outbox (event_id, alert_id, brand_id, kind, channel, "
            + "target, payload, status, attempts, next_attempt_at, created_at) "
            + "SELECT :eventId, :alertId, :brandId, :kind, t.channel, t.target, cast(cast(:payload as text) as jsonb), 'pending', 0, "
            + "now(), now() FROM brand_notification n CROSS JOIN LATERAL ("
            + "SELECT 'slack' AS channel, jsonb_array_elements_text(n.slack_urls) AS target "
            + "UNION ALL SELECT 'email', jsonb_array_elements_text(n.emails) "
            + "UNION ALL SELECT 'webhook', jsonb_array_elements_text(n.webhook_urls)) t "
            + "WHERE n.brand_id = :brandId ON CONFLICT (event_id, channel, target) DO NOTHING";

    /**
     * Enqueues the notifications for {@code event}, given the alert's severity before it ({@code null} for a new
     * alert); returns how many rows were written.
     */
    public Uni<Integer> enqueue(CrisisAlert event, String previousSeverity) {
        var kind = NotificationKind.of(event, previousSeverity);
        if (kind.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        String payload = payload(event);
        return Panache.getSession().flatMap(session -> session.createNativeQuery(INSERT)
                .setParameter("eventId", event.eventId())
                .setParameter("alertId", event.alertId())
                .setParameter("brandId", event.brandId())
                .setParameter("kind", kind.get().name())
                .setParameter("payload", payload)
                .executeUpdate());
    }

    private static String payload(CrisisAlert event) {
        try {
            return EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("alert cannot be written as JSON", e);
        }
    }
}
