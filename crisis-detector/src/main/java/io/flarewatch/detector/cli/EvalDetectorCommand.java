package io.flarewatch.detector.cli;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.flarewatch.detector.CrisisDetector;
import io.flarewatch.detector.Transition;
import io.flarewatch.detector.backtest.Backtest;
import io.flarewatch.detector.backtest.NabScorer;
import io.flarewatch.detector.backtest.SeriesCsv;
import io.flarewatch.detector.backtest.SeriesPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * {@code bin/flarewatch eval-detector DIR}: backtests every series named in {@code DIR/windows.json} with one
 * configuration and scores the incidents it opens with the Numenta Anomaly Benchmark's rules; the last line is
 * {@code standard=… low_fp=… low_fn=…}.
 */
public final class EvalDetectorCommand {

    static final String USAGE = "usage: bin/flarewatch eval-detector DIR [--bucket 5m] [--sensitivity fewer|balanced|more] [--calm 1h]\n"
            + "  DIR: series CSV files and windows.json ({\"file.csv\": [[\"start\", \"end\"], ...]})";

    private EvalDetectorCommand() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        DetectorOptions options;
        try {
            options = DetectorOptions.parse(args);
            if (options.paths().size() != 1) {
                throw new IllegalArgumentException("eval-detector needs exactly one DIR");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        Path dir = Path.of(options.paths().get(0));
        Map<String, List<Instant[]>> labelled;
        try {
            labelled = windows(dir.resolve("windows.json"));
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + dir.resolve("windows.json") + ": " + e.getMessage());
            return 1;
        }
        Map<String, double[]> totals = new TreeMap<>();
        for (NabScorer.Profile profile : NabScorer.PROFILES) {
            totals.put(profile.name(), new double[3]);
        }
        for (Map.Entry<String, List<Instant[]>> file : labelled.entrySet()) {
            List<SeriesPoint> series;
            try {
                series = SeriesCsv.read(dir.resolve(file.getKey()));
            } catch (IOException | IllegalArgumentException e) {
                err.println("cannot read " + file.getKey() + ": " + e.getMessage());
                return 1;
            }
            List<NabScorer.Window> windows = toIndices(series, file.getValue());
            List<Integer> detections = Backtest.run(new CrisisDetector(options.settings()), series).stream()
                    .filter(e -> e.decision().transition() == Transition.OPENED)
                    .map(Backtest.Event::index).toList();
            StringBuilder line = new StringBuilder(String.format(Locale.ROOT, "%-26s points=%d windows=%d detections=%d",
                    file.getKey(), series.size(), windows.size(), detections.size()));
            for (NabScorer.Profile profile : NabScorer.PROFILES) {
                double raw = NabScorer.score(series.size(), windows, detections, profile);
                double nul = NabScorer.nullScore(windows.size(), profile);
                double perfect = NabScorer.perfectScore(windows.size(), profile);
                double[] sum = totals.get(profile.name());
                sum[0] += raw;
                sum[1] += nul;
                sum[2] += perfect;
                line.append(String.format(Locale.ROOT, " %s=%.1f", profile.name(), NabScorer.normalised(raw, nul, perfect)));
            }
            out.println(line);
        }
        StringBuilder last = new StringBuilder();
        for (NabScorer.Profile profile : NabScorer.PROFILES) {
            double[] sum = totals.get(profile.name());
            last.append(last.isEmpty() ? "" : " ")
                    .append(String.format(Locale.ROOT, "%s=%.1f", profile.name(), NabScorer.normalised(sum[0], sum[1], sum[2])));
        }
        out.println(last);
        return 0;
    }

    private static Map<String, List<Instant[]>> windows(Path file) throws IOException {
        JsonNode root = new ObjectMapper().readTree(file.toFile());
        Map<String, List<Instant[]>> windows = new TreeMap<>();
        root.fields().forEachRemaining(entry -> {
            List<Instant[]> list = new ArrayList<>();
            entry.getValue().forEach(w -> list.add(new Instant[] {SeriesCsv.parseTime(w.get(0).asText()),
                    SeriesCsv.parseTime(w.get(1).asText())}));
            windows.put(entry.getKey(), list);
        });
        return windows;
    }

    /** The windows as point indices: from the first point at or after the start to the last at or before the end. */
    static List<NabScorer.Window> toIndices(List<SeriesPoint> series, List<Instant[]> windows) {
        List<NabScorer.Window> result = new ArrayList<>();
        for (Instant[] window : windows) {
            int first = -1;
            int last = -1;
            for (int i = 0; i < series.size(); i++) {
                Instant t = series.get(i).time();
                if (first < 0 && !t.isBefore(window[0])) {
                    first = i;
                }
                if (!t.isAfter(window[1])) {
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
