package io.flarewatch.api.security;

import java.util.Locale;
import java.util.Optional;

/** What an API key may do; each role includes every role before it. */
public enum Role {
    /** Reads everything, and tries queries with the preview (which stores nothing). */
    VIEWER,
    /** A viewer who also acts on alerts: acknowledge, assign, note, resolve, reopen. */
    RESPONDER,
    /** Everything: brands, notification channels, API keys. */
    ADMIN;

    /** Whether a key of this role may do what {@code needed} may do. */
    public boolean includes(Role needed) {
        return compareTo(needed) >= 0;
    }

    /** The name used in JSON, the database and problem answers: {@code viewer}, {@code responder}, {@code admin}. */
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
