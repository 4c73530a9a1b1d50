package io.flarewatch.localstack.load;

import io.flarewatch.localstack.EmbeddedDatabase;
import io.flarewatch.localstack.StackConfig;
import java.io.PrintStream;
import java.lang.management.ManagementFactory;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/flarewatch load}: creates brands for the run, warms the pipeline up with one mention per brand,
 * sends the load, follows it into PostgreSQL, measures the plain Kafka round trip on the same broker, deletes
 * the brands and prints the summary.
 */
public final class LoadTool {

    private static final long POLL_MS = 250;
    private static final long PROGRESS_MS = 5_000;
    private static final Duration WARM_UP_TIMEOUT = Duration.ofSeconds(90);
    /** How long to wait, once everything is stored, for a storm's alert. */
    private static final Duration ALERT_GRACE = Duration.ofSeconds(60);

    private final StackConfig config;
    private final LoadOptions options;
    private final PrintStream out;
    private final String runId = Long.toString(System.currentTimeMillis() % 100_000_000, 36);

    LoadTool(StackConfig config, LoadOptions options, PrintStream out) {
        this.config = config;
        this.options = options;
        this.out = out;
    }

    /** Entry point; exits 2 on bad options, 1 when the stack is not there. */
    public static void main(String[] args) throws Exception {
        LoadOptions options;
        try {
            options = LoadOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(LoadOptions.USAGE);
            System.exit(2);
            return;
        }
        StackConfig config = StackConfig.fromEnvironment(System.getenv());
        new LoadTool(config, options, System.out).run();
    }

    void run() throws Exception {
        List<LoadBrand> brands = LoadBrand.invent(options.brands(), runId);
        StackHttp http = StackHttp.of(config);
        String jdbcUrl = "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + EmbeddedDatabase.DATABASE;
        out.printf(
                "load run %s: %s mentions/s, %s, %d brands, %d authors, complaints %.0f%%, %d storm(s)%n",
                runId,
                options.rate() == 0 ? "as many" : String.format(Locale.ROOT, "%.0f", options.rate()),
                options.count() > 0
                        ? options.count() + " mentions"
                        : options.duration().toSeconds() + " s",
                brands.size(),
                options.authors(),
                options.complaintShare() * 100,
                options.storms());
        for (LoadBrand brand : brands) {
            http.createBrand(brand);
        }
        try {
            warmUp(brands, http, jdbcUrl, runId, options.authors());
            out.println("warm-up done: every brand is matched and stored");
            MentionGenerator generator =
                    new MentionGenerator(brands, options.authors(), options.complaintShare(), runId, runId.hashCode());
            try (StoredMentionWatcher watcher =
                    new StoredMentionWatcher(jdbcUrl, EmbeddedDatabase.USER, generator.sourceIdPrefix(), brands)) {
                LoadSummary summary =
                        measure(new LoadSender(options, generator, http, brands), watcher, generator.sourceIdPrefix());
                out.println(summary.line());
            }
        } finally {
            if (!options.keepBrands()) {
                for (LoadBrand brand : brands) {
                    http.deleteBrand(brand);
                }
            }
        }
    }

    /**
     * One ordinary mention per brand, sent again until all are stored: the brands are loaded and the services' JITs
     * have started. Ordinary, because a slow start sends several and complaints would teach the brands a negative
     * history before the run.
     */
    public static void warmUp(List<LoadBrand> brands, StackHttp http, String jdbcUrl, String runId, int authors)
            throws Exception {
        MentionGenerator warm = new MentionGenerator(brands, authors, 0, runId + "w", 1);
        try (StoredMentionWatcher watcher =
                new StoredMentionWatcher(jdbcUrl, EmbeddedDatabase.USER, warm.sourceIdPrefix(), brands)) {
            long deadline = System.currentTimeMillis() + WARM_UP_TIMEOUT.toMillis();
            long seq = 0;
            while (watcher.seenCount() < brands.size()) {
                if (System.currentTimeMillis() > deadline) {
                    throw new IllegalStateException("the warm-up mentions were not stored within "
                            + WARM_UP_TIMEOUT.toSeconds() + " s: is the whole stack up (bin/flarewatch status)?");
                }
                List<String> lines = new ArrayList<>();
                for (LoadBrand brand : brands) {
                    lines.add(warm.ordinary(seq++, brand, Instant.now()));
                }
                http.postBatch(lines);
                Thread.sleep(2_000);
                watcher.poll(0);
            }
        }
    }

