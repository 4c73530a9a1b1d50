package io.flarewatch.localstack;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/** Debian's (or any) Prometheus started beside the local stack, scraping it with deploy/prometheus/prometheus-local.yml. */
final class PrometheusProcess {

    static final int PORT = 9090;

    private PrometheusProcess() {}

    /** Starts Prometheus if it is installed; empty (with the reason printed) if not. */
    static Optional<Process> startIfInstalled(StackConfig config, java.io.PrintStream out) throws IOException {
        Optional<Path> binary = onPath("prometheus");
        if (binary.isEmpty()) {
            out.println("  Prometheus is not installed (Debian: apt-get install prometheus); starting without it");
            return Optional.empty();
        }
        Path log = config.logDir().resolve("prometheus.log");
        Files.createDirectories(config.logDir());
        Process process = new ProcessBuilder(List.of(
                        binary.get().toString(),
                        "--config.file=" + config.home().resolve("deploy/prometheus/prometheus-local.yml"),
                        "--storage.tsdb.path=" + config.dataDir().resolve("prometheus"),
                        "--web.listen-address=127.0.0.1:" + PORT))
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()))
                .start();
        Files.writeString(config.runDir().resolve("prometheus.pid"), String.valueOf(process.pid()));
        out.printf("  Prometheus on http://localhost:%d (log in %s)%n", PORT, log);
        return Optional.of(process);
    }

    private static Optional<Path> onPath(String name) {
        for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
            Path candidate = Path.of(dir, name);
            if (Files.isExecutable(candidate)) {
                return Optional.of(candidate);
            }
        }
        return Optional.empty();
    }
}
