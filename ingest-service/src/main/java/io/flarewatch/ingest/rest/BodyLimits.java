package io.flarewatch.ingest.rest;

import io.flarewatch.ingest.IngestConfig;
import io.flarewatch.ingest.service.BatchMemoryBudget;
import io.quarkus.vertx.http.runtime.filters.Filters;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpMethod;
import io.vertx.ext.web.RoutingContext;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.ws.rs.core.Response;

/**
 * Guards the doors before a body is read: a body larger than {@code max-body-size} gets 413, and a batch that
 * would take the batches being read over {@code batch-bytes-in-flight} gets 429 with {@code Retry-After}; both as
 * problem+json saying why. A batch without a declared length reserves the largest size a body may have.
 */
@ApplicationScoped
public class BodyLimits {

    private static final int BEFORE_EVERYTHING = 100;
    private static final String RETRY_AFTER_SECONDS = "2";

    private final long maxBodyBytes;
    private final BatchMemoryBudget budget;

    BodyLimits(IngestConfig config) {
        this.maxBodyBytes = config.maxBodySize().asLongValue();
        this.budget = new BatchMemoryBudget(config.batchBytesInFlight().asLongValue());
    }

    void register(@Observes Filters filters) {
        filters.register(this::guard, BEFORE_EVERYTHING);
    }

    private void guard(RoutingContext rc) {
        if (rc.request().method() != HttpMethod.POST || !rc.normalizedPath().startsWith("/mentions")) {
            rc.next();
            return;
        }
        long declared = declaredLength(rc);
        if (declared > maxBodyBytes) {
            ProblemWriter.refuse(
                    rc,
                    Problem.of(
                            Response.Status.REQUEST_ENTITY_TOO_LARGE,
                            "the body has " + declared
                                    + " bytes; a request may have at most " + maxBodyBytes
                                    + " (flarewatch.ingest.max-body-size): "
                                    + "split the batch"));
            return;
        }
        if (!rc.normalizedPath().equals("/mentions/batch")) {
            rc.next();
            return;
        }
        long reservation = budget.tryReserve(declared < 0 ? maxBodyBytes : declared);
        if (reservation < 0) {
            rc.response().putHeader(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS);
            ProblemWriter.refuse(
                    rc,
                    Problem.of(
                            Response.Status.TOO_MANY_REQUESTS,
                            "other batches are being read (" + budget.reservedBytes()
                                    + " bytes); send this one again in a few seconds"));
            return;
        }
        rc.addEndHandler(done -> budget.release(reservation));
        rc.next();
    }

    private static long declaredLength(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        try {
            return length == null ? -1 : Long.parseLong(length.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }
}
