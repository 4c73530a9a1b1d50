package io.flarewatch.api.service;

import io.flarewatch.api.model.Brand;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/**
 * Brands: stored in PostgreSQL first, then published to the {@code brands} topic once the transaction has
 * committed; a crash in between is mended at startup, when every brand is published again.
 */
@ApplicationScoped
public class BrandService {

    private final BrandStore store;
    private final BrandChanges publisher;

    BrandService(BrandStore store, BrandChanges publisher) {
        this.store = store;
        this.publisher = publisher;
    }

    /** Every brand, by id. */
    public Uni<List<Brand>> all() {
        return store.all();
    }

    /** One brand, or 404. */
    public Uni<Brand> get(String id) {
        return store.get(id);
    }

    /** Creates a brand and publishes it. */
    public Uni<Brand> create(BrandCommand request) {
        return store.create(request).call(publisher::published);
    }

    /** Changes a brand and publishes it. */
    public Uni<Brand> update(String id, BrandCommand request) {
        return store.update(id, request).call(publisher::published);
    }

    /** Deletes a brand and publishes the deletion. */
    public Uni<Void> delete(String id) {
        return store.delete(id).call(() -> publisher.deleted(id));
    }

    /** Publishes every brand again, so that the topic matches the database after any crash; returns how many. */
    public Uni<Integer> republishAll() {
        return store.all()
                .call(list -> Multi.createFrom()
                        .iterable(list)
                        .onItem()
                        .transformToUniAndConcatenate(publisher::published)
                        .collect()
                        .asList())
                .map(List::size);
    }
}
