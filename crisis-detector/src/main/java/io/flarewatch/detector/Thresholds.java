package io.flarewatch.detector;

/**
 * How far above normal a brand must go before the team is told; the presets of {@link Sensitivity} are named sets.
 *
 * @param deviations        deviations (of the negative-binomial band) above the expected volume at which a burst starts
 * @param cusumThreshold    the CUSUM of standardised excess counts at which a slow sustained rise counts
 * @param peakShare         a crisis needs a bucket above this multiple of the brand's median daily peak (two weeks)
 * @param minimumExcess     mentions above the expected volume a burst needs at least, however quiet the brand
 * @param negativeShareRise how far above the usual negative share (0..1) the current share must be
 */
public record Thresholds(double deviations, double cusumThreshold, double peakShare, int minimumExcess, double negativeShareRise) {

    /** These thresholds with other burst and CUSUM thresholds (what an evaluation may search over). */
    public Thresholds withVolume(double nextDeviations, double nextCusum, double nextPeakShare) {
        return new Thresholds(nextDeviations, nextCusum, nextPeakShare, minimumExcess, negativeShareRise);
    }
}
