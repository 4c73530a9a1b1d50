package io.flarewatch.api.security;

import java.util.Locale;
import java.util.Optional;

/**
 * What an API key may do. Viewer, responder and admin each include the roles before them; source stands apart: it
 * may only post mentions to ingest-service (crisis-api publishes its hash on {@code source-keys}) and opens nothing
 * in crisis-api, while no other role posts to ingest.
 */
public enum Role {
    /** Reads everything, and tries queries with the preview (which stores nothing). */
    VIEWER,
    /** A viewer who also acts on alerts: acknowledge, assign, note, resolve, reopen. */
    RESPONDER,
    /** Everything: brands, notification channels, API keys. */
    ADMIN,
    /** Posts mentions to ingest-service, and nothing else: a key handed to a connector or another tool. */
    SOURCE;

    /** Whether a key of this role may do what {@code needed} may do. */
    public boolean includes(Role needed) {
        if (this == SOURCE || needed == SOURCE) {
            return this == needed;
        }
        return compareTo(needed) >= 0;
    }

    /** The name used in JSON, the database and problem answers: {@code viewer}, {@code admin}, {@code source}, ... */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }

    /** The role of a wire name, in any case; empty when there is none. */
    public static Optional<Role> fromWireName(String name) {
        if (name == null) {
            return Optional.empty();
        }
        for (Role role : values()) {
            if (role.wireName().equalsIgnoreCase(name.trim())) {
                return Optional.of(role);
            }
        }
        return Optional.empty();
    }
}
