package io.flarewatch.detector;

/** How bad an incident is, from a flare-up worth a look to a backlash that needs everyone. */
public enum Severity {
    LOW,
    MEDIUM,
    HIGH,
    CRITICAL;

    /** One level up, at most {@link #CRITICAL}. */
    public Severity raised() {
        return this == CRITICAL ? CRITICAL : values()[ordinal() + 1];
    }
}
