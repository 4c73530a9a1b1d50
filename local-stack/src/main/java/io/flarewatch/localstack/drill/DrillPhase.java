package io.flarewatch.localstack.drill;

import io.flarewatch.localstack.EmbeddedDatabase;
import io.flarewatch.localstack.StackConfig;
import io.flarewatch.localstack.load.LoadBrand;
import io.flarewatch.localstack.load.LoadSender;
import io.flarewatch.localstack.load.LoadTool;
import io.flarewatch.localstack.load.MentionGenerator;
import io.flarewatch.localstack.load.ScoredTwice;
import io.flarewatch.localstack.load.StackHttp;
import io.flarewatch.localstack.load.StoredMentionWatcher;
import java.io.PrintStream;
import java.time.Duration;
import java.util.BitSet;
import java.util.List;

/**
 * One fault of the drill: fresh brands notifying the drill's webhook, a load with a storm, the fault a little into
 * it, the wait for recovery, then the reckoning in PostgreSQL once everything acknowledged had time to be stored.
 */
final class DrillPhase {

    private static final int AUTHORS = 5000;
    private static final Duration DRAIN = Duration.ofSeconds(180);
    private static final Duration ALERT_WAIT = Duration.ofSeconds(60);
    private static final Duration NOTIFY_WAIT = Duration.ofSeconds(20);

    private final StackConfig config;
    private final DrillOptions options;
    private final StackHttp http;
    private final String jdbcUrl;
    private final WebhookReceiver webhook;
    private final PrintStream out;

    DrillPhase(
            StackConfig config,
            DrillOptions options,
            StackHttp http,
            String jdbcUrl,
            WebhookReceiver webhook,
            PrintStream out) {
        this.config = config;
        this.options = options;
        this.http = http;
        this.jdbcUrl = jdbcUrl;
        this.webhook = webhook;
        this.out = out;
    }

    /** Runs the load with {@code fault} injected; {@code phaseId} names the phase's brands and source ids. */
    FaultResult run(Fault fault, String phaseId, DrillLedger ledger, StackProbe probe) throws Exception {
        List<LoadBrand> brands = LoadBrand.invent(options.brands(), phaseId);
        String brandPrefix = "load-" + phaseId + "-";
        boolean notifying = true;
        for (LoadBrand brand : brands) {
            http.createBrand(brand);
            String refusal = http.setWebhook(brand, webhook.url());
            if (refusal != null && notifying) {
                out.println("  notifications not checked (crisis-api refused the drill's webhook: " + refusal + ")");
                notifying = false;
            }
        }
        try {
            settle(probe);
            return load(fault, phaseId, brands, brandPrefix, notifying, ledger, probe);
        } finally {
            // a brand left behind would match the next phase's mentions (the names repeat) and store them twice
            for (LoadBrand brand : brands) {
                http.deleteBrand(brand);
            }
        }
    }

