package io.flarewatch.detector;

import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;

/**
 * The expected count of a brand's mentions and its uncertainty (Poisson noise, the brand's over-dispersion and
 * what is not yet known about the hour's rhythm), and how a closed bucket teaches them.
 */
final class Baseline {

    /** How far back the overall level looks: its exponential time constant. */
    static final Duration LEVEL_MEMORY = Duration.ofHours(24);
    /**
     * How far back the over-dispersion looks: a week, one full cycle of the weekly rhythm. It is a trait of the
     * brand, not of its day: with a day's memory the band narrowed after every quiet day and widened after every
     * noisy one.
     */
    static final Duration DISPERSION_MEMORY = Duration.ofDays(7);
    /** Profiles are ratios of (count + shift) to (level + shift), so that a quiet brand's zeros stay finite. */
    static final double RATIO_SHIFT = 1.0;
    /** An hour slot's own ratio weighs as much as its prior after this many hours of buckets in the slot. */
    static final double SLOT_PRIOR_HOURS = 1.0;
    /** An hour-of-day slot remembers about a week of days (one hour of buckets each day). */
    static final double DAY_SLOT_MEMORY_HOURS = 7.0;
    /** An hour-of-week slot remembers about four weeks. */
    static final double WEEK_SLOT_MEMORY_HOURS = 4.0;
    /**
     * Before an hour has been seen, its count may be several times the level or a fraction of it (a morning
     * after a night): the log-ratio's prior variance, (ln 3)^2, i.e. a factor of three within one deviation.
     */
    static final double RHYTHM_PRIOR_VARIANCE = Math.pow(Math.log(3), 2);
    /** The over-dispersion assumed before a brand shows its own: (ln 2)^2, a factor of two within one deviation. */
    static final double PRIOR_DISPERSION = Math.pow(Math.log(2), 2);
    /** The prior over-dispersion weighs as much as this many hours of the brand's own buckets. */
    static final double PRIOR_DISPERSION_HOURS = 6.0;
    /** The prior negative share weighs as much as this many of the brand's own mentions. */
    static final double PRIOR_SHARE_MENTIONS = 20;
    /** Counts are clipped to this many deviations above expectation before learning, so spikes do not teach. */
    static final double CLIP_DEVIATIONS = 3.0;

    private final ZoneId zone;
    private final double levelAlpha;
    private final double dispersionAlpha;
    private final double bucketsPerHour;
    private final double levelMemoryBuckets;

    Baseline(Duration bucket, ZoneId zone) {
        this.zone = zone;
        this.levelAlpha = Math.min(1.0, (double) bucket.toMillis() / LEVEL_MEMORY.toMillis());
        this.dispersionAlpha = Math.min(1.0, (double) bucket.toMillis() / DISPERSION_MEMORY.toMillis());
        this.bucketsPerHour = Math.max(1.0, (double) Duration.ofHours(1).toMillis() / bucket.toMillis());
        this.levelMemoryBuckets = (double) LEVEL_MEMORY.toMillis() / bucket.toMillis();
    }

    /** The mentions expected in the bucket starting at {@code start}. */
    double expected(DetectorState state, Instant start) {
        return Math.max(0, (state.level() + RATIO_SHIFT) * rhythm(state, start) - RATIO_SHIFT);
    }

    /**
     * How far {@code count} lies above the expectation, in deviations on the log scale: {@code log(1 + count)}
     * of a Poisson count whose mean carries multiplicative (log-normal) over-dispersion has a variance of about
     * {@code 1 / (1 + m)} (Poisson) plus the brand's over-dispersion plus what is not yet known of the hour's rhythm.
     */
    double surprise(DetectorState state, Instant start, double count) {
        double expected = expected(state, start);
        return (Math.log1p(count) - Math.log1p(expected)) / Math.sqrt(logVariance(state, start, expected));
    }

    /** The count at {@code deviations} deviations above the expectation: the edge of the expected band. */
    double band(DetectorState state, Instant start, double deviations) {
        double expected = expected(state, start);
        return (1 + expected) * Math.exp(deviations * Math.sqrt(logVariance(state, start, expected))) - 1;
    }

    private double logVariance(DetectorState state, Instant start, double expected) {
        int hour = hourOfDay(start);
        int week = hourOfWeek(start);
        // what is not known about this hour's rhythm shrinks as the slots fill: a new brand has a wide band
        double rhythmVariance = RHYTHM_PRIOR_VARIANCE
                * unknown(state.hourOfDaySamples()[hour])
                * unknown(state.hourOfWeekSamples()[week]);
        return 1 / (1 + expected) + dispersion(state) + rhythmVariance;
    }

    /** The brand's over-dispersion (log-scale variance beyond Poisson), shrunk towards a wide prior. */
    double dispersion(DetectorState state) {
        // the mean absolute distance, robust to the heavy tail of mention counts, times sqrt(pi / 2) is a deviation
        double typical = state.squaredResidual() * Math.sqrt(Math.PI / 2);
        double observed = Math.max(0, typical * typical - state.poissonVariance());
        // the brand's own estimate weighs at most a day against the prior's six hours, however long it remembers:
        // the prior keeps a floor under the band of a brand that has been calm for days
        double hours = Math.min(state.bucketsSeen() / bucketsPerHour, LEVEL_MEMORY.toHours());
        return (PRIOR_DISPERSION_HOURS * PRIOR_DISPERSION + hours * observed) / (PRIOR_DISPERSION_HOURS + hours);
    }

