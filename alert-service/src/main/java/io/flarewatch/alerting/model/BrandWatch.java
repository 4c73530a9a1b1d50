package io.flarewatch.alerting.model;

import io.flarewatch.detector.DetectorState;
import io.flarewatch.events.AlertMention;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/**
 * Everything alert-service keeps about one brand, in one state store entry with a changelog: the detector's
 * baseline, the bucket being filled, the buckets closed within the allowed lateness, and the open incident.
 *
 * @param detector       the detector's state (baseline and lifecycle)
 * @param bucket         the bucket being filled
 * @param openAlertId    the id of the open incident, or null
 * @param topMentions    the posts to answer first, in the open incident or, without one, in the current bucket
 * @param recentlyClosed buckets closed within the allowed lateness, oldest first: late mentions still count there
 * @param lastMentionAt  when (wall clock) the brand's last mention was processed, or null
 */
public record BrandWatch(
        DetectorState detector,
        OpenBucket bucket,
        String openAlertId,
        List<AlertMention> topMentions,
        List<OpenBucket> recentlyClosed,
        Instant lastMentionAt) {

    /** A new watch with the detector's initial state and an empty bucket at {@code start}. */
    public static BrandWatch start(DetectorState initial, Instant start) {
        return new BrandWatch(initial, OpenBucket.empty(start), null, List.of(), List.of(), null);
    }

    /** This watch with another detector state. */
    public BrandWatch withDetector(DetectorState next) {
        return new BrandWatch(next, bucket, openAlertId, topMentions, recentlyClosed, lastMentionAt);
    }

    /** This watch with another bucket. */
    public BrandWatch withBucket(OpenBucket next) {
        return new BrandWatch(detector, next, openAlertId, topMentions, recentlyClosed, lastMentionAt);
    }

    /** This watch with an incident opened or closed (null). */
    public BrandWatch withOpenAlert(String alertId) {
        return new BrandWatch(detector, bucket, alertId, topMentions, recentlyClosed, lastMentionAt);
    }

    /** This watch with other top mentions. */
    public BrandWatch withTopMentions(List<AlertMention> next) {
        return new BrandWatch(detector, bucket, openAlertId, next, recentlyClosed, lastMentionAt);
    }

    /** This watch having processed a mention at {@code wallClock}. */
    public BrandWatch mentionedAt(Instant wallClock) {
        return new BrandWatch(detector, bucket, openAlertId, topMentions, recentlyClosed, wallClock);
    }

    /** This watch remembering {@code closed}, forgetting closed buckets that start before {@code oldest}. */
    public BrandWatch remember(OpenBucket closed, Instant oldest) {
        List<OpenBucket> kept = new ArrayList<>();
        for (OpenBucket b : closedBuckets()) {
            if (!b.start().isBefore(oldest)) {
                kept.add(b);
            }
        }
        if (!closed.start().isBefore(oldest)) {
            kept.add(closed);
        }
        return new BrandWatch(detector, bucket, openAlertId, topMentions, List.copyOf(kept), lastMentionAt);
    }

    /** The closed bucket starting at {@code start}, if it is still within the allowed lateness, else null. */
    public OpenBucket closedAt(Instant start) {
        return closedBuckets().stream()
                .filter(b -> b.start().equals(start))
                .findFirst()
                .orElse(null);
    }

    /** This watch with a remembered closed bucket replaced by its re-counted version. */
    public BrandWatch recounted(OpenBucket updated) {
        List<OpenBucket> next = closedBuckets().stream()
                .map(b -> b.start().equals(updated.start()) ? updated : b)
                .toList();
        return new BrandWatch(detector, bucket, openAlertId, topMentions, next, lastMentionAt);
    }

    private List<OpenBucket> closedBuckets() {
        return recentlyClosed == null ? List.of() : recentlyClosed;
    }
}
