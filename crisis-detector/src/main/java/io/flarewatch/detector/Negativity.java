package io.flarewatch.detector;

/** The negativity evidence of a bucket: how far its (per-author capped) negative mentions exceed the usual share. */
final class Negativity {

    /** A negative share counts as risen only when the excess of negatives is this many binomial deviations. */
    static final double NEGATIVE_DEVIATIONS = 3;

    private Negativity() {}

    /** How many binomial deviations the bucket's negative mentions lie above the usual share's; 0 when unknown. */
    static double surprise(Bucket bucket, double usual) {
        if (!bucket.knowsNegativity() || bucket.cappedMentions() == 0) {
            return 0;
        }
        double chance = Math.sqrt(bucket.cappedMentions() * usual * (1 - usual));
        return (bucket.cappedNegative() - bucket.cappedMentions() * usual) / chance;
    }

    /**
     * Whether the negative share is clearly above usual: by the preset's margin, beyond binomial chance, and with
     * enough negative mentions to matter; always true for volume-only series, which cannot tell.
     */
    static boolean high(Bucket bucket, double usual, double surprise, Thresholds thresholds) {
        if (!bucket.knowsNegativity()) {
            return true;
        }
        return bucket.cappedNegativeShare() >= usual + thresholds.negativeShareRise()
                && surprise >= NEGATIVE_DEVIATIONS
                && bucket.cappedNegative() * 2 >= thresholds.minimumExcess();
    }
}
