package io.flarewatch.api.rest;

import io.flarewatch.api.service.DomainException;
import io.flarewatch.api.service.FieldError;
import jakarta.ws.rs.core.Response;
import java.util.List;

/** A request the API refuses, carried to {@link ProblemMapper} to be answered as a problem detail. */
public final class ProblemException extends RuntimeException {

    private static final long serialVersionUID = 1L;
    private final transient Problem problem;

    private ProblemException(Problem problem) {
        super(problem.detail());
        this.problem = problem;
    }

    /** 400: the request's fields are wrong. */
    public static ProblemException invalid(List<FieldError> errors) {
        FieldError first = errors.get(0);
        return new ProblemException(new Problem(
                "https://flarewatch.io/problems/invalid-request",
                "Invalid request",
                400,
                first.field() + ": " + first.message(),
                errors));
    }

    /** 404: no such thing. */
    public static ProblemException notFound(String what) {
        return new ProblemException(new Problem(
                "https://flarewatch.io/problems/not-found", "Not found", 404, what + " does not exist", List.of()));
    }

    /** 409: it exists already. */
    public static ProblemException conflict(String what) {
        return new ProblemException(new Problem(
                "https://flarewatch.io/problems/conflict", "Conflict", 409, what + " exists already", List.of()));
    }

    /** 409: the thing is not in a state that allows this request; {@code detail} says why. */
    public static ProblemException refused(String detail) {
        return new ProblemException(
                new Problem("https://flarewatch.io/problems/invalid-transition", "Conflict", 409, detail, List.of()));
    }

    /** The problem detail of a request a service refused. */
    public static ProblemException of(DomainException refused) {
        return switch (refused.kind()) {
            case INVALID -> invalid(refused.errors());
            case NOT_FOUND ->
                new ProblemException(new Problem(
                        "https://flarewatch.io/problems/not-found", "Not found", 404, refused.getMessage(), List.of()));
            case EXISTS ->
                new ProblemException(new Problem(
                        "https://flarewatch.io/problems/conflict", "Conflict", 409, refused.getMessage(), List.of()));
            case REFUSED -> refused(refused.getMessage());
        };
    }

    /** The problem to answer. */
    public Problem problem() {
        return problem;
    }

    /** The problem as a response. */
    public Response toResponse() {
        return Response.status(problem.status())
                .type(Problem.MEDIA_TYPE)
                .entity(problem)
                .build();
    }
}
