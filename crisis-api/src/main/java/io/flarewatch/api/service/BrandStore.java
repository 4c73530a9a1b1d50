package io.flarewatch.api.service;

import io.flarewatch.api.model.Brand;
import io.flarewatch.api.repository.BrandRepository;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Brands in PostgreSQL: each change in a transaction of its own, validated first. */
@ApplicationScoped
public class BrandStore {

    private final BrandRepository brands;

    BrandStore(BrandRepository brands) {
        this.brands = brands;
    }

    /** Every brand, by id. */
    @WithSession
    public Uni<List<Brand>> all() {
        return brands.listAll(Sort.ascending("id"));
    }

    /** One brand, or 404. */
    @WithSession
    public Uni<Brand> get(String id) {
        return brands.findById(id).onItem().ifNull().failWith(() -> DomainException.notFound("brand " + id));
    }

    /** Creates a brand: 400 when invalid, 409 when its id is taken. */
    @WithTransaction
    public Uni<Brand> create(BrandCommand request) {
        requireValid(BrandValidator.problems(request, false));
        String id = request.id() != null ? request.id() : BrandValidator.slug(request.name());
        return brands.findById(id)
                .onItem()
                .ifNotNull()
                .failWith(() -> DomainException.exists("brand " + id))
                .onItem()
                .transformToUni(absent -> {
                    Brand brand = new Brand();
                    brand.id = id;
                    brand.createdAt = Instant.now();
                    apply(brand, request);
                    return brands.persist(brand);
                });
    }

    /** Replaces a brand's settings: 400 when invalid, 404 when unknown. */
    @WithTransaction
    public Uni<Brand> update(String id, BrandCommand request) {
        requireValid(BrandValidator.problems(
                new BrandCommand(
                        id,
                        request == null ? null : request.name(),
                        request == null ? null : request.query(),
                        request == null ? null : request.languages(),
                        request == null ? null : request.sensitivity(),
                        request == null ? null : request.muteHours()),
                true));
        if (request.id() != null && !request.id().equals(id)) {
            throw DomainException.invalid(List.of(new FieldError("id", "cannot be changed (the URL says " + id + ")")));
        }
        return brands.findById(id)
                .onItem()
                .ifNull()
                .failWith(() -> DomainException.notFound("brand " + id))
                .invoke(brand -> apply(brand, request));
    }

    /** Deletes a brand (its mentions and alerts stay); 404 when unknown. */
    @WithTransaction
    public Uni<Void> delete(String id) {
        return brands.deleteById(id)
                .invoke(deleted -> {
                    if (!deleted) {
                        throw DomainException.notFound("brand " + id);
                    }
                })
                .replaceWithVoid();
    }

    private static void apply(Brand brand, BrandCommand request) {
        brand.name = request.name().trim();
        brand.query = request.query().trim();
        brand.languages = request.languages() == null ? "" : String.join(",", request.languages());
        brand.sensitivity = request.sensitivity() == null ? "balanced" : request.sensitivity();
        brand.muteHours = request.muteHours() == null || request.muteHours().isBlank() ? null : request.muteHours();
        brand.updatedAt = Instant.now();
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw DomainException.invalid(errors);
        }
    }
}
