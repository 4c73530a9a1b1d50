package io.flarewatch.api.service;

import io.flarewatch.api.model.StoredMention;
import io.flarewatch.api.repository.AuthorRepository;
import io.flarewatch.api.repository.AuthorRepository.Ambassador;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;

/** Mentions seen from the author's side: one author's mentions of every brand, and a brand's ambassadors. */
@ApplicationScoped
public class AuthorService {

    private final BrandService brands;
    private final AuthorRepository authors;

    AuthorService(BrandService brands, AuthorRepository authors) {
        this.brands = brands;
        this.authors = authors;
    }

    /** The author's newest mentions of every brand, newest first; none for an author never seen. */
    public Uni<List<StoredMention>> mentionsOf(String source, String authorId) {
        return authors.mentionsOf(source, authorId);
    }

    /** The brand's authors with at least {@code minPositive} positive mentions since {@code since}, best first. */
    public Uni<List<Ambassador>> ambassadors(String brandId, Instant since, int minPositive, int limit) {
        return brands.get(brandId).flatMap(brand -> authors.ambassadors(brandId, since, minPositive, limit));
    }
}
