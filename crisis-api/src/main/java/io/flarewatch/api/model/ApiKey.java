package io.flarewatch.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** An API key of crisis-api: only its SHA-256 hash is stored, never the key. */
@Entity
@Table(name = "api_key")
public class ApiKey {

    @Id
    public String id;

    public String name;
    /** {@code viewer}, {@code responder} or {@code admin}. */
    public String role;
    /** Hex SHA-256 of the key. */
    @Column(name = "key_hash")
    public String keyHash;
    /** Whether it came from the configuration ({@code flarewatch.auth.bootstrap-admin-key}). */
    public boolean bootstrap;

    @Column(name = "created_at")
    public Instant createdAt;

    @Column(name = "last_used_at")
    public Instant lastUsedAt;

    @Column(name = "revoked_at")
    public Instant revokedAt;

    /** Whether the key still opens the API. */
    public boolean active() {
        return revokedAt == null;
    }
}
