package io.flarewatch.ingest.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collection;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The keys that may post to ingest, held as SHA-256 hashes: the fixed ones of the configuration and those read from
 * the {@code source-keys} topic. A presented key is hashed and compared with every known hash in constant time, so
 * the time of an answer tells nothing about how close a guess came. Knows whether the topic has been read to its end
 * yet: until then a key it does not know may still be valid.
 */
public final class SourceKeyRing {

    private static final HexFormat HEX = HexFormat.of();

    private final List<byte[]> configured;
    private final Map<String, byte[]> published = new ConcurrentHashMap<>();
    private volatile boolean loaded;

    /** A ring with the configured hashes (hex SHA-256, any case); the topic's keys are added as they are read. */
    public SourceKeyRing(Collection<String> configuredHashes) {
        List<String> hashes = configuredHashes.stream()
                .map(hash -> hash.trim().toLowerCase(Locale.ROOT))
                .filter(hash -> !hash.isEmpty())
                .toList();
        hashes.forEach(SourceKeyRing::requireHash);
        this.configured = hashes.stream().map(HEX::parseHex).toList();
    }

    /** What a presented key is worth. */
    public enum Verdict {
        /** A known key: the request may post. */
        VALID,
        /** Not a known key (never given, or revoked). */
        UNKNOWN,
        /** Not a configured key, and the topic has not been read to its end yet: ask again shortly. */
        LOADING
    }

    /** Checks a presented key against every known hash. */
    public Verdict check(String presentedKey) {
        byte[] presented = sha256(presentedKey);
        boolean known = false;
        // no early exit: every hash is compared, whatever the outcome
        for (byte[] hash : configured) {
            known |= MessageDigest.isEqual(hash, presented);
        }
        for (byte[] hash : published.values()) {
            known |= MessageDigest.isEqual(hash, presented);
        }
        if (known) {
            return Verdict.VALID;
        }
        return loaded ? Verdict.UNKNOWN : Verdict.LOADING;
    }

    /** A key published on the topic (its hex SHA-256); a hash that is not one is ignored and false returned. */
    public boolean add(String hexHash) {
        String hash = hexHash == null ? "" : hexHash.trim().toLowerCase(Locale.ROOT);
        if (!isHash(hash)) {
            return false;
        }
        published.put(hash, HEX.parseHex(hash));
        return true;
    }

    /** A key revoked on the topic (a tombstone); a configured key stays valid until the configuration changes. */
    public void remove(String hexHash) {
        if (hexHash != null) {
            published.remove(hexHash.trim().toLowerCase(Locale.ROOT));
        }
    }

    /** The topic has been read up to where it ended when reading began. */
    public void markLoaded() {
        loaded = true;
    }

    /** Whether the topic has been read to its end at start-up. */
    public boolean loaded() {
        return loaded;
    }

    /** How many keys the topic granted (not counting the configured ones). */
    public int publishedCount() {
        return published.size();
    }

    /** The hex SHA-256 of a key, as the topic and the configuration name it. */
    public static String hashOf(String key) {
        return HEX.formatHex(sha256(key));
    }

    private static byte[] sha256(String key) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    private static boolean isHash(String hash) {
        return hash.length() == 64 && hash.chars().allMatch(c -> (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f'));
    }

    private static void requireHash(String hash) {
        if (!isHash(hash)) {
            throw new IllegalArgumentException("flarewatch.ingest.source-key-hashes holds '" + hash
                    + "', which is not a hex SHA-256 (64 characters 0-9a-f): give the hash of a key, not the key");
        }
    }
}
