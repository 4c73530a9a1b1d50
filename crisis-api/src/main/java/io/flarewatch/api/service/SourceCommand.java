package io.flarewatch.api.service;

import java.util.List;
import java.util.Map;

/**
 * The settings of one source as an admin sends them ({@code PUT /sources/{id}}).
 *
 * @param connector {@code rss} (RSS and Atom), {@code mastodon} or {@code bluesky}
 * @param enabled   false keeps the settings and the cursor but stops polling; true when absent
 * @param brandIds  the brands the source is for; empty or absent for every brand
 * @param settings  the connector's settings: {@code url} for rss, {@code instance} for mastodon, and optional ones
 *                  such as {@code pollSeconds}, {@code hashtag}, {@code query}, {@code endpoint}
 */
public record SourceCommand(String connector, Boolean enabled, List<String> brandIds, Map<String, String> settings) {}
