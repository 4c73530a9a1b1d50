package io.flarewatch.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flarewatch.api.service.FieldError;
import java.util.List;

/**
 * An RFC 9457 problem detail, answered as {@code application/problem+json}.
 *
 * @param type   a URI naming the kind of problem
 * @param title  a short summary of the kind of problem
 * @param status the HTTP status
 * @param detail what went wrong with this request
 * @param errors the fields that were wrong, if any
 */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
public record Problem(String type, String title, int status, String detail, List<FieldError> errors) {

    /** The media type of problem details. */
    public static final String MEDIA_TYPE = "application/problem+json";
}
