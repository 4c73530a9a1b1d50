package io.flarewatch.events;

import java.time.Instant;
import java.util.UUID;

/**
 * A validated, deduplicated mention on {@code mentions-raw}, keyed by mention id.
 *
 * @param eventId       unique id of this event
 * @param eventType     always {@value #TYPE}
 * @param schemaVersion version of this record's shape
 * @param occurredAt    when the event was produced
 * @param mention       the mention itself
 */
public record MentionIngested(
        String eventId, String eventType, int schemaVersion, Instant occurredAt, Mention mention) {

    /** The event type name on the wire. */
    public static final String TYPE = "mention.ingested";
    /** The current schema version. */
    public static final int VERSION = 1;

    /** A new event for a mention, with a fresh event id. */
    public static MentionIngested of(Mention mention, Instant occurredAt) {
        return new MentionIngested(UUID.randomUUID().toString(), TYPE, VERSION, occurredAt, mention);
    }
}
