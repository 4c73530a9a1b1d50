package io.flarewatch.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flarewatch.api.model.ApiKey;
import java.time.Instant;

/**
 * An API key as the API shows it: never its hash, and the key itself only in the answer that created it.
 *
 * @param key the key, present only once, when it is created
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record KeyView(
        String id,
        String name,
        String role,
        boolean bootstrap,
        Instant createdAt,
        Instant lastUsedAt,
        Instant revokedAt,
        String key) {

    /** The view of a stored key, without the key. */
    public static KeyView of(ApiKey stored) {
        return new KeyView(
                stored.id,
                stored.name,
                stored.role,
                stored.bootstrap,
                stored.createdAt,
                stored.lastUsedAt,
                stored.revokedAt,
                null);
    }

    /** The view of a key just created, with the key. */
    public static KeyView created(ApiKey stored, String key) {
        KeyView view = of(stored);
        return new KeyView(view.id, view.name, view.role, view.bootstrap, view.createdAt, null, null, key);
    }
}
