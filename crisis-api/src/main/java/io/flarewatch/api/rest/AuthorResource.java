package io.flarewatch.api.rest;

import io.flarewatch.api.service.AuthorService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /authors/{source}/{authorId}}: what one author wrote about each brand, and whether they have an
 * unresolved complaint. An author never seen is answered with no brands (and so no complaint), not 404, so that a
 * CRM can ask about anyone.
 */
@Path("/authors")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "authors", description = "Authors: their mentions per brand, open complaints, brand ambassadors")
public class AuthorResource {

    private final AuthorService authors;

    AuthorResource(AuthorService authors) {
        this.authors = authors;
    }

    @GET
    @Path("/{source}/{authorId}")
    @Operation(
            summary = "An author's recent mentions per brand and whether they have an unresolved complaint",
            description = "unresolvedComplaint: a negative mention of the brand in the last 14 days with no positive "
                    + "mention of it after that. limit: recent mentions shown per brand (1-100, default 10).")
    public Uni<AuthorView> get(
            @PathParam("source") String source,
            @PathParam("authorId") String authorId,
            @QueryParam("limit") String limit) {
        int perBrand = QueryParams.integer("limit", limit, 10, 1, 100);
        return authors.mentionsOf(source, authorId)
                .map(mentions -> AuthorView.of(source, authorId, mentions, perBrand, Instant.now()));
    }
}
