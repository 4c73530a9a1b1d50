package io.flarewatch.api.service;

import io.flarewatch.api.model.ApiKey;
import io.flarewatch.api.repository.ApiKeyRepository;
import io.flarewatch.api.security.KeyHashing;
import io.flarewatch.api.security.Role;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;

/** API keys in PostgreSQL: created with a random key shown once, listed, revoked, and looked up by hash. */
@ApplicationScoped
public class ApiKeyStore {

    /** How stale {@code last_used_at} may get before a request writes it again, so that reads stay reads. */
    static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    static final String BOOTSTRAP_NAME = "bootstrap admin key";

    private final ApiKeyRepository keys;

    ApiKeyStore(ApiKeyRepository keys) {
        this.keys = keys;
    }

    /**
     * A key just created, with the key itself, which is not stored anywhere.
     *
     * @param stored the stored key (its hash, name and role)
     * @param key    the key to hand to the client, once
     */
    public record CreatedKey(ApiKey stored, String key) {}

    /** Creates a key of {@code role} named {@code name}. */
    @WithTransaction
    public Uni<CreatedKey> create(String name, Role role) {
        String key = KeyHashing.newKey();
        ApiKey stored = newKey(name, role, KeyHashing.hash(key), false);
        return keys.persist(stored).map(persisted -> new CreatedKey(persisted, key));
    }

    /** Every key, oldest first, revoked ones included. */
    @WithSession
    public Uni<List<ApiKey>> all() {
        return keys.oldestFirst();
    }

    /** Every key of {@code role}, revoked ones included. */
    @WithSession
    public Uni<List<ApiKey>> ofRole(Role role) {
        return keys.ofRole(role.wireName());
    }

    /** Revokes a key (again is fine: the first time is kept); 404 when unknown. */
    @WithTransaction
    public Uni<ApiKey> revoke(String id) {
        return keys.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound("API key " + id))
                .invoke(key -> {
                    if (key.revokedAt == null) {
                        key.revokedAt = Instant.now();
                    }
                });
    }

    /** The active key a request presented, or null when it is unknown or revoked; notes when it was used. */
    @WithTransaction
    public Uni<ApiKey> authenticate(String presented) {
        return keys.findByHash(KeyHashing.hash(presented)).map(key -> {
            if (key == null || !key.active()) {
                return null;
            }
            Instant now = Instant.now();
            if (key.lastUsedAt == null || key.lastUsedAt.isBefore(now.minus(LAST_USED_PRECISION))) {
                key.lastUsedAt = now;
            }
            return key;
        });
    }

    /**
     * Stores the configured bootstrap admin key unless it is stored already (a revoked one stays revoked), and
     * revokes earlier bootstrap keys, so that changing the configuration rotates it. True when it was new.
     */
    @WithTransaction
    public Uni<Boolean> ensureBootstrap(String key) {
        String hash = KeyHashing.hash(key);
        return keys.activeBootstrapKeys()
                .invoke(active ->
                        active.stream().filter(k -> !k.keyHash.equals(hash)).forEach(k -> k.revokedAt = Instant.now()))
                .flatMap(revoked -> keys.findByHash(hash))
                .flatMap(existing -> existing != null
                        ? Uni.createFrom().item(false)
                        : keys.persist(newKey(BOOTSTRAP_NAME, Role.ADMIN, hash, true))
                                .replaceWith(true));
    }

    private static ApiKey newKey(String name, Role role, String hash, boolean bootstrap) {
        ApiKey key = new ApiKey();
        key.id = UUID.randomUUID().toString();
        key.name = name;
        key.role = role.wireName();
        key.keyHash = hash;
        key.bootstrap = bootstrap;
        key.createdAt = Instant.now();
        return key;
    }
}
