package io.flarewatch.ingest.messaging;

import io.flarewatch.events.Mention;
import io.flarewatch.events.Topics;
import io.flarewatch.ingest.IngestConfig;
import io.flarewatch.ingest.service.DuplicateFilter;
import io.flarewatch.ingest.story.MinHash;
import io.flarewatch.ingest.story.StoryClusterer;
import io.flarewatch.ingest.story.StoryIndex;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.clients.producer.RecordMetadata;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

/**
 * Ingest's memory of what it accepted, shared by all its replicas and kept across restarts: the duplicate keys of
 * every accepted mention go to {@code mention-keys} and the fingerprint of every new story to {@code
 * story-fingerprints}; each replica reads both topics whole at start-up, then follows them. Two replicas taking
 * copies of one post within the same few milliseconds may both accept it (or both start a story): the mention id
 * is the same for an exact duplicate, and every consumer downstream is idempotent by mention id.
 */
@ApplicationScoped
public class SharedMemory {

    private static final Logger LOG = Logger.getLogger(SharedMemory.class);
    /** Start-up waits at most this long to read what the replicas remembered before taking mentions in. */
    static final Duration CATCH_UP = Duration.ofSeconds(60);
    /** How long an answer waits at most for the accepted mentions' keys to be in Kafka. */
    static final Duration SHARE_TIMEOUT = Duration.ofSeconds(10);

    private final DuplicateFilter duplicates;
    private final StoryClusterer stories;
    /** At start-up only the most recent keys and stories are read: the memories would forget older ones anyway. */
    private final long dedupMaxEntries;

    private final int storyMaxEntries;
    private final String bootstrapServers;
    private final KafkaProducer<String, String> producer;
    private TopicFollower follower;

    SharedMemory(IngestConfig config, @ConfigProperty(name = "kafka.bootstrap.servers") String bootstrapServers) {
        this.duplicates = new DuplicateFilter(config.dedupWindow(), config.dedupMaxEntries());
        this.dedupMaxEntries = config.dedupMaxEntries();
        this.storyMaxEntries = config.storyMaxEntries();
        this.stories = new StoryClusterer(config.storyHorizon(), config.storyMaxEntries());
        this.bootstrapServers = bootstrapServers;
        this.producer = new KafkaProducer<>(
                Map.of(
                        ProducerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ProducerConfig.ACKS_CONFIG,
                        "all",
                        ProducerConfig.LINGER_MS_CONFIG,
                        5,
                        ProducerConfig.COMPRESSION_TYPE_CONFIG,
                        "lz4",
                        ProducerConfig.CLIENT_ID_CONFIG,
                        "ingest-service-memory"),
                new StringSerializer(),
                new StringSerializer());
    }

    /** The exact-duplicate filter every replica shares. */
    public DuplicateFilter duplicates() {
        return duplicates;
    }

    /** The story clusterer every replica shares. */
    public StoryClusterer stories() {
        return stories;
    }

    /**
     * Tells the other replicas (and this one after a restart) about mentions Kafka acknowledged, and waits (at most
     * {@link #SHARE_TIMEOUT}) until Kafka has their keys too: a 202 then means that a crash right after it still
     * leaves the mentions remembered. Failing to share is logged, never refused: the mentions are in Kafka already.
     */
    public void remember(List<Mention> accepted) {
        List<Future<RecordMetadata>> sends = new ArrayList<>();
        for (Mention mention : accepted) {
            for (String key : DuplicateFilter.keysOf(mention)) {
                sends.add(producer.send(new ProducerRecord<>(Topics.MENTION_KEYS, key, mention.mentionId())));
            }
            stories.startedBy(mention.mentionId())
                    .ifPresent(story -> sends.add(producer.send(new ProducerRecord<>(
                            Topics.STORY_FINGERPRINTS, story.id(), FingerprintRecord.encode(story)))));
        }
        long deadline = System.nanoTime() + SHARE_TIMEOUT.toNanos();
        for (Future<RecordMetadata> send : sends) {
            try {
                send.get(Math.max(0, deadline - System.nanoTime()), TimeUnit.NANOSECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            } catch (ExecutionException | TimeoutException e) {
                // only a copy accepted later may go undetected: the mention itself is already in Kafka
                LOG.warnf("could not share accepted mentions' keys with the other replicas: %s", e.toString());
                return;
            }
        }
    }

    void start(@Observes StartupEvent started) throws InterruptedException {
        follower = new TopicFollower(
                bootstrapServers,
                List.of(Topics.MENTION_KEYS, Topics.STORY_FINGERPRINTS),
                Map.of(Topics.MENTION_KEYS, dedupMaxEntries, Topics.STORY_FINGERPRINTS, (long) storyMaxEntries),
                this::learn);
        int read = follower.start(CATCH_UP);
        if (read < 0) {
            LOG.warnf(
                    "the duplicate keys and stories of the replicas were not all read within %s: until they are, a"
                            + " copy of an earlier mention may be accepted (downstream counts a mention id once)",
                    CATCH_UP);
        } else {
            LOG.infof("read %d remembered duplicate keys and stories from Kafka", read);
        }
    }

    void stop(@Observes ShutdownEvent stopping) {
        if (follower != null) {
            follower.close();
        }
        producer.close(Duration.ofSeconds(5));
    }

    private void learn(ConsumerRecord<String, String> record) {
        if (record.key() == null || record.value() == null) {
            return;
        }
        Instant seenAt = Instant.ofEpochMilli(record.timestamp());
        try {
            if (record.topic().equals(Topics.MENTION_KEYS)) {
                duplicates.remember(record.key(), seenAt);
            } else {
                stories.learn(FingerprintRecord.decode(record.key(), record.value(), seenAt), Instant.now());
            }
        } catch (IllegalArgumentException e) {
            LOG.warnf("skipped an unreadable record of %s at offset %d: %s", record.topic(), record.offset(), e);
        }
    }

    /** A story's value on {@code story-fingerprints}: its signature and shingle hashes, Base64, separated by a dot. */
    static final class FingerprintRecord {
        private FingerprintRecord() {}

        static String encode(StoryIndex.Story story) {
            return MinHash.encode(story.signature()) + "." + MinHash.encode(story.shingles());
        }

        static StoryIndex.Story decode(String id, String value, Instant seenAt) {
            String[] parts = value.split("\\.", -1);
            int[] signature = parts.length == 2 ? MinHash.decode(parts[0]) : new int[0];
            if (signature.length != MinHash.SIZE) {
                throw new IllegalArgumentException("not a story fingerprint");
            }
            return new StoryIndex.Story(id, signature, MinHash.decode(parts[1]), seenAt);
        }
    }
}
