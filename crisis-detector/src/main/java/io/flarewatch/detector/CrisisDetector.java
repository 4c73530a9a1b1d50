package io.flarewatch.detector;

import java.time.Duration;
import java.util.Locale;
import java.util.Optional;

/** Decides, bucket by bucket, whether a brand is in a crisis; pure and deterministic (see the package docs). */
public final class CrisisDetector {

    /** The negative share assumed for a brand before it has shown its own. */
    static final double PRIOR_NEGATIVE_SHARE = 0.15;
    /** The volume assumed for a brand never seen before, per bucket. */
    static final double PRIOR_LEVEL = 1.0;
    /** After an all clear, a new incident this soon must be bigger than the last one: else it is the same story. */
    static final Duration SAME_STORY = Duration.ofHours(24);
    /** A burst's volume must be at least this many deviations above its expectation, however negative the talk. */
    static final double VOLUME_FLOOR = 1.0;
    /** The CUSUM ignores excesses below this many deviations: ordinary wobble does not accumulate. */
    static final double CUSUM_DRIFT = 1.0;
    /** One bucket adds at most this many deviations to the CUSUM: single spikes are the burst test's job. */
    static final double CUSUM_CLIP = 4.0;
    /** A brand is "learning" until a full day of buckets has shown it every hour of the day once. */
    static final double LEARNING_HOURS = 24;
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
        this.calmBucketsToResolve = (int) Math.max(
                2,
                Math.ceil((double) settings.calmToResolve().toMillis()
                        / settings.bucketSize().toMillis()));
    }

    /** The state of a brand never seen before. */
    public DetectorState initialState() {
        return DetectorState.initial(PRIOR_LEVEL, PRIOR_NEGATIVE_SHARE);
    }

    /**
     * Whether a stored state can be used; a state saved by an older version of the detector (other fields) cannot,
     * and the brand starts learning again rather than stopping the service.
     */
    public boolean readable(DetectorState state) {
        return state != null
                && state.hourOfDay() != null
                && state.hourOfDay().length == DetectorState.HOURS_PER_DAY
                && state.hourOfDaySamples() != null
                && state.hourOfWeek() != null
                && state.hourOfWeek().length == DetectorState.HOURS_PER_WEEK
                && state.hourOfWeekSamples() != null;
    }

    /** A bucket that is complete: updates the baseline and the incident's lifecycle. */
    public Step onBucketClosed(DetectorState state, Bucket bucket) {
        Assessment assessment = assess(state, bucket, true);
        DetectorState learned = peaks.learn(
                        baseline.learn(state, bucket, state.open() || assessment.crisis()),
                        bucket.start(),
                        bucket.mentions())
                .withCusum(assessment.cusum());
        if (!state.open()) {
            return openIfCrisis(learned, bucket, assessment);
        }
        learned = learned.withStoryPeak(assessment.effective());
        if (assessment.crisis()) {
            return updateIfGrown(learned.withCalmBuckets(0), bucket, assessment);
        }
        int calm = assessment.nearExpected() ? state.calmBuckets() + 1 : 0;
        if (calm >= calmBucketsToResolve) {
            String reason = "all clear: " + describe(bucket, assessment) + " for "
                    + ReasonFormat.duration(settings.calmToResolve());
            return new Step(
                    learned.resolved(bucket.start().toEpochMilli()),
                    Optional.of(decision(Transition.RESOLVED, learned.openSeverity(), bucket, assessment, reason)));
        }
        return new Step(learned.withCalmBuckets(calm), Optional.empty());
    }

    /** The bucket still being filled: may open or update an incident early, never changes the baseline. */
    public Step onPartialBucket(DetectorState state, Bucket partial) {
        Assessment assessment = assess(state, partial, false);
        if (!assessment.crisis()) {
            return new Step(state, Optional.empty());
        }
        return state.open() ? updateIfGrown(state, partial, assessment) : openIfCrisis(state, partial, assessment);
    }

    /**
     * A closed bucket re-counted with mentions that arrived late (within the allowed lateness): it may open an
     * incident it missed or update the open one, but never opens a second one and never re-teaches the baseline.
     */
    public Step onLateMentions(DetectorState state, Bucket recounted) {
        return onPartialBucket(state, recounted);
    }

    private Step openIfCrisis(DetectorState state, Bucket bucket, Assessment assessment) {
        if (!assessment.crisis()
                || settings.muteHours().mutes(bucket.start(), settings.zone())
                || sameStory(state, bucket, assessment)) {
            return new Step(state, Optional.empty());
        }
        String reason = describe(bucket, assessment);
        if (learning(state)) {
            // the team should know the band is still wide: the alert rests on negativity more than on volume
            reason += String.format(
                    Locale.ROOT, "; still learning the brand (%.0f h of history)", baseline.hoursSeen(state));
        }
        return new Step(
                state.opened(assessment.severity(), assessment.effective()),
                Optional.of(decision(Transition.OPENED, assessment.severity(), bucket, assessment, reason)));
    }

    /** A flare-up soon after an incident's all clear, and no bigger than it, is that incident's after-shock. */
    private static boolean sameStory(DetectorState state, Bucket bucket, Assessment assessment) {
        return state.storyEnd() > 0
                && bucket.start().toEpochMilli() - state.storyEnd() < SAME_STORY.toMillis()
                && assessment.effective() <= state.storyPeak();
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

    Assessment assess(DetectorState state, Bucket bucket, boolean closed) {
        Thresholds sensitivity = settings.thresholds();
        double expected = baseline.expected(state, bucket.start());
        double effective = bucket.cappedMentions();
        double z = baseline.surprise(state, bucket.start(), effective);
        double cusum = closed ? Math.max(0, state.cusum() + Math.min(z, CUSUM_CLIP) - CUSUM_DRIFT) : state.cusum();
        double usual = baseline.usualNegativeShare(state);
        double share = bucket.negativeShare();
        double negativeZ = Negativity.surprise(bucket, usual);
        // volume and negativity are independent evidence: with sentiment known, their Stouffer sum must reach the
        // threshold, so a clear rise of the negative share carries a volume rise that a wide band (little history)
        // cannot yet call unusual on its own; volume must still point up, and negativity must be clearly up
        double evidence = bucket.knowsNegativity() ? (z + Math.max(negativeZ, 0)) / Math.sqrt(2) : z;
        boolean burst = evidence >= sensitivity.deviations()
                && z >= VOLUME_FLOOR
                && effective - expected >= sensitivity.minimumExcess();
        boolean sustained = cusum >= sensitivity.cusumThreshold() && z > 0;
        // the usual-peaks rule tells a daily deal from a crisis when only volume is known; with sentiment known,
        // the negativity evidence does that job and a night-time rise far below the daytime peak still counts
        boolean crisis = (burst || sustained)
                && Negativity.high(bucket, usual, negativeZ, sensitivity)
                && (bucket.knowsNegativity()
                        || peaks.beyondUsualPeaks(state, bucket.start(), effective, sensitivity.peakShare()));
        boolean near = z <= CALM_DEVIATIONS
                || (bucket.knowsNegativity() && share < usual + sensitivity.negativeShareRise() / 2);
        return new Assessment(
                expected, effective, z, cusum, share, usual, crisis, near, severity(bucket, effective, expected));
    }

    /** Whether the brand is still learning its rhythm: fewer than {@link #LEARNING_HOURS} hours watched. */
    public boolean learning(DetectorState state) {
        return baseline.hoursSeen(state) < LEARNING_HOURS;
    }

    private static Severity severity(Bucket bucket, double effective, double expected) {
        double ratio = effective / Math.max(expected, 1.0);
        Severity severity =
                ratio < 4 ? Severity.LOW : ratio < 8 ? Severity.MEDIUM : ratio < 20 ? Severity.HIGH : Severity.CRITICAL;
        return bucket.negativeReach() >= WIDE_REACH ? severity.raised() : severity;
    }

    private AlertDecision decision(
            Transition transition, Severity severity, Bucket bucket, Assessment assessment, String reason) {
        return new AlertDecision(
                transition,
                severity,
                reason,
                bucket.start(),
                bucket.mentions(),
                assessment.expected(),
                assessment.share(),
                assessment.usualShare(),
                bucket.negativeReach(),
                bucket.distinctAuthors());
    }

    private String describe(Bucket bucket, Assessment assessment) {
        StringBuilder reason = new StringBuilder(String.format(
                Locale.ROOT,
                "%d mentions in %s vs %s expected",
                bucket.mentions(),
                ReasonFormat.duration(settings.bucketSize()),
                ReasonFormat.expected(assessment.expected())));
        if (bucket.knowsNegativity()) {
            reason.append(String.format(
                    Locale.ROOT,
                    "; %.0f%% negative vs %.0f%% usual",
                    100 * assessment.share(),
                    100 * assessment.usualShare()));
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
