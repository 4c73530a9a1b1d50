package io.flarewatch.events;

import java.time.Instant;

/**
 * A key that may post mentions to ingest-service, on the compacted {@code source-keys} topic keyed by the SHA-256
 * hex of the key (never the key itself); a null value revokes it. Written by crisis-api when an admin creates or
 * revokes a key of the role {@code source}, and again for every active one at its start-up.
 *
 * @param name      who or what posts with it, e.g. "brand24 export"
 * @param role      always {@code source}
 * @param createdAt when the key was created
 */
public record SourceKey(String name, String role, Instant createdAt) {

    /** The only role a key on the topic has. */
    public static final String ROLE = "source";
}
