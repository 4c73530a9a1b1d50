package io.flarewatch.api.service;

import io.flarewatch.api.model.Alert;
import io.flarewatch.api.model.AlertAction;
import io.flarewatch.api.repository.AlertActionRepository;
import io.flarewatch.api.repository.AlertRepository;
import io.flarewatch.api.workflow.AlertWorkflow;
import io.flarewatch.api.workflow.AlertWorkflow.Action;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import java.time.Instant;

/**
 * Does a person's action on an alert: the alert row is locked, the rules of {@link AlertWorkflow} decide (404 for
 * an unknown alert, 409 for an action the alert's state does not allow), and the action is recorded for the
 * timeline in the same transaction.
 */
@ApplicationScoped
public class AlertWorkflowService {

    private final AlertRepository alerts;
    private final AlertActionRepository actions;

    AlertWorkflowService(AlertRepository alerts, AlertActionRepository actions) {
        this.alerts = alerts;
        this.actions = actions;
    }

    /**
     * Does {@code action} by {@code by}; {@code assignee} is for {@link Action#ASSIGN}, {@code text} the note.
     * Returns the change to broadcast once the transaction has committed.
     */
    @WithTransaction
    public Uni<AlertChange> act(String alertId, Action action, String by, String assignee, String text) {
        return alerts.findById(alertId, LockModeType.PESSIMISTIC_WRITE)
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound("alert " + alertId))
                .flatMap(alert -> record(alert, action, by, assignee, text));
    }

    private Uni<AlertChange> record(Alert alert, Action action, String by, String assignee, String text) {
        AlertWorkflow.refusal(alert, action).ifPresent(reason -> {
            throw DomainException.refused(reason);
        });
        Instant now = Instant.now();
        AlertWorkflow.apply(alert, action, by, assignee, now);
        AlertAction entry = new AlertAction();
        entry.alertId = alert.alertId;
        entry.kind = action.kind();
        entry.actor = by;
        entry.text = action == Action.ASSIGN ? assignee : text;
        entry.occurredAt = now;
        return actions.persist(entry)
                .map(saved -> new AlertChange(
                        alert.alertId, alert.brandId, action.kind(), by, alert.state, alert.severity, now));
    }
}
