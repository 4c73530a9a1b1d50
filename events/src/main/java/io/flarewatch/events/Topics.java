package io.flarewatch.events;

/** Names of the Kafka topics that connect the services; each consumer has a dead-letter twin. */
public final class Topics {
    /** Mentions as ingested, keyed by mention id. */
    public static final String MENTIONS_RAW = "mentions-raw";
    /** Scored mentions, one per matched brand, keyed by brand id. */
    public static final String MENTIONS_SCORED = "mentions-scored";
    /** Crisis alert transitions, keyed by brand id. */
    public static final String CRISIS_ALERTS = "crisis-alerts";
    /** Brand definitions, compacted, keyed by brand id; a null value deletes the brand. */
    public static final String BRANDS = "brands";

    /** Source connector settings (feeds, instances, filters), compacted, keyed by source id; null deletes. */
    public static final String SOURCE_CONFIG = "source-config";
    /** Each connector's resume point (cursor, ETag, seen ids), compacted, keyed by source id. */
    public static final String SOURCE_CURSORS = "source-cursors";
    /** {@link SourceHealth} per source, compacted, keyed by source id. */
    public static final String SOURCE_HEALTH = "source-health";
    /**
     * Keys that may post to ingest, compacted, keyed by the SHA-256 hex of the key; the value names the key and its
     * role ({@code source}), a null value revokes it. Written by crisis-api, read by every ingest replica.
     */
    public static final String SOURCE_KEYS = "source-keys";

    /**
     * Ingest's memory of the mentions it accepted, shared by its replicas and kept across restarts: compacted and
     * expiring ({@link #EXPIRING}), keyed by a duplicate key ({@code id:<source>:<source id>} or {@code url:<normalised
     * url>#<hash of the normalised text>}), the value the mention id.
     */
    public static final String MENTION_KEYS = "mention-keys";
    /**
     * The first mention of each story (near-duplicate cluster) ingest saw, with its text's fingerprint, shared by its
     * replicas and kept across restarts: compacted and expiring ({@link #EXPIRING}), keyed by mention id.
     */
    public static final String STORY_FINGERPRINTS = "story-fingerprints";

    /** What sentiment-service could not read from {@code mentions-raw}. */
    public static final String MENTIONS_RAW_DLQ = "mentions-raw-dlq";
    /** What sentiment-service could not read from {@code brands}. */
    public static final String BRANDS_DLQ = "brands-dlq";
    /** What alert-service could not read from {@code mentions-scored}. */
    public static final String MENTIONS_SCORED_DLQ = "mentions-scored-dlq";
    /** What crisis-api could not store from {@code mentions-scored}. */
    public static final String API_MENTIONS_SCORED_DLQ = "crisis-api-mentions-scored-dlq";
    /** What crisis-api could not store from {@code crisis-alerts}. */
    public static final String API_CRISIS_ALERTS_DLQ = "crisis-api-crisis-alerts-dlq";
    /**
     * crisis-api's own: every committed alert change, written by the replica that committed it and read by every
     * replica, so that each one's {@code /alerts/stream} clients see all changes.
     */
    public static final String API_ALERT_CHANGES = "crisis-api-alert-changes";

    /** Every topic of the system, for the local stack and deployments to create. */
    public static final java.util.List<String> ALL = java.util.List.of(
            MENTIONS_RAW,
            MENTIONS_SCORED,
            CRISIS_ALERTS,
            BRANDS,
            SOURCE_CONFIG,
            SOURCE_CURSORS,
            SOURCE_HEALTH,
            SOURCE_KEYS,
            MENTION_KEYS,
            STORY_FINGERPRINTS,
            MENTIONS_RAW_DLQ,
            BRANDS_DLQ,
            MENTIONS_SCORED_DLQ,
            API_MENTIONS_SCORED_DLQ,
            API_CRISIS_ALERTS_DLQ,
            API_ALERT_CHANGES);

    /** The topics that keep only the latest value per key. */
    public static final java.util.Set<String> COMPACTED = java.util.Set.of(
            BRANDS, SOURCE_CONFIG, SOURCE_CURSORS, SOURCE_HEALTH, SOURCE_KEYS, MENTION_KEYS, STORY_FINGERPRINTS);

    /**
     * Compacted topics whose records are also deleted after {@link #MEMORY_RETENTION_MS} (cleanup policy {@code
     * compact,delete}, segments rolled hourly), so that a memory of recent mentions stays bounded.
     */
    public static final java.util.Set<String> EXPIRING = java.util.Set.of(MENTION_KEYS, STORY_FINGERPRINTS);

    /** How long the {@link #EXPIRING} topics keep a record: ingest's 48-hour duplicate and story horizon. */
    public static final long MEMORY_RETENTION_MS = 48L * 60 * 60 * 1000;

    private Topics() {}
}
