package io.flarewatch.detector;

import java.time.Instant;
import java.time.ZoneId;
import java.util.Arrays;

/**
 * The brand's recent daily peaks: a brand whose every day brings a spike of a thousand mentions is not in a
 * crisis at the next spike of five hundred; a crisis is a spike beyond the brand's usual daily peaks.
 */
final class PeakMemory {

    /** How many days of peaks are remembered: two weeks, so that a crisis lasting a few days cannot move the median. */
    static final int DAYS = 14;

    private final ZoneId zone;

    PeakMemory(ZoneId zone) {
        this.zone = zone;
    }

    /** The usual (median) daily peak of the remembered days before today, 0 while there are none. */
    double usualPeak(DetectorState state, Instant start) {
        double[] peaks = state.dailyPeaks();
        if (!remembers(peaks)) {
            return 0;
        }
        long today = day(start);
        double[] past = new double[DAYS - 1];
        int n = 0;
        for (long d = today - DAYS + 1; d < today; d++) {
            if (d > state.peakDay() || d <= state.peakDay() - DAYS) {
                continue;
            }
            past[n++] = peaks[(int) Math.floorMod(d, DAYS)];
        }
        if (n == 0) {
            return 0;
        }
        double[] known = Arrays.copyOf(past, n);
        Arrays.sort(known);
        // the median, not the maximum: one extraordinary day must not silence the next two weeks
        return known[n / 2];
    }

    /** Whether {@code volume} stands out above the usual daily peak. */
    boolean beyondUsualPeaks(DetectorState state, Instant start, double volume, double share) {
        return volume > share * usualPeak(state, start);
    }

    /** The state after a closed bucket of {@code mentions} mentions. */
    DetectorState learn(DetectorState state, Instant start, long mentions) {
        double[] peaks = remembers(state.dailyPeaks()) ? state.dailyPeaks().clone() : new double[DAYS];
        long today = day(start);
        long newest = state.peakDay();
        if (today > newest) {
            // days without buckets are forgotten: their slots start again from nothing
            for (long d = Math.max(newest + 1, today - DAYS + 1); d <= today; d++) {
                peaks[(int) Math.floorMod(d, DAYS)] = 0;
            }
            newest = today;
        } else if (today <= newest - DAYS) {
            return state; // too late to matter
        }
        int slot = (int) Math.floorMod(today, DAYS);
        peaks[slot] = Math.max(peaks[slot], mentions);
        return state.withPeaks(peaks, newest);
    }

    /** Whether a stored ring can be read: states saved before peaks were kept, or with another length, start afresh. */
    private static boolean remembers(double[] peaks) {
        return peaks != null && peaks.length == DAYS;
    }

    private long day(Instant start) {
        return start.atZone(zone).toLocalDate().toEpochDay();
    }
}
