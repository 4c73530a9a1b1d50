package io.flarewatch.api.service;

import io.flarewatch.api.repository.StatsRepository;
import io.flarewatch.api.repository.StatsRepository.ResponseFigures;
import io.flarewatch.api.stats.Buckets;
import io.flarewatch.api.stats.Buckets.Bucket;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

/** A brand's figures: mentions per time bucket and how fast its alerts were handled; an unknown brand is refused. */
@ApplicationScoped
public class StatsService {

    private final BrandService brands;
    private final StatsRepository stats;

    StatsService(BrandService brands, StatsRepository stats) {
        this.brands = brands;
        this.stats = stats;
    }

    /** The brand's mentions in [from, to) per bucket of {@code unit}, oldest first, zeros where nothing was said. */
    public Uni<List<Bucket>> velocity(String brandId, ChronoUnit unit, Instant from, Instant to) {
        return brands.get(brandId)
                .flatMap(brand -> stats.velocity(brandId, unit, from, to))
                .map(counted -> Buckets.fill(from, to, unit, counted));
    }

    /** The response figures of the brand's alerts opened in [from, to). */
    public Uni<ResponseFigures> response(String brandId, Instant from, Instant to) {
        return brands.get(brandId).flatMap(brand -> stats.response(brandId, from, to));
    }
}
