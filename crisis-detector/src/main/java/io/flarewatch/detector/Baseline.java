package io.flarewatch.detector;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/** The expected level of a brand's mentions, and how a closed bucket teaches it. */
final class Baseline {

    /** How far back the recent level looks: its exponential time constant. */
    static final Duration LEVEL_MEMORY = Duration.ofHours(24);
    /** Weight of the hour-of-week profile in the expectation once it is ready. */
    static final double PROFILE_WEIGHT = 0.5;
    /** An hour-of-week slot is trusted after this many hours' worth of buckets. */
    static final int PROFILE_READY_HOURS = 2;
    /** Counts are clipped to this many deviations above expectation before learning, so spikes do not teach. */
    static final double CLIP_DEVIATIONS = 3.0;
    /** Extra spread beyond Poisson: real mention counts vary more than a Poisson process. */
    static final double OVERDISPERSION = 0.5;
    /** The log-scale spread assumed before a brand has shown its own. */
    static final double PRIOR_SPREAD = 0.5;
    /** The smallest log-scale spread trusted, so that a very steady brand is not alarmed by a small wobble. */
    static final double MIN_SPREAD = 0.1;

    private final Duration bucket;
    private final ZoneId zone;
    private final double levelAlpha;
    private final int bucketsPerHour;

    Baseline(Duration bucket, ZoneId zone) {
        this.bucket = bucket;
        this.zone = zone;
        this.levelAlpha = Math.min(1.0, (double) bucket.toMillis() / LEVEL_MEMORY.toMillis());
        this.bucketsPerHour = (int) Math.max(1, Duration.ofHours(1).toMillis() / bucket.toMillis());
    }

    /** The mentions expected in the bucket starting at {@code start}. */
    double expected(DetectorState state, Instant start) {
        int slot = slot(start);
        if (state.hourOfWeekSamples()[slot] < PROFILE_READY_HOURS * bucketsPerHour) {
            return state.level();
        }
        return (1 - PROFILE_WEIGHT) * state.level() + PROFILE_WEIGHT * state.hourOfWeek()[slot];
    }

    /** The spread of a count around {@code expected}: Poisson with some overdispersion. */
    static double deviation(double expected) {
        return Math.sqrt(expected + 1 + Math.pow(OVERDISPERSION * expected, 2));
    }

    /** How far {@code count} lies above {@code expected}, in log-scale spreads beyond Poisson noise: a scale-free surprise. */
    static double surprise(double count, double expected, double spread) {
        // on a log scale a Poisson count of mean m wobbles by about 1 / (1 + m) in variance; the learned spread
        // mixes quiet night buckets, where that wobble dominates, with busy ones, so the wobble expected at
        // this bucket's own level is taken out and only the brand's extra variability remains
        double poissonVariance = 1 / (1 + expected);
        double beyondNoise = Math.sqrt(Math.max(spread * spread - poissonVariance, 0));
        return (scaled(count) - scaled(expected)) / Math.max(beyondNoise, MIN_SPREAD);
    }

    /** A count on the log scale where surprises are measured. */
    static double scaled(double count) {
        return Math.log1p(count);
    }

    /** The usual negative share, kept sane on small counts by a prior. */
    static double usualNegativeShare(DetectorState state) {
        return (state.negativeLevel() + CrisisDetector.PRIOR_NEGATIVE_SHARE) / (state.level() + 1);
    }

    /** The state after learning from a closed bucket; incident buckets teach the volume only, clipped. */
    DetectorState learn(DetectorState state, Bucket closed, boolean inIncident) {
        double expected = expected(state, closed.start());
        double clipped = Math.min(closed.mentions(), expected + CLIP_DEVIATIONS * deviation(expected));
        long seen = state.bucketsSeen() + 1;
        double alpha = Math.max(levelAlpha, 1.0 / seen);
        double level = state.level() + alpha * (clipped - state.level());
        double distance = Math.abs(scaled(closed.mentions()) - scaled(expected));
        double spread = state.spread() + alpha * (Math.min(distance, CLIP_DEVIATIONS * Math.max(state.spread(), MIN_SPREAD))
                - state.spread());
        double negativeLevel = state.negativeLevel();
        if (closed.knowsNegativity() && !inIncident) {
            double negative = closed.mentions() == 0 ? 0 : clipped * closed.negativeShare();
            negativeLevel += alpha * (negative - negativeLevel);
        }
        int slot = slot(closed.start());
        double[] profile = state.hourOfWeek().clone();
        int[] samples = state.hourOfWeekSamples().clone();
        samples[slot]++;
        double slotAlpha = Math.max(1.0 / (PROFILE_READY_HOURS * 2 * bucketsPerHour), 1.0 / samples[slot]);
        profile[slot] += slotAlpha * (clipped - profile[slot]);
        return state.withBaseline(seen, level, negativeLevel, spread, profile, samples);
    }

    private int slot(Instant start) {
        ZonedDateTime local = start.atZone(zone);
        DayOfWeek day = local.getDayOfWeek();
        return (day.getValue() - 1) * 24 + local.getHour();
    }

    Duration bucket() {
        return bucket;
    }
}
