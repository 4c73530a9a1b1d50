package io.flarewatch.ingest.source;

import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;

/** A source's {@code settings} map read with defaults; a missing or bad value is an {@link InvalidSettings}. */
public final class SourceSettings {

    private final Map<String, String> values;

    /** The settings {@code values} (null means none). */
    public SourceSettings(Map<String, String> values) {
        this.values = values == null ? Map.of() : values;
    }

    /** The value of {@code key}, which must be given. */
    public String required(String key) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            throw new InvalidSettings("the setting '" + key + "' is required");
        }
        return value.trim();
    }

    /** The value of {@code key}, or {@code fallback} when not given. */
    public String text(String key, String fallback) {
        String value = values.get(key);
        return value == null || value.isBlank() ? fallback : value.trim();
    }

    /** The whole number of seconds under {@code key} (at least 1), or {@code fallback}. */
    public Duration seconds(String key, Duration fallback) {
        String value = values.get(key);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            long seconds = Long.parseLong(value.trim());
            if (seconds < 1) {
                throw new InvalidSettings("the setting '" + key + "' must be at least 1 second");
            }
            return Duration.ofSeconds(seconds);
        } catch (NumberFormatException e) {
            throw new InvalidSettings("the setting '" + key + "' must be a whole number of seconds");
        }
    }

    /** The http(s) URL under {@code key}, which must be given. */
    public URI url(String key) {
        String value = required(key);
        try {
            URI uri = new URI(value);
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            if (!scheme.matches("https?|wss?") || uri.getHost() == null) {
                throw new InvalidSettings("the setting '" + key + "' must be an absolute http(s) or ws(s) URL");
            }
            return uri;
        } catch (URISyntaxException e) {
            throw new InvalidSettings("the setting '" + key + "' is not a URL: " + e.getMessage());
        }
    }

    /** A source whose settings cannot work; the message says which setting and why. */
    public static final class InvalidSettings extends IllegalArgumentException {
        /** The reason, naming the setting. */
        public InvalidSettings(String message) {
            super(message);
        }
    }
}
