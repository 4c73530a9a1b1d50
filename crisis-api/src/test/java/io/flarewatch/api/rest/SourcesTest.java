package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.SourceHealth;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code /sources} against the real broker: health published to {@code source-health} (as ingest's connectors do)
 * is served with the silent flag; settings put through the API reach {@code source-config}, a removal as a
 * tombstone.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class SourcesTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void healthPublishedToKafkaIsListedWithTheSilentFlag() throws Exception {
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        publish(
                kafka,
                new SourceHealth(
                        "rss:health-fresh", "rss", "ok", now.minusSeconds(60), null, null, 4.2, 35.0, null, now));
        publish(
                kafka,
                new SourceHealth(
                        "rss:health-quiet",
                        "rss",
                        "backoff",
                        now.minus(Duration.ofHours(2)),
                        now.minusSeconds(30),
                        "HTTP 500 from the feed",
                        0,
                        null,
                        now.plusSeconds(120),
                        now));

        JsonPath sources = ApiTestData.awaitJson(
                "/sources",
                body -> body.getList("sourceId").containsAll(List.of("rss:health-fresh", "rss:health-quiet")));

        Map<String, Object> fresh = source(sources, "rss:health-fresh");
        assertEquals("ok", fresh.get("status"));
        assertEquals(false, fresh.get("silent"));
        assertEquals(4.2f, ((Number) fresh.get("mentionsPerMinute")).floatValue());
        assertEquals(35.0f, ((Number) fresh.get("lagSeconds")).floatValue());
        assertEquals(now.minusSeconds(60).toString(), fresh.get("lastSuccessAt"));
        Map<String, Object> quiet = source(sources, "rss:health-quiet");
        assertEquals(true, quiet.get("silent"), "no success for two hours, the limit is 30 minutes");
        assertEquals("backoff", quiet.get("status"));
        assertEquals("HTTP 500 from the feed", quiet.get("lastError"));
        assertFalse(quiet.containsKey("config"), "the list shows health only");
    }

    @Test
    void settingsPutThroughTheApiArePublishedShownAndRemovedWithATombstone() throws Exception {
        String body = """
                {"connector":"rss","brandIds":["kurierex"],"settings":{"url":"https://news.example.pl/rss","pollSeconds":"120"}}""";
        given().contentType(ContentType.JSON)
                .body(body)
                .put("/sources/rss:config-probe")
                .then()
                .statusCode(200)
                .body("status", equalTo("pending"))
                .body("config.settings.url", equalTo("https://news.example.pl/rss"))
                .body("config.enabled", equalTo(true));

        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        List<ConsumerRecord<String, String>> published =
                kafka.await(Topics.SOURCE_CONFIG, 1, r -> "rss:config-probe".equals(r.key()));
        JsonNode config = EventJson.mapper().readTree(published.get(0).value());
        assertEquals("rss", config.path("connector").asText());
        assertEquals("kurierex", config.path("brandIds").path(0).asText());
        assertEquals("120", config.path("settings").path("pollSeconds").asText());

        given().get("/sources/rss:config-probe")
                .then()
                .statusCode(200)
                .body("config.brandIds", hasItem("kurierex"))
                .body("silent", equalTo(false));
        given().get("/sources").then().statusCode(200).body("sourceId", hasItem("rss:config-probe"));

        given().delete("/sources/rss:config-probe").then().statusCode(204);
        List<ConsumerRecord<String, String>> tombstone =
                kafka.await(Topics.SOURCE_CONFIG, 1, r -> "rss:config-probe".equals(r.key()) && r.value() == null);
        assertNull(tombstone.get(0).value());
        given().get("/sources/rss:config-probe").then().statusCode(404).contentType(startsWith(Problem.MEDIA_TYPE));
    }

    @Test
    void anUnknownConnectorOrAMissingUrlIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"connector\":\"myspace\",\"settings\":{\"url\":\"https://myspace.com\"}}")
                .put("/sources/myspace:x")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors.field", hasItem("connector"));
        given().contentType(ContentType.JSON)
                .body("{\"connector\":\"rss\",\"settings\":{}}")
                .put("/sources/rss:no-url")
                .then()
                .statusCode(400)
                .contentType(startsWith(Problem.MEDIA_TYPE))
                .body("errors.field", hasItem("settings.url"));
        given().get("/sources/rss:no-url").then().statusCode(404);
    }

    private static void publish(KafkaProbe kafka, SourceHealth health) throws Exception {
        kafka.send(Topics.SOURCE_HEALTH, health.sourceId(), EventJson.mapper().writeValueAsString(health));
    }

    private static Map<String, Object> source(JsonPath sources, String id) {
        List<Map<String, Object>> all = sources.getList("$");
        return all.stream()
                .filter(s -> id.equals(s.get("sourceId")))
                .findFirst()
                .orElseThrow(() -> new AssertionError(id + " not listed: " + all));
    }
}
