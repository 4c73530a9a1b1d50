package io.flarewatch.ingest.rest;

import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers every error as {@code application/problem+json}, never with a class name or a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        return new Problem(
                        "about:blank",
                        status.getReasonPhrase(),
                        status.getStatusCode(),
                        status.getReasonPhrase(),
                        null,
                        null,
                        null)
                .toResponse();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(RuntimeException e) {
        LOG.error("unexpected error", e);
        return Problem.of(Response.Status.INTERNAL_SERVER_ERROR, "an unexpected error happened; see the service log")
                .toResponse();
    }
}
