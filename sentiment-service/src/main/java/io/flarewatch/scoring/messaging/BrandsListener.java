package io.flarewatch.scoring.messaging;

import io.flarewatch.brand.BrandQuerySyntaxException;
import io.flarewatch.events.BrandDefinition;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import io.flarewatch.scoring.service.BrandCatalog;
import io.quarkus.runtime.Startup;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.annotation.PostConstruct;
import jakarta.annotation.PreDestroy;
import jakarta.inject.Singleton;
import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Emitter;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Keeps the brand catalog in step with the compacted {@code brands} topic. Every instance reads the whole
 * topic (no consumer group), first to its end before any mention is scored, then follows changes live.
 */
@Startup
@Singleton
public class BrandsListener {

    private static final Logger LOG = Logger.getLogger(BrandsListener.class);
    private static final Duration POLL = Duration.ofMillis(250);

    private final BrandCatalog catalog;
    private final Emitter<String> deadLetters;
    private final KafkaConsumer<String, String> consumer;
    private final Duration initialLoadTimeout;
    private final AtomicBoolean running = new AtomicBoolean(true);
    private Thread follower;
    private final io.micrometer.core.instrument.Counter deadLetterCount;

    BrandsListener(
            BrandCatalog catalog,
            @Channel("brands-dlq") Emitter<String> deadLetters,
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers,
            @ConfigProperty(name = "flarewatch.brands.initial-load-timeout") Duration initialLoadTimeout,
            io.micrometer.core.instrument.MeterRegistry metrics) {
        this.deadLetterCount = metrics.counter("dead.letters", "topic", Topics.BRANDS_DLQ);
        this.catalog = catalog;
        this.deadLetters = deadLetters;
        this.initialLoadTimeout = initialLoadTimeout;
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.CLIENT_ID_CONFIG, "sentiment-service-brands-" + UUID.randomUUID());
        props.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
        this.consumer = new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }

    /** Reads every brand there is before the service starts scoring, then follows changes in the background. */
    @PostConstruct
    void loadThenFollow() {
        List<TopicPartition> partitions = consumer.partitionsFor(Topics.BRANDS, initialLoadTimeout).stream()
                .map(info -> new TopicPartition(info.topic(), info.partition()))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
        Map<TopicPartition, Long> end = consumer.endOffsets(partitions, initialLoadTimeout);
        Instant deadline = Instant.now().plus(initialLoadTimeout);
        while (!caughtUp(end) && Instant.now().isBefore(deadline)) {
            consumer.poll(POLL).forEach(this::apply);
        }
        LOG.infof("watching %d brand(s)", catalog.size());
        follower = new Thread(this::follow, "brands-follower");
        follower.setDaemon(true);
        follower.start();
    }

    private boolean caughtUp(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    private void follow() {
        try {
            while (running.get()) {
                consumer.poll(POLL).forEach(this::apply);
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close();
        }
    }

    private void apply(ConsumerRecord<String, String> record) {
        try {
            BrandDefinition definition =
                    record.value() == null ? null : EventJson.mapper().readValue(record.value(), BrandDefinition.class);
            catalog.apply(record.key(), definition);
            LOG.infof(
                    "brand %s %s", record.key(), definition == null ? "removed" : "now matches: " + definition.query());
        } catch (IOException | BrandQuerySyntaxException | RuntimeException e) {
            LOG.warnf(
                    "brand %s could not be applied (%s); sent to %s", record.key(), e.getMessage(), Topics.BRANDS_DLQ);
            deadLetterCount.increment();
            deadLetters.send(Message.of(record.value() == null ? "" : record.value())
                    .addMetadata(OutgoingKafkaRecordMetadata.builder()
                            .withKey(record.key())
                            .build()));
        }
    }

    @PreDestroy
    void stop() {
        running.set(false);
        consumer.wakeup();
    }
}
