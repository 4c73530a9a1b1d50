package io.flarewatch.ingest.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads every partition of some topics from the beginning, without a consumer group (each replica wants all of
 * it): first up to the end as it was at start-up, then, on a thread of its own, whatever comes after.
 */
final class TopicFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);

    private final KafkaConsumer<String, String> consumer;
    private Thread thread;
    private volatile boolean closing;

    TopicFollower(String bootstrapServers, List<String> topics) {
        this.consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG,
                        false,
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest",
                        ConsumerConfig.CLIENT_ID_CONFIG,
                        "ingest-service-memory"),
                new StringDeserializer(),
                new StringDeserializer());
        List<TopicPartition> partitions = topics.stream()
                .flatMap(topic ->
                        consumer.partitionsFor(topic).stream().map(info -> new TopicPartition(topic, info.partition())))
                .toList();
        consumer.assign(partitions);
        consumer.seekToBeginning(partitions);
    }

    /** Reads up to the end offsets of now, or until {@code timeout}; returns how many records were read. */
    int catchUp(Consumer<ConsumerRecord<String, String>> handler, Duration timeout) {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        long deadline = System.nanoTime() + timeout.toNanos();
        int read = 0;
        while (!caughtUp(end)) {
            if (System.nanoTime() > deadline) {
                LOG.warnf("gave up reading the shared memory after %s; the rest is read in the background", timeout);
                break;
            }
            for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                handler.accept(record);
                read++;
            }
        }
        return read;
    }

    /** Hands every later record to {@code handler} on a daemon thread, until closed. */
    void follow(Consumer<ConsumerRecord<String, String>> handler) {
        thread = new Thread(() -> run(handler), "shared-memory-follower");
        thread.setDaemon(true);
        thread.start();
    }

    private void run(Consumer<ConsumerRecord<String, String>> handler) {
        try {
            while (!closing) {
                try {
                    consumer.poll(POLL).forEach(handler);
                } catch (WakeupException e) {
                    throw e;
                } catch (RuntimeException e) {
                    LOG.warnf("reading the shared memory failed, trying again: %s", e.toString());
                }
            }
        } catch (WakeupException e) {
            // closing
        } finally {
            consumer.close(Duration.ofSeconds(2));
        }
    }

    private boolean caughtUp(Map<TopicPartition, Long> end) {
        return end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue());
    }

    @Override
    public void close() {
        closing = true;
        if (thread == null) {
            consumer.close(Duration.ofSeconds(2));
            return;
        }
        consumer.wakeup();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
