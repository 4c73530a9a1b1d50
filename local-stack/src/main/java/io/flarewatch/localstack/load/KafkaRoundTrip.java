package io.flarewatch.localstack.load;

import io.flarewatch.events.Topics;
import io.flarewatch.localstack.TopicSetup;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;

/**
 * The yardstick: a plain Kafka producer to consumer round trip on the same broker, with records copied from the
 * run's own {@code mentions-raw} records (same size, same compressibility) and the producer settings of
 * ingest-service, on a throw-away topic with as many partitions.
 */
final class KafkaRoundTrip {

    private static final Duration TIMEOUT = Duration.ofSeconds(120);
    private static final int SAMPLE = 500;

    private final String bootstrapServers;

    KafkaRoundTrip(String bootstrapServers) {
        this.bootstrapServers = bootstrapServers;
    }

    /** Records per second from the first send to the last record consumed; also its mean record size. */
    record Result(double recordsPerS, int meanRecordBytes) {}

    Result measure(int records, String runId) throws InterruptedException, ExecutionException {
        List<String> sample = sampleOfMentionsRaw();
        if (sample.isEmpty()) {
            throw new IllegalStateException("mentions-raw is empty: nothing to copy the record size from");
        }
        String topic = "load-raw-" + runId;
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            admin.createTopics(List.of(new NewTopic(topic, TopicSetup.PARTITIONS, (short) 1)))
                    .all()
                    .get();
            try {
                return new Result(roundTrip(topic, records, sample), (int)
                        sample.stream().mapToInt(String::length).average().orElse(0));
            } finally {
                admin.deleteTopics(List.of(topic)).all().get();
            }
        }
    }

    private double roundTrip(String topic, int records, List<String> sample) throws InterruptedException {
        AtomicLong consumed = new AtomicLong();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = new ArrayList<>();
            for (int p = 0; p < TopicSetup.PARTITIONS; p++) {
                partitions.add(new TopicPartition(topic, p));
            }
            consumer.assign(partitions);
            consumer.seekToBeginning(partitions);
            consumer.poll(Duration.ofMillis(100));
            long start = System.nanoTime();
            Thread producing = new Thread(() -> produce(topic, records, sample), "load-raw-producer");
            producing.start();
            long deadline = start + TIMEOUT.toNanos();
            while (consumed.get() < records && System.nanoTime() < deadline) {
                for (ConsumerRecord<String, String> ignored : consumer.poll(Duration.ofMillis(200))) {
                    consumed.incrementAndGet();
                }
            }
            double seconds = (System.nanoTime() - start) / 1e9;
            producing.join();
            return consumed.get() / seconds;
        }
    }

    private void produce(String topic, int records, List<String> sample) {
        try (KafkaProducer<String, String> producer = new KafkaProducer<>(
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
                        "lz4"),
                new StringSerializer(),
                new StringSerializer())) {
            for (int i = 0; i < records; i++) {
                producer.send(new ProducerRecord<>(topic, "raw-" + i, sample.get(i % sample.size())));
            }
            producer.flush();
        }
    }

    /** The last records of mentions-raw, which the run has just written. */
    private List<String> sampleOfMentionsRaw() {
        List<String> sample = new ArrayList<>();
        try (KafkaConsumer<String, String> consumer = consumer()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.MENTIONS_RAW).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(0, ends.get(partition) - SAMPLE / partitions.size()));
            }
            long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
            while (sample.size() < SAMPLE && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(r -> sample.add(r.value()));
                if (partitions.stream().allMatch(p -> consumer.position(p) >= ends.get(p))) {
                    break;
                }
            }
        }
        return sample;
    }

    private KafkaConsumer<String, String> consumer() {
        return new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.MAX_POLL_RECORDS_CONFIG,
                        2_000),
                new StringDeserializer(),
                new StringDeserializer());
    }
}
