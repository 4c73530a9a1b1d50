package io.flarewatch.localstack.load;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndTimestamp;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;

/**
 * Counts the run's mentions that sentiment-service wrote to {@code mentions-scored} more than once for the same
 * brand: what a crash redelivers. PostgreSQL's unique key hides them; alert-service reads the topic and sees them.
 */
public final class ScoredTwice {

    private final String bootstrapServers;

    /** Reads {@code mentions-scored} on this broker. */
    public ScoredTwice(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Scored mentions of the run written more than once, reading {@code mentions-scored} from {@code sinceMs}. */
    public long count(long sinceMs, String sourceIdPrefix) throws IOException {
        Set<String> seen = new HashSet<>();
        long twice = 0;
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        2_000),
                new StringDeserializer(),
                new StringDeserializer())) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MENTIONS_SCORED).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> since = new HashMap<>();
            partitions.forEach(p -> since.put(p, sinceMs));
            Map<TopicPartition, OffsetAndTimestamp> starts = consumer.offsetsForTimes(since);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition p : partitions) {
                OffsetAndTimestamp start = starts.get(p);
                consumer.seek(p, start == null ? ends.get(p) : start.offset());
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> r : consumer.poll(Duration.ofMillis(500))) {
                    JsonNode mention = EventJson.mapper().readTree(r.value()).path("mention");
                    if (mention.path("sourceId").asText().startsWith(sourceIdPrefix)
                            && !seen.add(
                                    r.key() + "/" + mention.path("mentionId").asText())) {
                        twice++;
                    }
                }
            }
        }
        return twice;
    }
}
