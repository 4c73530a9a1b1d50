package io.flarewatch.ingest.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flarewatch.ingest.service.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/**
 * An RFC 9457 problem detail, answered as {@code application/problem+json}; for batches it also says what
 * was accepted despite the bad lines.
 *
 * @param type       a URI naming the kind of problem
 * @param title      a short summary of the kind of problem
 * @param status     the HTTP status
 * @param detail     what went wrong with this request
 * @param errors     the fields (and lines) that were wrong
 * @param accepted   mentions of the request that were written nonetheless
 * @param duplicates mentions of the request dropped as duplicates
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(
        String type,
        String title,
        int status,
        String detail,
        List<FieldError> errors,
        Integer accepted,
        Integer duplicates) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";

    /** A problem without field errors. */
    public static Problem of(Response.Status status, String detail) {
        return new Problem("about:blank", status.getReasonPhrase(), status.getStatusCode(), detail, null, null, null);
    }

    /** The problem as a response. */
    public Response toResponse() {
        return Response.status(status).type(MEDIA_TYPE).entity(this).build();
    }
}
