package io.flarewatch.api.service;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Checks a source's settings field by field before they are published: a known connector, an id of the form
 * {@code <connector>:<name>}, the address each connector cannot work without, and numbers that are numbers.
 */
public final class SourceValidator {

    /** The connectors ingest-service runs, with the setting each needs (an http or https URL). */
    static final Map<String, String> REQUIRED_URL = Map.of("rss", "url", "mastodon", "instance", "bluesky", "");

    private static final Pattern ID = Pattern.compile("[a-z]+:[A-Za-z0-9][A-Za-z0-9_.@#:/-]{0,126}");
    private static final Pattern BRAND_ID = Pattern.compile("[a-z0-9][a-z0-9-]{1,62}");
    private static final int MAX_POLL_SECONDS = 86_400;

    private SourceValidator() {}

    /** The problems of {@code command} for the source {@code sourceId}; empty when it can be published. */
    public static List<FieldError> problems(String sourceId, SourceCommand command) {
        List<FieldError> errors = new ArrayList<>();
        if (command == null) {
            return List.of(new FieldError("body", "a source is required: {\"connector\": ..., \"settings\": {...}}"));
        }
        String connector = command.connector();
        if (connector == null || !REQUIRED_URL.containsKey(connector)) {
            errors.add(new FieldError("connector", "must be rss, mastodon or bluesky, not '" + connector + "'"));
        }
        if (sourceId == null || !ID.matcher(sourceId).matches()) {
            errors.add(new FieldError("id", "must look like rss:onet-biznes (connector, colon, a name)"));
        } else if (connector != null && !sourceId.startsWith(connector + ":")) {
            errors.add(new FieldError("id", "must start with the connector's name: " + connector + ":..."));
        }
        Map<String, String> settings = command.settings() == null ? Map.of() : command.settings();
        String urlSetting = connector == null ? "" : REQUIRED_URL.getOrDefault(connector, "");
        if (!urlSetting.isEmpty() && blank(settings.get(urlSetting))) {
            errors.add(new FieldError("settings." + urlSetting, "is required for a " + connector + " source"));
        }
        for (String name : List.of("url", "instance", "endpoint")) {
            String value = settings.get(name);
            if (!blank(value) && !isWebUrl(value)) {
                errors.add(new FieldError("settings." + name, "must be an http(s) or ws(s) URL, not '" + value + "'"));
            }
        }
        String poll = settings.get("pollSeconds");
        if (!blank(poll) && !isNumberBetween(poll, 1, MAX_POLL_SECONDS)) {
            errors.add(new FieldError("settings.pollSeconds", "must be a whole number from 1 to " + MAX_POLL_SECONDS));
        }
        if (command.brandIds() != null) {
            for (String brandId : command.brandIds()) {
                if (brandId == null || !BRAND_ID.matcher(brandId).matches()) {
                    errors.add(new FieldError("brandIds", "must be brand ids, not '" + brandId + "'"));
                }
            }
        }
        return errors;
    }

    private static boolean blank(String value) {
        return value == null || value.isBlank();
    }

    private static boolean isWebUrl(String value) {
        try {
            URI uri = new URI(value.trim());
            String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
            return List.of("http", "https", "ws", "wss").contains(scheme) && uri.getHost() != null;
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static boolean isNumberBetween(String value, int min, int max) {
        try {
            int number = Integer.parseInt(value.trim());
            return number >= min && number <= max;
        } catch (NumberFormatException e) {
            return false;
        }
    }
}
