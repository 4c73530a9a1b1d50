package io.flarewatch.ingest.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A restarted ingest reads only as many remembered keys as its memory holds, the most recent ones, against a real
 * broker: two days of keys read at every start kept a restarted ingest from answering for 43 s.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class TopicFollowerTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aLimitedTopicIsReadFromItsMostRecentRecordsOnEachPartition() throws Exception {
        String topic = "follower-" + UUID.randomUUID();
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, 3, (short) 1))).all().get();
        }
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new StringSerializer())) {
            // ten records on each partition, in order: p0-0 .. p0-9, p1-0 .. p1-9, p2-0 .. p2-9
            for (int i = 0; i < 10; i++) {
                for (int partition = 0; partition < 3; partition++) {
                    producer.send(new ProducerRecord<>(topic, partition, "p" + partition + "-" + i, "v"));
                }
            }
            producer.flush();
        }

        Set<String> recent = read(topic, Map.of(topic, 6L));
        Set<String> all = read(topic, Map.of());

        assertEquals(Set.of("p0-8", "p0-9", "p1-8", "p1-9", "p2-8", "p2-9"), recent, "the last two of each partition");
        assertEquals(
                IntStream.range(0, 3)
                        .boxed()
                        .flatMap(p -> IntStream.range(0, 10).mapToObj(i -> "p" + p + "-" + i))
                        .collect(Collectors.toSet()),
                all,
                "without a limit, everything");
    }

    private Set<String> read(String topic, Map<String, Long> limits) throws InterruptedException {
        Set<String> keys = ConcurrentHashMap.newKeySet();
        try (TopicFollower follower =
                new TopicFollower(bootstrapServers, List.of(topic), limits, record -> keys.add(record.key()))) {
            follower.start(Duration.ofSeconds(30));
        }
        return keys;
    }
}
