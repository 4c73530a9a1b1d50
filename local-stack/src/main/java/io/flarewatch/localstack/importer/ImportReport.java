package io.flarewatch.localstack.importer;

import java.nio.file.Path;
import java.util.List;
import java.util.Locale;

/** The words of {@code bin/flarewatch import}: a progress line every few seconds and the summary at the end. */
final class ImportReport {

    private ImportReport() {}

    /** One progress line: counts so far and the rate since the previous line. */
    static String progress(ImportTally tally, double elapsedSeconds, double linesPerSecondNow) {
        return String.format(
                Locale.ROOT,
                "  t=%.0fs read=%d accepted=%d duplicates=%d rejected=%d (%.0f lines/s)",
                elapsedSeconds,
                tally.read.get(),
                tally.accepted.get(),
                tally.duplicates.get(),
                tally.rejected.get(),
                linesPerSecondNow);
    }

    /**
     * The summary: each rejected line (the first {@link ImportTally#LISTED}, the rest in {@code rejectionsFile}),
     * then one line of figures.
     */
    static String summary(
            ImportTally tally, List<ImportTally.Rejection> listed, Path rejectionsFile, double elapsedSeconds) {
        StringBuilder text = new StringBuilder();
        long rejected = tally.rejected.get();
        if (rejected > 0) {
            text.append(
                    rejectionsFile == null
                            ? "rejected lines:\n"
                            : "rejected lines (the first " + listed.size() + " of " + rejected + "; all of them in "
                                    + rejectionsFile + "):\n");
            for (ImportTally.Rejection rejection : listed) {
                text.append("  line ")
                        .append(rejection.line())
                        .append(": ")
                        .append(rejection.reason())
                        .append('\n');
            }
        }
        long read = tally.read.get();
        long accepted = tally.accepted.get();
        long duplicates = tally.duplicates.get();
        long notSent = Math.max(0, read - accepted - duplicates - rejected);
        double seconds = Math.max(elapsedSeconds, 1e-3);
        text.append(String.format(
                Locale.ROOT,
                "read=%d accepted=%d duplicates=%d rejected=%d not_sent=%d seconds=%.1f lines_per_s=%.0f "
                        + "accepted_per_s=%.0f",
                read,
                accepted,
                duplicates,
                rejected,
                notSent,
                elapsedSeconds,
                read / seconds,
                accepted / seconds));
        return text.toString();
    }
}
