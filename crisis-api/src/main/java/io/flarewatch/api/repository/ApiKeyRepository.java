package io.flarewatch.api.repository;

import io.flarewatch.api.model.ApiKey;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The API keys, found by the hash of the key a request presents. */
@ApplicationScoped
public class ApiKeyRepository implements PanacheRepositoryBase<ApiKey, String> {

    /** The key with this hash, or null. */
    public Uni<ApiKey> findByHash(String keyHash) {
        return find("keyHash", keyHash).firstResult();
    }

    /** Every key, oldest first. */
    public Uni<List<ApiKey>> oldestFirst() {
        return listAll(Sort.ascending("createdAt", "id"));
    }

    /** Every key of a role (its wire name), revoked ones included. */
    public Uni<List<ApiKey>> ofRole(String role) {
        return list("role", role);
    }

    /** The bootstrap keys that are still active. */
    public Uni<List<ApiKey>> activeBootstrapKeys() {
        return list("bootstrap = true and revokedAt is null");
    }
}
