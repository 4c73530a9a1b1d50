package io.flarewatch.localstack;

import io.flarewatch.events.Topics;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutionException;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.config.TopicConfig;

/** Creates Flarewatch's topics on a broker, leaving those that exist alone. */
public final class TopicSetup {

    /** Partitions of the data topics: enough for two instances of each service to share the work. */
    public static final int PARTITIONS = 3;

    private static final short REPLICATION = 1;

    private TopicSetup() {}

    /**
     * Creates every topic of {@link Topics#ALL} that does not exist yet; {@link Topics#COMPACTED} ones compacted
     * ({@link Topics#EXPIRING} ones also expiring).
     */
    public static void createTopics(String bootstrapServers) throws InterruptedException, ExecutionException {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            Set<String> existing = admin.listTopics().names().get();
            List<NewTopic> missing = Topics.ALL.stream()
                    .filter(name -> !existing.contains(name))
                    .map(TopicSetup::newTopic)
                    .toList();
            if (!missing.isEmpty()) {
                admin.createTopics(missing).all().get();
            }
        }
    }

    private static NewTopic newTopic(String name) {
        NewTopic topic = new NewTopic(name, PARTITIONS, REPLICATION);
        if (Topics.EXPIRING.contains(name)) {
            topic.configs(Map.of(
                    TopicConfig.CLEANUP_POLICY_CONFIG,
                    TopicConfig.CLEANUP_POLICY_COMPACT + "," + TopicConfig.CLEANUP_POLICY_DELETE,
                    TopicConfig.RETENTION_MS_CONFIG,
                    Long.toString(Topics.MEMORY_RETENTION_MS),
                    TopicConfig.SEGMENT_MS_CONFIG,
                    Long.toString(Duration.ofHours(1).toMillis())));
        } else if (Topics.COMPACTED.contains(name)) {
            topic.configs(Map.of(TopicConfig.CLEANUP_POLICY_CONFIG, TopicConfig.CLEANUP_POLICY_COMPACT));
        }
        return topic;
    }
}
