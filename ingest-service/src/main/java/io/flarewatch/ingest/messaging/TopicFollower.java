package io.flarewatch.ingest.messaging;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.KafkaException;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.errors.WakeupException;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.jboss.logging.Logger;

/**
 * Reads every partition of some topics, without a consumer group (each replica wants all of it), on a thread of its
 * own: first up to the end as it was when it started, then whatever comes after. A topic with a limit is read from
 * its most recent records only (the limit shared evenly by its partitions): what a memory holding at most that many
 * would keep anyway, without reading two days of keys at every start. While the broker cannot be reached it tries
 * again, so the service starts (and answers) without Kafka.
 */
final class TopicFollower implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(TopicFollower.class);
    private static final Duration POLL = Duration.ofMillis(500);
    private static final Duration RETRY = Duration.ofSeconds(5);

    private final String bootstrapServers;
    private final List<String> topics;
    private final Map<String, Long> recentAtMost;
    private final Consumer<ConsumerRecord<String, String>> handler;
    private final CountDownLatch caughtUp = new CountDownLatch(1);
    private final Thread thread;
    private volatile KafkaConsumer<String, String> consumer;
    private volatile boolean closing;
    private volatile int readAtStart;

    /** Follows {@code topics}, reading at start at most {@code recentAtMost} records of those it names. */
    TopicFollower(
            String bootstrapServers,
            List<String> topics,
            Map<String, Long> recentAtMost,
            Consumer<ConsumerRecord<String, String>> handler) {
        this.bootstrapServers = bootstrapServers;
        this.topics = topics;
        this.recentAtMost = recentAtMost;
        this.handler = handler;
        this.thread = new Thread(this::run, "shared-memory-follower");
        thread.setDaemon(true);
    }

    /**
     * Starts following and waits up to {@code timeout} for the records that were there at the start; returns how
     * many were read, or -1 when they were not all read by then (the rest is read in the background).
     */
    int start(Duration timeout) throws InterruptedException {
        thread.start();
        return caughtUp.await(timeout.toMillis(), TimeUnit.MILLISECONDS) ? readAtStart : -1;
    }

    private void run() {
        try {
            while (!closing && consumer == null) {
                try {
                    consumer = assignedToRecentRecords();
                } catch (KafkaException e) {
                    LOG.warnf("cannot read %s yet, trying again in %s: %s", topics, RETRY, e.toString());
                    Thread.sleep(RETRY.toMillis());
                }
            }
            catchUp();
            while (!closing) {
                try {
                    consumer.poll(POLL).forEach(handler);
                } catch (WakeupException e) {
                    throw e;
                } catch (KafkaException e) {
                    LOG.warnf("reading %s failed, trying again: %s", topics, e.toString());
                }
            }
        } catch (WakeupException | InterruptedException e) {
            // closing
        } finally {
            if (consumer != null) {
                consumer.close(Duration.ofSeconds(2));
            }
        }
    }

    private KafkaConsumer<String, String> assignedToRecentRecords() {
        KafkaConsumer<String, String> created = new KafkaConsumer<>(
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
        try {
            List<TopicPartition> partitions = topics.stream()
                    .flatMap(topic -> created.partitionsFor(topic, RETRY.multipliedBy(2)).stream()
                            .map(info -> new TopicPartition(topic, info.partition())))
                    .toList();
            created.assign(partitions);
            created.seekToBeginning(partitions);
            Map<TopicPartition, Long> beginning = created.beginningOffsets(partitions);
            Map<TopicPartition, Long> end = created.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                Long limit = recentAtMost.get(partition.topic());
                if (limit != null) {
                    long ofTopic = partitions.stream()
                            .filter(p -> p.topic().equals(partition.topic()))
                            .count();
                    long perPartition = (limit + ofTopic - 1) / ofTopic;
                    created.seek(partition, Math.max(beginning.get(partition), end.get(partition) - perPartition));
                }
            }
            return created;
        } catch (KafkaException e) {
            created.close(Duration.ZERO);
            throw e;
        }
    }

    /** Reads up to the end offsets of now, then lets {@link #start} return. */
    private void catchUp() {
        Map<TopicPartition, Long> end = consumer.endOffsets(consumer.assignment());
        int read = 0;
        while (!closing && !end.entrySet().stream().allMatch(e -> consumer.position(e.getKey()) >= e.getValue())) {
            try {
                for (ConsumerRecord<String, String> record : consumer.poll(POLL)) {
                    handler.accept(record);
                    read++;
                }
            } catch (WakeupException e) {
                throw e;
            } catch (KafkaException e) {
                LOG.warnf("reading %s failed, trying again: %s", topics, e.toString());
            }
        }
        readAtStart = read;
        caughtUp.countDown();
    }

    @Override
    public void close() {
        closing = true;
        KafkaConsumer<String, String> current = consumer;
        if (current != null) {
            current.wakeup();
        }
        thread.interrupt();
        try {
            thread.join(5_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
