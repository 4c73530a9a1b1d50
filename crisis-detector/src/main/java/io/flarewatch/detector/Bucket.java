package io.flarewatch.detector;

import java.time.Instant;
import java.util.Map;

/**
 * A brand's activity in one time bucket.
 *
 * @param start           when the bucket begins
 * @param mentions        mentions in the bucket
 * @param negative        negative mentions, or {@link #UNKNOWN} when the series carries no sentiment
 * @param negativeReach   followers of the authors of the negative mentions (0 when unknown)
 * @param distinctAuthors distinct authors (0 when unknown)
 * @param categories      complaint categories and their counts
 */
public record Bucket(Instant start, long mentions, long negative, long negativeReach, long distinctAuthors,
        Map<String, Long> categories) {

    /** The value of {@code negative} when the series has no sentiment. */
    public static final long UNKNOWN = -1;

    /** A bucket of a volume-only series. */
    public static Bucket volumeOnly(Instant start, long mentions) {
        return new Bucket(start, mentions, UNKNOWN, 0, 0, Map.of());
    }

    /** Whether the bucket says how many mentions were negative. */
    public boolean knowsNegativity() {
        return negative >= 0;
    }

    /** The share of negative mentions, 0 when there were none or it is unknown. */
    public double negativeShare() {
        return knowsNegativity() && mentions > 0 ? (double) negative / mentions : 0;
    }
}
