package io.flarewatch.api.service;

import io.flarewatch.api.model.ApiKey;
import io.flarewatch.api.security.Role;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * API keys as the admin manages them: stored by {@link ApiKeyStore} first, and for a source key announced to
 * ingest-service once the transaction has committed; a crash in between is mended at startup, when every source key
 * is announced again (granted or revoked).
 */
@ApplicationScoped
public class ApiKeyService {

    private final ApiKeyStore store;
    private final SourceKeyChanges sourceKeys;

    ApiKeyService(ApiKeyStore store, SourceKeyChanges sourceKeys) {
        this.store = store;
        this.sourceKeys = sourceKeys;
    }

    /** Creates a key; a source key is announced before the key is handed out. */
    public Uni<ApiKeyStore.CreatedKey> create(String name, Role role) {
        return store.create(name, role).call(created -> announce(created.stored()));
    }

    /** Every key, oldest first, revoked ones included. */
    public Uni<List<ApiKey>> all() {
        return store.all();
    }

    /** Revokes a key; a source key's revocation is announced again each time, so that a retry mends a lost one. */
    public Uni<ApiKey> revoke(String id) {
        return store.revoke(id).call(this::announce);
    }

    /** Announces every source key again, granted or revoked; returns how many. */
    public Uni<Integer> republishSourceKeys() {
        return store.ofRole(Role.SOURCE)
                .call(keys -> Multi.createFrom()
                        .iterable(keys)
                        .onItem()
                        .transformToUniAndConcatenate(this::announce)
                        .collect()
                        .asList())
                .map(List::size);
    }

    private Uni<Void> announce(ApiKey key) {
        if (!Role.SOURCE.wireName().equals(key.role)) {
            return Uni.createFrom().voidItem();
        }
        return key.active() ? sourceKeys.granted(key) : sourceKeys.revoked(key.keyHash);
    }
}
