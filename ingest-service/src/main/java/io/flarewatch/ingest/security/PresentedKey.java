package io.flarewatch.ingest.security;

import java.util.Optional;

/** Reads the key a request presents: {@code X-Api-Key: <key>} or {@code Authorization: Bearer <key>}. */
public final class PresentedKey {

    /** The header that carries the key. */
    public static final String HEADER = "X-Api-Key";

    private static final String BEARER = "bearer ";

    private PresentedKey() {}

    /** The presented key, or empty when the request has none. */
    public static Optional<String> of(String apiKeyHeader, String authorizationHeader) {
        if (apiKeyHeader != null && !apiKeyHeader.isBlank()) {
            return Optional.of(apiKeyHeader.trim());
        }
        if (authorizationHeader != null
                && authorizationHeader.length() > BEARER.length()
                && authorizationHeader.regionMatches(true, 0, BEARER, 0, BEARER.length())) {
            String key = authorizationHeader.substring(BEARER.length()).trim();
            return key.isEmpty() ? Optional.empty() : Optional.of(key);
        }
        return Optional.empty();
    }
}
