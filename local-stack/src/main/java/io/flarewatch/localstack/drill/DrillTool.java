package io.flarewatch.localstack.drill;

import io.flarewatch.localstack.EmbeddedDatabase;
import io.flarewatch.localstack.StackConfig;
import io.flarewatch.localstack.load.StackHttp;
import java.io.PrintStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * {@code bin/flarewatch drill}: for each fault in turn (kill -9 of each service, a broker restart), a load on fresh
 * brands with a storm, the fault, the wait for recovery and one line of what it cost; exits 1 when a fault lost or
 * doubled a mention, did not recover, silenced the storm's alert or repeated a notification.
 */
public final class DrillTool {

    private final StackConfig config;
    private final DrillOptions options;
    private final PrintStream out;
    private final String runId = "d" + Long.toString(System.currentTimeMillis() % 100_000_000, 36);

    DrillTool(StackConfig config, DrillOptions options, PrintStream out) {
        this.config = config;
        this.options = options;
        this.out = out;
    }

    /** Entry point; exits 2 on bad options, 1 when a fault cost something it must not. */
    public static void main(String[] args) throws Exception {
        DrillOptions options;
        try {
            options = DrillOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(DrillOptions.USAGE);
            System.exit(2);
            return;
        }
        boolean passed = new DrillTool(StackConfig.fromEnvironment(System.getenv()), options, System.out).run();
        System.exit(passed ? 0 : 1);
    }

    boolean run() throws Exception {
        String jdbcUrl = "jdbc:postgresql://localhost:" + config.postgresPort() + "/" + EmbeddedDatabase.DATABASE;
        StackHttp http = StackHttp.of(config);
        List<FaultResult> results = new ArrayList<>();
        out.printf(
                Locale.ROOT,
                "drill %s: %s under %.0f mentions/s, each for %d s with the fault at %d s%n",
                runId,
                String.join(", ", options.faults()),
                options.rate(),
                options.phase().toSeconds(),
                options.faultAt().toSeconds());
        try (WebhookReceiver webhook = new WebhookReceiver();
                DrillLedger ledger = new DrillLedger(jdbcUrl, EmbeddedDatabase.USER);
                StackProbe probe = new StackProbe(config)) {
            DrillPhase phase = new DrillPhase(config, options, http, jdbcUrl, webhook, out);
            for (int i = 0; i < options.faults().size(); i++) {
                Fault fault = fault(options.faults().get(i));
                out.println(fault.name() + ":");
                FaultResult result = phase.run(fault, runId + "f" + i + "x", ledger, probe);
                out.println(result.line());
                results.add(result);
            }
        }
        out.println("summary:");
        results.forEach(r -> out.println((r.passed() ? "  ok     " : "  FAILED ") + r.line()));
        return results.stream().allMatch(FaultResult::passed);
    }

    private Fault fault(String name) {
        return switch (name) {
            case "broker" -> new BrokerRestart(config, options.brokerDown());
            case "crisis-api" -> new ServiceKill(config, name, config.apiPort());
            case "ingest-service" -> new ServiceKill(config, name, config.ingestPort());
            case "sentiment-service" -> new ServiceKill(config, name, config.sentimentPort());
            case "alert-service" -> new ServiceKill(config, name, config.alertPort());
            default -> throw new IllegalArgumentException("unknown fault " + name);
        };
    }
}
