package io.flarewatch.ingest.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.MentionIngested;
import io.flarewatch.events.Topics;
import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Writes ingested mentions to {@code mentions-raw}, keyed by mention id, acknowledged by all in-sync replicas. */
@ApplicationScoped
public class MentionPublisher {

    private final KafkaProducer<String, String> producer;

    MentionPublisher(@ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.ENABLE_IDEMPOTENCE_CONFIG,
                        true,
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4",
                        ProducerConfig.DELIVERY_TIMEOUT_MS_CONFIG,
                        30_000,
                        ProducerConfig.REQUEST_TIMEOUT_MS_CONFIG,
                        10_000,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        10_000,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "ingest-service"),
                new StringSerializer(),
                new StringSerializer());
    }

    /** Sends one event; the future completes when Kafka has acknowledged it. */
    public CompletableFuture<Void> publish(MentionIngested event) {
        CompletableFuture<Void> acknowledged = new CompletableFuture<>();
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(event);
        } catch (JsonProcessingException e) {
            acknowledged.completeExceptionally(e);
            return acknowledged;
        }
        producer.send(
                new ProducerRecord<>(Topics.MENTIONS_RAW, event.mention().mentionId(), json), (metadata, error) -> {
                    if (error != null) {
                        acknowledged.completeExceptionally(error);
                    } else {
                        acknowledged.complete(null);
                    }
                });
        return acknowledged;
    }

    @PreDestroy
    void close() {
        producer.close();
    }
}
