package io.flarewatch.detector.backtest;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/** Reads NAB's {@code windows.json}: per series file, the labelled anomaly windows as {@code [start, end]} pairs. */
public final class WindowsJson {

    private WindowsJson() {}

    /**
     * A labelled window in time.
     *
     * @param start the first instant inside the window
     * @param end   the last instant inside the window
     */
    public record TimeWindow(Instant start, Instant end) {}

    /** The windows of each file named in {@code file}, files in name order, windows in file order. */
    public static Map<String, List<TimeWindow>> read(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        if (root == null || !root.isObject()) {
            throw new IllegalArgumentException("windows.json must be an object of file name to [[start, end], ...]");
        }
        Map<String, List<TimeWindow>> windows = new TreeMap<>();
        for (Map.Entry<String, JsonNode> entry : root.properties()) {
            List<TimeWindow> list = new ArrayList<>();
            for (JsonNode pair : entry.getValue()) {
                if (!pair.isArray() || pair.size() != 2) {
                    throw new IllegalArgumentException(entry.getKey() + ": a window must be [start, end], not " + pair);
                }
                list.add(new TimeWindow(
                        SeriesCsv.parseTime(pair.get(0).asText()),
                        SeriesCsv.parseTime(pair.get(1).asText())));
            }
            windows.put(entry.getKey(), list);
        }
        return windows;
    }

    /** The windows as point indices: from the first point at or after the start to the last at or before the end. */
    public static List<NabScorer.Window> toIndices(List<SeriesPoint> series, List<TimeWindow> windows) {
        List<NabScorer.Window> result = new ArrayList<>();
        for (TimeWindow window : windows) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < series.size(); i++) {
                Instant t = series.get(i).time();
                if (first < 0 && !t.isBefore(window.start())) {
                    first = i;
                }
                if (!t.isAfter(window.end())) {
                    last = i;
                }
            }
            if (first >= 0 && last >= first) {
                result.add(new NabScorer.Window(first, last));
            }
        }
        return result;
    }
}
