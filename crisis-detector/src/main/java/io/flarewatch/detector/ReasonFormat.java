package io.flarewatch.detector;

import java.time.Duration;
import java.util.Locale;

/** Numbers and durations as a PR person reads them: "5 min", "1.2M". */
final class ReasonFormat {

    private ReasonFormat() {}

    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return duration.toSeconds() + " s";
        }
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
    }

    /** An expected count: one decimal below ten, so a quiet brand reads "0.4 expected", not "0 expected". */
    static String expected(double value) {
        return value < 10 ? String.format(Locale.ROOT, "%.1f", value) : String.format(Locale.ROOT, "%.0f", value);
    }

    static String count(long value) {
        if (value >= 1_000_000) {
            return String.format(Locale.ROOT, "%.1fM", value / 1_000_000.0);
        }
        if (value >= 10_000) {
            return String.format(Locale.ROOT, "%dk", Math.round(value / 1000.0));
        }
        return Long.toString(value);
    }
}
