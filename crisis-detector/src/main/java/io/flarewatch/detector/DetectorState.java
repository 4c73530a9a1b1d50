package io.flarewatch.detector;

/**
 * Everything the detector remembers about one brand: its baseline and its open incident. Immutable and
 * small (a few kilobytes as JSON), so that a Kafka Streams store can keep it with a changelog.
 *
 * @param bucketsSeen        closed buckets learned from
 * @param level              recent expected mentions per bucket
 * @param negativeLevel      recent expected negative mentions per bucket (outside incidents)
 * @param spread             recent typical distance, on a log scale, between a bucket and its expectation
 * @param hourOfWeek         expected mentions per bucket for each hour of the week (168 slots, Monday 00:00 first)
 * @param hourOfWeekSamples  how many buckets each slot has learned from
 * @param open               whether an incident is open
 * @param openSeverity       the severity last reported for the open incident, or null
 * @param reportedVolume     the volume last reported for the open incident
 * @param calmBuckets        closed buckets in a row near the expected level during the open incident
 * @param dailyPeaks         the largest bucket of each of the last days (a ring indexed by day number), or null
 * @param peakDay            the day number (days since 1970-01-01 in the brand's zone) of the newest ring entry
 */
public record DetectorState(
        long bucketsSeen,
        double level,
        double negativeLevel,
        double spread,
        double[] hourOfWeek,
        int[] hourOfWeekSamples,
        boolean open,
        Severity openSeverity,
        double reportedVolume,
        int calmBuckets,
        double[] dailyPeaks,
        long peakDay) {

    /** Slots of the weekly profile: one per hour of the week. */
    public static final int HOURS_PER_WEEK = 7 * 24;

    /** The state of a brand never seen before. */
    static DetectorState initial(double priorLevel, double priorNegativeShare) {
        return new DetectorState(0, priorLevel, priorLevel * priorNegativeShare, Baseline.PRIOR_SPREAD, new double[HOURS_PER_WEEK],
                new int[HOURS_PER_WEEK], false, null, 0, 0,
                new double[PeakMemory.DAYS], 0);
    }

    DetectorState withBaseline(long seen, double nextLevel, double nextNegativeLevel, double nextSpread, double[] profile,
            int[] samples) {
        return new DetectorState(seen, nextLevel, nextNegativeLevel, nextSpread, profile, samples, open, openSeverity, reportedVolume,
                calmBuckets, dailyPeaks, peakDay);
    }

    DetectorState withPeaks(double[] peaks, long day) {
        return new DetectorState(bucketsSeen, level, negativeLevel, spread, hourOfWeek, hourOfWeekSamples, open, openSeverity,
                reportedVolume, calmBuckets, peaks, day);
    }

    DetectorState reported(Severity severity, double volume) {
        return new DetectorState(bucketsSeen, level, negativeLevel, spread, hourOfWeek, hourOfWeekSamples, true, severity, volume,
                calmBuckets, dailyPeaks, peakDay);
    }

    DetectorState opened(Severity severity, double volume) {
        return new DetectorState(bucketsSeen, level, negativeLevel, spread, hourOfWeek, hourOfWeekSamples, true, severity, volume, 0, dailyPeaks,
                peakDay);
    }

    DetectorState withCalmBuckets(int calm) {
        return new DetectorState(bucketsSeen, level, negativeLevel, spread, hourOfWeek, hourOfWeekSamples, open, openSeverity,
                reportedVolume, calm, dailyPeaks, peakDay);
    }

    DetectorState resolved() {
        return new DetectorState(bucketsSeen, level, negativeLevel, spread, hourOfWeek, hourOfWeekSamples, false, null, 0, 0, dailyPeaks,
                peakDay);
    }
}
