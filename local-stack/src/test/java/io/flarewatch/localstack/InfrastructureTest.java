package io.flarewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.FreePorts;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/** The embedded Kafka and PostgreSQL work for real and keep their data across a restart on the same folder. */
class InfrastructureTest {

    private static final PrintStream QUIET = new PrintStream(OutputStream.nullOutputStream());

    @Test
    void topicsRecordsAndRowsSurviveARestart() throws Exception {
        Path data = Files.createTempDirectory("flarewatch-infra");
        StackConfig config =
                new StackConfig(data, data, FreePorts.next(), FreePorts.next(), FreePorts.next(), 0, 0, 0, 0);

        try (Infrastructure first = Infrastructure.start(config, QUIET)) {
            try (Admin admin = admin(config)) {
                assertTrue(admin.listTopics().names().get().containsAll(Topics.ALL));
                var brandsConfig = admin.describeConfigs(
                                List.of(new ConfigResource(ConfigResource.Type.TOPIC, Topics.BRANDS)))
                        .all()
                        .get()
                        .values()
                        .iterator()
                        .next();
                assertEquals("compact", brandsConfig.get("cleanup.policy").value());
            }
            try (KafkaProducer<String, String> producer = producer(config)) {
                producer.send(new ProducerRecord<>(Topics.BRANDS, "zabka", "{\"name\":\"Żabka\"}"))
                        .get();
            }
            sql(first.database().jdbcUrl(), "CREATE TABLE note (text varchar)", "INSERT INTO note VALUES ('zażółć')");
        }

        try (Infrastructure second = Infrastructure.start(config, QUIET)) {
            try (KafkaConsumer<String, String> consumer = consumer(config)) {
                consumer.subscribe(Set.of(Topics.BRANDS));
                ConsumerRecords<String, String> records = ConsumerRecords.empty();
                for (int i = 0; i < 30 && records.isEmpty(); i++) {
                    records = consumer.poll(Duration.ofSeconds(1));
                }
                assertEquals(1, records.count());
                assertEquals("{\"name\":\"Żabka\"}", records.iterator().next().value());
            }
            try (Connection connection =
                            DriverManager.getConnection(second.database().jdbcUrl(), EmbeddedDatabase.USER, "");
                    Statement statement = connection.createStatement();
                    ResultSet rs = statement.executeQuery("SELECT text FROM note")) {
                assertTrue(rs.next());
                assertEquals("zażółć", rs.getString(1));
            }
        }
    }

    private static void sql(String url, String... statements) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement()) {
            for (String sql : statements) {
                statement.execute(sql);
            }
        }
    }

    private static Admin admin(StackConfig config) {
        return Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers()));
    }

    private static KafkaProducer<String, String> producer(StackConfig config) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        return new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    private static KafkaConsumer<String, String> consumer(StackConfig config) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, config.bootstrapServers());
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "infrastructure-test");
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        return new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer());
    }
}
