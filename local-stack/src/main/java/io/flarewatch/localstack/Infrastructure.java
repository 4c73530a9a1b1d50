package io.flarewatch.localstack;

import java.io.PrintStream;

/** The embedded default's infrastructure: one Kafka broker with Flarewatch's topics, and one PostgreSQL. */
public final class Infrastructure implements AutoCloseable {

    private final EmbeddedDatabase database;
    private final EmbeddedKafka kafka;

    private Infrastructure(EmbeddedDatabase database, EmbeddedKafka kafka) {
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
            return new Infrastructure(database, kafka);
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

    @Override
    public void close() throws Exception {
        try {
            kafka.close();
        } finally {
            database.close();
        }
    }
}