    /** Hours of buckets the brand has been watched. */
    double hoursSeen(DetectorState state) {
        return state.bucketsSeen() / bucketsPerHour;
    }

    /**
     * The usual negative share: the brand's own over the mentions of its remembered history, shrunk towards a prior
     * worth {@link #PRIOR_SHARE_MENTIONS} mentions, so that a quiet brand's share is its own, not the prior's.
     */
    double usualNegativeShare(DetectorState state) {
        double remembered = Math.min(state.bucketsSeen(), levelMemoryBuckets);
        return (state.negativeLevel() * remembered + CrisisDetector.PRIOR_NEGATIVE_SHARE * PRIOR_SHARE_MENTIONS)
                / (state.level() * remembered + PRIOR_SHARE_MENTIONS);
    }

    /** The state after learning from a closed bucket; incident buckets teach the volume only, clipped. */
    DetectorState learn(DetectorState state, Bucket closed, boolean inIncident) {
        double expected = expected(state, closed.start());
        // nothing is known before a brand's first bucket, so there is no spike to clip it against
        double clipped = state.bucketsSeen() == 0
                ? closed.mentions()
                : Math.min(closed.mentions(), band(state, closed.start(), CLIP_DEVIATIONS));
        double distance = Math.log1p(clipped) - Math.log1p(expected);
        long seen = state.bucketsSeen() + 1;
        double alpha = Math.max(levelAlpha, 1.0 / seen);
        double level = state.level() + alpha * (clipped - state.level());
        double spread = Math.max(dispersionAlpha, 1.0 / seen);
        double[] moments = {
            state.squaredResidual() + spread * (Math.abs(distance) - state.squaredResidual()),
            state.poissonVariance() + spread * (1 / (1 + expected) - state.poissonVariance())
        };
        double negativeLevel = state.negativeLevel();
        if (closed.knowsNegativity() && !inIncident) {
            double negative = closed.mentions() == 0 ? 0 : clipped * closed.negativeShare();
            negativeLevel += alpha * (negative - negativeLevel);
        }
        // a brand's first bucket is its level: against the empty level before it, any count would look like a
        // rhythm hundreds of times the usual and inflate its hour's expectation for the rest of the day
        double reference = state.bucketsSeen() == 0 ? level : state.level();
        double ratio = (clipped + RATIO_SHIFT) / (reference + RATIO_SHIFT);
        double[] day = state.hourOfDay().clone();
        int[] daySamples = state.hourOfDaySamples().clone();
        learnSlot(day, daySamples, hourOfDay(closed.start()), ratio, DAY_SLOT_MEMORY_HOURS);
        double[] week = state.hourOfWeek().clone();
        int[] weekSamples = state.hourOfWeekSamples().clone();
        learnSlot(week, weekSamples, hourOfWeek(closed.start()), ratio, WEEK_SLOT_MEMORY_HOURS);
        return state.withBaseline(seen, level, negativeLevel, moments, day, daySamples, week, weekSamples);
    }

    /** The bucket's ratio to the level: the hour of the week shrunk towards the hour of the day, that towards 1. */
    private double rhythm(DetectorState state, Instant start) {
        int hour = hourOfDay(start);
        int week = hourOfWeek(start);
        double daily = shrink(state.hourOfDay()[hour], state.hourOfDaySamples()[hour], DAY_SLOT_MEMORY_HOURS, 1.0);
        return shrink(state.hourOfWeek()[week], state.hourOfWeekSamples()[week], WEEK_SLOT_MEMORY_HOURS, daily);
    }

    private double shrink(double own, int samples, double memoryHours, double prior) {
        double n = Math.min(samples, memoryHours * bucketsPerHour);
        double weight = n / (n + SLOT_PRIOR_HOURS * bucketsPerHour);
        return prior + weight * (own - prior);
    }

    /** The share of a slot's rhythm still unknown after {@code samples} buckets. */
    private double unknown(int samples) {
        return SLOT_PRIOR_HOURS * bucketsPerHour / (samples + SLOT_PRIOR_HOURS * bucketsPerHour);
    }

    private void learnSlot(double[] ratios, int[] samples, int slot, double ratio, double memoryHours) {
        samples[slot]++;
        double alpha = Math.max(1.0 / samples[slot], 1.0 / (memoryHours * bucketsPerHour));
        ratios[slot] += alpha * (ratio - ratios[slot]);
    }

    private int hourOfDay(Instant start) {
        return start.atZone(zone).getHour();
    }

    private int hourOfWeek(Instant start) {
        ZonedDateTime local = start.atZone(zone);
        return (local.getDayOfWeek().getValue() - 1) * 24 + local.getHour();
    }
}
