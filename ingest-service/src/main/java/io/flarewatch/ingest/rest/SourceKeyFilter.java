package io.flarewatch.ingest.rest;

import io.flarewatch.ingest.security.PresentedKey;
import io.flarewatch.ingest.security.SourceKeyRing;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.util.Optional;
import java.util.Set;

/**
 * Lets only requests with a source key change anything: every method but GET, HEAD and OPTIONS (so every POST)
 * needs {@code X-Api-Key} or {@code Authorization: Bearer} with a key of {@link SourceKeyRing}. Runs before
 * {@link BodyLimits}, so a caller without a key never reads a body into memory nor takes a batch's budget. No key
 * or an unknown or revoked one: 401; a key that may still arrive on the topic at start-up: 503. Health, metrics and
 * the other reads stay open.
 */
@ApplicationScoped
public class SourceKeyFilter {

    /** Higher runs first: before {@link BodyLimits}. */
    private static final int BEFORE_BODY_LIMITS = 200;

    private static final Set<HttpMethod> OPEN = Set.of(HttpMethod.GET, HttpMethod.HEAD, HttpMethod.OPTIONS);
    private static final String CHALLENGE = "Bearer realm=\"flarewatch\"";
    private static final String HOW = "; send a source key in the " + PresentedKey.HEADER
            + " header or as Authorization: Bearer <key> (an admin creates one in crisis-api: POST /keys with role"
            + " source)";
    private static final String RETRY_AFTER_SECONDS = "2";

    private final SourceKeyRing keys;

    SourceKeyFilter(SourceKeyRing keys) {
        this.keys = keys;
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, BEFORE_BODY_LIMITS);
    }

    private void guard(RoutingContext rc) {
        if (OPEN.contains(rc.request().method())) {
            rc.next();
            return;
        }
        Optional<String> presented = PresentedKey.of(
                rc.request().getHeader(PresentedKey.HEADER), rc.request().getHeader(HttpHeaders.AUTHORIZATION));
        if (presented.isEmpty()) {
            unauthorized(rc, "posting to ingest needs a source key" + HOW);
            return;
        }
        switch (keys.check(presented.get())) {
            case VALID -> rc.next();
            case UNKNOWN -> unauthorized(rc, "the source key is unknown or revoked" + HOW);
            case LOADING -> {
                rc.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
                ProblemWriter.refuse(
                        rc,
                        new Problem(
                                "https://flarewatch.io/problems/keys-loading",
                                "Keys loading",
                                503,
                                "keys loading: ingest-service is still reading the source keys from Kafka;"
                                        + " send the request again in a few seconds",
                                null,
                                null,
                                null));
            }
        }
    }

    private static void unauthorized(RoutingContext rc, String detail) {
        rc.response().putHeader("WWW-Authenticate", CHALLENGE);
        ProblemWriter.refuse(
                rc,
                new Problem(
                        "https://flarewatch.io/problems/unauthorized", "Unauthorized", 401, detail, null, null, null));
    }
}
