package io.flarewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.AlertState;
import io.flarewatch.events.Author;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Sentiment;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.EmbeddedKafka;
import io.flarewatch.localstack.TopicSetup;
import io.flarewatch.localstack.testing.FreePorts;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * alert-service is killed during an open incident and started again, against a real broker: its state comes
 * back from the changelog, it raises no second OPENED, and it resolves the incident when the brand calms down.
 */
class AlertServiceRestartIT {

    private static final Path HOME = Path.of(System.getProperty("flarewatch.home", ".."))
            .toAbsolutePath()
            .normalize();
    private static final String BRAND = "restart-brand";
    private static final Duration BUCKET = Duration.ofSeconds(5);

    private int sequence;

    @Test
    void aKilledAlertServiceNeitherForgetsNorRepeatsAnOpenIncident() throws Exception {
        Path data = Files.createTempDirectory("flarewatch-restart");
        try (EmbeddedKafka kafka = EmbeddedKafka.start(FreePorts.next(), FreePorts.next(), data.resolve("kafka"));
                KafkaProducer<String, String> producer = producer(kafka.bootstrapServers());
                KafkaConsumer<String, String> alerts = consumer(kafka.bootstrapServers())) {
            TopicSetup.createTopics(kafka.bootstrapServers());
            alerts.subscribe(List.of(Topics.CRISIS_ALERTS));
            Path state = data.resolve("streams-state");
            List<CrisisAlert> seen = new ArrayList<>();

            Process first = startAlertService(kafka.bootstrapServers(), state, data.resolve("first.log"));
            Instant now = Instant.now();
            for (Instant t = now.minus(Duration.ofMinutes(20)); t.isBefore(now); t = t.plus(BUCKET)) {
                send(producer, mention(t, "calm_" + (sequence % 30), 0.4));
            }
            for (int i = 0; i < 60; i++) {
                send(producer, mention(Instant.now(), "angry_" + i, -0.8));
            }
            awaitAlerts(alerts, seen, a -> a.state() == AlertState.OPENED, Duration.ofSeconds(60));
            assertEquals(1, count(seen, AlertState.OPENED), "the storm opens an incident");

            first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            Process second = startAlertService(kafka.bootstrapServers(), state, data.resolve("second.log"));
            try {
                for (int i = 0; i < 60; i++) {
                    send(producer, mention(Instant.now(), "still_angry_" + i, -0.8));
                }
                awaitAlerts(alerts, seen, a -> a.state() == AlertState.RESOLVED, Duration.ofSeconds(120));
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
            assertEquals(
                    1, count(seen, AlertState.OPENED), "after the restart the incident is not opened again: " + seen);
            assertEquals(1, count(seen, AlertState.RESOLVED), "the incident resolves once the brand is calm");
            String alertId = seen.get(0).alertId();
            assertTrue(
                    seen.stream().allMatch(a -> a.alertId().equals(alertId)),
                    "every change belongs to the one incident");
        }
    }

    private Process startAlertService(String bootstrap, Path state, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-jar",
                        HOME.resolve("alert-service/target/quarkus-app/quarkus-run.jar")
                                .toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().put("KAFKA_BOOTSTRAP_SERVERS", bootstrap);
        builder.environment().put("QUARKUS_HTTP_PORT", String.valueOf(FreePorts.next()));
        builder.environment().put("FLAREWATCH_STREAMS_STATE_DIR", state.toString());
        builder.environment().put("FLAREWATCH_ALERTS_BUCKET", "PT5S");
        builder.environment().put("FLAREWATCH_ALERTS_TICK", "PT1S");
        builder.environment().put("FLAREWATCH_ALERTS_CALM_TO_RESOLVE", "PT20S");
        return builder.start();
    }

    private static void awaitAlerts(
            KafkaConsumer<String, String> consumer,
            List<CrisisAlert> seen,
            java.util.function.Predicate<CrisisAlert> wanted,
            Duration timeout)
            throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (System.nanoTime() < deadline && seen.stream().noneMatch(wanted)) {
            for (var record : consumer.poll(Duration.ofMillis(500))) {
                seen.add(EventJson.mapper().readValue(record.value(), CrisisAlert.class));
            }
        }
        // a little longer, so that a duplicate, if any, would be seen too
        long settle = System.nanoTime() + Duration.ofSeconds(3).toNanos();
        while (System.nanoTime() < settle) {
            for (var record : consumer.poll(Duration.ofMillis(500))) {
                seen.add(EventJson.mapper().readValue(record.value(), CrisisAlert.class));
            }
        }
    }

    private static long count(List<CrisisAlert> alerts, AlertState state) {
        return alerts.stream().filter(a -> a.state() == state).count();
    }

    private void send(KafkaProducer<String, String> producer, ScoredMention mention) throws Exception {
        producer.send(new ProducerRecord<>(
                        Topics.MENTIONS_SCORED, BRAND, EventJson.mapper().writeValueAsString(mention)))
                .get();
    }

    private ScoredMention mention(Instant publishedAt, String author, double score) {
        String id = "forum:" + (++sequence);
        String label = score < 0 ? Sentiment.NEGATIVE : Sentiment.POSITIVE;
        Mention mention = new Mention(
                id,
                "forum",
                String.valueOf(sequence),
                null,
                new Author(author, author, 100),
                score < 0 ? "Znowu awaria, nikt nie odpowiada" : "Wszystko działa, dzięki",
                "pl",
                publishedAt,
                publishedAt);
        return new ScoredMention(
                UUID.randomUUID().toString(),
                ScoredMention.TYPE,
                ScoredMention.VERSION,
                publishedAt,
                BRAND,
                mention,
                "pl",
                new Sentiment(label, score, 0.9, List.of(), List.of(), List.of(), List.of()),
                List.of("brand"));
    }

    private static KafkaProducer<String, String> producer(String bootstrap) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** Reads only committed alerts, as crisis-api does not, but as exactly-once output must be judged. */
    private static KafkaConsumer<String, String> consumer(String bootstrap) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "restart-test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        props.put(ConsumerConfig.ISOLATION_LEVEL_CONFIG, "read_committed");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
