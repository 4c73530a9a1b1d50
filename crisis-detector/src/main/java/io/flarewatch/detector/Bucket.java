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
 * @param cappedMentions  mentions counting at most {@link #MENTIONS_PER_AUTHOR} per author (a brigade guard)
 * @param cappedNegative  negative mentions counting at most {@link #MENTIONS_PER_AUTHOR} per author
 */
public record Bucket(
        Instant start,
        long mentions,
        long negative,
        long negativeReach,
        long distinctAuthors,
        Map<String, Long> categories,
        long cappedMentions,
        long cappedNegative) {

    /** At most this many mentions per author count towards a crisis: fifty posts of one account are one voice. */
    public static final int MENTIONS_PER_AUTHOR = 3;

    /**
     * A bucket whose per-author counts are unknown: at most {@link #MENTIONS_PER_AUTHOR} per distinct author in
     * total, as if the mentions were spread evenly over the authors (0 authors: unknown, nothing capped).
     */
    public Bucket(
            Instant start,
            long mentions,
            long negative,
            long negativeReach,
            long distinctAuthors,
            Map<String, Long> categories) {
        this(
                start,
                mentions,
                negative,
                negativeReach,
                distinctAuthors,
                categories,
                distinctAuthors > 0 ? Math.min(mentions, distinctAuthors * MENTIONS_PER_AUTHOR) : mentions,
                distinctAuthors > 0 && negative >= 0
                        ? Math.min(negative, distinctAuthors * MENTIONS_PER_AUTHOR)
                        : negative);
    }

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

    /** The share of negative mentions among the capped ones: what a crowd, not one loud account, says. */
    public double cappedNegativeShare() {
        return knowsNegativity() && cappedMentions > 0 ? (double) cappedNegative / cappedMentions : 0;
    }
}
