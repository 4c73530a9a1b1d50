package io.flarewatch.detector.backtest;

import io.flarewatch.detector.AlertDecision;
import io.flarewatch.detector.Bucket;
import io.flarewatch.detector.CrisisDetector;
import io.flarewatch.detector.DetectorState;
import io.flarewatch.detector.Step;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Runs the live detector over a series, one closed bucket per point, and collects its decisions. */
public final class Backtest {

    private Backtest() {}

    /**
     * A decision and the index of the point it was made at.
     *
     * @param index    the point's index in the series
     * @param decision what the detector decided
     */
    public record Event(int index, AlertDecision decision) {}

    /** Every decision the detector makes over the series. */
    public static List<Event> run(CrisisDetector detector, List<SeriesPoint> series) {
        DetectorState state = detector.initialState();
        List<Event> events = new ArrayList<>();
        for (int i = 0; i < series.size(); i++) {
            SeriesPoint point = series.get(i);
            Bucket bucket = new Bucket(point.time(), point.mentions(), point.negative(), point.reach(), 0, Map.of());
            Step step = detector.onBucketClosed(state, bucket);
            state = step.state();
            int index = i;
            step.decision().ifPresent(decision -> events.add(new Event(index, decision)));
        }
        return events;
    }
}
