package io.flarewatch.detector.cli;

import io.flarewatch.detector.CrisisDetector;
import io.flarewatch.detector.Transition;
import io.flarewatch.detector.backtest.Backtest;
import io.flarewatch.detector.backtest.SeriesCsv;
import io.flarewatch.detector.backtest.SeriesPoint;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/flarewatch backtest FILE.csv [--bucket 5m] [--sensitivity fewer|balanced|more] [--mute 23:00-07:00]}:
 * runs the live detector over last month's series and prints each alert as
 * {@code YYYY-MM-DD HH:MM:SS<TAB>severity<TAB>reason}, then a summary.
 */
public final class BacktestCommand {

    static final String USAGE =
            "usage: bin/flarewatch backtest FILE.csv [--bucket 5m] [--sensitivity fewer|balanced|more] [--mute 23:00-07:00] [--calm 1h]\n"
                    + "  FILE.csv: a header timestamp,value[,negative,reach] and one bucket per line";

    private BacktestCommand() {}

    public static void main(String[] args) {
        System.exit(run(args, System.in, System.out, System.err));
    }

    /** Runs the command; returns its exit code. */
    public static int run(String[] args, InputStream in, PrintStream out, PrintStream err) {
        DetectorOptions options;
        try {
            options = DetectorOptions.parse(args);
            if (options.paths().size() != 1) {
                throw new IllegalArgumentException("backtest needs exactly one FILE.csv");
            }
        } catch (IllegalArgumentException e) {
            err.println(e.getMessage());
            err.println(USAGE);
            return 2;
        }
        List<SeriesPoint> series;
        try {
            series = SeriesCsv.read(Path.of(options.paths().get(0)));
        } catch (IOException | IllegalArgumentException e) {
            err.println("cannot read " + options.paths().get(0) + ": " + e.getMessage());
            return 1;
        }
        List<Backtest.Event> events = Backtest.run(new CrisisDetector(options.settings()), series);
        for (Backtest.Event event : events) {
            out.printf(
                    "%s\t%s\t%s: %s%n",
                    SeriesCsv.format(series.get(event.index()).time()),
                    event.decision().severity().name().toLowerCase(Locale.ROOT),
                    event.decision().transition().name().toLowerCase(Locale.ROOT),
                    event.decision().reason());
        }
        long opened = events.stream()
                .filter(e -> e.decision().transition() == Transition.OPENED)
                .count();
        out.printf(
                "summary: %d buckets from %s to %s; %d incidents opened, %d updates, %d resolved%n",
                series.size(),
                series.isEmpty() ? "-" : SeriesCsv.format(series.get(0).time()),
                series.isEmpty()
                        ? "-"
                        : SeriesCsv.format(series.get(series.size() - 1).time()),
                opened,
                events.stream()
                        .filter(e -> e.decision().transition() == Transition.UPDATED)
                        .count(),
                events.stream()
                        .filter(e -> e.decision().transition() == Transition.RESOLVED)
                        .count());
        return 0;
    }
}
