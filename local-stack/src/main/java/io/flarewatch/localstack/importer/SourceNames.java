package io.flarewatch.localstack.importer;

import java.util.Locale;
import java.util.regex.Pattern;

/** Turns the platform names of exports ("Twitter", "News/Blogs") into source names ingest accepts. */
final class SourceNames {

    /** Ingest's rule for the {@code source} field. */
    private static final Pattern VALID = Pattern.compile("[a-z0-9][a-z0-9_.-]{0,31}");

    private static final Pattern OTHER = Pattern.compile("[^a-z0-9_.-]+");
    private static final int MAX_LENGTH = 32;

    private SourceNames() {}

    static boolean isValid(String source) {
        return source != null && VALID.matcher(source).matches();
    }

    /** The source name of a platform, or null when nothing usable is left of it. */
    static String of(String platform) {
        if (platform == null) {
            return null;
        }
        String name = OTHER.matcher(platform.trim().toLowerCase(Locale.ROOT)).replaceAll("-");
        name = name.replaceAll("^[^a-z0-9]+", "").replaceAll("-+$", "");
        if (name.length() > MAX_LENGTH) {
            name = name.substring(0, MAX_LENGTH);
        }
        return isValid(name) ? name : null;
    }
}
