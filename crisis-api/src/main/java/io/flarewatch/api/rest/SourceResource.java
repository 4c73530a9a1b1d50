package io.flarewatch.api.rest;

import io.flarewatch.api.service.SourceCommand;
import io.flarewatch.api.service.SourceService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /sources}: where mentions come from, how each source is doing, and the connectors' settings. */
@Path("/sources")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(
        name = "sources",
        description = "Sources of mentions (feeds, Mastodon, Bluesky, REST, imports): health and connector settings")
public class SourceResource {

    private final SourceService sources;

    SourceResource(SourceService sources) {
        this.sources = sources;
    }

    @GET
    @Operation(
            summary = "Every source's health",
            description = "Last success and error, mentions per minute, lag from publication to receipt, status, and "
                    + "whether the source went silent (nothing for longer than flarewatch.sources.silent-after)")
    public List<SourceView> list() {
        return sources.all().stream().map(SourceView::summary).toList();
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One source: its health and its connector settings")
    public SourceView get(@PathParam("id") String id) {
        return SourceView.detail(sources.get(id));
    }

    @PUT
    @Path("/{id}")
    @Operation(
            summary = "Create or change a connector's settings",
            description = "Published to the source-config topic, which every ingest replica follows; 400 names "
                    + "an unknown connector or a missing url (rss) or instance (mastodon)")
    public Uni<SourceView> put(@PathParam("id") String id, SourceCommand command) {
        return sources.put(id, command).map(SourceView::detail);
    }

    @DELETE
    @Path("/{id}")
    @Operation(summary = "Remove a connector (its mentions stay)")
    public Uni<Response> delete(@PathParam("id") String id) {
        return sources.remove(id).map(done -> Response.noContent().build());
    }
}
