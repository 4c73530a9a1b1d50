package io.flarewatch.scoring.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.MentionIngested;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.scoring.service.MentionScorer;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Reads {@code mentions-raw}, scores each mention and writes one scored mention per matched brand to
 * {@code mentions-scored}; a record that cannot be read fails and goes to {@code mentions-raw-dlq}.
 */
@ApplicationScoped
public class MentionProcessor {

    private final MentionScorer scorer;
    private final MutinyEmitter<String> scored;
    private final MeterRegistry metrics;
    private final Timer latency;
    private final io.micrometer.core.instrument.Counter deadLetters;

    MentionProcessor(MentionScorer scorer, BrandsListener brandsLoaded,
            @Channel("mentions-scored") MutinyEmitter<String> scored, MeterRegistry metrics) {
        this.scorer = scorer;
        this.scored = scored;
        this.metrics = metrics;
        this.latency = Timer.builder("mentions.scoring.latency")
                .description("Time from a mention's receipt by ingest-service to its scored mention being written")
                .publishPercentileHistogram()
                .register(metrics);
        this.deadLetters = metrics.counter("dead.letters", "topic", io.flarewatch.events.Topics.MENTIONS_RAW_DLQ);
        metrics.counter("mentions.unmatched");
    }

    /** Scores one mention; completes when every scored mention is acknowledged by Kafka. */
    @Incoming("mentions-raw")
    public Uni<Void> process(String payload) throws JsonProcessingException {
        MentionIngested event = read(payload);
        Instant now = Instant.now();
        List<ScoredMention> results = scorer.score(event.mention(), now);
        if (results.isEmpty()) {
            metrics.counter("mentions.unmatched").increment();
            return Uni.createFrom().voidItem();
        }
        List<Uni<Void>> sends = results.stream().map(this::send).toList();
        return Uni.join().all(sends).andFailFast()
                .invoke(() -> record(results, event.mention().receivedAt()))
                .replaceWithVoid();
    }

    /** The event, or a failure that sends the record to the dead-letter topic (and is counted). */
    private MentionIngested read(String payload) throws JsonProcessingException {
        try {
            MentionIngested event = EventJson.mapper().readValue(payload, MentionIngested.class);
            if (event.mention() == null || event.mention().text() == null || event.mention().author() == null) {
                throw new IllegalArgumentException("mention.ingested without mention, text or author");
            }
            return event;
        } catch (JsonProcessingException | IllegalArgumentException e) {
            deadLetters.increment();
            throw e;
        }
    }

    private Uni<Void> send(ScoredMention mention) {
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(mention);
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        return scored.sendMessage(Message.of(json)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder().withKey(mention.brandId()).build()));
    }

    private void record(List<ScoredMention> results, Instant receivedAt) {
        for (ScoredMention mention : results) {
            metrics.counter("mentions.scored", "lang", mention.language(), "label", mention.sentiment().label())
                    .increment();
        }
        if (receivedAt != null) {
            latency.record(Duration.between(receivedAt, Instant.now()));
        }
    }
}
