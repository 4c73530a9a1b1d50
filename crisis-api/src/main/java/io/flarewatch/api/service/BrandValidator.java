package io.flarewatch.api.service;

import io.flarewatch.brand.BrandQuery;
import io.flarewatch.brand.BrandQuerySyntaxException;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/** Checks a brand request field by field, so that the PR person sees every problem at once. */
public final class BrandValidator {

    static final Pattern ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final Pattern MUTE_HOURS = Pattern.compile("([01]\\d|2[0-3]):[0-5]\\d-([01]\\d|2[0-3]):[0-5]\\d");
    private static final Set<String> SENSITIVITIES = Set.of("fewer", "balanced", "more");
    private static final int MAX_NAME = 200;
    private static final int MAX_QUERY = 4000;

    private BrandValidator() {}

    /** The problems of a request; {@code idRequired} is false on creation, where the id may come from the name. */
    public static List<FieldError> problems(BrandCommand request, boolean idRequired) {
        List<FieldError> errors = new ArrayList<>();
        if (request == null) {
            return List.of(new FieldError("body", "a brand is required: {\"name\": ..., \"query\": ...}"));
        }
        if (request.id() != null && !ID.matcher(request.id()).matches()) {
            errors.add(new FieldError(
                    "id", "must be 2-63 lowercase letters, digits or dashes, starting with a letter or digit"));
        } else if (request.id() == null && idRequired) {
            errors.add(new FieldError("id", "is required"));
        }
        if (request.name() == null || request.name().isBlank()) {
            errors.add(new FieldError("name", "is required"));
        } else if (request.name().length() > MAX_NAME) {
            errors.add(new FieldError("name", "must be at most " + MAX_NAME + " characters"));
        }
        queryProblem(request.query()).ifPresent(errors::add);
        if (request.languages() != null) {
            for (String language : request.languages()) {
                if (language == null || !LANGUAGE.matcher(language).matches()) {
                    errors.add(new FieldError(
                            "languages", "must be two-letter codes such as pl or en, not '" + language + "'"));
                }
            }
        }
        if (request.sensitivity() != null && !SENSITIVITIES.contains(request.sensitivity())) {
            errors.add(new FieldError("sensitivity", "must be fewer, balanced or more"));
        }
        if (request.muteHours() != null
                && !request.muteHours().isBlank()
                && !MUTE_HOURS.matcher(request.muteHours()).matches()) {
            errors.add(new FieldError("muteHours", "must look like 23:00-07:00"));
        }
        return errors;
    }

    private static java.util.Optional<FieldError> queryProblem(String query) {
        if (query == null || query.isBlank()) {
            return java.util.Optional.of(new FieldError("query", "is required, e.g. \"żabka -(żaba OR staw*)\""));
        }
        if (query.length() > MAX_QUERY) {
            return java.util.Optional.of(new FieldError("query", "must be at most " + MAX_QUERY + " characters"));
        }
        try {
            BrandQuery.parse(query);
            return java.util.Optional.empty();
        } catch (BrandQuerySyntaxException e) {
            return java.util.Optional.of(new FieldError("query", e.getMessage()));
        }
    }

    /** A slug made from a brand name: "Żabka Polska" → "zabka-polska". */
    public static String slug(String name) {
        String folded = Normalizer.normalize(name.toLowerCase(Locale.ROOT).replace('ł', 'l'), Normalizer.Form.NFD)
                .replaceAll("\\p{M}+", "");
        String slug = folded.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        if (slug.length() > 63) {
            slug = slug.substring(0, 63).replaceAll("-+$", "");
        }
        return slug.length() < 2 ? "brand-" + slug : slug;
    }
}
