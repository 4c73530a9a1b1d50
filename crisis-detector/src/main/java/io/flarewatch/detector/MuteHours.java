package io.flarewatch.detector;

import java.time.Instant;
import java.time.LocalTime;
import java.time.ZoneId;

/**
 * Hours in which no new incident is opened (for example a brand whose team is not on duty at night), e.g.
 * {@code 23:00-07:00}. The baseline keeps learning during them.
 *
 * @param from start of the muted hours (inclusive)
 * @param to   end of the muted hours (exclusive); before {@code from} when they span midnight
 */
public record MuteHours(LocalTime from, LocalTime to) {

    /** No muted hours. */
    public static final MuteHours NONE = new MuteHours(LocalTime.MIDNIGHT, LocalTime.MIDNIGHT);

    /** Parses {@code HH:MM-HH:MM}; null or blank means none. */
    public static MuteHours parse(String text) {
        if (text == null || text.isBlank()) {
            return NONE;
        }
        String[] parts = text.trim().split("-");
        if (parts.length != 2) {
            throw new IllegalArgumentException("mute hours must look like 23:00-07:00, not '" + text + "'");
        }
        return new MuteHours(LocalTime.parse(parts[0].trim()), LocalTime.parse(parts[1].trim()));
    }

    /** Whether {@code time} falls in the muted hours in {@code zone}. */
    public boolean mutes(Instant time, ZoneId zone) {
        if (from.equals(to)) {
            return false;
        }
        LocalTime local = time.atZone(zone).toLocalTime();
        return from.isBefore(to)
                ? !local.isBefore(from) && local.isBefore(to)
                : !local.isBefore(from) || local.isBefore(to);
    }
}
