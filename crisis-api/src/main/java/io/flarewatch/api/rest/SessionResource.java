package io.flarewatch.api.rest;

import io.flarewatch.api.model.ApiKey;
import io.flarewatch.api.security.ApiKeyCredentials;
import io.flarewatch.api.security.AuthConfig;
import io.flarewatch.api.security.Role;
import io.flarewatch.api.service.ApiKeyStore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Optional;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code GET /session}: who the caller is (the role and name of the key it presented), so that a client such as
 * the console offers only what that role may do. Any role may ask; the filter has already refused a bad key.
 */
@Path("/session")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "keys", description = "API keys and their roles (admin only)")
public class SessionResource {

    private final AuthConfig auth;
    private final ApiKeyStore keys;

    SessionResource(AuthConfig auth, ApiKeyStore keys) {
        this.auth = auth;
        this.keys = keys;
    }

    /**
     * The caller.
     *
     * @param role viewer, responder or admin
     * @param name the key's name; null without a key (keys switched off, or a local read)
     */
    public record SessionView(String role, String name) {}

    @GET
    @Operation(
            summary = "The caller's role and key name",
            description = "Answers for any valid key; with keys "
                    + "switched off the caller is an admin, and a local read without a key (local stack) is a viewer.")
    public Uni<SessionView> whoAmI(
            @HeaderParam(ApiKeyCredentials.HEADER) String apiKey,
            @HeaderParam(HttpHeaders.AUTHORIZATION) String authorization) {
        if (!auth.enabled()) {
            return Uni.createFrom().item(new SessionView(Role.ADMIN.wireName(), null));
        }
        Optional<String> presented = ApiKeyCredentials.presented(apiKey, authorization);
        if (presented.isEmpty()) {
            return Uni.createFrom().item(new SessionView(Role.VIEWER.wireName(), null));
        }
        return keys.authenticate(presented.get())
                // revoked between the filter's check and this one
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("the presented API key"))
                .map(SessionResource::view);
    }

    private static SessionView view(ApiKey key) {
        return new SessionView(key.role, key.name);
    }
}
