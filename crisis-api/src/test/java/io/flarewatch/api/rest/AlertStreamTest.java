package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.api.testing.ApiKeys;
import io.flarewatch.events.EventJson;
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
import java.util.UUID;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** {@code GET /alerts/stream}, read with a plain JDK HTTP client: an alert from the real broker and an action arrive. */
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
        Thread.sleep(1500); // let the subscription start before the alert is produced

        ApiTestData.sendAlert(new KafkaProbe(bootstrapServers), alertId, brand, "OPENED", "high", Instant.now());
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
