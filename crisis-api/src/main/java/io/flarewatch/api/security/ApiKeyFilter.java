package io.flarewatch.api.security;

import io.flarewatch.api.service.ApiKeyStore;
import io.smallrye.mutiny.Uni;
import io.vertx.core.http.HttpServerRequest;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Optional;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Checks every request against {@link AccessPolicy} before it is routed, so that an unknown path is refused
 * like a known one: no key (or an unknown or revoked one) is 401, a role too low is 403. With
 * {@link AuthConfig#localViewer()} a request without a key from a loopback address reads as a viewer.
 */
public class ApiKeyFilter {

    private final AuthConfig config;
    private final ApiKeyStore keys;

    ApiKeyFilter(AuthConfig config, ApiKeyStore keys) {
        this.config = config;
        this.keys = keys;
    }

    @ServerRequestFilter(preMatching = true)
    public Uni<Response> authorize(ContainerRequestContext request, HttpServerRequest connection) {
        if (!config.enabled()) {
            return Uni.createFrom().nullItem();
        }
        Optional<Role> needed = AccessPolicy.requiredRole(
                request.getMethod(), request.getUriInfo().getPath());
        if (needed.isEmpty()) {
            return Uni.createFrom().nullItem();
        }
        Optional<String> presented = ApiKeyCredentials.presented(
                request.getHeaderString(ApiKeyCredentials.HEADER), request.getHeaderString(HttpHeaders.AUTHORIZATION));
        if (presented.isEmpty()) {
            if (config.localViewer() && Role.VIEWER.includes(needed.get()) && fromThisMachine(connection)) {
                return Uni.createFrom().nullItem();
            }
            return Uni.createFrom().item(AuthProblems.unauthorized("this request needs an API key"));
        }
        return keys.authenticate(presented.get()).map(key -> {
            if (key == null) {
                return AuthProblems.unauthorized("the API key is unknown or revoked");
            }
            Role has = Role.fromWireName(key.role).orElseThrow();
            return has.includes(needed.get()) ? null : AuthProblems.forbidden(needed.get(), has);
        });
    }

    private static boolean fromThisMachine(HttpServerRequest connection) {
        if (connection == null
                || connection.remoteAddress() == null
                || connection.remoteAddress().hostAddress() == null) {
            return false;
        }
        try {
            // an IP literal: no name is looked up
            return InetAddress.getByName(connection.remoteAddress().hostAddress())
                    .isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
