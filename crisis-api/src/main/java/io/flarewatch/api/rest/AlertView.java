package io.flarewatch.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.api.model.Alert;
import io.flarewatch.api.model.AlertAction;
import io.flarewatch.api.model.AlertEvent;
import io.flarewatch.api.model.AlertNotified;
import io.flarewatch.api.model.JsonColumns;
import io.flarewatch.api.workflow.AlertWorkflow;
import io.flarewatch.api.workflow.Timeline;
import java.time.Instant;
import java.util.List;

/**
 * An alert as the API shows it: the detector's numbers and who is on it; the detail view adds the people's notes
 * and the timeline (detector events and people's actions, oldest first).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(
        String alertId,
        String brandId,
        String state,
        String severity,
        String reason,
        Instant windowStart,
        Instant windowEnd,
        long currentMentions,
        double expectedMentions,
        double currentNegativeShare,
        double usualNegativeShare,
        long reach,
        long distinctAuthors,
        Instant openedAt,
        Instant updatedAt,
        Instant resolvedAt,
        String resolvedBy,
        Instant acknowledgedAt,
        String acknowledgedBy,
        String assignee,
        JsonNode topMentions,
        JsonNode topCategories,
        JsonNode topWords,
        List<Note> notes,
        List<Timeline.Entry> timeline) {

    /**
     * A person's note: one added with {@code POST /alerts/{id}/notes}, or the note given on resolving or reopening.
     *
     * @param at   when
     * @param by   who
     * @param kind {@code note}, {@code resolved_by_hand} or {@code reopened}
     * @param text the note
     */
    public record Note(Instant at, String by, String kind, String text) {}

    /** The list view of an alert. */
    public static AlertView of(Alert a) {
        return of(a, null, null);
    }

    /** The detail view of an alert, with its notes and merged timeline. */
    public static AlertView of(Alert a, List<AlertEvent> events, List<AlertAction> actions) {
        return of(a, events, actions, List.of());
    }

    /** The detail view of an alert, with its notes and a timeline that includes the delivered notifications. */
    public static AlertView of(
            Alert a, List<AlertEvent> events, List<AlertAction> actions, List<AlertNotified> notified) {
        List<Note> notes = actions == null
                ? null
                : actions.stream()
                        .filter(x -> x.text != null
                                && !AlertWorkflow.DETECTOR.equals(x.actor)
                                && !AlertWorkflow.Action.ASSIGN.kind().equals(x.kind))
                        .map(x -> new Note(x.occurredAt, x.actor, x.kind, x.text))
                        .toList();
        return new AlertView(
                a.alertId,
                a.brandId,
                a.state,
                a.severity,
                a.reason,
                a.windowStart,
                a.windowEnd,
                a.currentMentions,
                a.expectedMentions,
                a.currentNegativeShare,
                a.usualNegativeShare,
                a.reach,
                a.distinctAuthors,
                a.openedAt,
                a.updatedAt,
                a.resolvedAt,
                a.resolvedBy,
                a.acknowledgedAt,
                a.acknowledgedBy,
                a.assignee,
                JsonColumns.tree(a.topMentions),
                JsonColumns.tree(a.topCategories),
                JsonColumns.tree(a.topWords == null ? "[]" : a.topWords),
                notes,
                events == null ? null : Timeline.of(events, actions == null ? List.of() : actions, notified));
    }
}
