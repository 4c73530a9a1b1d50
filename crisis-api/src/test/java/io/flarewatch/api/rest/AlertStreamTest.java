package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * {@code GET /alerts/stream}, read with a plain JDK HTTP client: an alert from the real broker and an action arrive,
 * both also written for the other replicas, and a change another replica wrote arrives too.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class AlertStreamTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @TestHTTPResource("/alerts/stream")
    URI stream;

    @Test
    void anAlertFromKafkaAndAnAcknowledgementAreStreamedAsServerSentEvents() throws Exception {
        String brand = "sse-" + UUID.randomUUID().toString().substring(0, 8);
        String alertId = UUID.randomUUID().toString();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> response = subscribe(brand, lines);

        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        ApiTestData.sendAlert(kafka, alertId, brand, "OPENED", "high", Instant.now());
        JsonNode opened = awaitEvent(lines, alertId);
        assertEquals("opened", opened.get("kind").asText());
        assertEquals("detector", opened.get("by").asText());
        assertEquals(brand, opened.get("brandId").asText());
        assertEquals("high", opened.get("severity").asText());
        assertTrue(response.get(1, TimeUnit.SECONDS)
                .headers()
                .firstValue("Content-Type")
                .orElse("")
                .startsWith("text/event-stream"));

        ApiTestData.awaitJson("/alerts/" + alertId, body -> body.get("alertId") != null);
        given().contentType(ContentType.JSON)
                .body("{\"by\":\"anna\"}")
                .post("/alerts/" + alertId + "/acknowledge")
                .then()
                .statusCode(200);
        JsonNode acknowledged = awaitEvent(lines, alertId);
        assertEquals("acknowledged", acknowledged.get("kind").asText());
        assertEquals("anna", acknowledged.get("by").asText());
        response.cancel(true);

        List<String> relayed = kafka.await(Topics.API_ALERT_CHANGES, 2, r -> alertId.equals(r.key())).stream()
                .map(r -> r.value())
                .toList();
        assertEquals(2, relayed.size(), "both changes are written for the other replicas: " + relayed);
        assertTrue(relayed.get(0).contains("\"kind\":\"opened\""), relayed.get(0));
        assertTrue(relayed.get(1).contains("\"kind\":\"acknowledged\""), relayed.get(1));
    }

    /** Another replica stored an alert change and wrote it to the relay topic: this replica's subscribers see it. */
    @Test
    void aChangeCommittedByAnotherReplicaReachesThisReplicasSubscribers() throws Exception {
        String brand = "sse-other-" + UUID.randomUUID().toString().substring(0, 8);
        String alertId = UUID.randomUUID().toString();
        BlockingQueue<String> lines = new LinkedBlockingQueue<>();
        CompletableFuture<HttpResponse<Stream<String>>> response = subscribe(brand, lines);

        String change = "{\"alertId\":\"" + alertId + "\",\"brandId\":\"" + brand + "\",\"kind\":\"assigned\","
                + "\"by\":\"piotr\",\"state\":\"OPENED\",\"severity\":\"medium\",\"at\":\"2026-11-20T09:14:55Z\"}";
        new KafkaProbe(bootstrapServers).send(Topics.API_ALERT_CHANGES, alertId, change);

        JsonNode assigned = awaitEvent(lines, alertId);
        assertEquals("assigned", assigned.get("kind").asText());
        assertEquals("piotr", assigned.get("by").asText());
        assertEquals(brand, assigned.get("brandId").asText());
        assertEquals("2026-11-20T09:14:55Z", assigned.get("at").asText());
        response.cancel(true);
    }

    /** Opens {@code /alerts/stream?brandId=brand}, its lines going to {@code lines}, and waits until it streams. */
    private CompletableFuture<HttpResponse<Stream<String>>> subscribe(String brand, BlockingQueue<String> lines)
            throws InterruptedException {
        HttpRequest request = HttpRequest.newBuilder(URI.create(stream + "?brandId=" + brand))
                .header("Accept", "text/event-stream")
                .header(ApiKeys.HEADER, ApiKeys.ADMIN)
                .build();
        CompletableFuture<HttpResponse<Stream<String>>> response =
                HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines());
        response.thenAccept(r -> {
            Thread reader = new Thread(() -> r.body().forEach(lines::add), "sse-reader");
            reader.setDaemon(true);
            reader.start();
        });
        Thread.sleep(1500); // let the subscription start before the change is produced
        return response;
    }

    /** The next {@code data:} line about the alert, within 20 s. */
    private static JsonNode awaitEvent(BlockingQueue<String> lines, String alertId) throws Exception {
        long deadline = System.currentTimeMillis() + 20_000;
        while (System.currentTimeMillis() < deadline) {
            String line = lines.poll(200, TimeUnit.MILLISECONDS);
            if (line != null && line.startsWith("data:") && line.contains(alertId)) {
                return EventJson.mapper()
                        .readTree(line.substring("data:".length()).trim());
            }
        }
        throw new AssertionError("no server-sent event about " + alertId + " within 20 s");
    }
}
