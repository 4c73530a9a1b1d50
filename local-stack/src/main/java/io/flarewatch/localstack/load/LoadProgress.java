package io.flarewatch.localstack.load;

import java.io.PrintStream;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Follows a load run: polls PostgreSQL, prints progress, waits for the backlog and reports the storms' alerts. */
final class LoadProgress {

    private final LoadSender sender;
    private final StoredMentionWatcher watcher;
    private final PrintStream out;
    private final long startMs;
    private long lastPrintMs;
    private long lastSent;
    private long lastStored;
    private volatile String pollError;
    private final ConsumerLag lag;

    LoadProgress(LoadSender sender, StoredMentionWatcher watcher, ConsumerLag lag, PrintStream out, long startMs) {
        this.lag = lag;
        this.sender = sender;
        this.watcher = watcher;
        this.out = out;
        this.startMs = startMs;
        this.lastPrintMs = startMs;
    }

    void poll(long sinceMs) {
        try {
            watcher.poll(sinceMs);
            pollError = null;
        } catch (SQLException e) {
            pollError = e.getMessage();
        }
    }

    synchronized void print() {
        long now = System.currentTimeMillis();
        long sent = sender.sent.get();
        long stored = watcher.seenCount();
        double seconds = Math.max(1, now - lastPrintMs) / 1e3;
        long[] latencies = watcher.storedLatenciesMs();
        out.printf(
                Locale.ROOT,
                "  t=%3ds sent=%d (%.0f/s) stored=%d (%.0f/s) backlog=%d p99_stored_ms=%d " + "alerts=%d %s%s%n",
                (now - startMs) / 1000,
                sent,
                (sent - lastSent) / seconds,
                stored,
                (stored - lastStored) / seconds,
                sent - stored,
                Percentiles.of(latencies, 99),
                watcher.alerts().size(),
                lag.describe(),
                pollError == null ? "" : " (PostgreSQL: " + pollError + ")");
        lastPrintMs = now;
        lastSent = sent;
        lastStored = stored;
    }

    /**
     * Waits until everything sent is seen stored, or the deadline passes; then up to {@code alertGraceMs} more
     * for the storms' alerts.
     */
    void awaitDrain(long sent, long deadlineMs, long alertGraceMs) throws InterruptedException {
        while (System.currentTimeMillis() < deadlineMs && watcher.seenCount() < sent) {
            Thread.sleep(250);
        }
        if (watcher.seenCount() < sent) {
            out.printf("drain timeout: %d of %d mentions seen stored%n", watcher.seenCount(), sent);
        }
        long alertDeadline = Math.min(deadlineMs, System.currentTimeMillis() + alertGraceMs);
        while (System.currentTimeMillis() < alertDeadline && stormsWithoutAlert() > 0) {
            Thread.sleep(250);
        }
    }

    /** Prints each storm's alert delay and the alerts of calm brands; returns the storms' p99 delay, -1 if none. */
    long reportAlerts() {
        List<Long> delays = new ArrayList<>();
        List<StoredMentionWatcher.AlertSeen> alerts = watcher.alerts();
        for (long[] storm : sender.stormStarts()) {
            LoadBrand brand = sender.stormBrand((int) storm[0]);
            long delay = alerts.stream()
                    .filter(a -> a.brandId().equals(brand.id()) && a.seenAtMs() >= storm[1])
                    .mapToLong(a -> a.seenAtMs() - storm[1])
                    .min()
                    .orElse(-1);
            out.printf(
                    "storm %d on %s: %s%n",
                    storm[0] + 1,
                    brand.id(),
                    delay < 0 ? "no alert" : "alert seen in PostgreSQL " + delay + " ms after its first mention");
            if (delay >= 0) {
                delays.add(delay);
            }
        }
        long calm = alerts.stream()
                .filter(a -> sender.stormStarts().stream()
                        .noneMatch(s -> sender.stormBrand((int) s[0]).id().equals(a.brandId())))
                .count();
        out.printf("alerts on brands without a storm: %d%n", calm);
        return Percentiles.of(delays.stream().mapToLong(Long::longValue).toArray(), 99);
    }

    private int stormsWithoutAlert() {
        List<StoredMentionWatcher.AlertSeen> alerts = watcher.alerts();
        return (int) sender.stormStarts().stream()
                .filter(s -> alerts.stream()
                        .noneMatch(a ->
                                a.brandId().equals(sender.stormBrand((int) s[0]).id()) && a.seenAtMs() >= s[1]))
                .count();
    }
}
