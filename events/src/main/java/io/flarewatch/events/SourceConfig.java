package io.flarewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * The settings of one source connector, on the compacted {@code source-config} topic keyed by source id; a null
 * value removes the source. Written by crisis-api's admin API and by the local stack from its config file.
 *
 * @param sourceId  stable id, e.g. {@code rss:onet-biznes}; also the key of its cursor and health records
 * @param connector {@code rss} (RSS and Atom), {@code mastodon} or {@code bluesky}
 * @param enabled   false keeps the settings and cursor but stops polling
 * @param brandIds  the brands this source is for; empty means every brand (a global source)
 * @param settings  connector-specific settings, documented in ingest-service's README (e.g. {@code url},
 *                  {@code pollSeconds}, {@code instance}, {@code hashtag}, {@code query}, {@code endpoint})
 * @param updatedAt when the settings last changed
 */
public record SourceConfig(
        String sourceId,
        String connector,
        boolean enabled,
        List<String> brandIds,
        Map<String, String> settings,
        Instant updatedAt) {}
