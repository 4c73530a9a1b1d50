package io.flarewatch.api.rest;

import io.flarewatch.api.model.Brand;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;

/** A brand as the API shows it. */
public record BrandView(String id, String name, String query, List<String> languages, String sensitivity,
        String muteHours, Instant createdAt, Instant updatedAt) {

    /** The view of a stored brand. */
    public static BrandView of(Brand brand) {
        return new BrandView(brand.id, brand.name, brand.query, languages(brand.languages), brand.sensitivity,
                brand.muteHours, brand.createdAt, brand.updatedAt);
    }

    /** The stored comma-separated languages as a list. */
    public static List<String> languages(String stored) {
        return stored == null || stored.isBlank() ? List.of() : Arrays.asList(stored.split(","));
    }
}
