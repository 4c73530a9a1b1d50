package io.flarewatch.api.rest;

import io.flarewatch.api.repository.AuthorRepository.Ambassador;
import io.flarewatch.api.service.AuthorService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /brands/{id}/ambassadors}: authors who speak well of a brand repeatedly and with reach. An ambassador
 * has at least {@value #MIN_POSITIVE} positive mentions of the brand in the last {@code days} (default 90); they
 * are ranked by positive mentions × ln(followers + 1), so that reach counts but a fan with many posts and a modest
 * following can beat a celebrity who praised the brand twice; ties go to more positive mentions.
 */
@Path("/brands/{id}/ambassadors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "authors")
public class AmbassadorResource {

    /** The fewest positive mentions that make an ambassador. */
    static final int MIN_POSITIVE = 2;

    private final AuthorService authors;

    AmbassadorResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Operation(
            summary = "Authors with at least 2 positive mentions of the brand, by positive × ln(followers + 1)",
            description = "limit: 1-100 (default 10); days: how far back (1-3650, default 90).")
    public Uni<List<Ambassador>> ambassadors(
            @PathParam("id") String brandId, @QueryParam("limit") String limit, @QueryParam("days") String days) {
        int top = QueryParams.integer("limit", limit, 10, 1, 100);
        Instant since = Instant.now().minus(Duration.ofDays(QueryParams.integer("days", days, 90, 1, 3650)));
        return authors.ambassadors(brandId, since, MIN_POSITIVE, top);
    }
}
