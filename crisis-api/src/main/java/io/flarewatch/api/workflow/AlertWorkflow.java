package io.flarewatch.api.workflow;

import io.flarewatch.api.model.Alert;
import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The rules of what people may do with an alert, and what a detector event does to an alert a person resolved.
 * Pure: it changes the {@link Alert} it is given and knows nothing of the database or HTTP.
 *
 * <ul>
 * <li>acknowledge: not when resolved, not twice (the answer names who acknowledged it first);</li>
 * <li>assign: not when resolved; assigning again replaces the assignee;</li>
 * <li>note: always, also on a resolved alert (post-mortem notes);</li>
 * <li>resolve: not when resolved already; the alert is resolved now, by this person;</li>
 * <li>reopen: only when resolved; the alert is {@code OPENED} again, its acknowledgement and assignee stay.</li>
 * </ul>
 *
 * <p>A detector event for an alert a person resolved leaves the alert resolved (the event still appears in the
 * timeline) unless the detector escalates, that is reports a higher severity than the alert had: then the alert
 * takes the event's state and numbers, its acknowledgement is cleared so that somebody must say "I'm on it"
 * again, and the timeline shows it reopened by the detector.
 */
public final class AlertWorkflow {

    /** Who reopens an alert when the detector escalates one that a person resolved. */
    public static final String DETECTOR = "detector";

    private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    /** What a person can do with an alert; {@link #kind()} is its name in the timeline. */
    public enum Action {
        ACKNOWLEDGE("acknowledged"),
        ASSIGN("assigned"),
        NOTE("note"),
        RESOLVE("resolved_by_hand"),
        REOPEN("reopened");

        private final String kind;

        Action(String kind) {
            this.kind = kind;
        }

        /** The action's kind in the timeline, e.g. {@code acknowledged}. */
        public String kind() {
            return kind;
        }
    }

    private AlertWorkflow() {}

    /** Why {@code action} cannot be done on {@code alert} now, or empty when it can. */
    public static Optional<String> refusal(Alert alert, Action action) {
        boolean resolved = AlertState.RESOLVED.name().equals(alert.state);
        return switch (action) {
            case ACKNOWLEDGE ->
                resolved
                        ? Optional.of("alert " + alert.alertId + " is resolved; reopen it first")
                        : alert.acknowledgedAt != null
                                ? Optional.of("alert " + alert.alertId + " was acknowledged already by "
                                        + alert.acknowledgedBy)
                                : Optional.empty();
            case ASSIGN, RESOLVE ->
                resolved ? Optional.of("alert " + alert.alertId + " is resolved already") : Optional.empty();
            case REOPEN -> resolved ? Optional.empty() : Optional.of("alert " + alert.alertId + " is not resolved");
            case NOTE -> Optional.empty();
        };
    }

    /** Does {@code action} by {@code by} at {@code now}; call only when {@link #refusal} is empty. */
    public static void apply(Alert alert, Action action, String by, String assignee, Instant now) {
        switch (action) {
            case ACKNOWLEDGE -> {
                alert.acknowledgedAt = now;
                alert.acknowledgedBy = by;
            }
            case ASSIGN -> alert.assignee = assignee;
            case RESOLVE -> {
                alert.state = AlertState.RESOLVED.name();
                alert.resolvedAt = now;
                alert.resolvedBy = by;
            }
            case REOPEN -> {
                alert.state = AlertState.OPENED.name();
                alert.resolvedAt = null;
                alert.resolvedBy = null;
            }
            case NOTE -> {
                // a note changes nothing on the alert itself
            }
        }
    }

    /** Whether the alert was resolved by a person (and not reopened since). */
    public static boolean resolvedByHand(Alert alert) {
        return alert != null
                && alert.resolvedBy != null
                && AlertState.RESOLVED.name().equals(alert.state);
    }

    /** Whether a detector event escalates an alert a person resolved: a higher severity than it had. */
    public static boolean escalates(Alert resolvedByHand, CrisisAlert event) {
        return event.state() != AlertState.RESOLVED && rank(event.severity()) > rank(resolvedByHand.severity);
    }

    /** The rank of a severity, low first; an unknown one ranks below low. */
    static int rank(String severity) {
        return severity == null ? -1 : SEVERITIES.indexOf(severity.toLowerCase(Locale.ROOT));
    }

    /** Clears what a person decided, when the detector reopens an alert a person resolved. */
    public static void reopenedByDetector(Alert alert) {
        alert.resolvedBy = null;
        alert.acknowledgedAt = null;
        alert.acknowledgedBy = null;
    }
}
