package io.flarewatch.api.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.api.service.ApiKeyService;
import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A source key created through {@code /keys} reaches the {@code source-keys} topic of the real broker as its hash
 * with its name and role, never as the key; revoking it publishes a tombstone; start-up publishes them all again.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SourceKeyPublicationTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    ApiKeyService keys;

    @Test
    void aSourceKeyIsPublishedByItsHashAndItsRevocationIsATombstone() throws Exception {
        Instant before = Instant.now();
        String key = ApiKeys.create("brand24 export", "source");
        String hash = KeyHashing.hash(key);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);

        ConsumerRecord<String, String> granted =
                kafka.await(Topics.SOURCE_KEYS, 1, r -> hash.equals(r.key())).get(0);
        JsonNode value = EventJson.mapper().readTree(granted.value());
        assertEquals("brand24 export", value.get("name").asText());
        assertEquals("source", value.get("role").asText());
        assertFalse(Instant.parse(value.get("createdAt").asText()).isBefore(before.minusSeconds(1)));
        assertFalse(granted.value().contains(key), "the key itself never leaves crisis-api");

        ApiKeys.withKey(ApiKeys.ADMIN)
                .delete("/keys/" + idOf("brand24 export"))
                .then()
                .statusCode(204);
        List<ConsumerRecord<String, String>> records = kafka.await(Topics.SOURCE_KEYS, 2, r -> hash.equals(r.key()));
        assertEquals(2, records.size(), "a grant, then a tombstone");
        assertNull(records.get(1).value(), "revoking publishes a tombstone");
    }

    @Test
    void otherRolesAreNotPublished() {
        String viewer = ApiKeys.create("not a source", "viewer");
        String hash = KeyHashing.hash(viewer);
        List<ConsumerRecord<String, String>> records = new KafkaProbe(bootstrapServers)
                .await(Topics.SOURCE_KEYS, 1, r -> hash.equals(r.key()), Duration.ofSeconds(3));
        assertTrue(records.isEmpty(), "a viewer key does not post to ingest");
    }

    @Test
    void startUpPublishesEverySourceKeyAgainSoThatAWipedTopicHeals() throws Throwable {
        String active = KeyHashing.hash(ApiKeys.create("kept connector", "source"));
        String revoked = KeyHashing.hash(ApiKeys.create("retired connector", "source"));
        ApiKeys.withKey(ApiKeys.ADMIN)
                .delete("/keys/" + idOf("retired connector"))
                .then()
                .statusCode(204);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.await(Topics.SOURCE_KEYS, 2, r -> revoked.equals(r.key()));

        int published = VertxContextSupport.subscribeAndAwait(keys::republishSourceKeys);

        assertTrue(published >= 2, "every source key, revoked ones too: " + published);
        List<ConsumerRecord<String, String>> again = kafka.await(Topics.SOURCE_KEYS, 2, r -> active.equals(r.key()));
        assertEquals(2, again.size(), "the active key is granted again");
        assertTrue(again.stream().allMatch(r -> r.value() != null));
        List<ConsumerRecord<String, String>> tombstones =
                kafka.await(Topics.SOURCE_KEYS, 3, r -> revoked.equals(r.key()));
        assertEquals(3, tombstones.size(), "grant, tombstone, tombstone again");
        assertNull(tombstones.get(2).value());
    }

    private static String idOf(String name) {
        return ApiKeys.withKey(ApiKeys.ADMIN)
                .get("/keys")
                .jsonPath()
                .getString("find { it.name == '" + name + "' }.id");
    }
}
