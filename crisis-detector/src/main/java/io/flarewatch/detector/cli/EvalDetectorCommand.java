package io.flarewatch.detector.cli;

import io.flarewatch.detector.DetectorSettings;
import io.flarewatch.detector.Thresholds;
import io.flarewatch.detector.backtest.LabelledSeries;
import io.flarewatch.detector.backtest.LeaveOneOut;
import io.flarewatch.detector.backtest.NabScorer;
import io.flarewatch.detector.backtest.SeriesCsv;
import io.flarewatch.detector.backtest.SeriesPoint;
import io.flarewatch.detector.backtest.WindowsJson;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code bin/flarewatch eval-detector DIR [--leave-one-out]}: backtests every series named in {@code DIR/windows.json}
 * and scores the incidents it opens with the Numenta Anomaly Benchmark's rules. Plain mode uses one configuration
 * (the preset) for all series; {@code --leave-one-out} also chooses the volume thresholds for each series by a grid
 * search on the other series only. Each mode ends with a line {@code <mode> standard=… low_fp=… low_fn=…}.
 */
public final class EvalDetectorCommand {

    static final String USAGE = "usage: bin/flarewatch eval-detector DIR [--leave-one-out] [--bucket 5m]"
            + " [--sensitivity fewer|balanced|more] [--calm 1h]\n"
            + "  DIR: series CSV files and windows.json ({\"file.csv\": [[\"start\", \"end\"], ...]})";

    private EvalDetectorCommand() {}

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
        List<LabelledSeries> series;
        try {
            series = load(dir);
        } catch (IOException | RuntimeException e) {
            err.println("cannot read " + dir + ": " + e.getMessage());
            return 1;
        }
        DetectorSettings settings = options.settings();
        plain(series, settings, out);
        if (options.leaveOneOut()) {
            leaveOneOut(series, settings, out);
        }
        return 0;
    }

    private static void plain(List<LabelledSeries> series, DetectorSettings settings, PrintStream out) {
        out.println("plain: one configuration for all series, " + describe(settings.thresholds()));
        NabScorer.Score[] totals = new NabScorer.Score[NabScorer.PROFILES.size()];
        Arrays.fill(totals, NabScorer.Score.ZERO);
        for (LabelledSeries one : series) {
            List<Integer> detections = one.detections(settings);
            StringBuilder line = new StringBuilder(String.format(
                    Locale.ROOT,
                    "%-26s points=%d windows=%d detections=%d",
                    one.name(),
                    one.points().size(),
                    one.windows().size(),
                    detections.size()));
            for (int p = 0; p < totals.length; p++) {
                NabScorer.Score score = one.score(detections, NabScorer.PROFILES.get(p));
                totals[p] = totals[p].plus(score);
                line.append(String.format(
                        Locale.ROOT, " %s=%.1f", NabScorer.PROFILES.get(p).name(), score.normalised()));
            }
            out.println(line);
        }
        out.println("plain" + figures(List.of(totals)));
    }

    private static void leaveOneOut(List<LabelledSeries> series, DetectorSettings settings, PrintStream out) {
        out.printf(
                Locale.ROOT,
                "leave-one-out: thresholds chosen on the other series from deviations %s x peak share %s%n",
                LeaveOneOut.DEVIATIONS,
                LeaveOneOut.PEAK_SHARES);
        Map<NabScorer.Profile, LeaveOneOut.Result> results = LeaveOneOut.run(series, settings, NabScorer.PROFILES);
        List<NabScorer.Score> totals = new ArrayList<>();
        results.forEach((profile, result) -> {
            for (LeaveOneOut.Fold fold : result.folds()) {
                out.printf(
                        Locale.ROOT,
                        "%-8s %-26s %s %.1f%n",
                        profile.name(),
                        fold.series(),
                        describe(fold.chosen()),
                        fold.score().normalised());
            }
            totals.add(result.total());
        });
        out.println("leave-one-out" + figures(totals));
    }

    private static List<LabelledSeries> load(Path dir) throws IOException {
        List<LabelledSeries> series = new ArrayList<>();
        Map<String, List<WindowsJson.TimeWindow>> labelled = WindowsJson.read(dir.resolve("windows.json"));
        for (Map.Entry<String, List<WindowsJson.TimeWindow>> file : labelled.entrySet()) {
            List<SeriesPoint> points = SeriesCsv.read(dir.resolve(file.getKey()));
            series.add(new LabelledSeries(file.getKey(), points, WindowsJson.toIndices(points, file.getValue())));
        }
        return series;
    }

    private static String describe(Thresholds thresholds) {
        return String.format(
                Locale.ROOT,
                "deviations=%.1f cusum=%.1f peak_share=%.2f",
                thresholds.deviations(),
                thresholds.cusumThreshold(),
                thresholds.peakShare());
    }

    private static String figures(List<NabScorer.Score> totals) {
        StringBuilder line = new StringBuilder();
        for (int p = 0; p < totals.size(); p++) {
            line.append(String.format(
                    Locale.ROOT,
                    " %s=%.1f",
                    NabScorer.PROFILES.get(p).name(),
                    totals.get(p).normalised()));
        }
        return line.toString();
    }
}
