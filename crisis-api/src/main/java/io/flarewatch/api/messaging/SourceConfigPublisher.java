package io.flarewatch.api.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.api.service.SourceChanges;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceConfig;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes source settings to the compacted {@code source-config} topic, keyed by source id. */
@ApplicationScoped
public class SourceConfigPublisher implements SourceChanges {

    private final MutinyEmitter<Record<String, String>> sourceConfig;

    SourceConfigPublisher(@Channel("source-config") MutinyEmitter<Record<String, String>> sourceConfig) {
        this.sourceConfig = sourceConfig;
    }

    @Override
    public Uni<Void> published(SourceConfig config) {
        try {
            return sourceConfig.send(
                    Record.of(config.sourceId(), EventJson.mapper().writeValueAsString(config)));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    @Override
    public Uni<Void> removed(String sourceId) {
        return sourceConfig.send(Record.of(sourceId, null));
    }
}
