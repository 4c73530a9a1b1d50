package io.flarewatch.api.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.api.service.MentionStore;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Topics;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Stores the scored mentions Kafka delivers a poll at a time, with one multi-row insert per poll: storing them one
 * by one cost a database round trip each. A record that cannot be read, or lacks what the table needs, goes to the
 * dead-letter topic on its own. When PostgreSQL refuses the insert of a whole poll, its mentions are stored one by
 * one and only those it still refuses are dead-lettered, so a bad mention never takes good ones with it. When the
 * database is unavailable, the insert is run again until it answers ({@link DatabaseRetry}): a poll is
 * acknowledged, and its offsets committed, only once every mention of it is stored or dead-lettered.
 */
@ApplicationScoped
public class MentionBatchConsumer {

    private static final Logger LOG = Logger.getLogger(MentionBatchConsumer.class);

    private final MentionStore mentions;
    private final MutinyEmitter<String> deadLetters;
    private final Counter deadLettered;
    private final DatabaseRetry retry;

    MentionBatchConsumer(
            MentionStore mentions,
            @Channel("api-mentions-scored-dlq") MutinyEmitter<String> deadLetters,
            MeterRegistry metrics,
            DatabaseRetry retry) {
        this.mentions = mentions;
        this.retry = retry;
        this.deadLetters = deadLetters;
        this.deadLettered = metrics.counter("dead.letters", "topic", Topics.API_MENTIONS_SCORED_DLQ);
    }

    /** A record as read: its mention, or why it cannot be stored. */
    private record Received(ConsumerRecord<String, String> record, ScoredMention mention, String problem) {}

    /** Stores one poll's scored mentions; the offsets are committed once this completes. */
    @Incoming("mentions-scored")
    public Uni<Void> onScoredMentions(ConsumerRecords<String, String> records) {
        List<Received> good = new ArrayList<>();
        List<Received> bad = new ArrayList<>();
        for (ConsumerRecord<String, String> record : records) {
            Optional<String> problem;
            ScoredMention mention = null;
            try {
                mention = EventJson.mapper().readValue(record.value(), ScoredMention.class);
                problem = MentionStore.problem(mention);
            } catch (JsonProcessingException e) {
                problem = Optional.of("not a scored mention: " + e.getOriginalMessage());
            }
            Received received = new Received(record, mention, problem.orElse(null));
            (problem.isPresent() ? bad : good).add(received);
        }
        return each(bad, received -> deadLetter(received, received.problem())).chain(() -> store(good));
    }

    private Uni<Void> store(List<Received> good) {
        if (good.isEmpty()) {
            return Uni.createFrom().voidItem();
        }
        List<ScoredMention> poll = good.stream().map(Received::mention).toList();
        return retry.untilStored(Topics.MENTIONS_SCORED, describe(good), () -> mentions.storeNew(poll))
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(failure -> {
                    LOG.warnf(
                            "a batch of %d mentions could not be stored (%s); storing them one by one",
                            good.size(), failure.getMessage());
                    return each(good, this::storeAlone);
                });
    }

    /** One mention of a poll PostgreSQL refused: stored, or dead-lettered when it is the one refused. */
    private Uni<Void> storeAlone(Received received) {
        return retry.untilStored(
                        Topics.MENTIONS_SCORED,
                        describe(List.of(received)),
                        () -> mentions.storeNew(List.of(received.mention())))
                .replaceWithVoid()
                .onFailure()
                .recoverWithUni(alone -> deadLetter(received, alone.getMessage()));
    }

    private static String describe(List<Received> received) {
        ConsumerRecord<String, String> first = received.get(0).record();
        ConsumerRecord<String, String> last = received.get(received.size() - 1).record();
        return received.size() == 1
                ? "the mention at " + first.topic() + "-" + first.partition() + "@" + first.offset()
                : received.size() + " mentions from " + first.topic() + "-" + first.partition() + "@" + first.offset()
                        + " to " + last.topic() + "-" + last.partition() + "@" + last.offset();
    }

    private Uni<Void> deadLetter(Received received, String reason) {
        deadLettered.increment();
        ConsumerRecord<String, String> record = received.record();
        RecordHeaders headers = new RecordHeaders();
        headers.add("dead-letter-reason", String.valueOf(reason).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-topic", record.topic().getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-partition", String.valueOf(record.partition()).getBytes(StandardCharsets.UTF_8));
        headers.add("dead-letter-offset", String.valueOf(record.offset()).getBytes(StandardCharsets.UTF_8));
        var metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(record.key())
                .withHeaders(headers)
                .build();
        return deadLetters.sendMessage(Message.of(record.value()).addMetadata(metadata));
    }

    private static Uni<Void> each(List<Received> items, Function<Received, Uni<Void>> action) {
        return Multi.createFrom()
                .iterable(items)
                .onItem()
                .transformToUniAndConcatenate(item -> action.apply(item))
                .collect()
                .last()
                .replaceWithVoid();
    }
}
