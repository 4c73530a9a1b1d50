package io.flarewatch.ingest.source.brands;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.BrandDefinition;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import io.flarewatch.ingest.source.SourcesConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Every brand's terms, read from the compacted {@code brands} topic by each replica from its beginning and kept up
 * to date, for the connectors that filter a firehose before doing anything heavy with it.
 */
@ApplicationScoped
public class BrandTermsListener {

    private static final Logger LOG = Logger.getLogger(BrandTermsListener.class);

    private final String bootstrapServers;
    private final SourcesConfig config;
    private final Map<String, List<String>> termsByBrand = new ConcurrentHashMap<>();
    private final Map<Collection<String>, TermFilter> filters = new ConcurrentHashMap<>();
    private final CountDownLatch loaded = new CountDownLatch(1);
    private volatile KafkaConsumer<String, String> consumer;

    BrandTermsListener(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, SourcesConfig config) {
        this.bootstrapServers = bootstrapServers;
        this.config = config;
    }

    /** The filter of the brands {@code brandIds}, or of every brand when empty; follows changes to the brands. */
    public TermFilter filterFor(Collection<String> brandIds) {
        return filters.computeIfAbsent(
                List.copyOf(brandIds),
                ids -> TermFilter.of(termsByBrand.entrySet().stream()
                        .filter(brand -> ids.isEmpty() || ids.contains(brand.getKey()))
                        .flatMap(brand -> brand.getValue().stream())
                        .toList()));
    }

    /** Waits until the brands that existed at startup are read; false if that took longer than {@code timeout}. */
    public boolean awaitLoaded(Duration timeout) {
        try {
            return loaded.await(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    void start(@Observes StartupEvent event) {
        if (!config.enabled()) {
            return;
        }
        consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "ingest-brand-terms-" + UUID.randomUUID(),
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer());
        Thread thread = new Thread(this::run, "brand-terms");
        thread.setDaemon(true);
        thread.start();
    }

    void stop(@Observes ShutdownEvent event) {
        if (consumer != null) {
            consumer.wakeup();
        }
    }

    private void run() {
        try (KafkaConsumer<String, String> reader = consumer) {
            List<TopicPartition> partitions = reader.partitionsFor(Topics.BRANDS).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            reader.assign(partitions);
            reader.seekToBeginning(partitions);
            Map<TopicPartition, Long> ends = reader.endOffsets(partitions);
            while (!Thread.currentThread().isInterrupted()) {
                for (ConsumerRecord<String, String> record : reader.poll(Duration.ofSeconds(1))) {
                    apply(record);
                }
                if (loaded.getCount() > 0
                        && ends.entrySet().stream().allMatch(end -> reader.position(end.getKey()) >= end.getValue())) {
                    loaded.countDown();
                }
            }
        } catch (WakeupException e) {
            // shutting down
        } catch (RuntimeException e) {
            LOG.error("reading the brands for the source filters stopped", e);
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        if (record.value() == null) {
            termsByBrand.remove(record.key());
        } else {
            try {
                BrandDefinition brand = EventJson.mapper().readValue(record.value(), BrandDefinition.class);
                termsByBrand.put(record.key(), BrandTerms.of(brand));
            } catch (JsonProcessingException e) {
                LOG.warnf(
                        "brand %s is not readable and is left out of the source filters: %s",
                        record.key(), e.getOriginalMessage());
                return;
            }
        }
        filters.clear();
    }
}
