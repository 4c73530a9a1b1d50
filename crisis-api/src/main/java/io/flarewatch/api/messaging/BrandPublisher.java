package io.flarewatch.api.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.api.model.Brand;
import io.flarewatch.api.service.BrandChanges;
import io.flarewatch.events.BrandDefinition;
import io.flarewatch.events.EventJson;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import org.eclipse.microprofile.reactive.messaging.Channel;

/** Publishes brand changes to the compacted {@code brands} topic, keyed by brand id. */
@ApplicationScoped
public class BrandPublisher implements BrandChanges {

    private final MutinyEmitter<Record<String, String>> brands;

    BrandPublisher(@Channel("brands") MutinyEmitter<Record<String, String>> brands) {
        this.brands = brands;
    }

    /** Publishes the brand as it is now; completes when Kafka has it. */
    @Override
    public Uni<Void> published(Brand brand) {
        BrandDefinition event = BrandDefinition.of(
                brand.id,
                brand.name,
                brand.query,
                brand.languageList(),
                brand.sensitivity,
                brand.muteHours,
                Instant.now());
        try {
            return brands.send(Record.of(brand.id, EventJson.mapper().writeValueAsString(event)));
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
    }

    /** Publishes the brand's deletion (a tombstone); completes when Kafka has it. */
    @Override
    public Uni<Void> deleted(String brandId) {
        return brands.send(Record.of(brandId, null));
    }
}
