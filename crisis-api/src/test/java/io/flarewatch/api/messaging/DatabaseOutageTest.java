package io.flarewatch.api.messaging;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.EmbeddedDatabase;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * PostgreSQL goes down while scored mentions and an alert event are on their way, and comes back: everything is
 * stored once, and only the one unreadable record goes to a dead-letter topic.
 */
@QuarkusTest
@TestProfile(DatabaseOutageTest.OwnDatabase.class)
class DatabaseOutageTest {

    /**
     * This test stops its PostgreSQL, so it runs on a database of its own: annotation resources are global in a
     * module, and another test's connections must never see this one's outage.
     */
    public static class OwnDatabase implements QuarkusTestProfile {

        @Override
        public boolean disableGlobalTestResources() {
            return true;
        }

        @Override
        public List<TestResourceEntry> testResources() {
            return List.of(
                    new TestResourceEntry(EmbeddedKafkaResource.class),
                    new TestResourceEntry(StoppablePostgresResource.class));
        }
    }

    /** Generous: a slow shared machine must not fail the test; a wait ends as soon as its condition holds. */
    private static final Duration PATIENCE = Duration.ofMinutes(3);

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String jdbcUrl;

    @Test
    void whatArrivesWhileTheDatabaseIsDownIsStoredOnceWhenItIsBackAndNothingGoodIsDeadLettered() throws Exception {
        String brand = "outage-" + UUID.randomUUID().toString().substring(0, 8);
        List<String> before = mentionIds(brand, "before", 20);
        List<String> burst = mentionIds(brand, "burst", 300);
        List<String> during = mentionIds(brand, "during", 300);
        List<String> after = mentionIds(brand, "after", 50);
        String garbage = "{\"eventType\":\"mention.scored\",\"brandId\":\"" + brand + "\"";
        String alertId = UUID.randomUUID().toString();

        publish(brand, before);
        awaitTrue("the first mentions stored", () -> storedMentionIds(brand).size() == before.size());

        double mentionRetries = retries(Topics.MENTIONS_SCORED);
        double alertRetries = retries(Topics.CRISIS_ALERTS);
        publish(brand, burst);
        StoppablePostgresResource.shutDown();
        publish(brand, during);
        new KafkaProbe(bootstrapServers).send(Topics.MENTIONS_SCORED, brand, garbage);
        new KafkaProbe(bootstrapServers).send(Topics.CRISIS_ALERTS, brand, alertEvent(alertId, brand));
        // the consumers have met the outage: each has failed to write at least once and is waiting to try again
        awaitTrue("a retry of mentions", () -> retries(Topics.MENTIONS_SCORED) > mentionRetries);
        awaitTrue("a retry of the alert", () -> retries(Topics.CRISIS_ALERTS) > alertRetries);
        StoppablePostgresResource.startAgain();
        publish(brand, after);

        List<String> sent = new ArrayList<>();
        List.of(before, burst, during, after).forEach(sent::addAll);
        awaitTrue("every mention stored", () -> storedMentionIds(brand).size() >= sent.size());
        List<String> stored = storedMentionIds(brand);
        assertEquals(sent.size(), stored.size(), "each mention stored once");
        assertEquals(sent.stream().sorted().toList(), stored.stream().sorted().toList(), "exactly the mentions sent");
        awaitTrue("the alert stored", () -> given().get("/alerts/" + alertId).statusCode() == 200);

        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        List<String> deadMentions =
                kafka
                        .await(Topics.API_MENTIONS_SCORED_DLQ, 2, r -> brand.equals(r.key()), Duration.ofSeconds(5))
                        .stream()
                        .map(r -> r.value())
                        .toList();
        assertEquals(List.of(garbage), deadMentions, "only the unreadable record is dead-lettered");
        assertTrue(
                kafka.await(Topics.API_CRISIS_ALERTS_DLQ, 1, r -> r.value().contains(alertId), Duration.ofSeconds(5))
                        .isEmpty(),
                "the alert event is not dead-lettered");
    }

    private static List<String> mentionIds(String brand, String phase, int count) {
        return IntStream.range(0, count)
                .mapToObj(i -> "twitter:" + brand + "-" + phase + "-" + i)
                .toList();
    }

    private void publish(String brand, List<String> mentionIds) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            for (String mentionId : mentionIds) {
                producer.send(new ProducerRecord<>(Topics.MENTIONS_SCORED, brand, mention(brand, mentionId)));
            }
            producer.flush();
        }
    }

    private static String mention(String brand, String mentionId) throws Exception {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.MENTION_SCORED));
        event.put("eventId", UUID.randomUUID().toString()).put("brandId", brand);
        ((ObjectNode) event.get("mention")).put("mentionId", mentionId);
        return EventJson.mapper().writeValueAsString(event);
    }

    private static String alertEvent(String alertId, String brand) throws Exception {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.CRISIS_ALERT));
        event.put("eventId", UUID.randomUUID().toString())
                .put("alertId", alertId)
                .put("brandId", brand);
        return EventJson.mapper().writeValueAsString(event);
    }

    /** The brand's stored mention ids, one per row, read from PostgreSQL itself. */
    private List<String> storedMentionIds(String brand) {
        try (Connection connection = DriverManager.getConnection(jdbcUrl, EmbeddedDatabase.USER, "");
                Statement statement = connection.createStatement();
                ResultSet rows =
                        statement.executeQuery("SELECT mention_id FROM mention WHERE brand_id = '" + brand + "'")) {
            List<String> ids = new ArrayList<>();
            while (rows.next()) {
                ids.add(rows.getString(1));
            }
            return ids;
        } catch (SQLException e) {
            return List.of();
        }
    }

    /** The {@code database_retries_total} of a topic's consumer, 0 before the first retry. */
    private static double retries(String topic) {
        String metrics =
                given().get("/q/metrics").then().statusCode(200).extract().asString();
        Matcher m = Pattern.compile("database_retries_total\\{topic=\"" + Pattern.quote(topic) + "\",?} (\\S+)")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }

    private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + PATIENCE.toNanos();
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, "not within " + PATIENCE + ": " + what);
            Thread.sleep(200);
        }
    }
}