    private FaultResult load(
            Fault fault,
            String phaseId,
            List<LoadBrand> brands,
            String brandPrefix,
            boolean notifying,
            DrillLedger ledger,
            StackProbe probe)
            throws Exception {
        LoadTool.warmUp(brands, http, jdbcUrl, phaseId, AUTHORS);
        MentionGenerator generator = new MentionGenerator(brands, AUTHORS, 0.15, phaseId, phaseId.hashCode());
        LoadSender sender = new LoadSender(options.load(), generator, http, brands);
        long startMs = System.currentTimeMillis();
        Thread sending = new Thread(
                () -> {
                    try {
                        sender.run();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                },
                "drill-load");
        sending.start();
        Thread.sleep(options.faultAt().toMillis());
        out.printf(
                "  %s: injecting the fault %.0f s into the load%n",
                fault.name(), options.faultAt().toSeconds() * 1.0);
        long faultMs = System.currentTimeMillis();
        fault.inject();
        Recovery recovery =
                new Recovery(fault, probe, options.caughtUpLag(), out).await(faultMs, options.recoveryTimeout());
        sending.join();
        PhaseRun run = new PhaseRun(fault, sender, recovery, brands, brandPrefix, notifying, startMs);
        try (StoredMentionWatcher stored =
                new StoredMentionWatcher(jdbcUrl, EmbeddedDatabase.USER, generator.sourceIdPrefix(), brands)) {
            return reckon(run, stored, ledger, probe);
        }
    }

    /** What one phase did, for the reckoning. */
    private record PhaseRun(
            Fault fault,
            LoadSender sender,
            Recovery recovery,
            List<LoadBrand> brands,
            String brandPrefix,
            boolean notifying,
            long startMs) {}

    private FaultResult reckon(PhaseRun run, StoredMentionWatcher stored, DrillLedger ledger, StackProbe probe)
            throws Exception {
        LoadSender sender = run.sender();
        String brandPrefix = run.brandPrefix();
        BitSet acknowledged = sender.acknowledged();
        BitSet missing = awaitStored(stored, acknowledged);
        LoadBrand stormBrand = sender.stormBrand(0);
        long stormAlerts = awaitAlert(ledger, probe, stormBrand.id());
        long notifications = run.notifying() ? awaitNotifications(ledger, brandPrefix) : -1;
        long calmAlerts = 0;
        for (LoadBrand brand : run.brands()) {
            calmAlerts += brand.equals(stormBrand) ? 0 : ledger.alerts(brand.id());
        }
        BitSet unacknowledgedStored = stored.storedSeqs();
        unacknowledgedStored.andNot(acknowledged);
        if (!unacknowledgedStored.isEmpty()) {
            out.printf(
                    "  %d mentions stored whose batch was not acknowledged (ingest died after publishing them)%n",
                    unacknowledgedStored.cardinality());
        }
        long repeated = Math.max(ledger.repeatedQueued(brandPrefix), ledger.repeatedDelivered(brandPrefix))
                + webhook.repeated(brandPrefix);
        return new FaultResult(
                run.fault().name(),
                sender.sentCount(),
                sender.refusedCount(),
                missing.cardinality(),
                stored.duplicatedRows(),
                new ScoredTwice(config.bootstrapServers()).count(run.startMs(), stored.sourceIdPrefix()),
                run.recovery().backSeconds(),
                run.recovery().recoveredSeconds(),
                stormAlerts,
                calmAlerts,
                notifications,
                repeated);
    }

    /** Waits until every acknowledged mention is in PostgreSQL or the drain time passes; returns the missing. */
    private BitSet awaitStored(StoredMentionWatcher stored, BitSet acknowledged) throws Exception {
        long deadline = System.currentTimeMillis() + DRAIN.toMillis();
        while (true) {
            BitSet missing = (BitSet) acknowledged.clone();
            missing.andNot(stored.storedSeqs());
            if (missing.isEmpty() || System.currentTimeMillis() > deadline) {
                return missing;
            }
            Thread.sleep(1_000);
        }
    }

    /** Waits for the storm's alert: while alert-service works through a backlog, then up to a minute more. */
    private long awaitAlert(DrillLedger ledger, StackProbe probe, String brandId) throws Exception {
        long longest = System.currentTimeMillis() + options.recoveryTimeout().toMillis();
        long deadline = System.currentTimeMillis() + ALERT_WAIT.toMillis();
        while (ledger.alerts(brandId) == 0 && System.currentTimeMillis() < Math.min(deadline, longest)) {
            if (!probe.caughtUp(options.caughtUpLag())) {
                deadline = System.currentTimeMillis() + ALERT_WAIT.toMillis();
            }
            Thread.sleep(1_000);
        }
        return ledger.alerts(brandId);
    }

    /** Waits (at most the recovery time-out) for the stack to catch up, so that a fault starts from a calm stack. */
    private void settle(StackProbe probe) throws InterruptedException {
        long deadline = System.currentTimeMillis() + options.recoveryTimeout().toMillis();
        if (probe.caughtUp(options.caughtUpLag())) {
            return;
        }
        out.println("  waiting for the stack to catch up first: " + probe.describeLag());
        while (!probe.caughtUp(options.caughtUpLag()) && System.currentTimeMillis() < deadline) {
            Thread.sleep(1_000);
        }
        if (!probe.caughtUp(options.caughtUpLag())) {
            out.println("  starting anyway, still behind: " + probe.describeLag());
        }
    }

    /** Waits until the alerts' notifications are delivered; then a little longer, for a repeat to show up. */
    private long awaitNotifications(DrillLedger ledger, String brandPrefix) throws Exception {
        long deadline = System.currentTimeMillis() + NOTIFY_WAIT.toMillis();
        while (webhook.received(brandPrefix) == 0 && System.currentTimeMillis() < deadline) {
            Thread.sleep(500);
        }
        Thread.sleep(3_000);
        return ledger.delivered(brandPrefix);
    }
}
