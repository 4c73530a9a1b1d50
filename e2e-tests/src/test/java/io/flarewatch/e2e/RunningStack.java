package io.flarewatch.e2e;

import io.flarewatch.localstack.ReplicaPlan;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/** The whole system started with {@code bin/flarewatch up}, on free ports and a data folder of the test's own. */
final class RunningStack implements AutoCloseable {

    private static final Duration STARTUP = Duration.ofMinutes(6);

    final Map<String, Integer> ports;
    private final Path data;
    private final Process process;
    private final List<String> output = new CopyOnWriteArrayList<>();

    private RunningStack(Map<String, Integer> ports, Path data, Process process) {
        this.ports = ports;
        this.data = data;
        this.process = process;
    }

    /** Free ports for every part of the stack, named as the launcher's environment variables. */
    static Map<String, Integer> freePorts() throws IOException {
        return Map.of(
                "FLAREWATCH_KAFKA_PORT", freePort(),
                "FLAREWATCH_CONTROLLER_PORT", freePort(),
                "FLAREWATCH_POSTGRES_PORT", freePort(),
                "FLAREWATCH_API_PORT", freePort(),
                "FLAREWATCH_INGEST_PORT", freePort(),
                "FLAREWATCH_SENTIMENT_PORT", freePort(),
                "FLAREWATCH_ALERT_PORT", freePort());
    }

    /**
     * Free ports for a stack of {@code replicas} replicas: each service's port is free, and so is every port its
     * other replicas take ({@link ReplicaPlan#PORT_STEP} apart).
     */
    static Map<String, Integer> freePorts(int replicas) throws IOException {
        Map<String, Integer> ports = new HashMap<>(freePorts());
        for (String service : List.of(
                "FLAREWATCH_API_PORT",
                "FLAREWATCH_INGEST_PORT",
                "FLAREWATCH_SENTIMENT_PORT",
                "FLAREWATCH_ALERT_PORT")) {
            int port = ports.get(service);
            while (!replicaPortsFree(port, replicas, ports.values())) {
                port = freePort();
            }
            ports.put(service, port);
        }
        return Map.copyOf(ports);
    }

    /** Runs {@code bin/flarewatch up} and waits until it says the system is up. */
    static RunningStack up(Path home, Path data, Map<String, Integer> ports) throws Exception {
        return up(home, data, ports, 1);
    }

    /** Runs {@code bin/flarewatch up --replicas N} (quick buckets, as {@link #up}) and waits until it is up. */
    static RunningStack up(Path home, Path data, Map<String, Integer> ports, int replicas) throws Exception {
        ProcessBuilder builder = replicas == 1
                ? launcher(home, data, ports, "up")
                : launcher(home, data, ports, "up", "--replicas", String.valueOf(replicas));
        // Short buckets and a short calm period, so that an incident opens and resolves within the test.
        builder.environment().put("FLAREWATCH_ALERTS_BUCKET", "PT10S");
        builder.environment().put("FLAREWATCH_ALERTS_TICK", "PT2S");
        builder.environment().put("FLAREWATCH_ALERTS_CALM_TO_RESOLVE", "PT30S");
        return start(builder, ports, data);
    }

    /** Runs {@code bin/flarewatch up --demo} exactly as a user does (one-minute buckets) and waits until it is up. */
    static RunningStack upWithDemo(Path home, Path data, Map<String, Integer> ports) throws Exception {
        return start(launcher(home, data, ports, "up", "--demo"), ports, data);
    }

    private static ProcessBuilder launcher(Path home, Path data, Map<String, Integer> ports, String... args) {
        List<String> command =
                new ArrayList<>(List.of(home.resolve("bin/flarewatch").toString()));
        command.addAll(List.of(args));
        ProcessBuilder builder =
                new ProcessBuilder(command).directory(home.toFile()).redirectErrorStream(true);
        builder.environment().put("FLAREWATCH_DATA", data.toString());
        ports.forEach((name, port) -> builder.environment().put(name, String.valueOf(port)));
        return builder;
    }

    private static RunningStack start(ProcessBuilder builder, Map<String, Integer> ports, Path data) throws Exception {
        RunningStack stack = new RunningStack(ports, data, builder.start());
        stack.awaitReady();
        return stack;
    }

    String api() {
        return "http://localhost:" + ports.get("FLAREWATCH_API_PORT");
    }

    /** crisis-api's admin key, which {@code up} generated into the data folder. */
    String adminKey() throws IOException {
        return Files.readString(data.resolve("admin-key"), StandardCharsets.UTF_8)
                .trim();
    }

    /** The source key that ingest-service accepts, which {@code up} generated into the data folder. */
    String sourceKey() throws IOException {
        return Files.readString(data.resolve("source-key"), StandardCharsets.UTF_8)
                .trim();
    }

    String ingest() {
        return "http://localhost:" + ports.get("FLAREWATCH_INGEST_PORT");
    }

    /** The stack's data folder. */
    Path data() {
        return data;
    }

    /** What {@code bin/flarewatch up} printed so far. */
    List<String> output() {
        return output;
    }

    private void awaitReady() throws Exception {
        CountDownLatch ready = new CountDownLatch(1);
        Thread reader = new Thread(
                () -> {
                    try (BufferedReader lines = new BufferedReader(
                            new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8))) {
                        String line;
                        while ((line = lines.readLine()) != null) {
                            output.add(line);
                            System.out.println("[flarewatch up] " + line);
                            if (line.startsWith("Press Ctrl-C to stop everything.")) {
                                ready.countDown();
                            }
                        }
                    } catch (IOException e) {
                        output.add("(output closed: " + e.getMessage() + ")");
                    }
                },
                "flarewatch-up-output");
        reader.setDaemon(true);
        reader.start();
        if (!ready.await(STARTUP.toSeconds(), TimeUnit.SECONDS)) {
            close();
            throw new IllegalStateException(
                    "bin/flarewatch up was not ready within " + STARTUP + ":\n" + String.join("\n", output));
        }
    }

    /** Stops the stack as Ctrl-C would (SIGTERM to the launcher) and waits for it. */
    @Override
    public void close() throws InterruptedException {
        process.destroy();
        if (!process.waitFor(90, TimeUnit.SECONDS)) {
            process.descendants().forEach(ProcessHandle::destroyForcibly);
            process.destroyForcibly();
        }
    }

    private static boolean replicaPortsFree(int port, int replicas, Collection<Integer> taken) {
        for (int replica = 2; replica <= replicas; replica++) {
            int other = port + ReplicaPlan.PORT_STEP * (replica - 1);
            if (taken.contains(other) || !RunningStackPorts.free(other)) {
                return false;
            }
        }
        return true;
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }
}
