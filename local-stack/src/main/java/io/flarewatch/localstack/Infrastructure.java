package io.flarewatch.localstack;

import java.io.PrintStream;
import java.time.Duration;

/** The embedded default's infrastructure: one Kafka broker with Flarewatch's topics, and one PostgreSQL. */
public final class Infrastructure implements AutoCloseable {

    private final EmbeddedDatabase database;
    private final StackConfig config;
    private volatile EmbeddedKafka kafka;

    private Infrastructure(StackConfig config, EmbeddedDatabase database, EmbeddedKafka kafka) {
        this.config = config;
        this.database = database;
        this.kafka = kafka;
    }

    /** Starts PostgreSQL, then Kafka, then creates the topics, telling {@code progress} about each step. */
    public static Infrastructure start(StackConfig config, PrintStream progress) throws Exception {
        progress.printf("  starting PostgreSQL on port %d (data in %s)%n", config.postgresPort(), config.postgresDir());
        EmbeddedDatabase database = EmbeddedDatabase.start(config.postgresPort(), config.postgresDir());
        try {
            progress.printf("  starting Kafka (KRaft) on port %d (log in %s)%n", config.kafkaPort(), config.kafkaDir());
            EmbeddedKafka kafka = EmbeddedKafka.start(config.kafkaPort(), config.controllerPort(), config.kafkaDir());
            progress.println("  creating topics");
            TopicSetup.createTopics(kafka.bootstrapServers());
            return new Infrastructure(config, database, kafka);
        } catch (Exception e) {
            database.close();
            throw e;
        }
    }

    /** The PostgreSQL server. */
    public EmbeddedDatabase database() {
        return database;
    }

    /** The Kafka broker. */
    public EmbeddedKafka kafka() {
        return kafka;
    }

    /**
     * Stops the broker, waits {@code downFor} and starts it again on the same log directory (topics, offsets and
     * records kept): the fault drill's broker outage.
     */
    public synchronized void restartKafka(Duration downFor, Runnable whenDown) throws Exception {
        kafka.close();
        whenDown.run();
        Thread.sleep(downFor.toMillis());
        kafka = EmbeddedKafka.start(config.kafkaPort(), config.controllerPort(), config.kafkaDir());
    }

    @Override
    public synchronized void close() throws Exception {
        try {
            kafka.close();
        } finally {
            database.close();
        }
    }
}
