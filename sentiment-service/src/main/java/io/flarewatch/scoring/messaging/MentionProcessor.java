package io.flarewatch.scoring.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.MentionIngested;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Topics;
import io.flarewatch.scoring.service.MentionScorer;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import io.smallrye.mutiny.Multi;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.reactive.messaging.Acknowledgment;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.eclipse.microprofile.reactive.messaging.Outgoing;

/**
 * Reads {@code mentions-raw}, scores each mention and writes one scored mention per matched brand to
 * {@code mentions-scored}; a record that cannot be read fails and goes to {@code mentions-raw-dlq}.
 *
 * <p>Records flow as a stream: the next mention is scored while the previous ones are still on their way to the
 * broker (at most {@code max-inflight-messages} of them; beyond that the consumer stops fetching). A raw record
 * is acknowledged, so its offset may be committed, only once Kafka has acknowledged every scored mention made
 * from it: a crash loses nothing, and redelivers only what was not yet committed.
 */
@ApplicationScoped
public class MentionProcessor {

    private final MentionScorer scorer;
    private final MeterRegistry metrics;
    private final Timer latency;
    private final Counter deadLetters;
    private final Counter unmatched;

    MentionProcessor(MentionScorer scorer, BrandsListener brandsLoaded, MeterRegistry metrics) {
        this.scorer = scorer;
        this.metrics = metrics;
        this.latency = Timer.builder("mentions.scoring.latency")
                .description("Time from a mention's receipt by ingest-service to its scored mention being written")
                .publishPercentileHistogram()
                .register(metrics);
        this.deadLetters = metrics.counter("dead.letters", "topic", Topics.MENTIONS_RAW_DLQ);
        this.unmatched = metrics.counter("mentions.unmatched");
    }

    /** Scores one mention into its scored mentions; the raw record is acknowledged when all of them are. */
    @Incoming("mentions-raw")
    @Outgoing("mentions-scored")
    @Acknowledgment(Acknowledgment.Strategy.MANUAL)
    public Multi<Message<String>> process(Message<String> raw) {
        MentionIngested event;
        try {
            event = read(raw.getPayload());
        } catch (JsonProcessingException | IllegalArgumentException e) {
            deadLetters.increment();
            raw.nack(e);
            return Multi.createFrom().empty();
        }
        List<ScoredMention> results = scorer.score(event.mention(), Instant.now());
        if (results.isEmpty()) {
            unmatched.increment();
            raw.ack();
            return Multi.createFrom().empty();
        }
        AckWhenAll acks = new AckWhenAll(
                raw, results.size(), () -> record(results, event.mention().receivedAt()));
        return Multi.createFrom().iterable(results).map(mention -> toMessage(mention, acks));
    }

    /** The event, or a failure that sends the record to the dead-letter topic. */
    private static MentionIngested read(String payload) throws JsonProcessingException {
        MentionIngested event = EventJson.mapper().readValue(payload, MentionIngested.class);
        if (event.mention() == null
                || event.mention().text() == null
                || event.mention().author() == null) {
            throw new IllegalArgumentException("mention.ingested without mention, text or author");
        }
        return event;
    }

    private static Message<String> toMessage(ScoredMention mention, AckWhenAll acks) {
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(mention);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a scored mention could not be written as JSON", e);
        }
        return Message.of(json)
                .addMetadata(OutgoingKafkaRecordMetadata.<String>builder()
                        .withKey(mention.brandId())
                        .build())
                .withAck(acks::ackOne)
                .withNack(acks::nack);
    }

    private void record(List<ScoredMention> results, Instant receivedAt) {
        for (ScoredMention mention : results) {
            metrics.counter(
                            "mentions.scored",
                            "lang",
                            mention.language(),
                            "label",
                            mention.sentiment().label())
                    .increment();
        }
        if (receivedAt != null) {
            latency.record(Duration.between(receivedAt, Instant.now()));
        }
    }

    /** Acknowledges a raw record once each of its scored mentions is acknowledged; one failure fails it. */
    private static final class AckWhenAll {
        private final Message<String> raw;
        private final AtomicInteger pending;
        private final Runnable onAllAcked;

        AckWhenAll(Message<String> raw, int count, Runnable onAllAcked) {
            this.raw = raw;
            this.pending = new AtomicInteger(count);
            this.onAllAcked = onAllAcked;
        }

        CompletionStage<Void> ackOne() {
            if (pending.decrementAndGet() == 0) {
                onAllAcked.run();
                return raw.ack();
            }
            return CompletableFuture.completedFuture(null);
        }

        CompletionStage<Void> nack(Throwable reason) {
            if (pending.getAndSet(-1) > 0) {
                return raw.nack(reason);
            }
            return CompletableFuture.completedFuture(null);
        }
    }
}
