package io.flarewatch.localstack.testing;

import io.flarewatch.localstack.EmbeddedKafka;
import io.flarewatch.localstack.TopicSetup;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/** Starts a real Kafka broker on free ports for a {@code @QuarkusTest} and points the application at it. */
public class EmbeddedKafkaResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedKafka kafka;

    @Override
    public Map<String, String> start() {
        try {
            Path dir = Files.createTempDirectory("flarewatch-test-kafka");
            kafka = EmbeddedKafka.start(FreePorts.next(), FreePorts.next(), dir);
            TopicSetup.createTopics(kafka.bootstrapServers());
            return Map.of(
                    "kafka.bootstrap.servers", kafka.bootstrapServers(),
                    "quarkus.kafka-streams.bootstrap-servers", kafka.bootstrapServers());
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded Kafka broker", e);
        }
    }

    @Override
    public void stop() {
        if (kafka != null) {
            kafka.close();
        }
    }
}
