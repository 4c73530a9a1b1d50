package io.flarewatch.sentiment;

import java.util.Locale;

/** The three sentiment labels. */
public enum SentimentLabel {
    NEGATIVE,
    NEUTRAL,
    POSITIVE;

    /** The lowercase name used on the wire, e.g. {@code negative}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
