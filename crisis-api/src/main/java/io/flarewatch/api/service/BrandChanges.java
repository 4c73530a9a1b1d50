package io.flarewatch.api.service;

import io.flarewatch.api.model.Brand;
import io.smallrye.mutiny.Uni;

/**
 * Where {@link BrandService} announces a committed brand change; the messaging adapter implements it (the
 * {@code brands} topic), so the service needs no knowledge of Kafka.
 */
public interface BrandChanges {

    /** Announces the brand as it is now; completes when the announcement is durable. */
    Uni<Void> published(Brand brand);

    /** Announces the brand's deletion; completes when the announcement is durable. */
    Uni<Void> deleted(String brandId);
}
