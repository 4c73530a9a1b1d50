package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Scored mentions and alerts from the real broker are stored once each and served by the API. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class EventConsumersTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theGoldenScoredMentionIsStoredOnceAndServedWithItsExplanation() throws Exception {
        createBrand("zabka");
        String json = Fixtures.json(Fixtures.MENTION_SCORED);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.send(Topics.MENTIONS_SCORED, "zabka", json);
        kafka.send(Topics.MENTIONS_SCORED, "zabka", json);

        JsonPath mentions = ApiTestData.awaitJson(
                "/brands/zabka/mentions", body -> body.getList("$").size() >= 1);
        ScoredMention golden = Fixtures.read(Fixtures.MENTION_SCORED, ScoredMention.class);
        assertEquals(1, mentions.getList("$").size(), "a redelivered mention is stored once");
        assertEquals(golden.mention().text(), mentions.getString("[0].text"));
        assertEquals("negative", mentions.getString("[0].sentiment.label"));
        assertEquals("Masakra", mentions.getString("[0].sentiment.explanation[1].token"));
        assertEquals(1250, mentions.getInt("[0].author.followers"));
        assertEquals("Żabka", mentions.getString("[0].matchedWords[0]"));

        String found = given().queryParam("brandId", "zabka")
                .queryParam("category", "returns_refunds")
                .get("/mentions")
                .then()
                .statusCode(200)
                .contentType(ContentType.JSON)
                .extract()
                .asString();
        JsonNode item = EventJson.mapper().readTree(found).path("items").path(0);
        assertEquals(golden.mention().mentionId(), item.path("mentionId").asText(), "found by its complaint category");
        assertTrue(item.path("sentiment").isObject(), "the sentiment is an object, not a string: " + found);
        assertTrue(item.path("sentiment").path("explanation").isArray());
        assertTrue(item.path("matchedWords").isArray());
        assertTrue(
                found.contains("Masakra 😡") && found.contains("pieniędzy"),
                "emoji and Polish letters are sent as UTF-8, not escaped: " + found);
    }

    @Test
    void aCopyOfAStoryIsStoredAndServedWithTheClusterIdOfTheFirstMention() throws Exception {
        createBrand("zabka-stories");
        String first = "twitter:" + UUID.randomUUID();
        String copy = "facebook:" + UUID.randomUUID();
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        ObjectNode original = mention("zabka-stories", first);
        ObjectNode repost = mention("zabka-stories", copy);
        ((ObjectNode) repost.get("mention")).put("clusterId", first);
        kafka.send(Topics.MENTIONS_SCORED, "zabka-stories", original.toString());
        kafka.send(Topics.MENTIONS_SCORED, "zabka-stories", repost.toString());

        ApiTestData.awaitJson(
                "/brands/zabka-stories/mentions", body -> body.getList("$").size() >= 2);
        String found = given().queryParam("brandId", "zabka-stories")
                .get("/mentions")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        JsonNode items = EventJson.mapper().readTree(found).path("items");
        assertEquals(2, items.size(), found);
        for (JsonNode item : items) {
            String expected = item.path("mentionId").asText().equals(copy) ? first : null;
            JsonNode clusterId = item.path("clusterId");
            assertEquals(expected, clusterId.isTextual() ? clusterId.asText() : null, found);
        }
    }

    @Test
    void theGoldenAlertIsStoredOnceWithItsTimeline() throws Exception {
        String json = Fixtures.json(Fixtures.CRISIS_ALERT);
        CrisisAlert golden = Fixtures.read(Fixtures.CRISIS_ALERT, CrisisAlert.class);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.send(Topics.CRISIS_ALERTS, golden.brandId(), json);
        kafka.send(Topics.CRISIS_ALERTS, golden.brandId(), json);

        JsonPath detail = ApiTestData.awaitJson("/alerts/" + golden.alertId(), body -> body.get("alertId") != null);
        assertEquals("OPENED", detail.getString("state"));
        assertEquals(golden.reason(), detail.getString("reason"));
        assertEquals(1, detail.getList("timeline").size(), "a redelivered alert event is one entry of the timeline");
        assertEquals("twitter:1859923400112", detail.getString("topMentions[0].mentionId"));
        assertEquals("nie odbiera", detail.getString("topWords[0]"));
        assertEquals(
                "Żabka od 3 tygodni nie oddaje pieniędzy, infolinia nie odbiera. Masakra 😡",
                detail.getString("topMentions[0].text"));
        given().when()
                .get("/alerts?brandId=" + golden.brandId())
                .then()
                .statusCode(200)
                .body("alertId", equalTo(List.of(golden.alertId())));
    }

    @Test
    void anAlertThatCannotBeReadGoesToTheDeadLetterTopicAndTheNextOneIsStored() throws Exception {
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        String garbage = "{\"eventType\":\"crisis.alert\",\"alertId\":" + UUID.randomUUID();
        kafka.send(Topics.CRISIS_ALERTS, "x", garbage);
        String nextId = UUID.randomUUID().toString();
        ObjectNode next = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.CRISIS_ALERT));
        next.put("eventId", UUID.randomUUID().toString()).put("alertId", nextId).put("brandId", "brightcell");
        kafka.send(Topics.CRISIS_ALERTS, "brightcell", EventJson.mapper().writeValueAsString(next));

        ApiTestData.awaitJson("/alerts/" + nextId, body -> body.get("alertId") != null);
        assertTrue(!kafka.await(Topics.API_CRISIS_ALERTS_DLQ, 1, r -> garbage.equals(r.value()))
                .isEmpty());
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(matchesRegex(
                        "(?s).*dead_letters_total\\{topic=\"" + Topics.API_CRISIS_ALERTS_DLQ + "\",?} [1-9].*"));
    }

    @Test
    void mentionsThatCannotBeStoredGoToTheDeadLetterTopicAndTheGoodOnesAroundThemAreStored() throws Exception {
        String brand = "dlq-" + UUID.randomUUID().toString().substring(0, 8);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        String garbage = "{\"eventType\":\"mention.scored\",\"brandId\":\"" + brand + "\"";
        String withoutLanguage = mention(brand, "twitter:no-language-" + brand)
                .putNull("language")
                .toString();
        ObjectNode refused = mention(brand, "twitter:long-source-" + brand);
        ((ObjectNode) refused.get("mention")).put("source", "s".repeat(41)); // the table keeps at most 40 characters
        String first = "twitter:first-" + brand;
        String second = "twitter:second-" + brand;
        for (String value : List.of(
                garbage,
                withoutLanguage,
                mention(brand, first).toString(),
                refused.toString(),
                mention(brand, second).toString())) {
            kafka.send(Topics.MENTIONS_SCORED, brand, value);
        }

        JsonPath stored = ApiTestData.awaitJson(
                "/mentions?brandId=" + brand, body -> body.getList("items").size() >= 2);
        assertEquals(List.of(second, first), stored.getList("items.mentionId"), "the good mentions, and only they");
        List<String> deadLetters = kafka.await(Topics.API_MENTIONS_SCORED_DLQ, 3, r -> brand.equals(r.key())).stream()
                .map(r -> r.value())
                .toList();
        assertEquals(List.of(garbage, withoutLanguage, refused.toString()), deadLetters);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(matchesRegex(
                        "(?s).*dead_letters_total\\{topic=\"" + Topics.API_MENTIONS_SCORED_DLQ + "\",?} [3-9].*"));
    }

    private static ObjectNode mention(String brand, String mentionId) throws Exception {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.MENTION_SCORED));
        event.put("eventId", UUID.randomUUID().toString()).put("brandId", brand);
        ((ObjectNode) event.get("mention")).put("mentionId", mentionId);
        return event;
    }

    private static void createBrand(String id) {
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"Żabka\",\"query\":\"żabka\"}")
                .post("/brands")
                .then()
                .statusCode(201);
    }
}
