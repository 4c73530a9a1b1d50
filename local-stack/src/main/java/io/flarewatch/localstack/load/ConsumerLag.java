package io.flarewatch.localstack.load;

import io.flarewatch.events.Topics;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.ListOffsetsResult;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;

/**
 * How far each service's consumer group is behind its input topic: the stage with the growing lag is the
 * bottleneck of the pipeline.
 */
public final class ConsumerLag implements AutoCloseable {

    /** Consumer group to the topic it reads, in pipeline order. */
    private static final Map<String, String> GROUPS = new LinkedHashMap<>();

    static {
        GROUPS.put("sentiment-service", Topics.MENTIONS_RAW);
        GROUPS.put("alert-service", Topics.MENTIONS_SCORED);
        GROUPS.put("crisis-api", Topics.MENTIONS_SCORED);
    }

    private final Admin admin;

    /** An admin client on the broker. */
    public ConsumerLag(String bootstrapServers) {
        this.admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers));
    }

    /** {@code sentiment-service=120 alert-service=0 crisis-api=4000}; a group that cannot be read is left out. */
    public String describe() {
        StringBuilder line = new StringBuilder("lag");
        GROUPS.forEach((group, topic) -> {
            try {
                line.append(' ').append(group).append('=').append(lag(group, topic));
            } catch (Exception e) {
                line.append(' ').append(group).append("=?");
            }
        });
        return line.toString();
    }

    /** The summed lag of every group, or -1 when one cannot be read (the broker is away). */
    public long total() {
        long total = 0;
        for (Map.Entry<String, String> group : GROUPS.entrySet()) {
            try {
                total += lag(group.getKey(), group.getValue());
            } catch (Exception e) {
                return -1;
            }
        }
        return total;
    }

    private long lag(String group, String topic) throws Exception {
        Map<TopicPartition, OffsetAndMetadata> committed = new HashMap<>();
        admin.listConsumerGroupOffsets(group)
                .partitionsToOffsetAndMetadata()
                .get(5, TimeUnit.SECONDS)
                .forEach((partition, offset) -> {
                    if (partition.topic().startsWith(topic) && offset != null) {
                        committed.put(partition, offset);
                    }
                });
        Map<TopicPartition, OffsetSpec> latest = new HashMap<>();
        committed.keySet().forEach(p -> latest.put(p, OffsetSpec.latest()));
        Map<TopicPartition, ListOffsetsResult.ListOffsetsResultInfo> ends =
                admin.listOffsets(latest).all().get(5, TimeUnit.SECONDS);
        return committed.entrySet().stream()
                .filter(e -> e.getKey().topic().equals(topic))
                .mapToLong(e ->
                        Math.max(0, ends.get(e.getKey()).offset() - e.getValue().offset()))
                .sum();
    }

    @Override
    public void close() {
        admin.close();
    }
}
