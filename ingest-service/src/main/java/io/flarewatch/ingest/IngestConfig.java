package io.flarewatch.ingest;

import io.quarkus.runtime.configuration.MemorySize;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.List;
import java.util.Optional;

/** Settings of ingest-service ({@code flarewatch.ingest.*}). */
@ConfigMapping(prefix = "flarewatch.ingest")
public interface IngestConfig {

    /** The longest mention text accepted, in characters. */
    @WithDefault("20000")
    int maxTextLength();

    /** The most lines one NDJSON batch may have. */
    @WithDefault("50000")
    int maxBatchLines();

    /** How long a mention is remembered to drop its duplicates. */
    @WithDefault("PT48H")
    Duration dedupWindow();

    /**
     * How many duplicate keys are remembered at most (two per mention, about 200 bytes of heap each); beyond it, the
     * oldest are forgotten first.
     */
    @WithDefault("600000")
    long dedupMaxEntries();

    /** How long a story (the first mention of a near-duplicate cluster) is remembered to link its copies to it. */
    @WithDefault("PT48H")
    Duration storyHorizon();

    /**
     * How many stories are remembered at most (measured: about 2.4 kB each for a post, 3.4 kB for a long article);
     * beyond it, the oldest are forgotten first.
     */
    @WithDefault("50000")
    int storyMaxEntries();

    /** The largest request body, in bytes; a bigger one is refused with 413 before it is read. */
    @WithDefault("64M")
    MemorySize maxBodySize();

    /**
     * Bytes of NDJSON batches read at the same time, at most; a batch that does not fit is refused with 429 and
     * sent again later, so that concurrent large batches cannot run the service out of memory.
     */
    @WithDefault("96M")
    MemorySize batchBytesInFlight();

    /** How long to wait for Kafka to acknowledge a write before answering 503. */
    @WithDefault("PT30S")
    Duration sendTimeout();

    /**
     * Hex SHA-256 hashes of keys that may post, besides those crisis-api publishes on {@code source-keys}: for a
     * deployment without crisis-api's keys yet, and for the local stack, whose demo posts as soon as it starts.
     */
    Optional<List<String>> sourceKeyHashes();
}
