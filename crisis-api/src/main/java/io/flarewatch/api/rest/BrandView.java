package io.flarewatch.api.rest;

import io.flarewatch.api.model.Brand;
import java.time.Instant;
import java.util.List;

/** A brand as the API shows it. */
public record BrandView(
        String id,
        String name,
        String query,
        List<String> languages,
        String sensitivity,
        String muteHours,
        Instant createdAt,
        Instant updatedAt) {

    /** The view of a stored brand. */
    public static BrandView of(Brand brand) {
        return new BrandView(
                brand.id,
                brand.name,
                brand.query,
                brand.languageList(),
                brand.sensitivity,
                brand.muteHours,
                brand.createdAt,
                brand.updatedAt);
    }
}