    private LoadSummary measure(LoadSender sender, StoredMentionWatcher watcher, String sourceIdPrefix)
            throws Exception {
        long startMs = System.currentTimeMillis();
        ScheduledExecutorService ticks = Executors.newScheduledThreadPool(1);
        ConsumerLag lag = new ConsumerLag(config.bootstrapServers());
        LoadProgress progress = new LoadProgress(sender, watcher, lag, out, startMs);
        ticks.scheduleWithFixedDelay(() -> progress.poll(startMs), POLL_MS, POLL_MS, TimeUnit.MILLISECONDS);
        ticks.scheduleAtFixedRate(progress::print, PROGRESS_MS, PROGRESS_MS, TimeUnit.MILLISECONDS);
        sender.run();
        long sentDoneMs = System.currentTimeMillis();
        out.printf(
                Locale.ROOT,
                "sending done: %d acknowledged, %d refused in %.1f s (%.0f/s)%n",
                sender.sent.get(),
                sender.refused.get(),
                (sentDoneMs - startMs) / 1e3,
                sender.sent.get() * 1e3 / (sentDoneMs - startMs));
        if (sender.lastRefusal() != null) {
            out.println("last refusal: " + sender.lastRefusal());
        }
        progress.awaitDrain(sender.sent.get(), sentDoneMs + options.drain().toMillis(), ALERT_GRACE.toMillis());
        ticks.shutdownNow();
        ticks.awaitTermination(5, TimeUnit.SECONDS);
        lag.close();
        watcher.poll(startMs);
        // counted per mention: acknowledged and stored, acknowledged and missing, stored without an acknowledgement
        BitSet acknowledged = sender.acknowledged();
        BitSet storedSeqs = watcher.storedSeqs();
        BitSet acknowledgedStored = (BitSet) acknowledged.clone();
        acknowledgedStored.and(storedSeqs);
        storedSeqs.andNot(acknowledged);
        if (!storedSeqs.isEmpty()) {
            out.printf(
                    "stored although their batch was not acknowledged (an error or time-out at the client): %d%n",
                    storedSeqs.cardinality());
        }
        if (acknowledged.cardinality() < sender.sent.get()) {
            out.printf(
                    "acknowledged in batches ingest answered in part (not counted): %d%n",
                    sender.sent.get() - acknowledged.cardinality());
        }
        long[] stored = watcher.storedLatenciesMs();
        double storedSeconds = Math.max(1, watcher.lastStoredAtMs() - startMs) / 1e3;
        long p99Alert = progress.reportAlerts();
        out.printf(
                "scored more than once on mentions-scored (what alert-service counts twice): %d%n",
                new ScoredTwice(config.bootstrapServers()).count(startMs, sourceIdPrefix));
        out.println("measuring the plain Kafka round trip on the same broker...");
        KafkaRoundTrip.Result raw = new KafkaRoundTrip(config.bootstrapServers()).measure(options.rawRecords(), runId);
        out.printf(
                Locale.ROOT,
                "machine: %d cores, load average %.1f at the end (other work skews every figure)%n",
                Runtime.getRuntime().availableProcessors(),
                ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        out.printf(
                Locale.ROOT,
                "kafka round trip: %d records of %d bytes on average: %.0f/s; receipt-to-stored is "
                        + "measured by polling PostgreSQL every %d ms%n",
                options.rawRecords(),
                raw.meanRecordBytes(),
                raw.recordsPerS(),
                POLL_MS);
        return new LoadSummary(
                acknowledged.cardinality(),
                acknowledgedStored.cardinality(),
                watcher.duplicatedRows(),
                acknowledgedStored.cardinality() / storedSeconds,
                Percentiles.of(stored, 50),
                Percentiles.of(stored, 99),
                p99Alert,
                raw.recordsPerS());
    }
}
