package io.flarewatch.detector;

import java.time.Duration;
import java.util.Locale;

/** Numbers and durations as a PR person reads them: "5 min", "1.2M". */
final class ReasonFormat {

    private ReasonFormat() {
    }

    static String duration(Duration duration) {
        long minutes = duration.toMinutes();
        if (minutes == 0) {
            return duration.toSeconds() + " s";
        }
        return minutes % 60 == 0 ? (minutes / 60) + " h" : minutes + " min";
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
