package io.flarewatch.detector;

/** A brand's alerting preset: how far above normal a brand must go before the team is told. */
public enum Sensitivity {
    /** Only big, clear storms. */
    FEWER(9.0, 15, 0.30),
    /** The default. */
    BALANCED(7.0, 10, 0.20),
    /** Also smaller flare-ups; expect more alerts. */
    MORE(5.5, 6, 0.12);

    private final double deviations;
    private final int minimumExcess;
    private final double negativeShareRise;

    Sensitivity(double deviations, int minimumExcess, double negativeShareRise) {
        this.deviations = deviations;
        this.minimumExcess = minimumExcess;
        this.negativeShareRise = negativeShareRise;
    }

    /** How many of the brand's typical log-scale spreads above the expected volume a crisis starts. */
    public double deviations() {
        return deviations;
    }

    /** How many mentions above the expected volume a crisis needs at least, however quiet the brand. */
    public int minimumExcess() {
        return minimumExcess;
    }

    /** How far above the usual negative share (0..1) the current share must be. */
    public double negativeShareRise() {
        return negativeShareRise;
    }
}
