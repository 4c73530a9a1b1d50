package io.flarewatch.api.service;

import java.util.List;

/**
 * A request a service refuses, in the service's terms: the REST layer answers it as a problem detail, and other
 * callers (messaging, start-up) can tell the kinds apart without knowing HTTP.
 */
public final class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why the request was refused. */
    public enum Kind {
        /** Fields of the request are wrong; {@link #errors()} names each. */
        INVALID,
        /** The thing the request is about does not exist. */
        NOT_FOUND,
        /** The thing exists already. */
        EXISTS,
        /** The thing is not in a state that allows the request. */
        REFUSED
    }

    private final Kind kind;
    private final transient List<FieldError> errors;

    private DomainException(Kind kind, String message, List<FieldError> errors) {
        super(message);
        this.kind = kind;
        this.errors = List.copyOf(errors);
    }

    /** The request's fields are wrong; at least one error. */
    public static DomainException invalid(List<FieldError> errors) {
        FieldError first = errors.get(0);
        return new DomainException(Kind.INVALID, first.field() + ": " + first.message(), errors);
    }

    /** {@code what} (e.g. "brand zabka") does not exist. */
    public static DomainException notFound(String what) {
        return new DomainException(Kind.NOT_FOUND, what + " does not exist", List.of());
    }

    /** {@code what} exists already. */
    public static DomainException exists(String what) {
        return new DomainException(Kind.EXISTS, what + " exists already", List.of());
    }

    /** The state does not allow the request; {@code detail} says why. */
    public static DomainException refused(String detail) {
        return new DomainException(Kind.REFUSED, detail, List.of());
    }

    /** Why the request was refused. */
    public Kind kind() {
        return kind;
    }

    /** The wrong fields of an {@link Kind#INVALID} request; empty otherwise. */
    public List<FieldError> errors() {
        return errors;
    }
}
