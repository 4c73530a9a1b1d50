package io.flarewatch.api.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.api.model.ApiKey;
import io.flarewatch.api.service.SourceKeyChanges;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceKey;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/**
 * Publishes source keys to the compacted {@code source-keys} topic, keyed by the key's SHA-256 hex (never the key),
 * which every ingest-service replica reads; a revoked key is a tombstone.
 */
@ApplicationScoped
public class SourceKeyPublisher implements SourceKeyChanges {

    private final MutinyEmitter<Record<String, String>> sourceKeys;

    SourceKeyPublisher(@Channel("source-keys") MutinyEmitter<Record<String, String>> sourceKeys) {
        this.sourceKeys = sourceKeys;
    }

    @Override
    public Uni<Void> granted(ApiKey key) {
        try {
            String value =
                    EventJson.mapper().writeValueAsString(new SourceKey(key.name, SourceKey.ROLE, key.createdAt));
            return sourceKeys.send(Record.of(key.keyHash, value));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    @Override
    public Uni<Void> revoked(String keyHash) {
        return sourceKeys.send(Record.of(keyHash, null));
    }
}
