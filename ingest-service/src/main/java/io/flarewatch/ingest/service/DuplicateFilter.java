package io.flarewatch.ingest.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.flarewatch.events.Mention;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers recent mentions to drop a duplicate: the same source and source id again, or the same post
 * (the same normalised URL) reported by another source.
 */
public final class DuplicateFilter {

    private final ConcurrentMap<String, Boolean> seen;

    /** A filter remembering up to {@code maxEntries} keys for {@code window}. */
    public DuplicateFilter(Duration window, long maxEntries) {
        Cache<String, Boolean> cache = Caffeine.newBuilder()
                .expireAfterWrite(window)
                .maximumSize(maxEntries)
                .build();
        this.seen = cache.asMap();
    }

    /**
     * Claims the mention's keys atomically: true if it is new (and now remembered), false if it is a
     * duplicate (nothing changes).
     */
    public boolean claim(Mention mention) {
        List<String> keys = keysOf(mention);
        List<String> claimed = new ArrayList<>(keys.size());
        for (String key : keys) {
            if (seen.putIfAbsent(key, Boolean.TRUE) != null) {
                claimed.forEach(seen::remove);
                return false;
            }
            claimed.add(key);
        }
        return true;
    }

    /** Forgets a mention, e.g. when writing it to Kafka failed and the client will send it again. */
    public void release(Mention mention) {
        keysOf(mention).forEach(seen::remove);
    }

    static List<String> keysOf(Mention mention) {
        List<String> keys = new ArrayList<>(2);
        keys.add("id:" + mention.source() + ":" + mention.sourceId());
        if (mention.url() != null) {
            keys.add("url:" + normaliseUrl(mention.url()));
        }
        return keys;
    }

    /** The URL without scheme, {@code www.}, fragment, tracking parameters and trailing slash, host lowercased. */
    static String normaliseUrl(String url) {
        String rest = url.replaceFirst("(?i)^https?://", "");
        int fragment = rest.indexOf('#');
        if (fragment >= 0) {
            rest = rest.substring(0, fragment);
        }
        int slash = rest.indexOf('/');
        String host = (slash < 0 ? rest : rest.substring(0, slash))
                .toLowerCase(Locale.ROOT)
                .replaceFirst("^www\\.", "");
        String path = slash < 0 ? "" : rest.substring(slash);
        int query = path.indexOf('?');
        if (query >= 0) {
            String kept = stripTrackingParameters(path.substring(query + 1));
            path = path.substring(0, query) + (kept.isEmpty() ? "" : "?" + kept);
        }
        if (path.endsWith("/")) {
            path = path.substring(0, path.length() - 1);
        }
        return host + path;
    }

    private static String stripTrackingParameters(String query) {
        List<String> kept = new ArrayList<>();
        for (String parameter : query.split("&")) {
            String name = parameter.split("=", 2)[0].toLowerCase(Locale.ROOT);
            if (!parameter.isEmpty()
                    && !name.startsWith("utm_")
                    && !name.equals("fbclid")
                    && !name.equals("gclid")
                    && !name.equals("s")
                    && !name.equals("ref")) {
                kept.add(parameter);
            }
        }
        return String.join("&", kept);
    }
}
