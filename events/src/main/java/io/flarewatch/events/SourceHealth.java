package io.flarewatch.events;

import java.time.Instant;

/**
 * How one source of mentions is doing, on the compacted {@code source-health} topic keyed by source id. Written by
 * whatever brings mentions in (a connector, the REST ingest path) every time its figures change noticeably and at
 * least once a minute, so a silent source shows as a stale {@code updatedAt} and a falling rate.
 *
 * @param sourceId          stable id of the source, e.g. {@code rss:onet-biznes}, {@code mastodon:mastodon.social#kurierex},
 *                          {@code bluesky:jetstream}, {@code api:twitter} (mentions POSTed to ingest, per source field)
 * @param connector         the kind of source: {@code rss}, {@code mastodon}, {@code bluesky}, {@code api}, {@code import}
 * @param status            {@code ok}, {@code backoff} (failing, retried later) or {@code disabled}
 * @param lastSuccessAt     when it last delivered or was read without error, null if never
 * @param lastErrorAt       when it last failed, null if never
 * @param lastError         a short human-readable reason of the last failure, null if none
 * @param mentionsPerMinute mentions accepted from it over the last five minutes, per minute
 * @param lagSeconds        median seconds between a mention's publishedAt and its receipt, over the last five minutes;
 *                          null when nothing arrived
 * @param nextAttemptAt     when a source in backoff is tried again, null otherwise
 * @param updatedAt         when this record was written
 */
public record SourceHealth(
        String sourceId,
        String connector,
        String status,
        Instant lastSuccessAt,
        Instant lastErrorAt,
        String lastError,
        double mentionsPerMinute,
        Double lagSeconds,
        Instant nextAttemptAt,
        Instant updatedAt) {}
