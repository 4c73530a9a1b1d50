package io.flarewatch.ingest.rest;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceKey;
import io.flarewatch.events.Topics;
import io.flarewatch.ingest.security.SourceKeyRing;
import io.flarewatch.ingest.testing.SourceKeys;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Only a source key posts, against a real broker: none or an unknown one is 401 problem+json; a key published on
 * {@code source-keys} (as crisis-api publishes it) posts until its tombstone; a configured hash posts; reads stay open.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class SourceKeyAccessTest {

    private static final long TOPIC_TO_RING_SECONDS = 30;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPostWithoutAKeyIsRefusedWithAProblemSayingHow() {
        SourceKeys.withoutKey()
                .contentType(ContentType.JSON)
                .body(mention())
                .when()
                .post("/mentions")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .header("WWW-Authenticate", startsWith("Bearer"))
                .body("status", equalTo(401))
                .body("detail", containsString("needs a source key"))
                .body("detail", containsString("X-Api-Key"));
        SourceKeys.withoutKey()
                .contentType("application/x-ndjson; charset=UTF-8")
                .body((mention() + "\n" + mention()).getBytes(StandardCharsets.UTF_8))
                .when()
                .post("/mentions/batch")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void anUnknownKeyIsRefusedAndNeverRepeated() {
        String guess = "fw_" + UUID.randomUUID();
        SourceKeys.withKey(guess)
                .contentType(ContentType.JSON)
                .body(mention())
                .when()
                .post("/mentions")
                .then()
                .statusCode(401)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("unknown or revoked"))
                .body("detail", not(containsString(guess)));
    }

    @Test
    void theConfiguredKeyPostsAlsoAsABearerToken() {
        SourceKeys.withoutKey()
                .header("Authorization", "Bearer " + SourceKeys.CONFIGURED)
                .contentType(ContentType.JSON)
                .body(mention())
                .when()
                .post("/mentions")
                .then()
                .statusCode(202);
    }

    @Test
    void aKeyPublishedOnTheTopicPostsUntilItIsRevoked() throws Exception {
        String key = "fw_" + UUID.randomUUID();
        String hash = SourceKeyRing.hashOf(key);
        String grant = EventJson.mapper()
                .writeValueAsString(
                        new SourceKey("test connector", SourceKey.ROLE, Instant.parse("2026-11-20T09:00:00Z")));
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.SOURCE_KEYS, hash, grant)).get(10, TimeUnit.SECONDS);
            assertEquals(202, awaitStatus(key, 202), "a published key posts");

            producer.send(new ProducerRecord<>(Topics.SOURCE_KEYS, hash, null)).get(10, TimeUnit.SECONDS);
            assertEquals(401, awaitStatus(key, 401), "a tombstone revokes it");
        }
    }

    @Test
    void healthMetricsAndReadsNeedNoKey() {
        SourceKeys.withoutKey().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        SourceKeys.withoutKey().get("/q/health/live").then().statusCode(200);
        SourceKeys.withoutKey().get("/q/metrics").then().statusCode(200);
    }

    /** Posts with {@code key} until the answer is {@code status}: the topic reaches the ring within a poll or so. */
    private static int awaitStatus(String key, int status) throws InterruptedException {
        long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(TOPIC_TO_RING_SECONDS);
        int last;
        do {
            last = SourceKeys.withKey(key)
                    .contentType(ContentType.JSON)
                    .body(mention())
                    .post("/mentions")
                    .statusCode();
            if (last != status) {
                Thread.sleep(200);
            }
        } while (last != status && System.nanoTime() < deadline);
        return last;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers, ProducerConfig.ACKS_CONFIG, "all"),
                new StringSerializer(),
                new StringSerializer());
    }

    private static String mention() {
        return "{\"source\":\"forum\",\"sourceId\":\"" + UUID.randomUUID()
                + "\",\"author\":{\"id\":\"u1\",\"name\":\"ola\"},\"text\":\"Orlen znowu podniósł ceny\","
                + "\"language\":\"pl\",\"publishedAt\":\"2026-11-20T09:00:00Z\"}";
    }
}
