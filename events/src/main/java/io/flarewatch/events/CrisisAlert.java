package io.flarewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A change of a brand's crisis alert, on {@code crisis-alerts}, keyed by brand id. All changes of one
 * incident share the {@code alertId}.
 *
 * @param eventId              unique id of this event (consumers skip an id they have already handled)
 * @param eventType            always {@value #TYPE}
 * @param schemaVersion        version of this record's shape
 * @param occurredAt           when the change happened
 * @param alertId              the incident's id
 * @param brandId              the brand in trouble
 * @param state                opened, updated or resolved
 * @param severity             {@code low}, {@code medium}, {@code high} or {@code critical}
 * @param reason               why, in words a PR person reads
 * @param windowStart          start of the time window the numbers describe
 * @param windowEnd            end of that window (exclusive)
 * @param currentMentions      mentions in the window
 * @param expectedMentions     mentions usual for such a window
 * @param currentNegativeShare share of negative mentions in the window, 0 to 1
 * @param usualNegativeShare   the brand's usual negative share, 0 to 1
 * @param reach                followers of the negative authors in the window
 * @param distinctAuthors      distinct authors in the window
 * @param topMentions          the posts to answer first
 * @param topCategories        the complaint categories seen most
 * @param topWords             the words that made the negative mentions negative, most frequent first
 */
public record CrisisAlert(
        String eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        String alertId,
        String brandId,
        AlertState state,
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
        List<AlertMention> topMentions,
        List<String> topCategories,
        List<String> topWords) {

    /** The event type name on the wire. */
    public static final String TYPE = "crisis.alert";
    /** The current schema version. */
    public static final int VERSION = 1;

    /** A fresh event id for a new alert change. */
    public static String newEventId() {
        return UUID.randomUUID().toString();
    }
}
