package io.flarewatch.detector;

import java.util.Locale;
import java.util.Optional;

/** Decides, bucket by bucket, whether a brand is in a crisis; pure and deterministic (see the package docs). */
public final class CrisisDetector {

    /** The negative share assumed for a brand before it has shown its own. */
    static final double PRIOR_NEGATIVE_SHARE = 0.15;
    /** The volume assumed for a brand never seen before, per bucket. */
    static final double PRIOR_LEVEL = 1.0;
    /** Even a very spread-out brand needs this many Poisson deviations above expectation. */
    static final double POISSON_DEVIATIONS = 3;
    /** A brigade guard: at most this many mentions per distinct author count toward a crisis. */
    static final int MENTIONS_PER_AUTHOR = 3;
    /** Near-expected means within this many deviations of the expected volume. */
    static final double CALM_DEVIATIONS = 1.5;
    /** Followers of negative authors from which a crisis is one level more severe. */
    static final long WIDE_REACH = 100_000;
    /** An open incident is UPDATED when its volume reaches this multiple of the volume last reported. */
    static final double GROWTH_TO_UPDATE = 2.0;

    private final DetectorSettings settings;
    private final Baseline baseline;
    private final PeakMemory peaks;
    private final int calmBucketsToResolve;

    /** A detector with the given settings. */
    public CrisisDetector(DetectorSettings settings) {
        this.settings = settings;
        this.baseline = new Baseline(settings.bucketSize(), settings.zone());
        this.peaks = new PeakMemory(settings.zone());
        this.calmBucketsToResolve = (int) Math.max(2,
                Math.ceil((double) settings.calmToResolve().toMillis() / settings.bucketSize().toMillis()));
    }

    /** The state of a brand never seen before. */
    public DetectorState initialState() {
        return DetectorState.initial(PRIOR_LEVEL, PRIOR_NEGATIVE_SHARE);
    }

    /** A bucket that is complete: updates the baseline and the incident's lifecycle. */
    public Step onBucketClosed(DetectorState state, Bucket bucket) {
        Assessment assessment = assess(state, bucket);
        DetectorState learned = peaks.learn(baseline.learn(state, bucket, state.open() || assessment.crisis()), bucket.start(),
                bucket.mentions());
        if (!state.open()) {
            return openIfCrisis(learned, bucket, assessment);
        }
        if (assessment.crisis()) {
            return updateIfGrown(learned.withCalmBuckets(0), bucket, assessment);
        }
        int calm = assessment.nearExpected() ? state.calmBuckets() + 1 : 0;
        if (calm >= calmBucketsToResolve) {
            return new Step(learned.resolved(), Optional.of(decision(Transition.RESOLVED, learned.openSeverity(), bucket,
                    assessment, "all clear: " + describe(bucket, assessment) + " for " + ReasonFormat.duration(settings.calmToResolve()))));
        }
        return new Step(learned.withCalmBuckets(calm), Optional.empty());
    }

    /** The bucket still being filled: may open or update an incident early, never changes the baseline. */
    public Step onPartialBucket(DetectorState state, Bucket partial) {
        Assessment assessment = assess(state, partial);
        if (!assessment.crisis()) {
            return new Step(state, Optional.empty());
        }
        return state.open() ? updateIfGrown(state, partial, assessment) : openIfCrisis(state, partial, assessment);
    }

    private Step openIfCrisis(DetectorState state, Bucket bucket, Assessment assessment) {
        if (!assessment.crisis() || settings.muteHours().mutes(bucket.start(), settings.zone())) {
            return new Step(state, Optional.empty());
        }
        return new Step(state.opened(assessment.severity(), assessment.effective()),
                Optional.of(decision(Transition.OPENED, assessment.severity(), bucket, assessment, describe(bucket, assessment))));
    }

    private Step updateIfGrown(DetectorState state, Bucket bucket, Assessment assessment) {
        boolean escalated = assessment.severity().compareTo(state.openSeverity()) > 0;
        boolean grown = assessment.effective() >= GROWTH_TO_UPDATE * state.reportedVolume();
        if (!escalated && !grown) {
            return new Step(state, Optional.empty());
        }
        Severity severity = escalated ? assessment.severity() : state.openSeverity();
        String reason = (escalated ? "escalated to " + severity.name().toLowerCase(Locale.ROOT) + ": " : "growing: ")
                + describe(bucket, assessment);
        DetectorState next = state.reported(severity, assessment.effective());
        return new Step(next, Optional.of(decision(Transition.UPDATED, severity, bucket, assessment, reason)));
    }

    Assessment assess(DetectorState state, Bucket bucket) {
        Sensitivity sensitivity = settings.sensitivity();
        double expected = baseline.expected(state, bucket.start());
        double effective = bucket.distinctAuthors() > 0
                ? Math.min(bucket.mentions(), (double) bucket.distinctAuthors() * MENTIONS_PER_AUTHOR)
                : bucket.mentions();
        double deviation = Baseline.deviation(expected);
        double threshold = expected + Math.max(POISSON_DEVIATIONS * deviation, sensitivity.minimumExcess());
        boolean surprising = Baseline.surprise(effective, expected, state.spread()) >= sensitivity.deviations();
        double usual = Baseline.usualNegativeShare(state);
        double share = bucket.negativeShare();
        boolean negativityHigh = !bucket.knowsNegativity()
                || (share >= usual + sensitivity.negativeShareRise() && bucket.negative() * 2 >= sensitivity.minimumExcess());
        boolean crisis = effective >= threshold && surprising && negativityHigh
                && peaks.beyondUsualPeaks(state, bucket.start(), effective);
        boolean near = effective <= expected + CALM_DEVIATIONS * deviation
                || (bucket.knowsNegativity() && share < usual + sensitivity.negativeShareRise() / 2);
        return new Assessment(expected, effective, threshold, share, usual, crisis, near, severity(bucket, effective, expected));
    }

    private static Severity severity(Bucket bucket, double effective, double expected) {
        double ratio = effective / Math.max(expected, 1.0);
        Severity severity = ratio < 4 ? Severity.LOW : ratio < 8 ? Severity.MEDIUM : ratio < 20 ? Severity.HIGH : Severity.CRITICAL;
        return bucket.negativeReach() >= WIDE_REACH ? severity.raised() : severity;
    }

    private AlertDecision decision(Transition transition, Severity severity, Bucket bucket, Assessment assessment, String reason) {
        return new AlertDecision(transition, severity, reason, bucket.start(), bucket.mentions(), assessment.expected(),
                assessment.share(), assessment.usualShare(), bucket.negativeReach(), bucket.distinctAuthors());
    }

    private String describe(Bucket bucket, Assessment assessment) {
        StringBuilder reason = new StringBuilder(String.format(Locale.ROOT, "%d mentions in %s vs %.0f expected",
                bucket.mentions(), ReasonFormat.duration(settings.bucketSize()), assessment.expected()));
        if (bucket.knowsNegativity()) {
            reason.append(String.format(Locale.ROOT, "; %.0f%% negative vs %.0f%% usual",
                    100 * assessment.share(), 100 * assessment.usualShare()));
        }
        if (bucket.negativeReach() > 0) {
            reason.append("; reach ").append(ReasonFormat.count(bucket.negativeReach()));
        }
        if (bucket.distinctAuthors() > 0) {
            reason.append("; ").append(bucket.distinctAuthors()).append(" authors");
        }
        return reason.toString();
    }
}
