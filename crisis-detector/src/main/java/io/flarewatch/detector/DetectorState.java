package io.flarewatch.detector;

import java.util.Arrays;

/**
 * Everything the detector remembers about one brand: its baseline and its open incident. Immutable and
 * small (a few kilobytes as JSON), so that a Kafka Streams store can keep it with a changelog.
 *
 * @param bucketsSeen        closed buckets learned from
 * @param level              recent expected mentions per bucket (the brand's overall level)
 * @param negativeLevel      recent expected negative mentions per bucket (outside incidents)
 * @param squaredResidual    recent mean squared distance, on the log scale, between a bucket and its expectation
 * @param poissonVariance    recent mean of the log-scale variance Poisson noise alone explains ({@code 1 / (1 + m)})
 * @param hourOfDay          each hour of the day's count relative to the level (24 slots, shifted ratios)
 * @param hourOfDaySamples   how many buckets each hour-of-day slot has learned from
 * @param hourOfWeek         each hour of the week's count relative to the level (168 slots, Monday 00:00 first)
 * @param hourOfWeekSamples  how many buckets each hour-of-week slot has learned from
 * @param cusum              the one-sided CUSUM of standardised excess counts, for slow sustained rises
 * @param open               whether an incident is open
 * @param openSeverity       the severity last reported for the open incident, or null
 * @param reportedVolume     the volume last reported for the open incident
 * @param calmBuckets        closed buckets in a row near the expected level during the open incident
 * @param dailyPeaks         the largest bucket of each of the last days (a ring indexed by day number), or null
 * @param peakDay            the day number (days since 1970-01-01 in the brand's zone) of the newest ring entry
 * @param storyPeak          the largest volume of the current or last incident
 * @param storyEnd           when the last incident was resolved (epoch milliseconds), 0 if never
 */
public record DetectorState(
        long bucketsSeen,
        double level,
        double negativeLevel,
        double squaredResidual,
        double poissonVariance,
        double[] hourOfDay,
        int[] hourOfDaySamples,
        double[] hourOfWeek,
        int[] hourOfWeekSamples,
        double cusum,
        boolean open,
        Severity openSeverity,
        double reportedVolume,
        int calmBuckets,
        double[] dailyPeaks,
        long peakDay,
        double storyPeak,
        long storyEnd) {

    /** Slots of the daily profile: one per hour of the day. */
    public static final int HOURS_PER_DAY = 24;
    /** Slots of the weekly profile: one per hour of the week. */
    public static final int HOURS_PER_WEEK = 7 * 24;

    /** The state of a brand never seen before. */
    static DetectorState initial(double priorLevel, double priorNegativeShare) {
        return new DetectorState(
                0,
                priorLevel,
                priorLevel * priorNegativeShare,
                0,
                0,
                ones(HOURS_PER_DAY),
                new int[HOURS_PER_DAY],
                ones(HOURS_PER_WEEK),
                new int[HOURS_PER_WEEK],
                0,
                false,
                null,
                0,
                0,
                new double[PeakMemory.DAYS],
                0,
                0,
                0);
    }

    DetectorState withBaseline(
            long seen,
            double nextLevel,
            double nextNegativeLevel,
            double[] dispersionMoments,
            double[] day,
            int[] daySamples,
            double[] week,
            int[] weekSamples) {
        return new DetectorState(
                seen,
                nextLevel,
                nextNegativeLevel,
                dispersionMoments[0],
                dispersionMoments[1],
                day,
                daySamples,
                week,
                weekSamples,
                cusum,
                open,
                openSeverity,
                reportedVolume,
                calmBuckets,
                dailyPeaks,
                peakDay,
                storyPeak,
                storyEnd);
    }

    DetectorState withCusum(double next) {
        return new DetectorState(
                bucketsSeen,
                level,
                negativeLevel,
                squaredResidual,
                poissonVariance,
                hourOfDay,
                hourOfDaySamples,
                hourOfWeek,
                hourOfWeekSamples,
                next,
                open,
                openSeverity,
                reportedVolume,
                calmBuckets,
                dailyPeaks,
                peakDay,
                storyPeak,
                storyEnd);
    }

    DetectorState withPeaks(double[] peaks, long day) {
        return new DetectorState(
                bucketsSeen,
                level,
                negativeLevel,
                squaredResidual,
                poissonVariance,
                hourOfDay,
                hourOfDaySamples,
                hourOfWeek,
                hourOfWeekSamples,
                cusum,
                open,
                openSeverity,
                reportedVolume,
                calmBuckets,
                peaks,
                day,
                storyPeak,
                storyEnd);
    }

    DetectorState reported(Severity severity, double volume) {
        return new DetectorState(
                bucketsSeen,
                level,
                negativeLevel,
                squaredResidual,
                poissonVariance,
                hourOfDay,
                hourOfDaySamples,
                hourOfWeek,
                hourOfWeekSamples,
                cusum,
                true,
                severity,
                volume,
                calmBuckets,
                dailyPeaks,
                peakDay,
                storyPeak,
                storyEnd);
    }

    DetectorState opened(Severity severity, double volume) {
        return new DetectorState(
                bucketsSeen,
                level,
                negativeLevel,
                squaredResidual,
                poissonVariance,
                hourOfDay,
                hourOfDaySamples,
                hourOfWeek,
                hourOfWeekSamples,
                0,
                true,
                severity,
                volume,
                0,
                dailyPeaks,
                peakDay,
                volume,
                storyEnd);
    }

    DetectorState withCalmBuckets(int calm) {
        return new DetectorState(
                bucketsSeen,
                level,
                negativeLevel,
                squaredResidual,
                poissonVariance,
                hourOfDay,
                hourOfDaySamples,
                hourOfWeek,
                hourOfWeekSamples,
                cusum,
                open,
                openSeverity,
                reportedVolume,
                calm,
                dailyPeaks,
                peakDay,
                storyPeak,
                storyEnd);
    }

    DetectorState resolved(long at) {
        return new DetectorState(
                bucketsSeen,
                level,
                negativeLevel,
                squaredResidual,
                poissonVariance,
                hourOfDay,
                hourOfDaySamples,
                hourOfWeek,
                hourOfWeekSamples,
                0,
                false,
                null,
                0,
                0,
                dailyPeaks,
                peakDay,
                storyPeak,
                at);
    }

    DetectorState withStoryPeak(double volume) {
        return new DetectorState(
                bucketsSeen,
                level,
                negativeLevel,
                squaredResidual,
                poissonVariance,
                hourOfDay,
                hourOfDaySamples,
                hourOfWeek,
                hourOfWeekSamples,
                cusum,
                open,
                openSeverity,
                reportedVolume,
                calmBuckets,
                dailyPeaks,
                peakDay,
                Math.max(storyPeak, volume),
                storyEnd);
    }

    private static double[] ones(int slots) {
        double[] ratios = new double[slots];
        Arrays.fill(ratios, 1.0);
        return ratios;
    }
}
