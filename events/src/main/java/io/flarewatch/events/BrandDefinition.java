package io.flarewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A brand as configured in crisis-api, on the compacted {@code brands} topic, keyed by brand id. A deleted
 * brand is a tombstone (a null value) under its id.
 *
 * @param eventId       unique id of this event
 * @param eventType     always {@value #TYPE}
 * @param schemaVersion version of this record's shape
 * @param occurredAt    when the brand was changed
 * @param brandId       the brand's id
 * @param name          the brand's display name
 * @param query         the Boolean query that decides which mentions are about the brand
 * @param languages     the languages watched, e.g. {@code [pl, en]}; empty means all
 * @param sensitivity   the alerting preset: {@code fewer}, {@code balanced} or {@code more}
 * @param muteHours     hours in which alerts are held back, e.g. {@code 23:00-07:00}, or null
 */
public record BrandDefinition(
        String eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        String brandId,
        String name,
        String query,
        List<String> languages,
        String sensitivity,
        String muteHours) {

    /** The event type name on the wire. */
    public static final String TYPE = "brand.changed";
    /** The current schema version. */
    public static final int VERSION = 1;

    /** A new brand event with a fresh event id. */
    public static BrandDefinition of(
            String brandId,
            String name,
            String query,
            List<String> languages,
            String sensitivity,
            String muteHours,
            Instant occurredAt) {
        return new BrandDefinition(
                UUID.randomUUID().toString(),
                TYPE,
                VERSION,
                occurredAt,
                brandId,
                name,
                query,
                languages,
                sensitivity,
                muteHours);
    }
}
