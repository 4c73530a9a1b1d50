package io.flarewatch.detector.backtest;

import io.flarewatch.detector.DetectorSettings;
import io.flarewatch.detector.Thresholds;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An evaluation that cannot fool itself: for each series, the volume thresholds are chosen by a grid search on
 * the other series only, and the series left out is scored with them; no setting is chosen per series.
 */
public final class LeaveOneOut {

    /** Burst thresholds searched, in deviations (the CUSUM's follows). */
    public static final List<Double> DEVIATIONS = List.of(3.0, 3.5, 4.0, 4.5, 5.0, 6.0);
    /** Multiples of the median daily peak searched. */
    public static final List<Double> PEAK_SHARES = List.of(1.25, 1.5, 2.0);

    private LeaveOneOut() {}

    /**
     * One series left out.
     *
     * @param series the series scored
     * @param chosen the thresholds the other series chose
     * @param score  the series' score with them
     */
    public record Fold(String series, Thresholds chosen, NabScorer.Score score) {}

    /** The folds under {@code profile} and their total: what the thresholds scored on data that did not choose them. */
    public record Result(List<Fold> folds, NabScorer.Score total) {}

    /** Every candidate: the base thresholds with each combination of the searched values. */
    public static List<Thresholds> grid(Thresholds base) {
        List<Thresholds> grid = new ArrayList<>();
        for (double deviations : DEVIATIONS) {
            for (double peak : PEAK_SHARES) {
                grid.add(base.withVolume(deviations, peak));
            }
        }
        return grid;
    }

    /** Runs the leave-one-out evaluation of {@code series} under each of {@code profiles}. */
    public static Map<NabScorer.Profile, Result> run(
            List<LabelledSeries> series, DetectorSettings base, List<NabScorer.Profile> profiles) {
        List<Thresholds> grid = grid(base.thresholds());
        // each series' detections for each candidate, computed once: the folds only re-sum them
        List<List<List<Integer>>> detections = new ArrayList<>();
        for (LabelledSeries one : series) {
            List<List<Integer>> perCandidate = new ArrayList<>();
            for (Thresholds candidate : grid) {
                perCandidate.add(one.detections(base.withThresholds(candidate)));
            }
            detections.add(perCandidate);
        }
        Map<NabScorer.Profile, Result> results = new LinkedHashMap<>();
        for (NabScorer.Profile profile : profiles) {
            List<Fold> folds = new ArrayList<>();
            NabScorer.Score total = NabScorer.Score.ZERO;
            for (int out = 0; out < series.size(); out++) {
                int best = bestOnOthers(series, detections, grid.size(), out, profile);
                NabScorer.Score score =
                        series.get(out).score(detections.get(out).get(best), profile);
                folds.add(new Fold(series.get(out).name(), grid.get(best), score));
                total = total.plus(score);
            }
            results.put(profile, new Result(folds, total));
        }
        return results;
    }

    /** The candidate that scores best on every series but {@code out}; the first of equals, so ties are stable. */
    private static int bestOnOthers(
            List<LabelledSeries> series,
            List<List<List<Integer>>> detections,
            int candidates,
            int out,
            NabScorer.Profile profile) {
        int best = 0;
        double bestScore = Double.NEGATIVE_INFINITY;
        for (int c = 0; c < candidates; c++) {
            NabScorer.Score sum = NabScorer.Score.ZERO;
            for (int s = 0; s < series.size(); s++) {
                if (s != out) {
                    sum = sum.plus(series.get(s).score(detections.get(s).get(c), profile));
                }
            }
            if (sum.normalised() > bestScore) {
                bestScore = sum.normalised();
                best = c;
            }
        }
        return best;
    }
}
