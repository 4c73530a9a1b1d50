package io.flarewatch.alerting.model;

import io.flarewatch.detector.DetectorState;
import io.flarewatch.events.AlertMention;
import java.time.Instant;
import java.util.List;

/**
 * Everything alert-service keeps about one brand, in one state store entry with a changelog: the detector's
 * baseline, the bucket being filled, and the open incident if there is one.
 *
 * @param detector     the detector's state (baseline and lifecycle)
 * @param bucket       the bucket being filled
 * @param openAlertId  the id of the open incident, or null
 * @param topMentions  the posts to answer first, in the open incident or, without one, in the current bucket
 */
public record BrandWatch(DetectorState detector, OpenBucket bucket, String openAlertId, List<AlertMention> topMentions) {

    /** A new watch with the detector's initial state and an empty bucket at {@code start}. */
    public static BrandWatch start(DetectorState initial, Instant start) {
        return new BrandWatch(initial, OpenBucket.empty(start), null, List.of());
    }

    /** This watch with another detector state. */
    public BrandWatch withDetector(DetectorState next) {
        return new BrandWatch(next, bucket, openAlertId, topMentions);
    }

    /** This watch with another bucket. */
    public BrandWatch withBucket(OpenBucket next) {
        return new BrandWatch(detector, next, openAlertId, topMentions);
    }

    /** This watch with an incident opened or closed (null). */
    public BrandWatch withOpenAlert(String alertId) {
        return new BrandWatch(detector, bucket, alertId, topMentions);
    }

    /** This watch with other top mentions. */
    public BrandWatch withTopMentions(List<AlertMention> next) {
        return new BrandWatch(detector, bucket, openAlertId, next);
    }
}
