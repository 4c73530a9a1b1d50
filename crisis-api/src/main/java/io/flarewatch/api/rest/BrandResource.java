package io.flarewatch.api.rest;

import io.flarewatch.api.service.BrandCommand;
import io.flarewatch.api.service.BrandService;
import io.flarewatch.api.service.FieldError;
import io.flarewatch.api.service.MentionStore;
import io.flarewatch.api.service.PreviewCommand;
import io.flarewatch.api.service.PreviewResult;
import io.flarewatch.api.service.QueryPreviewService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /brands}: the brands a PR team watches, and each brand's mentions. */
@Path("/brands")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "brands", description = "The brands a PR team watches, and each brand's newest mentions")
public class BrandResource {

    static final int MAX_MENTIONS = 500;
    private static final Set<String> LABELS = Set.of("negative", "neutral", "positive");

    private final BrandService brands;
    private final MentionStore mentions;
    private final QueryPreviewService previews;

    BrandResource(BrandService brands, MentionStore mentions, QueryPreviewService previews) {
        this.brands = brands;
        this.mentions = mentions;
        this.previews = previews;
    }

    /** Tries a query on sample texts or the last stored mentions before it is saved. */
    @POST
    @Path("/preview")
    @Operation(summary = "Try a brand query on sample texts or the last stored mentions")
    public Uni<PreviewResult> preview(PreviewCommand request) {
        return previews.preview(request);
    }

    @GET
    @Operation(summary = "List brands")
    public Uni<List<BrandView>> list() {
        return brands.all().map(all -> all.stream().map(BrandView::of).toList());
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One brand")
    public Uni<BrandView> get(@PathParam("id") String id) {
        return brands.get(id).map(BrandView::of);
    }

    @POST
    @Operation(summary = "Create a brand")
    public Uni<Response> create(BrandCommand request) {
        return brands.create(request)
                .map(brand -> Response.created(URI.create("/brands/" + brand.id))
                        .entity(BrandView.of(brand))
                        .build());
    }

    @PUT
    @Path("/{id}")
    @Operation(summary = "Change a brand")
    public Uni<BrandView> update(@PathParam("id") String id, BrandCommand request) {
        return brands.update(id, request).map(BrandView::of);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Delete a brand (its mentions and alerts stay)")
    public Uni<Response> delete(@PathParam("id") String id) {
        return brands.delete(id).map(done -> Response.noContent().build());
    }

    /** The brand's newest mentions, optionally of one sentiment; 404 for an unknown brand. */
    @GET
    @Path("/{id}/mentions")
    @Operation(summary = "A brand's newest mentions with their sentiment explanation")
    public Uni<List<MentionView>> mentions(
            @PathParam("id") String id,
            @QueryParam("limit") @DefaultValue("50") int limit,
            @QueryParam("sentiment") String sentiment) {
        if (limit < 1 || limit > MAX_MENTIONS) {
            throw ProblemException.invalid(List.of(new FieldError("limit", "must be between 1 and " + MAX_MENTIONS)));
        }
        if (sentiment != null && !LABELS.contains(sentiment)) {
            throw ProblemException.invalid(
                    List.of(new FieldError("sentiment", "must be negative, neutral or positive")));
        }
        return brands.get(id)
                .flatMap(brand -> mentions.newest(id, sentiment, limit))
                .map(list -> list.stream().map(MentionView::of).toList());
    }
}
