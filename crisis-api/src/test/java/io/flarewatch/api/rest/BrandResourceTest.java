package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.flarewatch.events.BrandDefinition;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Brands through the REST API, stored in the real PostgreSQL and published to the real broker. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class BrandResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aCreatedBrandIsStoredAndPublished() throws Exception {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Żabka Polska\",\"query\":\"żabka -(żaba OR staw*)\",\"languages\":[\"pl\"]}")
                .when()
                .post("/brands")
                .then()
                .statusCode(201)
                .header("Location", containsString("/brands/zabka-polska"))
                .body("id", equalTo("zabka-polska"))
                .body("name", equalTo("Żabka Polska"))
                .body("sensitivity", equalTo("balanced"));

        given().when().get("/brands/zabka-polska").then().statusCode(200).body("languages", equalTo(List.of("pl")));
        given().when().get("/brands").then().statusCode(200).body("id", hasItem("zabka-polska"));

        List<ConsumerRecord<String, String>> published = new KafkaProbe(bootstrapServers)
                .await(Topics.BRANDS, 1, r -> "zabka-polska".equals(r.key()) && r.value() != null);
        BrandDefinition event = EventJson.mapper().readValue(published.get(0).value(), BrandDefinition.class);
        assertEquals("żabka -(żaba OR staw*)", event.query());
        assertEquals(BrandDefinition.TYPE, event.eventType());
    }

    @Test
    void aChangeIsPublishedAndADeletionIsATombstone() throws Exception {
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"orlen\",\"name\":\"Orlen\",\"query\":\"orlen\"}")
                .post("/brands")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"Orlen\",\"query\":\"orlen -sponsor*\",\"sensitivity\":\"more\"}")
                .when()
                .put("/brands/orlen")
                .then()
                .statusCode(200)
                .body("query", equalTo("orlen -sponsor*"))
                .body("sensitivity", equalTo("more"));
        given().when().delete("/brands/orlen").then().statusCode(204);
        given().when().get("/brands/orlen").then().statusCode(404).contentType(Problem.MEDIA_TYPE);

        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        List<ConsumerRecord<String, String>> events = kafka.await(Topics.BRANDS, 3, r -> "orlen".equals(r.key()));
        assertEquals(3, events.size());
        assertEquals(
                "orlen -sponsor*",
                EventJson.mapper()
                        .readValue(events.get(1).value(), BrandDefinition.class)
                        .query());
        assertNull(events.get(2).value(), "a deleted brand is a tombstone on the compacted topic");
    }

    @Test
    void aQueryThatDoesNotParseIsAProblemNamingThePosition() {
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"PKO\",\"query\":\"(pko OR ipko\"}")
                .when()
                .post("/brands")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(400))
                .body("errors[0].field", equalTo("query"))
                .body("errors[0].message", containsString("position 1"))
                .body("detail", not(containsString("Exception")));
    }

    @Test
    void everyBadFieldIsNamedAtOnce() {
        given().contentType(ContentType.JSON)
                .body(
                        "{\"id\":\"Bad Id!\",\"name\":\"\",\"query\":\"\",\"languages\":[\"polish\"],\"sensitivity\":\"loud\",\"muteHours\":\"late\"}")
                .when()
                .post("/brands")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors", hasSize(6))
                .body("errors.field", equalTo(List.of("id", "name", "query", "languages", "sensitivity", "muteHours")));
    }

    @Test
    void aTakenIdIsAConflictAndAnUnknownBrandIsNotFound() {
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"empik\",\"name\":\"Empik\",\"query\":\"empik\"}")
                .post("/brands")
                .then()
                .statusCode(201);
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"empik\",\"name\":\"Empik\",\"query\":\"empik\"}")
                .post("/brands")
                .then()
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON)
                .body("{\"name\":\"X\",\"query\":\"x\"}")
                .put("/brands/nobody")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/brands/nobody/mentions").then().statusCode(404).contentType(Problem.MEDIA_TYPE);
        given().contentType(ContentType.JSON)
                .body("{not json")
                .post("/brands")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE);
    }

    @Test
    void aQueryCanBeTriedOnSampleTextsBeforeItIsSaved() {
        given().contentType(ContentType.JSON)
                .body(
                        "{\"query\":\"biedronka -(owad* OR kropk*)\",\"texts\":[\"Byłam w Biedronce, kolejka na pół godziny\","
                                + "\"Na liściu siedziała biedronka z kropkami\"]}")
                .when()
                .post("/brands/preview")
                .then()
                .statusCode(200)
                .body("total", equalTo(2))
                .body("matched", equalTo(1))
                .body("results[0].matches", equalTo(true))
                .body("results[0].matchedWords", equalTo(List.of("Biedronce")))
                .body("results[1].matches", equalTo(false));
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"biedronka AND\",\"texts\":[\"x\"]}")
                .when()
                .post("/brands/preview")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("query"));
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"biedronka\"}")
                .when()
                .post("/brands/preview")
                .then()
                .statusCode(400)
                .contentType(Problem.MEDIA_TYPE)
                .body("errors[0].field", equalTo("texts"));
        given().contentType(ContentType.JSON)
                .body("{\"query\":\"biedronka\",\"lastMentions\":100}")
                .when()
                .post("/brands/preview")
                .then()
                .statusCode(200)
                .body("query", equalTo("biedronka"));
    }

    @Test
    void healthAndMetricsAreServed() {
        given().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().get("/q/metrics").then().statusCode(200);
    }
}
