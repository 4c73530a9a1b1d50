package io.flarewatch.api.messaging;

import io.flarewatch.api.service.SourceRegistry;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.SourceHealth;
import io.flarewatch.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.PartitionInfo;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the compacted {@code source-health} and {@code source-config} topics whole into {@link SourceRegistry}:
 * every partition assigned (no consumer group, nothing committed), from the beginning at each start, so that every
 * replica of crisis-api knows every source. A record that cannot be parsed is logged and skipped; the next record
 * of its source replaces it anyway.
 */
@ApplicationScoped
public class SourceTopicsFollower {

    private static final Logger LOG = Logger.getLogger(SourceTopicsFollower.class);
    private static final Duration POLL = Duration.ofSeconds(1);
    private static final long RETRY_MS = 2_000;

    private final SourceRegistry registry;
    private final String bootstrapServers;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopped;

    SourceTopicsFollower(
            SourceRegistry registry, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.registry = registry;
        this.bootstrapServers = bootstrapServers;
    }

    void start(@Observes StartupEvent started) {
        Thread thread = new Thread(this::follow, "source-topics-follower");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent shutdown) {
        stopped = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
    }

    private void follow() {
        while (!stopped) {
            try (KafkaConsumer<String, String> kafka = new KafkaConsumer<>(properties())) {
                consumer = kafka;
                List<TopicPartition> partitions = partitions(kafka);
                if (partitions.isEmpty()) {
                    sleep();
                    continue;
                }
                kafka.assign(partitions);
                kafka.seekToBeginning(partitions);
                while (!stopped) {
                    kafka.poll(POLL).forEach(this::apply);
                }
            } catch (WakeupException e) {
                return;
            } catch (RuntimeException e) {
                LOG.warnf("reading the source topics failed, trying again: %s", e.toString());
                sleep();
            }
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            if (Topics.SOURCE_HEALTH.equals(record.topic())) {
                registry.health(record.key(), read(record.value(), SourceHealth.class));
            } else {
                registry.config(record.key(), read(record.value(), SourceConfig.class));
            }
        } catch (IOException e) {
            LOG.warnf(
                    "skipped an unreadable record of %s (key %s, offset %d): %s",
                    record.topic(), record.key(), record.offset(), e.getMessage());
        }
    }

    private static <T> T read(String json, Class<T> type) throws IOException {
        return json == null ? null : EventJson.mapper().readValue(json, type);
    }

    private static List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = new ArrayList<>();
        for (String topic : List.of(Topics.SOURCE_HEALTH, Topics.SOURCE_CONFIG)) {
            List<PartitionInfo> infos = kafka.partitionsFor(topic, Duration.ofSeconds(10));
            if (infos == null || infos.isEmpty()) {
                return List.of();
            }
            infos.forEach(info -> partitions.add(new TopicPartition(topic, info.partition())));
        }
        return partitions;
    }

    private Properties properties() {
        Properties properties = new Properties();
        properties.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        properties.put(ConsumerConfig.CLIENT_ID_CONFIG, "crisis-api-sources");
        properties.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        properties.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        properties.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        return properties;
    }

    private static void sleep() {
        try {
            Thread.sleep(RETRY_MS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
