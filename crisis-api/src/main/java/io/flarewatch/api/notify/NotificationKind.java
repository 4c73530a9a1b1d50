package io.flarewatch.api.notify;

import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** What a notification tells: a new alert, a worse one, the all-clear, or a chase because nobody acknowledged. */
public enum NotificationKind {
    /** A new incident. */
    OPENED,
    /** The incident's severity went up. */
    ESCALATED,
    /** The incident is over. */
    ALL_CLEAR,
    /** Nobody acknowledged the incident within the brand's escalation delay. */
    UNACKNOWLEDGED;

    private static final List<String> SEVERITIES = List.of("low", "medium", "high", "critical");

    /**
     * The notification an alert event calls for, if any: every opening and resolution, and an update only when it
     * raises the severity above {@code previousSeverity}.
     */
    public static Optional<NotificationKind> of(CrisisAlert event, String previousSeverity) {
        if (event.state() == AlertState.OPENED) {
            return Optional.of(OPENED);
        }
        if (event.state() == AlertState.RESOLVED) {
            return Optional.of(ALL_CLEAR);
        }
        return rank(event.severity()) > rank(previousSeverity) ? Optional.of(ESCALATED) : Optional.empty();
    }

    /** The order of a severity, -1 for none or an unknown one. */
    static int rank(String severity) {
        return severity == null ? -1 : SEVERITIES.indexOf(severity.toLowerCase(Locale.ROOT));
    }
}
