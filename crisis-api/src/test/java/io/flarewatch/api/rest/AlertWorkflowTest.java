package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** The people's workflow on alerts stored from the real broker: transitions, refusals and the merged timeline. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AlertWorkflowTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void acknowledgeAssignNoteResolveReopenAndTheTimelineTellsItOldestFirst() throws Exception {
        String alertId = UUID.randomUUID().toString();
        Instant opened = Instant.now().minus(10, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        ApiTestData.sendAlert(kafka, alertId, "wf-kurierex", "OPENED", "medium", opened);
        ApiTestData.sendAlert(kafka, alertId, "wf-kurierex", "UPDATED", "high", opened.plusSeconds(120));
        ApiTestData.awaitJson(
                "/alerts/" + alertId, body -> body.getList("timeline").size() == 2);

        post(alertId, "acknowledge", "{\"by\":\"anna\"}")
                .statusCode(200)
                .body("acknowledgedBy", equalTo("anna"))
                .body("acknowledgedAt", notNullValue());
        post(alertId, "acknowledge", "{\"by\":\"piotr\"}")
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("detail", containsString("anna"));
        post(alertId, "assign", "{\"by\":\"anna\",\"assignee\":\"piotr\"}")
                .statusCode(200)
                .body("assignee", equalTo("piotr"));
        post(alertId, "notes", "{\"by\":\"piotr\",\"text\":\"Answered the top post on Twitter\"}")
                .statusCode(200);
        post(alertId, "resolve", "{\"by\":\"piotr\",\"note\":\"Refunds are out\"}")
                .statusCode(200)
                .body("state", equalTo("RESOLVED"))
                .body("resolvedBy", equalTo("piotr"))
                .body("resolvedAt", notNullValue());

        post(alertId, "acknowledge", "{\"by\":\"ola\"}").statusCode(409).contentType(Problem.MEDIA_TYPE);
        post(alertId, "assign", "{\"by\":\"ola\",\"assignee\":\"ola\"}").statusCode(409);
        post(alertId, "resolve", "{\"by\":\"ola\"}").statusCode(409);
        post(alertId, "reopen", "{\"by\":\"anna\",\"note\":\"Still burning on Facebook\"}")
                .statusCode(200)
                .body("state", equalTo("OPENED"))
                .body("resolvedAt", nullValue())
                .body("resolvedBy", nullValue());
        post(alertId, "reopen", "{\"by\":\"anna\"}")
                .statusCode(409)
                .contentType(Problem.MEDIA_TYPE)
                .body("status", equalTo(409));

        JsonPath detail = given().get("/alerts/" + alertId)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("opened", "updated", "acknowledged", "assigned", "note", "resolved_by_hand", "reopened"),
                detail.getList("timeline.kind"));
        assertEquals(
                List.of("detector", "detector", "anna", "anna", "piotr", "piotr", "anna"),
                detail.getList("timeline.by"));
        assertEquals(opened, Instant.parse(detail.getString("timeline[0].at")));
        assertEquals("OPENED", detail.getString("timeline[0].state"), "detector entries keep the state they reported");
        assertEquals(opened.plusSeconds(120), Instant.parse(detail.getString("timeline[1].at")));
        assertEquals("piotr", detail.getString("timeline[3].text"), "the assigned entry names the assignee");
        List<String> times = detail.getList("timeline.at");
        for (int i = 1; i < times.size(); i++) {
            assertFalse(
                    Instant.parse(times.get(i)).isBefore(Instant.parse(times.get(i - 1))), "oldest first: " + times);
        }
        assertEquals(
                List.of("Answered the top post on Twitter", "Refunds are out", "Still burning on Facebook"),
                detail.getList("notes.text"));
        assertEquals("anna", detail.getString("acknowledgedBy"), "reopening keeps who acknowledged it");
        assertEquals("twitter:1859923400112", detail.getString("topMentions[0].mentionId"));
    }

    @Test
    void anUnknownAlertIsNotFoundAndAMissingNameIsNamed() {
        post("no-such-alert", "acknowledge", "{\"by\":\"anna\"}")
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        post("no-such-alert", "notes", "{\"by\":\"anna\"}").statusCode(400).body("errors[0].field", equalTo("text"));
        post("no-such-alert", "assign", "{\"assignee\":\"anna\"}")
                .statusCode(400)
                .body("errors[0].field", equalTo("by"));
    }

    @Test
    void aHandResolvedAlertStaysResolvedUntilTheDetectorEscalatesIt() throws Exception {
        String alertId = UUID.randomUUID().toString();
        Instant opened = Instant.now().minus(5, ChronoUnit.MINUTES).truncatedTo(ChronoUnit.SECONDS);
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        ApiTestData.sendAlert(kafka, alertId, "wf-brightcell", "OPENED", "high", opened);
        ApiTestData.awaitJson(
                "/alerts/" + alertId, body -> body.getList("timeline").size() == 1);
        post(alertId, "acknowledge", "{\"by\":\"anna\"}").statusCode(200);
        post(alertId, "resolve", "{\"by\":\"anna\"}").statusCode(200);

        ApiTestData.sendAlert(kafka, alertId, "wf-brightcell", "UPDATED", "medium", opened.plusSeconds(60));
        JsonPath calm = ApiTestData.awaitJson(
                "/alerts/" + alertId,
                body -> body.getList("timeline.kind").stream()
                                .filter("updated"::equals)
                                .count()
                        == 1);
        assertEquals(
                "RESOLVED", calm.getString("state"), "a weaker detector update leaves a hand-resolved alert resolved");
        assertEquals("high", calm.getString("severity"));
        assertEquals("anna", calm.getString("resolvedBy"));

        ApiTestData.sendAlert(kafka, alertId, "wf-brightcell", "UPDATED", "critical", opened.plusSeconds(120));
        JsonPath escalated = ApiTestData.awaitJson(
                "/alerts/" + alertId,
                body -> body.getList("timeline.kind").stream()
                                .filter("updated"::equals)
                                .count()
                        == 2);
        assertEquals("UPDATED", escalated.getString("state"), "an escalation reopens it");
        assertEquals("critical", escalated.getString("severity"));
        assertEquals(null, escalated.getString("acknowledgedBy"), "somebody has to acknowledge it again");
        List<String> kinds = escalated.getList("timeline.kind");
        List<String> by = escalated.getList("timeline.by");
        int reopened = kinds.lastIndexOf("reopened");
        assertTrue(reopened > 0 && "detector".equals(by.get(reopened)), "reopened by the detector: " + kinds + by);
    }

    @Test
    void theListFiltersBySeverityAcknowledgementAndTime() throws Exception {
        String brand = "wf-filters-" + UUID.randomUUID().toString().substring(0, 8);
        String early = UUID.randomUUID().toString();
        String late = UUID.randomUUID().toString();
        Instant t0 = Instant.parse("2026-10-01T10:00:00Z");
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        ApiTestData.sendAlert(kafka, early, brand, "OPENED", "low", t0);
        ApiTestData.sendAlert(kafka, early, brand, "RESOLVED", "low", t0.plusSeconds(3600));
        ApiTestData.sendAlert(kafka, late, brand, "OPENED", "critical", t0.plusSeconds(7200));
        ApiTestData.awaitJson(
                "/alerts?brandId=" + brand,
                body -> body.getList("$").size() == 2
                        && "RESOLVED".equals(body.getString("find { it.alertId == '" + early + "' }.state")));
        post(late, "acknowledge", "{\"by\":\"anna\"}").statusCode(200);

        assertEquals(List.of(late), ids("/alerts?brandId=" + brand + "&severity=critical"));
        assertEquals(List.of(early), ids("/alerts?brandId=" + brand + "&severity=low"));
        assertEquals(List.of(late), ids("/alerts?brandId=" + brand + "&acknowledged=true"));
        assertEquals(List.of(early), ids("/alerts?brandId=" + brand + "&acknowledged=false"));
        assertEquals(List.of(late, early), ids("/alerts?brandId=" + brand));
        // active after the early one was resolved: only the late one
        assertEquals(List.of(late), ids("/alerts?brandId=" + brand + "&since=" + t0.plusSeconds(3601)));
        // opened before the late one: only the early one
        assertEquals(List.of(early), ids("/alerts?brandId=" + brand + "&until=" + t0.plusSeconds(7199)));
        given().get("/alerts?acknowledged=maybe")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("acknowledged"));
        given().get("/alerts?since=yesterday").then().statusCode(400).body("errors[0].field", equalTo("since"));
        given().get("/alerts?severity=apocalyptic").then().statusCode(400).body("errors[0].field", equalTo("severity"));
    }

    private static List<String> ids(String path) {
        return given().get(path).then().statusCode(200).extract().jsonPath().getList("alertId");
    }

    private static io.restassured.response.ValidatableResponse post(String alertId, String action, String body) {
        return given().contentType(ContentType.JSON)
                .body(body)
                .when()
                .post("/alerts/" + alertId + "/" + action)
                .then();
    }
}
