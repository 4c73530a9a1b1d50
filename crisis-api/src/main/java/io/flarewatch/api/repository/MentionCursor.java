package io.flarewatch.api.repository;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Base64;
import java.util.Optional;

/**
 * A position in the mention search, newest first: the (published at, row id) of the last mention of a page. As
 * text it is opaque to clients: URL-safe base64 of {@code v1|<published at>|<id>}.
 *
 * @param publishedAt the last mention's publication time
 * @param id          the last mention's row id (breaks ties between equal times)
 */
public record MentionCursor(Instant publishedAt, long id) {

    private static final String VERSION = "v1";

    /** The opaque text of this cursor. */
    public String encode() {
        String plain = VERSION + "|" + publishedAt + "|" + id;
        return Base64.getUrlEncoder().withoutPadding().encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /** The cursor a text stands for, or empty when it is not one of ours. */
    public static Optional<MentionCursor> decode(String text) {
        try {
            String plain = new String(Base64.getUrlDecoder().decode(text.trim()), StandardCharsets.UTF_8);
            String[] parts = plain.split("\\|");
            if (parts.length != 3 || !VERSION.equals(parts[0])) {
                return Optional.empty();
            }
            return Optional.of(new MentionCursor(Instant.parse(parts[1]), Long.parseLong(parts[2])));
        } catch (IllegalArgumentException | DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
