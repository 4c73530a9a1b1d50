package io.flarewatch.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.OptionalLong;

/** {@code bin/flarewatch status}: each process of the running local stack, its health and its restarts. */
final class StatusCommand {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private StatusCommand() {}

    /** Prints the table; returns 0 when every service is up and healthy, 1 otherwise, 3 when nothing runs. */
    static int run(StackConfig config, PrintStream out) throws IOException {
        Path file = Supervisor.statusFile(config);
        OptionalLong launcher = PidFiles.read(config.runDir().resolve("launcher.pid"));
        if (!Files.exists(file) || launcher.isEmpty() || !alive(launcher.getAsLong())) {
            out.println("Flarewatch is not running (no launcher in " + config.runDir() + ")");
            return 3;
        }
        out.printf(
                "launcher pid %d; Kafka %s; PostgreSQL localhost:%d%n",
                launcher.getAsLong(), config.bootstrapServers(), config.postgresPort());
        out.printf("%-20s %-8s %-6s %-10s %-9s %s%n", "SERVICE", "PID", "PORT", "HEALTH", "RESTARTS", "UP SINCE");
        boolean allHealthy = true;
        List<String> lines = Files.readAllLines(file);
        for (String line : lines) {
            String[] f = line.split("\t");
            if (f.length < 5) {
                continue;
            }
            String health = !alive(f[1]) ? "down" : healthy(Integer.parseInt(f[2])) ? "UP" : "not-ready";
            allHealthy &= "UP".equals(health);
            out.printf(
                    "%-20s %-8s %-6s %-10s %-9s %s%n",
                    f[0], f[1], f[2], health, f[3], Instant.parse(f[4]).toString());
        }
        return allHealthy ? 0 : 1;
    }

    private static boolean alive(String pid) {
        try {
            return alive(Long.parseLong(pid));
        } catch (NumberFormatException e) {
            return false;
        }
    }

    private static boolean alive(long pid) {
        return ProcessHandle.of(pid).map(ProcessHandle::isAlive).orElse(false);
    }

    private static boolean healthy(int port) {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(3))
                    .GET()
                    .build();
            return HTTP.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
