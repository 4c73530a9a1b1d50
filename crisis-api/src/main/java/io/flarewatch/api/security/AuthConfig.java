package io.flarewatch.api.security;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

/** How crisis-api checks API keys ({@code flarewatch.auth.*}). */
@ConfigMapping(prefix = "flarewatch.auth")
public interface AuthConfig {

    /** The shortest bootstrap admin key accepted, so that its SHA-256 hash cannot be guessed back. */
    int MIN_BOOTSTRAP_KEY_LENGTH = 32;

    /** Whether every request except health, metrics and the OpenAPI document needs an API key (env {@code FLAREWATCH_AUTH_ENABLED}). */
    @WithDefault("true")
    boolean enabled();

    /**
     * An admin key stored (hashed) at start, so that a fresh install can create its keys; at least 32 characters
     * (env {@code FLAREWATCH_AUTH_BOOTSTRAP_ADMIN_KEY}). Changing it revokes the previous bootstrap key.
     */
    Optional<String> bootstrapAdminKey();

    /**
     * Whether a request without a key that comes from this machine (a loopback address) may read as a viewer
     * (env {@code FLAREWATCH_AUTH_LOCAL_VIEWER}). The local stack of {@code bin/flarewatch up} turns it on so that
     * {@code curl localhost:8080/alerts} just works; writes still need a key. Leave it off behind a reverse proxy
     * on the same host, whose requests all come from loopback.
     */
    @WithDefault("false")
    boolean localViewer();
}
