package io.flarewatch.api.rest;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import io.flarewatch.api.service.DomainException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Answers every error as {@code application/problem+json}, never with a class name or a stack trace. */
public class ProblemMapper {

    private static final Logger LOG = Logger.getLogger(ProblemMapper.class);
    private static final String UNREADABLE_BODY = "the request body is not valid JSON of the expected shape";

    @ServerExceptionMapper
    public Response mapProblem(ProblemException e) {
        return e.toResponse();
    }

    /** A request a service refused: the same problem details as the REST layer's own. */
    @ServerExceptionMapper
    public Response mapDomain(DomainException e) {
        return ProblemException.of(e).toResponse();
    }

    @ServerExceptionMapper
    public Response mapWebApplicationException(WebApplicationException e) {
        Response.StatusType status = e.getResponse().getStatusInfo();
        String detail = status.getStatusCode() == 400 ? UNREADABLE_BODY : status.getReasonPhrase();
        return Response.status(status.getStatusCode())
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, List.of()))
                .build();
    }

    /** A body Jackson cannot read into the request (not JSON, or a field of the wrong type) is the client's mistake. */
    @ServerExceptionMapper
    public Response mapUnreadableBody(JsonProcessingException e) {
        return unreadableBody();
    }

    /** The same for a field of the wrong type, which Quarkus would otherwise answer in its own format. */
    @ServerExceptionMapper
    public Response mapMismatchedBody(MismatchedInputException e) {
        return unreadableBody();
    }

    private static Response unreadableBody() {
        return Response.status(400)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem("about:blank", "Bad Request", 400, UNREADABLE_BODY, List.of()))
                .build();
    }

    @ServerExceptionMapper
    public Response mapUnexpected(RuntimeException e) {
        LOG.error("unexpected error", e);
        return Response.status(500)
                .type(Problem.MEDIA_TYPE)
                .entity(new Problem(
                        "about:blank",
                        "Internal Server Error",
                        500,
                        "an unexpected error happened; see the service log",
                        List.of()))
                .build();
    }
}
