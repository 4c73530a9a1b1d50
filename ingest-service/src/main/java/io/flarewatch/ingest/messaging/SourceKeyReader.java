package io.flarewatch.ingest.messaging;

import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceKey;
import io.flarewatch.events.Topics;
import io.flarewatch.ingest.security.SourceKeyRing;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the whole compacted {@code source-keys} topic into the {@link SourceKeyRing}, every partition from the
 * beginning and without a consumer group, so that every replica knows every key; then follows it, so that a key
 * created or revoked in crisis-api counts here within a poll. Marks the ring loaded once it has read up to where the
 * topic ended when reading began.
 */
@ApplicationScoped
public class SourceKeyReader {

    private static final Logger LOG = Logger.getLogger(SourceKeyReader.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration METADATA_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final SourceKeyRing ring;
    private final String bootstrapServers;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean stopping;
    private Thread thread;

    SourceKeyReader(SourceKeyRing ring, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.ring = ring;
        this.bootstrapServers = bootstrapServers;
    }

    void onStart(@Observes StartupEvent start) {
        thread = new Thread(this::run, "source-key-reader");
        thread.setDaemon(true);
        thread.start();
    }

    void onStop(@Observes ShutdownEvent stop) throws InterruptedException {
        stopping = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        if (thread != null) {
            thread.join(Duration.ofSeconds(10).toMillis());
        }
    }

    private void run() {
        while (!stopping) {
            try (KafkaConsumer<String, String> kafka = newConsumer()) {
                consumer = kafka;
                follow(kafka);
            } catch (WakeupException e) {
                return;
            } catch (KafkaException e) {
                LOG.warnf("reading %s failed (%s); trying again in %s", Topics.SOURCE_KEYS, e.getMessage(), RETRY);
                pause();
            }
        }
    }

    private void follow(KafkaConsumer<String, String> kafka) {
        List<TopicPartition> partitions = partitions(kafka);
        while (partitions.isEmpty() && !stopping) {
            // no topic yet: nothing to wait for, but a key published once it exists must still arrive
            ring.markLoaded();
            pause();
            partitions = partitions(kafka);
        }
        kafka.assign(partitions);
        kafka.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = kafka.endOffsets(partitions, METADATA_TIMEOUT);
        while (!stopping) {
            for (ConsumerRecord<String, String> record : kafka.poll(POLL)) {
                apply(record);
            }
            if (!ring.loaded() && end.entrySet().stream().allMatch(e -> kafka.position(e.getKey()) >= e.getValue())) {
                ring.markLoaded();
                LOG.infof("read %d source key(s) from %s", ring.publishedCount(), Topics.SOURCE_KEYS);
            }
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            ring.remove(record.key());
            return;
        }
        try {
            SourceKey key = EventJson.mapper().readValue(record.value(), SourceKey.class);
            if (!SourceKey.ROLE.equals(key.role()) || !ring.add(record.key())) {
                LOG.warnf("ignored a record of %s at offset %d: not a source key", Topics.SOURCE_KEYS, record.offset());
            }
        } catch (IOException e) {
            LOG.warnf("ignored a record of %s at offset %d: not JSON", Topics.SOURCE_KEYS, record.offset());
        }
    }

    private List<TopicPartition> partitions(KafkaConsumer<String, String> kafka) {
        return kafka.partitionsFor(Topics.SOURCE_KEYS, METADATA_TIMEOUT).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
    }

    private KafkaConsumer<String, String> newConsumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        // a missing topic must not be created here with the broker's defaults (not compacted)
                        ConsumerConfig.ALLOW_AUTO_CREATE_TOPICS_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "ingest-service-source-keys"),
                new StringDeserializer(),
                new StringDeserializer());
    }

    private void pause() {
        try {
            Thread.sleep(RETRY.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopping = true;
        }
    }
}
