package io.flarewatch.api.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.api.service.AlertChange;
import io.flarewatch.api.service.AlertChangeAnnouncer;
import io.flarewatch.api.service.AlertStore;
import io.flarewatch.api.workflow.AlertWorkflow;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Locale;
import org.eclipse.microprofile.reactive.messaging.Incoming;

/**
 * Stores the alert events the detector produces ({@link MentionBatchConsumer} stores the mentions). A record that
 * cannot be read, or that PostgreSQL refuses, fails, and SmallRye sends it to the consumer's dead-letter topic; the
 * records after it go on. While the database is unavailable the event is written again until it answers
 * ({@link DatabaseRetry}), and the records after it wait.
 */
@ApplicationScoped
public class EventConsumers {

    private final AlertStore alerts;
    private final AlertChangeAnnouncer changes;
    private final Counter alertDeadLetters;
    private final DatabaseRetry retry;

    EventConsumers(AlertStore alerts, AlertChangeAnnouncer changes, MeterRegistry metrics, DatabaseRetry retry) {
        this.alerts = alerts;
        this.retry = retry;
        this.changes = changes;
        this.alertDeadLetters = metrics.counter("dead.letters", "topic", Topics.API_CRISIS_ALERTS_DLQ);
    }

    /** Stores an alert change, and once it is committed tells the subscribers of every replica's {@code /alerts/stream}. */
    @Incoming("crisis-alerts")
    public Uni<Void> onAlert(String payload) throws JsonProcessingException {
        CrisisAlert alert = read(payload, CrisisAlert.class, alertDeadLetters);
        return retry.untilStored(Topics.CRISIS_ALERTS, "the alert event " + alert.eventId(), () -> alerts.apply(alert))
                .onFailure()
                .invoke(failure -> alertDeadLetters.increment())
                .invoke(isNew -> announce(isNew, alert))
                .replaceWithVoid();
    }

    private void announce(boolean isNew, CrisisAlert alert) {
        if (isNew) {
            changes.announce(new AlertChange(
                    alert.alertId(),
                    alert.brandId(),
                    alert.state().name().toLowerCase(Locale.ROOT),
                    AlertWorkflow.DETECTOR,
                    alert.state().name(),
                    alert.severity(),
                    alert.occurredAt()));
        }
    }

    private static <T> T read(String payload, Class<T> type, Counter deadLetters) throws JsonProcessingException {
        try {
            return EventJson.mapper().readValue(payload, type);
        } catch (JsonProcessingException e) {
            deadLetters.increment();
            throw e;
        }
    }
}
