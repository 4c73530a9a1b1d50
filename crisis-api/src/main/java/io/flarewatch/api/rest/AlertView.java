package io.flarewatch.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.api.model.Alert;
import io.flarewatch.api.model.AlertEvent;
import java.time.Instant;
import java.util.List;

/** An alert as the API shows it; the detail view adds its timeline. */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record AlertView(String alertId, String brandId, String state, String severity, String reason, Instant windowStart,
        Instant windowEnd, long currentMentions, double expectedMentions, double currentNegativeShare,
        double usualNegativeShare, long reach, long distinctAuthors, Instant openedAt, Instant updatedAt,
        Instant resolvedAt, JsonNode topMentions, JsonNode topCategories, JsonNode topWords, List<TimelineEntry> timeline) {

    /** One change of an alert. */
    public record TimelineEntry(String eventId, String state, String severity, String reason, Instant occurredAt) {
        static TimelineEntry of(AlertEvent e) {
            return new TimelineEntry(e.eventId, e.state, e.severity, e.reason, e.occurredAt);
        }
    }

    /** The list view of an alert. */
    public static AlertView of(Alert a) {
        return of(a, null);
    }

    /** The detail view of an alert, with its timeline. */
    public static AlertView of(Alert a, List<AlertEvent> timeline) {
        return new AlertView(a.alertId, a.brandId, a.state, a.severity, a.reason, a.windowStart, a.windowEnd,
                a.currentMentions, a.expectedMentions, a.currentNegativeShare, a.usualNegativeShare, a.reach,
                a.distinctAuthors, a.openedAt, a.updatedAt, a.resolvedAt, Json.parse(a.topMentions),
                Json.parse(a.topCategories), Json.parse(a.topWords == null ? "[]" : a.topWords), timeline == null ? null : timeline.stream().map(TimelineEntry::of).toList());
    }
}
