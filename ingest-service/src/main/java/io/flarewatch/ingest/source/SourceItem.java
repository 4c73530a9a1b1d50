package io.flarewatch.ingest.source;

import io.flarewatch.events.Author;
import java.time.Instant;

/**
 * A mention as a connector read it, in the shape a client POSTs to {@code /mentions}: it goes through the same
 * validation and duplicate filter as a posted one.
 *
 * @param source      the {@code source} field, e.g. {@code news}, {@code mastodon}, {@code bluesky}
 * @param sourceId    the item's id at the source
 * @param url         the link to it, may be null
 * @param author      who wrote it, followers 0 when unknown
 * @param text        plain text
 * @param language    ISO 639-1 code when the source says, otherwise null
 * @param publishedAt when it was published
 */
public record SourceItem(
        String source, String sourceId, String url, Author author, String text, String language, Instant publishedAt) {}
