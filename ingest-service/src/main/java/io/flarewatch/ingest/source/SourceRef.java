package io.flarewatch.ingest.source;

/**
 * Which source something happened to: the tags of its metrics and the key of its cursor and health records.
 *
 * @param sourceId  the source's id, e.g. {@code rss:onet-biznes} or {@code api:twitter}
 * @param connector {@code rss}, {@code mastodon}, {@code bluesky} or {@code api}
 */
public record SourceRef(String sourceId, String connector) {}
