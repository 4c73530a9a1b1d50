package io.flarewatch.sentiment;

import java.util.Locale;

/** Emotions a mention expresses. */
public enum Emotion {
    ANGER,
    DISAPPOINTMENT,
    JOY;

    /** The lowercase name used on the wire, e.g. {@code anger}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
