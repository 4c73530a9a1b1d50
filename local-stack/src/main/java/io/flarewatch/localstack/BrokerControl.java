package io.flarewatch.localstack;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * Lets {@code bin/flarewatch drill} restart the launcher's embedded broker: whoever may write the stack's data
 * folder writes {@code restart <seconds>} to {@code run/broker-control}; the launcher takes the request (deletes
 * the file), stops the broker, waits, starts it on the same data and says so in {@code run/broker-state}
 * ({@code down <time>}, then {@code up <time>}). A file rather than a port: nothing listens, nothing to secure.
 */
final class BrokerControl implements AutoCloseable {

    private static final Duration CHECK = Duration.ofMillis(500);
    private static final Duration LONGEST_OUTAGE = Duration.ofMinutes(5);

    private final Infrastructure infrastructure;
    private final StackConfig config;
    private final PrintStream out;
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread thread = new Thread(r, "flarewatch-broker-control");
        thread.setDaemon(true);
        return thread;
    });

    BrokerControl(Infrastructure infrastructure, StackConfig config, PrintStream out) {
        this.infrastructure = infrastructure;
        this.config = config;
        this.out = out;
    }

    /** The request file the drill writes. */
    static Path requestFile(StackConfig config) {
        return config.runDir().resolve("broker-control");
    }

    /** The file that says whether the broker is down or up again, and since when. */
    static Path stateFile(StackConfig config) {
        return config.runDir().resolve("broker-state");
    }

    /** Starts watching for requests. */
    void start() throws IOException {
        Files.deleteIfExists(requestFile(config));
        writeState("up");
        timer.scheduleWithFixedDelay(this::check, CHECK.toMillis(), CHECK.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check() {
        Path request = requestFile(config);
        if (!Files.exists(request)) {
            return;
        }
        try {
            String text = Files.readString(request, StandardCharsets.UTF_8).trim();
            Files.deleteIfExists(request);
            Duration downFor = parse(text);
            out.printf("  %s broker control: stopping Kafka for %d s%n", Instant.now(), downFor.toSeconds());
            writeState("stopping");
            infrastructure.restartKafka(downFor, () -> writeState("down"));
            writeState("up");
            out.printf("  %s broker control: Kafka is up again%n", Instant.now());
        } catch (Exception e) {
            out.println("  broker control: " + e.getMessage());
            writeState("failed " + e.getMessage().replace('\n', ' '));
        }
    }

    /** {@code restart 10} is a 10 s outage; anything else is refused. */
    static Duration parse(String request) {
        String[] words = request.split("\\s+");
        if (words.length != 2 || !words[0].equals("restart") || !words[1].matches("\\d{1,4}")) {
            throw new IllegalArgumentException("unknown request '" + request + "' (expected: restart <seconds>)");
        }
        Duration downFor = Duration.ofSeconds(Long.parseLong(words[1]));
        if (downFor.compareTo(LONGEST_OUTAGE) > 0) {
            throw new IllegalArgumentException("an outage of at most " + LONGEST_OUTAGE.toSeconds() + " s");
        }
        return downFor;
    }

    private void writeState(String state) {
        try {
            Files.writeString(stateFile(config), state + " " + Instant.now() + "\n", StandardCharsets.UTF_8);
        } catch (IOException e) {
            out.println("  broker control: cannot write " + stateFile(config) + ": " + e.getMessage());
        }
    }

    @Override
    public void close() {
        timer.shutdownNow();
    }
}
