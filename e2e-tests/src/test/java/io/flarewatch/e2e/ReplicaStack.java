package io.flarewatch.e2e;

import io.flarewatch.localstack.ReplicaPlan;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ConsumerGroupDescription;

/** The replicas of a stack started with {@code --replicas}: their processes, ports, status and consumer groups. */
final class ReplicaStack {

    /** What {@code bin/flarewatch status} printed and its exit code. */
    record Status(int exitCode, String output) {}

    private final RunningStack stack;
    private final Path home;

    ReplicaStack(RunningStack stack, Path home) {
        this.stack = stack;
        this.home = home;
    }

    /** The URL of replica {@code replica} of the service whose first replica is at {@code firstUrl}. */
    String url(String firstUrl, int replica) {
        int colon = firstUrl.lastIndexOf(':');
        int port = Integer.parseInt(firstUrl.substring(colon + 1));
        return firstUrl.substring(0, colon + 1) + (port + ReplicaPlan.PORT_STEP * (replica - 1));
    }

    /** The key ingest asks sources for, when the stack made one ({@code source-key} in its data folder). */
    String sourceKey() throws IOException {
        Path file = stack.data().resolve("source-key");
        return Files.exists(file)
                ? Files.readString(file, StandardCharsets.UTF_8).trim()
                : null;
    }

    /** Runs {@code bin/flarewatch status} against the stack. */
    Status status() throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        home.resolve("bin/flarewatch").toString(), "status")
                .directory(home.toFile())
                .redirectErrorStream(true);
        builder.environment().put("FLAREWATCH_DATA", stack.data().toString());
        stack.ports.forEach((name, port) -> builder.environment().put(name, String.valueOf(port)));
        Process process = builder.start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (!process.waitFor(60, TimeUnit.SECONDS)) {
            process.destroyForcibly();
        }
        return new Status(process.exitValue(), output);
    }

    /** The RESTARTS column of {@code name}'s line in {@code bin/flarewatch status}. */
    String restarts(String name) throws Exception {
        String output = status().output();
        for (String line : output.split("\n")) {
            String[] columns = line.trim().split("\\s+");
            if (columns.length >= 5 && columns[0].equals(name)) {
                return columns[4];
            }
        }
        throw new AssertionError(name + " is not listed by bin/flarewatch status:\n" + output);
    }

    /** Kills the process {@code name} as a crash would (SIGKILL), by the pid the launcher recorded. */
    void kill(String name) throws IOException {
        long pid = Long.parseLong(Files.readString(stack.data().resolve("run").resolve(name + ".pid"))
                .trim());
        ProcessHandle.of(pid).ifPresent(ProcessHandle::destroyForcibly);
        System.out.printf("[replicas] killed %s (pid %d)%n", name, pid);
    }

    /** Waits until the launcher says it restarted {@code name}; fails after {@code timeout}. */
    void awaitRestarted(String name, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline) {
            if (stack.output().stream().anyMatch(l -> l.contains("supervisor: " + name + " restarted"))) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError(name + " was not restarted within " + timeout);
    }

    /** Whether two members of consumer group {@code group} each read partitions of {@code topic}. */
    boolean bothConsume(String group, String topic) throws Exception {
        String bootstrap = "localhost:" + stack.ports.get("FLAREWATCH_KAFKA_PORT");
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap))) {
            ConsumerGroupDescription description =
                    admin.describeConsumerGroups(List.of(group)).all().get().get(group);
            long consumers = description.members().stream()
                    .filter(m -> m.assignment().topicPartitions().stream()
                            .anyMatch(p -> p.topic().equals(topic)))
                    .count();
            System.out.printf("[replicas] %d members of %s read %s%n", consumers, group, topic);
            return consumers == 2;
        }
    }
}
