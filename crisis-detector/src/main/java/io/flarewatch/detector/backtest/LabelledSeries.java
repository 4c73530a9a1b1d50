package io.flarewatch.detector.backtest;

import io.flarewatch.detector.CrisisDetector;
import io.flarewatch.detector.DetectorSettings;
import io.flarewatch.detector.Transition;
import java.util.List;

/**
 * A series with its labelled windows, and how a detector's openings on it score.
 *
 * @param name    the series file's name
 * @param points  the buckets
 * @param windows the labelled windows, as point indices
 */
public record LabelledSeries(String name, List<SeriesPoint> points, List<NabScorer.Window> windows) {

    /** The point indices at which a detector with {@code settings} opens incidents. */
    public List<Integer> detections(DetectorSettings settings) {
        return Backtest.run(new CrisisDetector(settings), points).stream()
                .filter(e -> e.decision().transition() == Transition.OPENED)
                .map(Backtest.Event::index)
                .toList();
    }

    /** The score of {@code detections} on this series under {@code profile}. */
    public NabScorer.Score score(List<Integer> detections, NabScorer.Profile profile) {
        return new NabScorer.Score(
                NabScorer.score(points.size(), windows, detections, profile),
                NabScorer.nullScore(windows.size(), profile),
                NabScorer.perfectScore(windows.size(), profile));
    }
}
