package io.flarewatch.detector;

import java.time.Instant;

/**
 * What the detector decided about a bucket, with the numbers behind it.
 *
 * @param transition           opened, updated or resolved
 * @param severity             how bad
 * @param reason               why, in words a PR person reads
 * @param bucketStart          the bucket the decision is about
 * @param currentVolume        mentions in the bucket
 * @param expectedVolume       mentions expected in such a bucket
 * @param currentNegativeShare negative share in the bucket (0..1; 0 when unknown)
 * @param usualNegativeShare   the brand's usual negative share
 * @param reach                followers of the negative authors in the bucket
 * @param distinctAuthors      distinct authors in the bucket
 */
public record AlertDecision(
        Transition transition,
        Severity severity,
        String reason,
        Instant bucketStart,
        double currentVolume,
        double expectedVolume,
        double currentNegativeShare,
        double usualNegativeShare,
        long reach,
        long distinctAuthors) {}
