package io.flarewatch.localstack;

import java.nio.file.Path;
import java.util.Map;

/**
 * Where the local stack keeps its data and which ports it uses; every value can be overridden by an
 * environment variable (e.g. {@code FLAREWATCH_KAFKA_PORT}) so that a test can run a second stack beside a
 * developer's.
 *
 * @param home           the checkout, where the services' built jars are
 * @param dataDir        the one folder that holds Kafka's log, PostgreSQL's data, pid files and logs
 * @param kafkaPort      the broker's client port
 * @param controllerPort the KRaft controller's port
 * @param postgresPort   PostgreSQL's port
 * @param apiPort        crisis-api's port
 * @param ingestPort     ingest-service's port
 * @param sentimentPort  sentiment-service's port
 * @param alertPort      alert-service's port
 */
public record StackConfig(
        Path home,
        Path dataDir,
        int kafkaPort,
        int controllerPort,
        int postgresPort,
        int apiPort,
        int ingestPort,
        int sentimentPort,
        int alertPort) {

    /** The configuration from the environment, with the documented defaults. */
    public static StackConfig fromEnvironment(Map<String, String> env) {
        Path home = Path.of(env.getOrDefault("FLAREWATCH_HOME", "."))
                .toAbsolutePath()
                .normalize();
        Path data = Path.of(env.getOrDefault(
                        "FLAREWATCH_DATA", home.resolve(".flarewatch").toString()))
                .toAbsolutePath()
                .normalize();
        return new StackConfig(
                home,
                data,
                port(env, "FLAREWATCH_KAFKA_PORT", 9092),
                port(env, "FLAREWATCH_CONTROLLER_PORT", 9093),
                port(env, "FLAREWATCH_POSTGRES_PORT", 15432),
                port(env, "FLAREWATCH_API_PORT", 8080),
                port(env, "FLAREWATCH_INGEST_PORT", 8081),
                port(env, "FLAREWATCH_SENTIMENT_PORT", 8082),
                port(env, "FLAREWATCH_ALERT_PORT", 8083));
    }

    /** Kafka's bootstrap address. */
    public String bootstrapServers() {
        return "localhost:" + kafkaPort;
    }

    /** Folder of Kafka's log. */
    public Path kafkaDir() {
        return dataDir.resolve("kafka");
    }

    /** Folder of PostgreSQL's data. */
    public Path postgresDir() {
        return dataDir.resolve("postgres");
    }

    /** Folder of the pid files of the processes the launcher started. */
    public Path runDir() {
        return dataDir.resolve("run");
    }

    /** Folder of the services' logs. */
    public Path logDir() {
        return dataDir.resolve("logs");
    }

    /** Folder of alert-service's Kafka Streams state. */
    public Path streamsStateDir() {
        return dataDir.resolve("streams-state");
    }

    private static int port(Map<String, String> env, String name, int fallback) {
        String value = env.get(name);
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return Integer.parseInt(value.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException(name + " must be a port number, not '" + value + "'");
        }
    }
}
