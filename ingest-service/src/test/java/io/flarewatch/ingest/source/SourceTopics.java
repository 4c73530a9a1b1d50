package io.flarewatch.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import io.flarewatch.events.MentionIngested;
import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.SourceHealth;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.KafkaProbe;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.function.Predicate;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/** The topics of the connector tests, on the real test broker: configure a source, read its mentions and health. */
public final class SourceTopics {

    private static final Duration WAIT = Duration.ofSeconds(30);

    private final String bootstrapServers;
    private final KafkaProbe probe;

    /** The topics of the broker at {@code bootstrapServers}. */
    public SourceTopics(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
        this.probe = new KafkaProbe(bootstrapServers);
    }

    /** Writes {@code config} to source-config, as crisis-api and the local stack do. */
    public void configure(String sourceId, String connector, boolean enabled, Map<String, String> settings)
            throws Exception {
        configure(new SourceConfig(sourceId, connector, enabled, List.of(), settings, Instant.now()));
    }

    /** Writes {@code config} to source-config. */
    public void configure(SourceConfig config) throws Exception {
        probe.send(Topics.SOURCE_CONFIG, config.sourceId(), EventJson.mapper().writeValueAsString(config));
    }

    /** Removes source {@code sourceId} (a tombstone on source-config): its connector stops. */
    public void remove(String sourceId) throws Exception {
        probe.send(Topics.SOURCE_CONFIG, sourceId, null);
    }

    /** The mentions on mentions-raw whose source id contains {@code run}: {@code count}, or fewer after 30 s. */
    public List<Mention> mentions(String run, int count) {
        return mentions(run, count, WAIT);
    }

    /** The mentions whose source id contains {@code run}, waiting up to {@code timeout} for {@code count}. */
    public List<Mention> mentions(String run, int count, Duration timeout) {
        List<Mention> found = new ArrayList<>();
        readUntil(Topics.MENTIONS_RAW, timeout, value -> {
            if (value != null && value.contains(run)) {
                Mention mention = read(value, MentionIngested.class).mention();
                if (mention.sourceId().contains(run)) {
                    found.add(mention);
                }
            }
            return found.size() >= count;
        });
        return found;
    }

    /** Reads source-health until the records of {@code sourceId} satisfy {@code done} (or 30 s passed). */
    public List<SourceHealth> health(String sourceId, Predicate<List<SourceHealth>> done) {
        List<SourceHealth> found = new ArrayList<>();
        readUntil(Topics.SOURCE_HEALTH, WAIT, value -> {
            if (value != null) {
                SourceHealth health = read(value, SourceHealth.class);
                if (health.sourceId().equals(sourceId)) {
                    found.add(health);
                }
            }
            return done.test(found);
        });
        return found;
    }

    /**
     * Reads {@code topic} from its beginning, each value in turn, until {@code done} says so or the timeout passed.
     * Partitions are assigned, not subscribed to, so no consumer group has to form first.
     */
    private void readUntil(String topic, Duration timeout, Predicate<String> done) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(topic).stream()
                    .map(info -> new TopicPartition(topic, info.partition()))
                    .toList();
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            long deadline = System.nanoTime() + timeout.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> record : consumer.poll(Duration.ofMillis(200))) {
                    if (done.test(record.value())) {
                        return;
                    }
                }
            }
        }
    }

    /** Waits until {@code condition} holds, up to 30 s; returns whether it did. */
    public static boolean eventually(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + WAIT.toNanos();
        while (System.nanoTime() < deadline) {
            if (condition.getAsBoolean()) {
                return true;
            }
            Thread.sleep(100);
        }
        return condition.getAsBoolean();
    }

    /** A fresh token to tell one test's items from all others on the shared broker. */
    public static String run() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static <T> T read(String json, Class<T> type) {
        try {
            return EventJson.mapper().readValue(json, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }
}
