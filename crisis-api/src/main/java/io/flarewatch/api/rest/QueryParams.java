package io.flarewatch.api.rest;

import io.flarewatch.api.service.FieldError;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** Reads query parameters given as text, answering 400 with the parameter's name when one is wrong. */
final class QueryParams {

    private QueryParams() {}

    /** An ISO-8601 instant such as {@code 2026-11-20T09:00:00Z}, or null when absent. */
    static Instant instant(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            return Instant.parse(value.trim());
        } catch (DateTimeParseException e) {
            throw invalid(name, "must be an ISO-8601 instant such as 2026-11-20T09:00:00Z");
        }
    }

    /** {@code true} or {@code false}, or null when absent. */
    static Boolean bool(String name, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        return switch (value.trim().toLowerCase(Locale.ROOT)) {
            case "true" -> Boolean.TRUE;
            case "false" -> Boolean.FALSE;
            default -> throw invalid(name, "must be true or false");
        };
    }

    /** A whole number between {@code min} and {@code max}, or {@code fallback} when absent. */
    static int integer(String name, String value, int fallback, int min, int max) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw invalid(name, "must be between " + min + " and " + max);
    }

    /** One of {@code allowed} (compared in lower case), or null when absent. */
    static String oneOf(String name, String value, Set<String> allowed) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String lower = value.trim().toLowerCase(Locale.ROOT);
        if (!allowed.contains(lower)) {
            throw invalid(
                    name,
                    "must be one of "
                            + String.join(", ", allowed.stream().sorted().toList()));
        }
        return lower;
    }

    /** 400 unless {@code from} is before {@code to} (either may be null). */
    static void requireOrder(String fromName, Instant from, String toName, Instant to) {
        if (from != null && to != null && !from.isBefore(to)) {
            throw invalid(toName, "must be after " + fromName);
        }
    }

    /** 400 naming the parameter. */
    static ProblemException invalid(String name, String message) {
        return ProblemException.invalid(List.of(new FieldError(name, message)));
    }
}
