package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.restassured.path.json.JsonPath;
import java.time.Instant;
import java.util.UUID;
import java.util.function.Predicate;

/** Builds alert events for the real broker and waits for the API to show what they did. */
final class ApiTestData {

    private ApiTestData() {}

    /** The golden alert event with this alert id, brand, state, severity and time, and a fresh event id. */
    static String alertEvent(String alertId, String brandId, String state, String severity, Instant at)
            throws Exception {
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.CRISIS_ALERT));
        event.put("eventId", UUID.randomUUID().toString())
                .put("alertId", alertId)
                .put("brandId", brandId)
                .put("state", state)
                .put("severity", severity)
                .put("occurredAt", at.toString())
                .put("reason", state + " " + severity + " at " + at);
        return EventJson.mapper().writeValueAsString(event);
    }

    /** Sends an alert event to {@code crisis-alerts}. */
    static void sendAlert(KafkaProbe kafka, String alertId, String brandId, String state, String severity, Instant at)
            throws Exception {
        kafka.send(Topics.CRISIS_ALERTS, brandId, alertEvent(alertId, brandId, state, severity, at));
    }

    /**
     * GETs {@code path} until it answers 200 with a body that is {@code ready}, for at most 20 s, then once more: a
     * detail is read in several queries, so the answer that first looks ready may mix before and after a commit.
     */
    static JsonPath awaitJson(String path, Predicate<JsonPath> ready) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        JsonPath body = null;
        while (System.currentTimeMillis() < deadline) {
            var response = given().when().get(path);
            if (response.statusCode() == 200) {
                body = response.jsonPath();
                if (ready.test(body)) {
                    Thread.sleep(500);
                    return given().when()
                            .get(path)
                            .then()
                            .statusCode(200)
                            .extract()
                            .jsonPath();
                }
            }
            Thread.sleep(200);
        }
        throw new AssertionError(
                "no ready answer at " + path + " within 20 s; last: " + (body == null ? "none" : body.prettify()));
    }
}
