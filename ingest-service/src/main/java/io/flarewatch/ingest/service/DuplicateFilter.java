package io.flarewatch.ingest.service;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Expiry;
import io.flarewatch.events.Mention;
import io.flarewatch.ingest.story.Shingles;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ConcurrentMap;

/**
 * Remembers recent mentions to drop a duplicate: the same source and source id again, or the same post (the same
 * normalised URL with the same words) reported by another source. Each key is forgotten {@code window} after it was
 * first seen, also when it was learned later (from another replica, or before a restart).
 */
public final class DuplicateFilter {

    /** 8 bytes: two different texts behind one URL get the same hash with a chance of 1 in 2^64. */
    private static final int TEXT_HASH_BYTES = 8;

    private final ConcurrentMap<String, Instant> seen;
    private final Clock clock;

    /** A filter remembering up to {@code maxEntries} keys for {@code window}. */
    public DuplicateFilter(Duration window, long maxEntries) {
        this(window, maxEntries, Clock.systemUTC());
    }

    DuplicateFilter(Duration window, long maxEntries, Clock clock) {
        this.clock = clock;
        Cache<String, Instant> cache = Caffeine.newBuilder()
                .expireAfter(new SinceFirstSeen(window, clock))
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
        Instant now = clock.instant();
        for (String key : keys) {
            if (seen.putIfAbsent(key, now) != null) {
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

    /** Remembers a key that another replica (or this one before a restart) claimed at {@code seenAt}. */
    public void remember(String key, Instant seenAt) {
        seen.putIfAbsent(key, seenAt);
    }

    /** Whether {@code key} is remembered (not yet forgotten). */
    public boolean remembers(String key) {
        return seen.containsKey(key);
    }

    /**
     * The keys by which a mention is recognised: its source and source id, and, if it has a URL, its normalised URL
     * together with a hash of its words. A URL alone is no key: exports of monitoring tools put the same search or
     * page URL in every row, and the different posts behind it must all be kept (copies become one story later).
     */
    public static List<String> keysOf(Mention mention) {
        List<String> keys = new ArrayList<>(2);
        keys.add("id:" + mention.source() + ":" + mention.sourceId());
        if (mention.url() != null) {
            keys.add("url:" + normaliseUrl(mention.url()) + "#" + textHash(mention.text()));
        }
        return keys;
    }

    /**
     * 64 bits of the SHA-256 of the text's words as the story clusterer reads them ({@link Shingles#words}), so
     * that case, punctuation, links and handles do not tell a copy apart; a text without words hashes as written.
     */
    static String textHash(String text) {
        String raw = text == null ? "" : text.strip();
        List<String> words = Shingles.words(raw);
        String normal = words.isEmpty() ? raw : String.join(" ", words);
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256").digest(normal.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, TEXT_HASH_BYTES);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
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

    /** Expires a key {@code window} after the time it was first seen, whenever this replica learned it. */
    private record SinceFirstSeen(Duration window, Clock clock) implements Expiry<String, Instant> {
        @Override
        public long expireAfterCreate(String key, Instant seenAt, long currentTime) {
            return Math.max(
                    0, Duration.between(clock.instant(), seenAt.plus(window)).toNanos());
        }

        @Override
        public long expireAfterUpdate(String key, Instant seenAt, long currentTime, long currentDuration) {
            return currentDuration;
        }

        @Override
        public long expireAfterRead(String key, Instant seenAt, long currentTime, long currentDuration) {
            return currentDuration;
        }
    }
}
