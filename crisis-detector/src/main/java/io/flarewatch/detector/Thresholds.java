package io.flarewatch.detector;

/**
 * How far above normal a brand must go before the team is told; the presets of {@link Sensitivity} are named sets.
 *
 * @param deviations        deviations above the expected volume at which a bucket is a burst; the CUSUM of
 *                          sustained excesses alarms at the same total ({@code deviations - CUSUM_DRIFT} beyond its
 *                          drift), so "four deviations at once or the same excess built up over several buckets"
 * @param peakShare         in volume-only series, a crisis needs a bucket above this multiple of the median daily
 *                          peak of the last two weeks (a brand with a spike every evening is not in a crisis at
 *                          the next)
 * @param minimumExcess     mentions above the expected volume a burst needs at least, however quiet the brand
 * @param negativeShareRise how far above the usual negative share (0..1) the current share must be
 */
public record Thresholds(double deviations, double peakShare, int minimumExcess, double negativeShareRise) {

    /** These thresholds with another burst threshold and peak share (what an evaluation may search over). */
    public Thresholds withVolume(double nextDeviations, double nextPeakShare) {
        return new Thresholds(nextDeviations, nextPeakShare, minimumExcess, negativeShareRise);
    }

    /** The CUSUM total at which a sustained rise alarms: the burst threshold less the drift each bucket must exceed. */
    public double cusumThreshold() {
        return deviations - CrisisDetector.CUSUM_DRIFT;
    }
}
