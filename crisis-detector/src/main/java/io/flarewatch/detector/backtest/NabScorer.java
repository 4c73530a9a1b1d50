package io.flarewatch.detector.backtest;

import java.util.List;

/**
 * The Numenta Anomaly Benchmark's scoring of one series: early detections inside a labelled window earn up to
 * {@code tp}, detections outside windows cost up to {@code fp}, missed windows cost {@code fn}; the first 15% of
 * the series (at most 750 points) is a warm-up whose detections are ignored.
 */
public final class NabScorer {

    /** A scoring profile: the weights of true positives, false negatives and false positives. */
    public record Profile(String name, double tp, double fn, double fp) {}

    /** The three standard profiles. */
    public static final List<Profile> PROFILES = List.of(
            new Profile("standard", 1, 1, 0.11), new Profile("low_fp", 1, 1, 0.22), new Profile("low_fn", 1, 2, 0.11));

    /**
     * Raw, null-detector and perfect scores of one or more series; they add up over series.
     *
     * @param raw     the detector's score
     * @param nul     the score of a detector that never fires
     * @param perfect the score of a perfect detector
     */
    public record Score(double raw, double nul, double perfect) {

        /** Nothing yet: the start of a sum. */
        public static final Score ZERO = new Score(0, 0, 0);

        /** This score plus {@code other}. */
        public Score plus(Score other) {
            return new Score(raw + other.raw, nul + other.nul, perfect + other.perfect);
        }

        /** 0 for the null detector, 100 for a perfect one. */
        public double normalised() {
            return NabScorer.normalised(raw, nul, perfect);
        }
    }

    /** A labelled window, by point indices (inclusive). */
    public record Window(int first, int last) {}

    static final double WARM_UP_SHARE = 0.15;
    static final int WARM_UP_MAX = 750;

    private NabScorer() {}

    /** NAB's scaled sigmoid: 2 / (1 + e^(5x)) - 1, and -1 beyond x = 3. */
    static double sigmoid(double x) {
        return x > 3 ? -1 : 2 / (1 + Math.exp(5 * x)) - 1;
    }

    /** The warm-up length of a series of {@code length} points. */
    static int warmUp(int length) {
        return Math.min((int) Math.floor(WARM_UP_SHARE * length), WARM_UP_MAX);
    }

    /** The raw score of detections (point indices, ascending) on a series of {@code length} points. */
    public static double score(int length, List<Window> windows, List<Integer> detections, Profile profile) {
        int warmUp = warmUp(length);
        double score = 0;
        boolean[] detected = new boolean[windows.size()];
        for (int index : detections) {
            if (index < warmUp) {
                continue;
            }
            int inside = windowContaining(windows, index);
            if (inside >= 0) {
                if (!detected[inside]) {
                    Window w = windows.get(inside);
                    double position = -(double) (w.last() - index + 1) / (w.last() - w.first() + 1);
                    score += profile.tp() * sigmoid(position) / sigmoid(-1);
                    detected[inside] = true;
                }
                continue;
            }
            int before = lastWindowBefore(windows, index);
            if (before < 0) {
                score -= profile.fp();
            } else {
                Window w = windows.get(before);
                score += profile.fp() * sigmoid((double) (index - w.last()) / Math.max(1, w.last() - w.first()));
            }
        }
        for (boolean hit : detected) {
            if (!hit) {
                score -= profile.fn();
            }
        }
        return score;
    }

    /** The score of a detector that never fires. */
    public static double nullScore(int windows, Profile profile) {
        return -profile.fn() * windows;
    }

    /** The score of a perfect detector. */
    public static double perfectScore(int windows, Profile profile) {
        return profile.tp() * windows;
    }

    /** The normalised score, 0 for the null detector and 100 for the perfect one. */
    public static double normalised(double raw, double nullScore, double perfect) {
        return 100 * (raw - nullScore) / (perfect - nullScore);
    }

    private static int windowContaining(List<Window> windows, int index) {
        for (int i = 0; i < windows.size(); i++) {
            if (index >= windows.get(i).first() && index <= windows.get(i).last()) {
                return i;
            }
        }
        return -1;
    }

    private static int lastWindowBefore(List<Window> windows, int index) {
        int found = -1;
        for (int i = 0; i < windows.size(); i++) {
            if (windows.get(i).last() < index) {
                found = i;
            }
        }
        return found;
    }
}
