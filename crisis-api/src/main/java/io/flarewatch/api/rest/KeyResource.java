package io.flarewatch.api.rest;

import io.flarewatch.api.security.Role;
import io.flarewatch.api.service.ApiKeyService;
import io.flarewatch.api.service.FieldError;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /keys}: the API keys (admin only): create one (its key shown once), list them, revoke one. */
@Path("/keys")
@Tag(name = "keys", description = "API keys and their roles (admin only)")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class KeyResource {

    static final int MAX_NAME = 100;

    private final ApiKeyService keys;

    KeyResource(ApiKeyService keys) {
        this.keys = keys;
    }

    /** 201 with the new key in {@code key}: it is not stored, so it cannot be shown again. */
    @POST
    @Operation(
            summary = "Create an API key",
            description = "Body {\"name\",\"role\"} with role viewer, responder, admin or source (posts to "
                    + "ingest-service only); the answer holds the key, shown this once.")
    public Uni<Response> create(KeyRequest request) {
        List<FieldError> errors = new ArrayList<>();
        String name =
                request == null || request.name() == null ? "" : request.name().trim();
        if (name.isEmpty() || name.length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be 1 to " + MAX_NAME + " characters"));
        }
        Optional<Role> role = Role.fromWireName(request == null ? null : request.role());
        if (role.isEmpty()) {
            errors.add(new FieldError("role", "must be viewer, responder, admin or source"));
        }
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
        return keys.create(name, role.get())
                .map(created -> Response.created(URI.create("/keys/" + created.stored().id))
                        .header("Cache-Control", "no-store")
                        .entity(KeyView.created(created.stored(), created.key()))
                        .build());
    }

    @GET
    @Operation(summary = "List API keys", description = "Names, roles and times; never a key or its hash.")
    public Uni<List<KeyView>> list() {
        return keys.all().map(all -> all.stream().map(KeyView::of).toList());
    }

    /** Revokes the key: 204, also when it was revoked before (a source key's revocation is published again). */
    @DELETE
    @Path("/{id}")
    @Operation(summary = "Revoke an API key", description = "204, also when revoked before; 404 when unknown.")
    public Uni<Response> revoke(@PathParam("id") String id) {
        return keys.revoke(id).map(revoked -> Response.noContent().build());
    }
}
