package io.flarewatch.api.repository;

import io.flarewatch.api.model.Brand;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import jakarta.enterprise.context.ApplicationScoped;

/** The brands. */
@ApplicationScoped
public class BrandRepository implements PanacheRepositoryBase<Brand, String> {}
