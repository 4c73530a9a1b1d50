package io.flarewatch.events;

import java.time.Instant;

/**
 * A post, comment, review or article that may name a brand, as it came from its source.
 *
 * @param mentionId   Flarewatch's stable id of the mention, derived from source and source id
 * @param source      where it was written, e.g. {@code twitter}, {@code facebook}, {@code forum}, {@code news}
 * @param sourceId    the id of the post at its source
 * @param url         the link to the post, may be null
 * @param author      who wrote it
 * @param text        what was written
 * @param language    ISO 639-1 code when the source said so ({@code pl}, {@code en}), otherwise null
 * @param publishedAt when it was published at the source
 * @param receivedAt  when Flarewatch received it
 */
public record Mention(
        String mentionId,
        String source,
        String sourceId,
        String url,
        Author author,
        String text,
        String language,
        Instant publishedAt,
        Instant receivedAt) {}
