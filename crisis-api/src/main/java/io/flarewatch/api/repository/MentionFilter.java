package io.flarewatch.api.repository;

import java.time.Instant;

/**
 * Which mentions to search; every field but {@code limit} may be null (no filter).
 *
 * @param brandId  the brand
 * @param from     published at or after
 * @param to       published before
 * @param label    {@code negative}, {@code neutral} or {@code positive}
 * @param category a complaint category of the sentiment, e.g. {@code delivery}
 * @param language the language the model used, e.g. {@code pl}
 * @param source   e.g. {@code twitter}
 * @param text     case-insensitive text the mention contains (no wildcards)
 * @param after    the position to continue after (from a cursor), or null for the newest
 * @param limit    at most this many
 */
public record MentionFilter(
        String brandId,
        Instant from,
        Instant to,
        String label,
        String category,
        String language,
        String source,
        String text,
        MentionCursor after,
        int limit) {}
