package io.flarewatch.detector;

/** The negativity evidence of a bucket: how far its (per-author capped) negative mentions exceed the usual share. */
final class Negativity {

    /** A negative share counts as risen only when the excess of negatives is this many binomial deviations. */
    static final double NEGATIVE_DEVIATIONS = 3;

    private Negativity() {}

    /**
     * How many deviations the bucket's negative mentions lie above the usual share's; 0 when unknown. The usual
     * share is itself an estimate from {@code evidence} mentions, so the spread is beta-binomial: binomial chance
     * times {@code (evidence + n) / (evidence + 1)}. A brand with long history is judged as before (the factor is
     * about 1); one with a mention or two of history cannot call a share a rise that may simply be its ordinary talk.
     */
    static double surprise(Bucket bucket, double usual, double evidence) {
        if (!bucket.knowsNegativity() || bucket.cappedMentions() == 0) {
            return 0;
        }
        double n = bucket.cappedMentions();
        double chance = Math.sqrt(n * usual * (1 - usual) * (evidence + n) / (evidence + 1));
        return (bucket.cappedNegative() - n * usual) / chance;
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
