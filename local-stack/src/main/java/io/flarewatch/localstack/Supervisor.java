package io.flarewatch.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Keeps the local stack's services running: a service whose process exits is started again after a
 * {@link RestartBackoff} delay, each crash and restart is logged (on the console and in {@code logs/supervisor.log}),
 * and {@code run/status.tsv} says for {@code bin/flarewatch status} which process runs and how often it restarted.
 */
final class Supervisor implements AutoCloseable {

    private static final Duration CHECK = Duration.ofSeconds(1);

    private final List<ServiceProcess> services;
    private final StackConfig config;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "flarewatch-supervisor");
        thread.setDaemon(true);
        return thread;
    });
    private final Map<String, Integer> quickCrashes = new HashMap<>();
    private final Map<String, Instant> restartDue = new HashMap<>();
    private volatile boolean stopping;

    Supervisor(List<ServiceProcess> services, StackConfig config, PrintStream out) {
        this.services = services;
        this.config = config;
        this.out = out;
    }

    /** Starts watching every second. */
    void start() {
        writeStatus();
        timer.scheduleWithFixedDelay(this::check, CHECK.toMillis(), CHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private synchronized void check() {
        for (ServiceProcess service : services) {
            if (stopping || service.alive()) {
                continue;
            }
            Instant due = restartDue.get(service.name());
            if (due == null) {
                scheduleRestart(service);
            } else if (!Instant.now().isBefore(due)) {
                restartDue.remove(service.name());
                restart(service);
            }
        }
    }

    private void scheduleRestart(ServiceProcess service) {
        Duration ran = Duration.between(service.startedAt(), Instant.now());
        int crashes = ran.compareTo(RestartBackoff.STABLE) < 0 ? quickCrashes.getOrDefault(service.name(), 0) + 1 : 1;
        quickCrashes.put(service.name(), crashes);
        Duration delay = RestartBackoff.delay(crashes);
        restartDue.put(service.name(), Instant.now().plus(delay));
        log(
                "%s (pid %d) exited with code %d after %d s; restarting in %d s (restart %d)",
                service.name(),
                service.pid(),
                service.exitCode(),
                ran.toSeconds(),
                delay.toSeconds(),
                service.restarts() + 1);
    }

    private void restart(ServiceProcess service) {
        try {
            service.restart();
            log("%s restarted as pid %d (log in %s)", service.name(), service.pid(), service.log());
        } catch (IOException e) {
            log("%s could not be restarted: %s", service.name(), e.getMessage());
        }
        writeStatus();
    }

    private void log(String format, Object... args) {
        String line = Instant.now() + " supervisor: " + String.format(format, args);
        out.println("  " + line);
        try {
            Files.createDirectories(config.logDir());
            Files.writeString(
                    config.logDir().resolve("supervisor.log"),
                    line + "\n",
                    StandardCharsets.UTF_8,
                    StandardOpenOption.CREATE,
                    StandardOpenOption.APPEND);
        } catch (IOException e) {
            out.println("  supervisor: cannot write its log: " + e.getMessage());
        }
    }

    /** One line per service: name, pid, port, restarts, when the current process started. */
    private void writeStatus() {
        StringBuilder status = new StringBuilder();
        for (ServiceProcess service : services) {
            status.append(String.join(
                            "\t",
                            service.name(),
                            String.valueOf(service.pid()),
                            String.valueOf(service.port()),
                            String.valueOf(service.restarts()),
                            service.startedAt().toString()))
                    .append('\n');
        }
        try {
            // written aside and moved into place, so that `status` never reads half a file
            Path written = Files.writeString(
                    statusFile(config).resolveSibling("status.tsv.new"), status.toString(), StandardCharsets.UTF_8);
            Files.move(
                    written, statusFile(config), StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
        } catch (IOException e) {
            out.println("  supervisor: cannot write " + statusFile(config) + ": " + e.getMessage());
        }
    }

    /** Where the launcher keeps the services' status. */
    static Path statusFile(StackConfig config) {
        return config.runDir().resolve("status.tsv");
    }

    /** Stops restarting (the launcher is stopping the services on purpose). */
    @Override
    public synchronized void close() {
        stopping = true;
        timer.shutdownNow();
    }
}
