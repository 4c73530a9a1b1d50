package io.flarewatch.ingest.source.health;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceHealth;
import io.flarewatch.events.Topics;
import io.flarewatch.ingest.source.SourcesConfig;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.inject.Instance;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Writes {@link SourceHealth} records to the compacted {@code source-health} topic, keyed by source id: when the
 * tracker asks (a status changed) and every source at each {@code flarewatch.sources.health-interval}. A lost write
 * is only logged: the next one comes within the interval.
 */
@ApplicationScoped
public class SourceHealthPublisher {

    private static final Logger LOG = Logger.getLogger(SourceHealthPublisher.class);

    private final KafkaProducer<String, String> producer;
    private final SourcesConfig config;
    private ScheduledExecutorService timer;

    SourceHealthPublisher(
            @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers, SourcesConfig config) {
        this.config = config;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.MAX_BLOCK_MS_CONFIG,
                        10_000,
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "ingest-service-source-health"),
                new StringSerializer(),
                new StringSerializer());
    }

    void start(@Observes StartupEvent event, Instance<SourceHealthTracker> tracker) {
        timer = Executors.newSingleThreadScheduledExecutor(runnable -> new Thread(runnable, "source-health"));
        long every = config.healthInterval().toMillis();
        timer.scheduleAtFixedRate(
                () -> tracker.get().snapshots().forEach(this::publish), every, every, TimeUnit.MILLISECONDS);
    }

    void stop(@Observes ShutdownEvent event) {
        if (timer != null) {
            timer.shutdownNow();
        }
        producer.close();
    }

    /** Writes one record, without waiting for the broker. */
    public void publish(SourceHealth health) {
        try {
            send(health.sourceId(), EventJson.mapper().writeValueAsString(health));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a SourceHealth is always writable as JSON", e);
        }
    }

    /** Removes a source's record (a tombstone). */
    public void remove(String sourceId) {
        send(sourceId, null);
    }

    private void send(String sourceId, String json) {
        try {
            producer.send(new ProducerRecord<>(Topics.SOURCE_HEALTH, sourceId, json), (metadata, error) -> {
                if (error != null) {
                    LOG.debugf("source health of %s not written: %s", sourceId, error.getMessage());
                }
            });
        } catch (RuntimeException e) {
            LOG.debugf("source health of %s not written: %s", sourceId, e.getMessage());
        }
    }
}
