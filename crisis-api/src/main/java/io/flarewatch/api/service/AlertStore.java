package io.flarewatch.api.service;

import io.flarewatch.api.model.Alert;
import io.flarewatch.api.model.AlertAction;
import io.flarewatch.api.model.AlertEvent;
import io.flarewatch.api.model.AlertNotified;
import io.flarewatch.api.model.JsonColumns;
import io.flarewatch.api.notify.OutboxRepository;
import io.flarewatch.api.repository.AlertActionRepository;
import io.flarewatch.api.repository.AlertEventRepository;
import io.flarewatch.api.repository.AlertFilter;
import io.flarewatch.api.repository.AlertNotifiedRepository;
import io.flarewatch.api.repository.AlertRepository;
import io.flarewatch.api.workflow.AlertWorkflow;
import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.util.List;

/**
 * Alerts in PostgreSQL: one row per incident, updated by each of its events, and the events themselves as the
 * timeline. An event id seen before is skipped, so a redelivered alert changes nothing. An alert a person resolved
 * by hand stays resolved under later detector events unless the detector escalates it (see
 * {@link AlertWorkflow}); the events are in its timeline either way.
 */
@ApplicationScoped
public class AlertStore {

    private final AlertRepository alerts;
    private final AlertEventRepository events;
    private final AlertActionRepository actions;
    private final OutboxRepository outbox;
    private final AlertNotifiedRepository notified;

    AlertStore(
            AlertRepository alerts,
            AlertEventRepository events,
            AlertActionRepository actions,
            OutboxRepository outbox,
            AlertNotifiedRepository notified) {
        this.alerts = alerts;
        this.events = events;
        this.actions = actions;
        this.outbox = outbox;
        this.notified = notified;
    }

    /**
     * Applies an alert event; true when it was new. A new event also puts its notifications into the outbox, in the
     * same transaction, so a stored event never lacks them and a redelivered one never adds any.
     */
    @WithTransaction
    public Uni<Boolean> apply(CrisisAlert event) {
        requireComplete(event);
        return events.findById(event.eventId()).flatMap(seen -> {
            if (seen != null) {
                return Uni.createFrom().item(false);
            }
            // locked like a person's action, so that neither overwrites the other's columns with stale values
            return alerts.findById(event.alertId(), LockModeType.PESSIMISTIC_WRITE)
                    .flatMap(existing -> {
                        String previousSeverity = existing == null ? null : existing.severity;
                        return storeAlert(existing, event)
                                .flatMap(alert -> events.persist(timelineEntry(event)))
                                .flatMap(entry -> outbox.enqueue(event, previousSeverity));
                    })
                    .replaceWith(true);
        });
    }

    /** The newest alerts that pass the filter. */
    @WithSession
    public Uni<List<Alert>> newest(AlertFilter filter) {
        return alerts.newest(filter);
    }

    /** An alert's delivered notifications, oldest first. */
    @WithSession
    public Uni<List<AlertNotified>> notified(String alertId) {
        return notified.ofAlert(alertId);
    }

    /** An alert's people's actions, oldest first. */
    @WithSession
    public Uni<List<AlertAction>> actions(String alertId) {
        return actions.ofAlert(alertId);
    }

    private Uni<Alert> storeAlert(Alert existing, CrisisAlert event) {
        if (!AlertWorkflow.resolvedByHand(existing) || isOutOfOrder(existing, event)) {
            return alerts.persist(merge(existing, event));
        }
        if (!AlertWorkflow.escalates(existing, event)) {
            return Uni.createFrom().item(existing);
        }
        AlertWorkflow.reopenedByDetector(existing);
        AlertAction reopened = new AlertAction();
        reopened.alertId = existing.alertId;
        reopened.kind = AlertWorkflow.Action.REOPEN.kind();
        reopened.actor = AlertWorkflow.DETECTOR;
        reopened.text = "severity rose from " + existing.severity + " to " + event.severity();
        reopened.occurredAt = event.occurredAt();
        return actions.persist(reopened).flatMap(done -> alerts.persist(merge(existing, event)));
    }

    private static boolean isOutOfOrder(Alert existing, CrisisAlert event) {
        return existing.updatedAt != null && existing.updatedAt.isAfter(event.occurredAt());
    }

    /** One alert, or null. */
    @WithSession
    public Uni<Alert> get(String alertId) {
        return alerts.findById(alertId);
    }

    /** An alert's timeline, oldest first. */
    @WithSession
    public Uni<List<AlertEvent>> timeline(String alertId) {
        return events.timeline(alertId);
    }

    private static Alert merge(Alert existing, CrisisAlert event) {
        Alert alert = existing != null ? existing : new Alert();
        if (existing == null) {
            alert.alertId = event.alertId();
            alert.brandId = event.brandId();
            alert.openedAt = event.occurredAt();
        }
        if (existing != null && existing.updatedAt != null && existing.updatedAt.isAfter(event.occurredAt())) {
            return alert;
        }
        alert.state = event.state().name();
        alert.severity = event.severity();
        alert.reason = event.reason();
        alert.windowStart = event.windowStart();
        alert.windowEnd = event.windowEnd();
        alert.currentMentions = event.currentMentions();
        alert.expectedMentions = event.expectedMentions();
        alert.currentNegativeShare = event.currentNegativeShare();
        alert.usualNegativeShare = event.usualNegativeShare();
        alert.reach = event.reach();
        alert.distinctAuthors = event.distinctAuthors();
        alert.updatedAt = event.occurredAt();
        alert.resolvedAt = event.state() == AlertState.RESOLVED ? event.occurredAt() : null;
        alert.topMentions = JsonColumns.text(event.topMentions() == null ? List.of() : event.topMentions());
        alert.topCategories = JsonColumns.text(event.topCategories() == null ? List.of() : event.topCategories());
        alert.topWords = JsonColumns.text(event.topWords() == null ? List.of() : event.topWords());
        return alert;
    }

    private static AlertEvent timelineEntry(CrisisAlert event) {
        AlertEvent entry = new AlertEvent();
        entry.eventId = event.eventId();
        entry.alertId = event.alertId();
        entry.state = event.state().name();
        entry.severity = event.severity();
        entry.reason = event.reason();
        entry.occurredAt = event.occurredAt();
        return entry;
    }

    private static void requireComplete(CrisisAlert event) {
        if (event.eventId() == null
                || event.alertId() == null
                || event.brandId() == null
                || event.state() == null
                || event.severity() == null
                || event.reason() == null
                || event.occurredAt() == null) {
            throw new IllegalArgumentException(
                    "crisis alert without event id, alert id, brand, state, severity, reason or time");
        }
    }
}
