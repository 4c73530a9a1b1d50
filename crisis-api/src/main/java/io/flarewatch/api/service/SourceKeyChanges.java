package io.flarewatch.api.service;

import io.flarewatch.api.model.ApiKey;
import io.smallrye.mutiny.Uni;

/**
 * Where {@link ApiKeyService} announces that a source key may post to ingest-service or no longer may; the messaging
 * adapter implements it (the {@code source-keys} topic), so the service needs no knowledge of Kafka.
 */
public interface SourceKeyChanges {

    /** Announces that the key (by its hash) may post; completes when the announcement is durable. */
    Uni<Void> granted(ApiKey key);

    /** Announces that the key with this hash may no longer post; completes when the announcement is durable. */
    Uni<Void> revoked(String keyHash);
}
