package io.flarewatch.detector;

import java.time.Duration;
import java.time.ZoneId;
import java.time.ZoneOffset;

/**
 * How one brand is watched.
 *
 * @param bucketSize  the length of a bucket (1 minute live, 5 minutes in the NAB backtests)
 * @param thresholds  how far above normal a brand must go (a {@link Sensitivity} preset's, unless searched)
 * @param muteHours   hours in which no incident is opened
 * @param zone        the brand's time zone, for its daily rhythm and mute hours
 * @param calmToResolve how long the brand must be back near its expected level before an incident is resolved
 */
public record DetectorSettings(
        Duration bucketSize, Thresholds thresholds, MuteHours muteHours, ZoneId zone, Duration calmToResolve) {

    /** How long a brand must be calm before "all clear", unless set otherwise: long enough not to flap. */
    public static final Duration DEFAULT_CALM_TO_RESOLVE = Duration.ofHours(1);

    /** Balanced sensitivity, no mute hours, UTC, an hour of calm to resolve. */
    public static DetectorSettings defaults(Duration bucketSize) {
        return new DetectorSettings(
                bucketSize, Sensitivity.BALANCED.thresholds(), MuteHours.NONE, ZoneOffset.UTC, DEFAULT_CALM_TO_RESOLVE);
    }

    /** These settings with another sensitivity. */
    public DetectorSettings withSensitivity(Sensitivity next) {
        return withThresholds(next.thresholds());
    }

    /** These settings with other thresholds. */
    public DetectorSettings withThresholds(Thresholds next) {
        return new DetectorSettings(bucketSize, next, muteHours, zone, calmToResolve);
    }

    /** These settings with other mute hours. */
    public DetectorSettings withMuteHours(MuteHours next) {
        return new DetectorSettings(bucketSize, thresholds, next, zone, calmToResolve);
    }

    /** These settings with another calm period before "all clear". */
    public DetectorSettings withCalmToResolve(Duration next) {
        return new DetectorSettings(bucketSize, thresholds, muteHours, zone, next);
    }
}
