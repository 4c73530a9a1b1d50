package io.flarewatch.events;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/** Reads the golden JSON fixtures of the wire types; shared with the services' tests through the test jar. */
public final class Fixtures {

    /** The fixture of {@link MentionIngested}. */
    public static final String MENTION_INGESTED = "mention-ingested.json";
    /** The fixture of {@link ScoredMention}. */
    public static final String MENTION_SCORED = "mention-scored.json";
    /** The fixture of {@link BrandDefinition}. */
    public static final String BRAND_CHANGED = "brand-changed.json";
    /** The fixture of {@link CrisisAlert}. */
    public static final String CRISIS_ALERT = "crisis-alert.json";

    private Fixtures() {}

    /** The text of a fixture. */
    public static String json(String name) {
        try (InputStream in = Fixtures.class.getResourceAsStream("/fixtures/" + name)) {
            if (in == null) {
                throw new IllegalArgumentException("no fixture " + name);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A fixture read as its wire type. */
    public static <T> T read(String name, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json(name), type);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
