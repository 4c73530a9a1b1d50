package io.flarewatch.ingest.service;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.Author;
import io.flarewatch.events.Mention;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Turns a submitted JSON mention into a {@link Mention}, or says which fields are wrong and why. */
public final class MentionValidator {

    private static final Pattern SOURCE = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,31}");
    private static final Pattern LANGUAGE = Pattern.compile("[a-z]{2}");
    private static final int MAX_ID_LENGTH = 200;
    /** Clocks differ; a post "from the future" by more than this is a bug at the source. */
    private static final Duration FUTURE_TOLERANCE = Duration.ofHours(1);

    private final int maxTextLength;

    /** A validator accepting texts of up to {@code maxTextLength} characters. */
    public MentionValidator(int maxTextLength) {
        this.maxTextLength = maxTextLength;
    }

    /** The outcome: a mention when {@code errors} is empty. */
    public record Result(Mention mention, List<FieldError> errors) {
        /** Whether the mention was valid. */
        public boolean valid() {
            return errors.isEmpty();
        }
    }

    /** Validates {@code json}, stamping the mention as received at {@code receivedAt}. */
    public Result validate(JsonNode json, Instant receivedAt) {
        List<FieldError> errors = new ArrayList<>();
        if (json == null || !json.isObject()) {
            errors.add(new FieldError(0, "$", "a mention must be a JSON object"));
            return new Result(null, errors);
        }
        String source = requiredText(json, "source", errors);
        if (source != null && !SOURCE.matcher(source).matches()) {
            errors.add(new FieldError(
                    0, "source", "must be a short lowercase name such as twitter, facebook, forum or news"));
        }
        String sourceId = requiredText(json, "sourceId", errors);
        if (sourceId != null && sourceId.length() > MAX_ID_LENGTH) {
            errors.add(new FieldError(0, "sourceId", "must be at most " + MAX_ID_LENGTH + " characters"));
        }
        String url = optionalText(json, "url", errors);
        if (url != null && !isWebUrl(url)) {
            errors.add(new FieldError(0, "url", "must be an http or https URL"));
        }
        Author author = author(json.get("author"), errors);
        String text = requiredText(json, "text", errors);
        if (text != null && text.length() > maxTextLength) {
            errors.add(new FieldError(0, "text", "must be at most " + maxTextLength + " characters"));
        }
        String language = optionalText(json, "language", errors);
        if (language != null && !LANGUAGE.matcher(language).matches()) {
            errors.add(new FieldError(0, "language", "must be a two-letter ISO 639-1 code such as pl or en"));
        }
        Instant publishedAt = publishedAt(json, receivedAt, errors);
        if (!errors.isEmpty()) {
            return new Result(null, errors);
        }
        Mention mention = new Mention(
                source + ":" + sourceId, source, sourceId, url, author, text, language, publishedAt, receivedAt);
        return new Result(mention, List.of());
    }

    private static Author author(JsonNode node, List<FieldError> errors) {
        if (node == null || node.isNull()) {
            errors.add(new FieldError(0, "author", "is required: {\"id\": ..., \"name\": ..., \"followers\": ...}"));
            return null;
        }
        if (!node.isObject()) {
            errors.add(new FieldError(0, "author", "must be an object with id, name and followers"));
            return null;
        }
        String id = optionalText(node, "id", errors, "author.");
        String name = optionalText(node, "name", errors, "author.");
        if (id == null && name == null) {
            errors.add(new FieldError(0, "author.id", "an author needs an id or a name"));
        }
        long followers = 0;
        JsonNode followersNode = node.get("followers");
        if (followersNode != null && !followersNode.isNull()) {
            if (!followersNode.canConvertToLong() || !followersNode.isIntegralNumber() || followersNode.asLong() < 0) {
                errors.add(new FieldError(0, "author.followers", "must be a whole number of at least 0"));
            } else {
                followers = followersNode.asLong();
            }
        }
        return new Author(id != null ? id : name, name != null ? name : id, followers);
    }

    private static Instant publishedAt(JsonNode json, Instant receivedAt, List<FieldError> errors) {
        String value = requiredText(json, "publishedAt", errors);
        if (value == null) {
            return null;
        }
        try {
            Instant publishedAt = Instant.parse(value);
            if (publishedAt.isAfter(receivedAt.plus(FUTURE_TOLERANCE))) {
                errors.add(new FieldError(0, "publishedAt", "lies in the future: " + value));
            }
            return publishedAt;
        } catch (DateTimeParseException e) {
            errors.add(new FieldError(0, "publishedAt", "must be an ISO-8601 instant such as 2026-11-20T09:14:55Z"));
            return null;
        }
    }

    private static String requiredText(JsonNode json, String field, List<FieldError> errors) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            errors.add(new FieldError(0, field, "is required"));
            return null;
        }
        if (!node.isTextual()) {
            errors.add(new FieldError(0, field, "must be a string"));
            return null;
        }
        return storable(node.asText(), field, errors);
    }

    /**
     * The text, or null with an error when it holds a NUL character or half of a surrogate pair: neither can be
     * stored (PostgreSQL refuses both), so accepting them would lose the mention after its 202.
     */
    private static String storable(String text, String field, List<FieldError> errors) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '\0') {
                errors.add(new FieldError(0, field, "must not contain the NUL character (\\u0000)"));
                return null;
            }
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                errors.add(new FieldError(
                        0, field, "must be valid Unicode text: half of a surrogate pair at " + "character " + (i + 1)));
                return null;
            }
        }
        return text;
    }

    private static String optionalText(JsonNode json, String field, List<FieldError> errors) {
        return optionalText(json, field, errors, "");
    }

    private static String optionalText(JsonNode json, String field, List<FieldError> errors, String prefix) {
        JsonNode node = json.get(field);
        if (node == null || node.isNull() || (node.isTextual() && node.asText().isBlank())) {
            return null;
        }
        if (!node.isTextual() && !node.isNumber()) {
            errors.add(new FieldError(0, prefix + field, "must be a string"));
            return null;
        }
        return storable(node.asText(), prefix + field, errors);
    }

    private static boolean isWebUrl(String url) {
        try {
            URI uri = new URI(url);
            return ("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                    && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }
}
