package io.flarewatch.detector;

/** A brand's alerting preset: how far above normal a brand must go before the team is told. */
public enum Sensitivity {
    /** Only big, clear storms. */
    FEWER(new Thresholds(5.0, 2.0, 15, 0.30)),
    /** The default. */
    BALANCED(new Thresholds(4.0, 1.5, 10, 0.20)),
    /** Also smaller flare-ups; expect more alerts. */
    MORE(new Thresholds(3.5, 1.25, 6, 0.12));

    private final Thresholds thresholds;

    Sensitivity(Thresholds thresholds) {
        this.thresholds = thresholds;
    }

    /** The thresholds of this preset. */
    public Thresholds thresholds() {
        return thresholds;
    }
}
