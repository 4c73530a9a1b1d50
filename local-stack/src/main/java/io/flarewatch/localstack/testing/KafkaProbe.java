package io.flarewatch.localstack.testing;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.function.Predicate;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/** Writes records to and reads records from the real test broker, as another service would; for tests. */
public final class KafkaProbe {

    private final String bootstrapServers;

    /** A probe of the broker at {@code bootstrapServers}. */
    public KafkaProbe(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Sends one record and waits until the broker has it. */
    public void send(String topic, String key, String value) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(topic, key, value)).get();
        }
    }

    /** Sends many records with one producer, without waiting for each: as ingest-service does under load. */
    public void sendAll(String topic, Map<String, String> valuesByKey) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            valuesByKey.forEach((key, value) -> producer.send(new ProducerRecord<>(topic, key, value)));
            producer.flush();
        }
    }

    /** Whether the consumer group has committed every partition of {@code topic} up to its end, within 20 s. */
    public boolean awaitCommittedToEnd(String group, String topic) throws Exception {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            long deadline = System.currentTimeMillis() + 20_000;
            while (System.currentTimeMillis() < deadline) {
                Map<TopicPartition, OffsetAndMetadata> committed = admin.listConsumerGroupOffsets(group)
                        .partitionsToOffsetAndMetadata()
                        .get();
                Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
                committed.keySet().stream()
                        .filter(p -> p.topic().equals(topic))
                        .forEach(p -> latest.put(p, OffsetSpec.latest()));
                var ends = admin.listOffsets(latest).all().get();
                if (!latest.isEmpty()
                        && latest.keySet().stream()
                                .allMatch(p ->
                                        committed.get(p).offset() >= ends.get(p).offset())) {
                    return true;
                }
                Thread.sleep(300);
            }
            return false;
        }
    }

    /** Records of {@code topic} that satisfy {@code wanted}, waiting until {@code count} arrived or 20 s passed. */
    public List<ConsumerRecord<String, String>> await(
            String topic, int count, Predicate<ConsumerRecord<String, String>> wanted) {
        return await(topic, count, wanted, Duration.ofSeconds(20));
    }

    /** The records of {@code topic} that satisfy {@code wanted}, waiting until {@code count} arrived or the timeout. */
    public List<ConsumerRecord<String, String>> await(
            String topic, int count, Predicate<ConsumerRecord<String, String>> wanted, Duration timeout) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "probe-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        List<ConsumerRecord<String, String>> found = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + timeout.toMillis();
            while (System.currentTimeMillis() < deadline && found.size() < count) {
                consumer.poll(Duration.ofMillis(300)).forEach(r -> {
                    if (wanted.test(r)) {
                        found.add(r);
                    }
                });
            }
        }
        return found;
    }
}
