package io.flarewatch.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;

/**
 * {@code bin/flarewatch up}, {@code down} and {@code status}: runs the whole system on the embedded default (Kafka
 * and PostgreSQL in this JVM, the four services as separate processes, restarted when they crash) until Ctrl-C.
 */
public final class Launcher {

    private static final Duration HEALTH_TIMEOUT = Duration.ofSeconds(180);
    private static final String READY_LINE = "Flarewatch is up.";

    private final StackConfig config;
    private final PrintStream out;
    private final List<ServiceProcess> services = new ArrayList<>();
    private boolean withPrometheus;
    private int replicas = 1;
    private Process prometheus;
    private Infrastructure infrastructure;
    private Supervisor supervisor;
    private BrokerControl brokerControl;
    private String adminKey;
    private String sourceKey;

    Launcher(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Entry point: {@code up [--demo] [--replicas N]} or {@code down}. */
    public static void main(String[] args) throws Exception {
        StackConfig config = StackConfig.fromEnvironment(System.getenv());
        String command = args.length == 0 ? "" : args[0];
        switch (command) {
            case "up" ->
                up(
                        config,
                        List.of(args).contains("--demo"),
                        List.of(args).contains("--with-prometheus"),
                        replicas(config, List.of(args)));
            case "down" -> down(config);
            case "status" -> System.exit(StatusCommand.run(config, System.out));
            default -> {
                System.err.println("usage: Launcher up [--demo] [--with-prometheus] [--replicas N] | down | status");
                System.exit(2);
            }
        }
    }

    private static void up(StackConfig config, boolean demo, boolean withPrometheus, int replicas) throws Exception {
        Launcher launcher = new Launcher(config, System.out);
        launcher.withPrometheus = withPrometheus;
        launcher.replicas = replicas;
        DemoScenario scenario = new DemoScenario(config, System.out);
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            scenario.stopping();
                            launcher.stop();
                            stopped.countDown();
                        },
                        "flarewatch-shutdown"));
        try {
            launcher.start();
        } catch (Exception e) {
            System.err.println("Flarewatch did not start: " + e.getMessage());
            System.exit(1);
        }
        if (demo) {
            scenario.run(launcher.adminKey, launcher.sourceKey);
        }
        stopped.await();
    }

    private static int replicas(StackConfig config, List<String> args) {
        try {
            int replicas = ReplicaPlan.fromArguments(args);
            ReplicaPlan.instances(config, replicas);
            return replicas;
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.exit(2);
            return 0;
        }
    }

    private static void down(StackConfig config) throws IOException {
        int stopped = ProcessCleanup.killRecorded(config.runDir());
        boolean postgres = ProcessCleanup.killStalePostgres(config.postgresDir());
        System.out.printf("Stopped %d process(es)%s.%n", stopped, postgres ? " and a PostgreSQL left behind" : "");
    }

    /** Starts infrastructure and services and prints where everything is. */
    void start() throws Exception {
        out.println("Starting Flarewatch (data in " + config.dataDir() + ")");
        ProcessCleanup.killRecorded(config.runDir());
        requireFreePorts();
        Files.createDirectories(config.runDir());
        Files.writeString(
                config.runDir().resolve("launcher.pid"),
                String.valueOf(ProcessHandle.current().pid()));
        adminKey = AdminKey.ensure(config.dataDir());
        sourceKey = SourceKeyFile.ensure(config.dataDir());
        infrastructure = Infrastructure.start(config, out);
        SourcesFile.publish(config, out);
        // Replica by replica: the first of each service migrates the database and stores the admin key alone.
        for (int replica = 1; replica <= replicas; replica++) {
            startReplica(replica);
        }
        supervisor = new Supervisor(List.copyOf(services), config, out);
        supervisor.start();
        brokerControl = new BrokerControl(infrastructure, config, out);
        brokerControl.start();
        if (withPrometheus) {
            prometheus = PrometheusProcess.startIfInstalled(config, out).orElse(null);
        }
        printWhereEverythingIs();
    }

    /** Stops the services, then Kafka and PostgreSQL; safe to call twice. */
    synchronized void stop() {
        if (services.isEmpty() && infrastructure == null) {
            return;
        }
        out.println("Stopping Flarewatch...");
        if (supervisor != null) {
            supervisor.close();
            supervisor = null;
        }
        if (brokerControl != null) {
            brokerControl.close();
            brokerControl = null;
        }
        if (prometheus != null) {
            ProcessCleanup.stop(prometheus.pid());
            prometheus = null;
        }
        services.forEach(ServiceProcess::stop);
        services.clear();
        if (infrastructure != null) {
            try {
                infrastructure.close();
            } catch (Exception e) {
                out.println("  while stopping Kafka/PostgreSQL: " + e.getMessage());
            }
            infrastructure = null;
        }
        try {
            ProcessCleanup.killRecorded(config.runDir());
        } catch (IOException e) {
            out.println("  could not clean pid files: " + e.getMessage());
        }
        out.println("Stopped.");
    }

    private void startReplica(int replica) throws Exception {
        List<ServiceProcess> started = new ArrayList<>();
        for (ServiceInstance instance : ReplicaPlan.instances(config, replicas)) {
            if (instance.replica() != replica) {
                continue;
            }
            out.printf(
                    "  starting %s on port %d (log in %s)%n",
                    instance.name(), instance.port(), config.logDir().resolve(instance.name() + ".log"));
            started.add(ServiceProcess.start(config, instance, serviceEnvironment(instance)));
        }
        services.addAll(started);
        for (ServiceProcess service : started) {
            service.awaitHealthy(HEALTH_TIMEOUT);
            out.printf("  %s is healthy%n", service.name());
        }
    }

    private Map<String, String> serviceEnvironment(ServiceInstance instance) {
        Map<String, String> env = serviceEnvironment(instance.service());
        env.put("FLAREWATCH_STREAMS_STATE_DIR", instance.stateDir().toString());
        env.put("FLAREWATCH_STREAMS_STANDBY_REPLICAS", String.valueOf(ReplicaPlan.standbyReplicas(replicas)));
        return env;
    }

    private Map<String, String> serviceEnvironment(String service) {
        EmbeddedDatabase db = infrastructure.database();
        Map<String, String> env = new LinkedHashMap<>(Map.of(
                "KAFKA_BOOTSTRAP_SERVERS", config.bootstrapServers(),
                "FLAREWATCH_DB_REACTIVE_URL", db.reactiveUrl(),
                "FLAREWATCH_DB_JDBC_URL", db.jdbcUrl(),
                "FLAREWATCH_DB_USER", EmbeddedDatabase.USER,
                "FLAREWATCH_STREAMS_STATE_DIR", config.streamsStateDir().toString()));
        if ("crisis-api".equals(service)) {
            env.put(AdminKey.ENVIRONMENT, adminKey);
            // reads from this machine need no key here (curl localhost:8080/alerts); writes need the admin key
            env.put("FLAREWATCH_AUTH_LOCAL_VIEWER", "true");
        }
        if ("ingest-service".equals(service)) {
            // accepted from the first request on: the demo posts before ingest could read the source-keys topic
            env.put(SourceKeyFile.INGEST_HASHES, SourceKeyFile.ingestHashes(sourceKey, System.getenv()));
        }
        return env;
    }

    private void requireFreePorts() {
        List<Integer> ports =
                new ArrayList<>(List.of(config.kafkaPort(), config.controllerPort(), config.postgresPort()));
        ReplicaPlan.instances(config, replicas).forEach(instance -> ports.add(instance.port()));
        for (int port : ports) {
            try (ServerSocket socket = new ServerSocket(port)) {
                socket.setReuseAddress(true);
            } catch (IOException e) {
                throw new IllegalStateException("port " + port + " is in use; is another Flarewatch running? "
                        + "Try bin/flarewatch down, or set the FLAREWATCH_*_PORT variables");
            }
        }
    }

    private void printWhereEverythingIs() {
        out.println();
        out.println(READY_LINE);
        out.printf(
                "  console            http://localhost:%d/console/   (sign in with the admin API key)%n",
                config.apiPort());
        out.printf("  crisis-api         http://localhost:%d   (alerts: /alerts, brands: /brands)%n", config.apiPort());
        out.printf(
                "  admin API key      %s   (also in %s; reads from this machine need no key)%n",
                adminKey, config.dataDir().resolve(AdminKey.FILE));
        out.printf(
                "  ingest-service     http://localhost:%d   (POST /mentions, POST /mentions/batch)%n",
                config.ingestPort());
        out.printf(
                "  source key         %s   (also in %s; send it to ingest as X-Api-Key)%n",
                sourceKey, config.dataDir().resolve(SourceKeyFile.FILE));
        out.printf("  sentiment-service  http://localhost:%d%n", config.sentimentPort());
        out.printf("  alert-service      http://localhost:%d%n", config.alertPort());
        for (ServiceInstance instance : ReplicaPlan.instances(config, replicas)) {
            if (!instance.first()) {
                out.printf(
                        "  %-18s http://localhost:%d   (replica %d)%n",
                        instance.name(), instance.port(), instance.replica());
            }
        }
        out.printf("  Kafka              %s%n", config.bootstrapServers());
        out.printf(
                "  PostgreSQL         localhost:%d/%s (user %s)%n",
                config.postgresPort(), EmbeddedDatabase.DATABASE, EmbeddedDatabase.USER);
        out.println("  health /q/health, metrics /q/metrics on every service; logs in " + config.logDir());
        if (prometheus != null) {
            out.printf(
                    "  Prometheus         http://localhost:%d (Grafana dashboards: deploy/grafana/dashboards)%n",
                    PrometheusProcess.PORT);
        }
        out.println("A service that exits is restarted (bin/flarewatch status lists processes, health and restarts).");
        out.println("Press Ctrl-C to stop everything.");
        out.flush();
    }
}
