package io.flarewatch.sentiment;

import java.util.Locale;

/** Language that shows a complaint may escalate beyond customer care. */
public enum Escalation {
    BOYCOTT,
    LEGAL_THREAT,
    GOING_PUBLIC;

    /** The lowercase name used on the wire, e.g. {@code boycott}. */
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
