package io.flarewatch.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.Topics;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.CooperativeStickyAssignor;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Reads the compacted {@code source-config} topic in a consumer group shared by every ingest replica, so that each
 * partition, and with it each source, is owned by exactly one replica. On assignment the partitions are read again
 * from their beginning (the latest settings of every source in them, whatever was committed); on revocation their
 * sources are stopped, for the replica that gets them next.
 */
@ApplicationScoped
public class SourceConfigListener implements ConsumerRebalanceListener {

    private static final Logger LOG = Logger.getLogger(SourceConfigListener.class);

    private final String bootstrapServers;
    private final SourcesConfig config;
    private final SourceRegistry registry;
    /** Which partition each known source id came from, to stop the right ones on revocation. */
    private final Map<String, Integer> partitionOf = new ConcurrentHashMap<>();

    private volatile KafkaConsumer<String, String> consumer;

    SourceConfigListener(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            SourcesConfig config,
            SourceRegistry registry) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
        this.registry = registry;
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            LOG.info("source connectors are off (flarewatch.sources.enabled=false)");
            return;
        }
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        config.ownerGroup(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        // a rebalance moves only the partitions that change owner: the others' connectors keep going
                        ConsumerConfig.PARTITION_ASSIGNMENT_STRATEGY_CONFIG,
                        CooperativeStickyAssignor.class.getName(),
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "ingest-source-config"),
                new StringDeserializer(),
                new StringDeserializer());
        Thread thread = new Thread(this::run, "source-config");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        LOG.infof("source-config partitions %s are this replica's now", partitions);
        consumer.seekToBeginning(partitions);
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        List<Integer> numbers =
                partitions.stream().map(TopicPartition::partition).toList();
        registry.release(partitionOf.entrySet().stream()
                .filter(entry -> numbers.contains(entry.getValue()))
                .map(Map.Entry::getKey)
                .toList());
    }

    private void run() {
        try (KafkaConsumer<String, String> reader = consumer) {
            reader.subscribe(List.of(Topics.SOURCE_CONFIG), this);
            while (true) {
                Map<String, SourceConfig> latest = new LinkedHashMap<>();
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofSeconds(1))) {
                    partitionOf.put(record.key(), record.partition());
                    latest.put(record.key(), read(record));
                }
                latest.forEach(registry::apply);
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("reading source-config stopped; no source connector runs on this replica", e);
        } finally {
            registry.release(List.copyOf(partitionOf.keySet()));
        }
    }

    /** The settings in {@code record}; null for a tombstone, and for settings that cannot be read (logged). */
    private static SourceConfig read(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            return null;
        }
        try {
            SourceConfig source = EventJson.mapper().readValue(record.value(), SourceConfig.class);
            return new SourceConfig(
                    record.key(),
                    source.connector(),
                    source.enabled(),
                    source.brandIds() == null ? List.of() : source.brandIds(),
                    source.settings() == null ? Map.of() : source.settings(),
                    source.updatedAt());
        } catch (JsonProcessingException e) {
            LOG.warnf(
                    "the settings of source %s are not readable, so it is stopped: %s",
                    record.key(), e.getOriginalMessage());
            return null;
        }
    }
}
