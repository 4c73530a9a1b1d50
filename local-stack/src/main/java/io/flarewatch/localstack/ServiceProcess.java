package io.flarewatch.localstack;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One Flarewatch service started as a separate JVM from its built Quarkus application; it can be started again. */
final class ServiceProcess {

    private static final HttpClient HTTP =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();

    private final StackConfig config;
    private final String name;
    private final int port;
    private final List<String> command;
    private final Map<String, String> env;
    private final Path log;
    private volatile Process process;
    private volatile Instant startedAt;
    private volatile int restarts;

    private ServiceProcess(
            StackConfig config, String name, int port, List<String> command, Map<String, String> env, Path log) {
        this.config = config;
        this.name = name;
        this.port = port;
        this.command = command;
        this.env = env;
        this.log = log;
    }

    /** Starts {@code <home>/<name>/target/quarkus-app/quarkus-run.jar} with the given environment. */
    static ServiceProcess start(StackConfig config, String name, int port, Map<String, String> env) throws IOException {
        return start(config, name, name, port, env);
    }

    /** Starts one replica of a service: its module's built jar, under the replica's own name and port. */
    static ServiceProcess start(StackConfig config, ServiceInstance instance, Map<String, String> env)
            throws IOException {
        return start(config, instance.service(), instance.name(), instance.port(), env);
    }

    private static ServiceProcess start(
            StackConfig config, String module, String name, int port, Map<String, String> env) throws IOException {
        Path jar = config.home().resolve(module).resolve("target/quarkus-app/quarkus-run.jar");
        if (!Files.exists(jar)) {
            throw new IllegalStateException(
                    module + " is not built (" + jar + " is missing): run ./mvnw package -DskipTests");
        }
        Files.createDirectories(config.logDir());
        Files.createDirectories(config.runDir());
        List<String> command = new ArrayList<>(List.of(javaBinary()));
        command.addAll(JvmOptions.forService(module, System.getenv("FLAREWATCH_JAVA_OPTS")));
        command.addAll(List.of("-jar", jar.toString()));
        Map<String, String> environment = new LinkedHashMap<>(env);
        environment.put("QUARKUS_HTTP_PORT", String.valueOf(port));
        ServiceProcess service = new ServiceProcess(
                config,
                name,
                port,
                List.copyOf(command),
                environment,
                config.logDir().resolve(name + ".log"));
        service.launch();
        return service;
    }

    /** Starts the service again after it stopped; counted in {@link #restarts()}. */
    synchronized void restart() throws IOException {
        restarts++;
        launch();
    }

    private void launch() throws IOException {
        ProcessBuilder builder = new ProcessBuilder(command)
                .redirectErrorStream(true)
                .redirectOutput(ProcessBuilder.Redirect.appendTo(log.toFile()));
        builder.environment().putAll(env);
        process = builder.start();
        startedAt = Instant.now();
        Files.writeString(config.runDir().resolve(name + ".pid"), String.valueOf(process.pid()));
    }

    /** Waits until the service reports itself healthy, or fails with the tail of its log. */
    void awaitHealthy(Duration timeout) throws InterruptedException, IOException {
        Instant deadline = Instant.now().plus(timeout);
        while (Instant.now().isBefore(deadline)) {
            if (!process.isAlive()) {
                throw new IllegalStateException(
                        name + " exited with code " + process.exitValue() + "; its log ends:\n" + tail());
            }
            if (healthy()) {
                return;
            }
            Thread.sleep(500);
        }
        throw new IllegalStateException(
                name + " was not healthy within " + timeout.toSeconds() + " s; its log ends:\n" + tail());
    }

    /** Asks the service to stop and waits for it, forcing it after a grace period. */
    void stop() {
        ProcessCleanup.stop(process.pid());
    }

    /** Whether the process runs. */
    boolean alive() {
        return process.isAlive();
    }

    /** The exit code of the stopped process. */
    int exitCode() {
        return process.exitValue();
    }

    /** The process id of the current process. */
    long pid() {
        return process.pid();
    }

    /** When the current process was started. */
    Instant startedAt() {
        return startedAt;
    }

    /** How many times the supervisor started the service again. */
    int restarts() {
        return restarts;
    }

    /** The service's port. */
    int port() {
        return port;
    }

    /** The service's name. */
    String name() {
        return name;
    }

    /** The service's base URL. */
    String url() {
        return "http://localhost:" + port;
    }

    /** The file the service logs to. */
    Path log() {
        return log;
    }

    /** Whether the service answers its readiness check with 200. */
    boolean healthy() {
        try {
            HttpRequest request = HttpRequest.newBuilder(URI.create(url() + "/q/health/ready"))
                    .timeout(Duration.ofSeconds(2))
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

    private String tail() throws IOException {
        List<String> lines = Files.readAllLines(log);
        return String.join("\n", lines.subList(Math.max(0, lines.size() - 30), lines.size()));
    }

    private static String javaBinary() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }
}
