package io.flarewatch.ingest.source;

import static io.flarewatch.ingest.source.SourceTopics.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Topics;
import io.flarewatch.ingest.source.RecordingHttpServer.Reply;
import io.flarewatch.localstack.TopicSetup;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.utils.Utils;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Sources are shared among ingest replicas through the consumer group of source-config: when a second replica
 * joins, the sources of the partitions it gets stop here, and when it leaves they come back, read again from the
 * beginning of their partitions, and go on from their cursors without repeating an item.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class SourceOwnershipTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "flarewatch.sources.owner-group")
    String ownerGroup;

    @Inject
    SourceRegistry registry;

    @Test
    void eachSourceRunsOnExactlyOneReplica() throws Exception {
        String run = SourceTopics.run();
        SourceTopics topics = new SourceTopics(bootstrapServers);
        // Two sources on each partition, so that whichever partitions the second replica gets, it gets sources.
        List<String> sourceIds = IntStream.range(0, 6)
                .mapToObj(i -> sourceOnPartition("rss:owned-" + i + "-" + run, i % TopicSetup.PARTITIONS))
                .toList();
        try (RecordingHttpServer server = new RecordingHttpServer()) {
            for (String sourceId : sourceIds) {
                String path = "/" + sourceId.replace(':', '-') + ".xml";
                String feed = TestPayloads.read("news-rss.xml", sourceId.replace(':', '-'));
                server.handle(path, request -> Reply.ok(feed, "application/rss+xml", Map.of()));
                topics.configure(sourceId, "rss", true, Map.of("url", server.url(path), "pollSeconds", "1"));
            }
            assertTrue(eventually(() -> registry.running().containsAll(sourceIds)), "this replica runs them all");
            assertEquals(12, topics.mentions(run, 12).size(), "two items of each feed");

            Set<String> takenOver = new HashSet<>();
            try (KafkaConsumer<String, String> secondReplica = joinGroup()) {
                assertTrue(
                        eventually(() -> {
                            secondReplica.poll(Duration.ofMillis(200)).forEach(record -> takenOver.add(record.key()));
                            Set<TopicPartition> assigned = secondReplica.assignment();
                            return !assigned.isEmpty()
                                    && sourceIds.stream()
                                            .allMatch(id -> registry.running().contains(id) != takenOver.contains(id));
                        }),
                        "the sources the second replica got stopped here, the others kept running");
                assertFalse(sourceIds.stream().noneMatch(takenOver::contains), "it got some of them");
            }

            assertTrue(eventually(() -> registry.running().containsAll(sourceIds)), "they are back when it left");
            assertEquals(12, topics.mentions(run, 13, Duration.ofSeconds(2)).size(), "and nothing came twice");
            for (String sourceId : sourceIds) {
                topics.remove(sourceId);
            }
        }
    }

    /** A consumer in the sources' group, as a second ingest replica would be. */
    /** {@code base} with a suffix that Kafka's default partitioner puts on {@code partition}. */
    private static String sourceOnPartition(String base, int partition) {
        for (int attempt = 0; ; attempt++) {
            String id = base + "-" + attempt;
            byte[] key = id.getBytes(StandardCharsets.UTF_8);
            if (Utils.toPositive(Utils.murmur2(key)) % TopicSetup.PARTITIONS == partition) {
                return id;
            }
        }
    }

    private KafkaConsumer<String, String> joinGroup() {
        KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        ownerGroup,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false),
                new StringDeserializer(),
                new StringDeserializer());
        consumer.subscribe(List.of(Topics.SOURCE_CONFIG));
        return consumer;
    }
}
