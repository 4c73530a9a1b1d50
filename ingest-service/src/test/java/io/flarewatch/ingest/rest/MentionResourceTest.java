package io.flarewatch.ingest.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.events.MentionIngested;
import io.flarewatch.events.Topics;
import io.flarewatch.ingest.testing.SourceKeys;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** Mentions posted over REST end up on mentions-raw, against a real broker; bad input is explained. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class MentionResourceTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void aPostedMentionIsWrittenAsTheGoldenFixtureDescribesIt() throws Exception {
        String id = unique();
        MentionIngested golden = Fixtures.read(Fixtures.MENTION_INGESTED, MentionIngested.class);
        ObjectNode body = (ObjectNode) EventJson.mapper().valueToTree(golden.mention());
        body.remove(List.of("mentionId", "receivedAt"));
        body.put("sourceId", id);
        body.put("url", "https://twitter.com/kasia_w/status/" + id);

        given().contentType(ContentType.JSON)
                .body(body.toString())
                .when()
                .post("/mentions")
                .then()
                .statusCode(202)
                .body("accepted", equalTo(1))
                .body("mentionIds[0]", equalTo("twitter:" + id));

        JsonNode written =
                EventJson.mapper().readTree(recordsFor("twitter:" + id).get(0).value());
        JsonNode fixture = EventJson.mapper().readTree(Fixtures.json(Fixtures.MENTION_INGESTED));
        assertEquals(fixture.get("eventType"), written.get("eventType"));
        assertEquals(fixture.get("schemaVersion"), written.get("schemaVersion"));
        assertEquals(fieldNames(fixture), fieldNames(written));
        assertEquals(fieldNames(fixture.get("mention")), fieldNames(written.get("mention")));
        MentionIngested event = EventJson.mapper().treeToValue(written, MentionIngested.class);
        assertEquals(golden.mention().text(), event.mention().text());
        assertEquals(golden.mention().author(), event.mention().author());
        assertEquals(golden.mention().publishedAt(), event.mention().publishedAt());
    }

    @Test
    void theSameMentionTwiceIsWrittenOnceAndCountedAsDuplicate() throws Exception {
        String id = unique();
        String body = mention(id, "Play znowu nie działa, zero zasięgu");
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/mentions")
                .then()
                .statusCode(202);
        given().contentType(ContentType.JSON)
                .body(body)
                .post("/mentions")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(0))
                .body("duplicates", equalTo(1));
        assertEquals(1, recordsFor("forum:" + id).size());
    }

    @Test
    void rowsSharingOneUrlAreAllKeptUnlessTheirTextIsTheSame() throws Exception {
        // Exports of monitoring tools often put the same search or page URL in every row.
        String run = unique();
        String url = "https://app.monitoring.example/search?q=kurierex&run=" + run;
        String first = "a-" + run;
        String second = "b-" + run;
        given().contentType("application/x-ndjson; charset=UTF-8")
                .body((mention("export", first, "Kurierex zgubił moją paczkę", url) + "\n"
                                + mention("export", second, "Kurierex dowiózł wszystko na czas", url) + "\n")
                        .getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .post("/mentions/batch")
                .then()
                .statusCode(202)
                .body("accepted", equalTo(2))
                .body("duplicates", equalTo(0));
        assertEquals(1, recordsFor("export:" + first).size());
        assertEquals(1, recordsFor("export:" + second).size());

        given().contentType("application/json; charset=UTF-8")
                .body(mention("forum", "c-" + run, "Kurierex zgubił moją paczkę!", url))
                .post("/mentions")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(0))
                .body("duplicates", equalTo(1));
        assertEquals(0, recordsFor("forum:c-" + run).size(), "the same post from another route is dropped");
    }

    @Test
    void anInvalidMentionIsAProblemNamingTheField() {
        given().contentType(ContentType.JSON)
                .body("{\"source\":\"forum\",\"sourceId\":\"1\",\"author\":{\"name\":\"x\"},"
                        + "\"publishedAt\":\"2026-11-20T09:00:00Z\"}")
                .when()
                .post("/mentions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors", hasSize(1))
                .body("errors[0].field", equalTo("text"))
                .body("detail", containsString("text"));
    }

    @Test
    void brokenJsonIsAProblemToo() {
        given().contentType(ContentType.JSON)
                .body("{\"source\": \"forum\", ")
                .when()
                .post("/mentions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("$"))
                .body("errors[0].message", containsString("not valid JSON"));
    }

    @Test
    void aBatchKeepsItsGoodLinesAndNamesTheBadOne() throws Exception {
        String first = unique();
        String third = unique();
        String batch = mention(first, "Żabka przy Marszałkowskiej ma świetną obsługę") + "\n"
                + "{\"source\":\"forum\",\"sourceId\":\"x\",\"text\":\"brak autora\",\"publishedAt\":\"2026-11-20T09:00:00Z\"}\n"
                + mention(third, "Nie polecam InPostu, paczka zgubiona") + "\n";

        given().contentType("application/x-ndjson; charset=UTF-8")
                .body(batch.getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when()
                .post("/mentions/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("accepted", equalTo(2))
                .body("errors", hasSize(1))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].field", equalTo("author"));

        assertEquals(
                "Żabka przy Marszałkowskiej ma świetną obsługę",
                EventJson.mapper()
                        .readValue(recordsFor("forum:" + first).get(0).value(), MentionIngested.class)
                        .mention()
                        .text());
        assertEquals(1, recordsFor("forum:" + third).size());
    }

    @Test
    void aCleanBatchOfAThousandIsAcceptedWhole() {
        StringBuilder batch = new StringBuilder();
        String prefix = unique();
        for (int i = 0; i < 1000; i++) {
            batch.append(mention(prefix + "-" + i, "Wpis numer " + i + " o Orlenie"))
                    .append('\n');
        }
        given().contentType("application/x-ndjson")
                .body(batch.toString().getBytes(java.nio.charset.StandardCharsets.UTF_8))
                .when()
                .post("/mentions/batch")
                .then()
                .statusCode(202)
                .body("accepted", equalTo(1000))
                .body("duplicates", equalTo(0));
    }

    @Test
    void aNulCharacterIsRefusedAtTheDoorNotLostAfterA202() {
        given().contentType(ContentType.JSON)
                .body(mention(unique(), "Orlen\\u0000 stacja"))
                .when()
                .post("/mentions")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors[0].field", equalTo("text"))
                .body("errors[0].message", containsString("NUL"));
    }

    @Test
    void aBatchLineThatIsNotUtf8IsNamedAndTheLinesBeforeItAreKept() throws Exception {
        String good = unique();
        java.io.ByteArrayOutputStream body = new java.io.ByteArrayOutputStream();
        body.write((mention(good, "Żabka ok") + "\n").getBytes(java.nio.charset.StandardCharsets.UTF_8));
        body.write(new byte[] {'{', '"', (byte) 0xC3, '(', '"', '}', '\n'});

        given().contentType("application/x-ndjson")
                .body(body.toByteArray())
                .when()
                .post("/mentions/batch")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("accepted", equalTo(1))
                .body("errors[0].line", equalTo(2))
                .body("errors[0].message", containsString("UTF-8"));
        assertEquals(1, recordsFor("forum:" + good).size());
    }

    @Test
    void aBodyOverTheLimitIs413WithTheReason() {
        String line = mention(unique(), "x".repeat(1_000)) + "\n";
        byte[] body = line.repeat(1_200).getBytes(java.nio.charset.StandardCharsets.UTF_8);

        given().contentType("application/x-ndjson")
                .body(body)
                .when()
                .post("/mentions/batch")
                .then()
                .statusCode(413)
                .contentType("application/problem+json")
                .body("status", equalTo(413))
                .body("detail", containsString("at most 1048576"));
    }

    @Test
    void aBatchThatWouldTakeTheBatchesInFlightOverTheBudgetIs429UntilTheOtherIsDone() throws Exception {
        String line = mention(unique(), "y".repeat(800)) + "\n";
        byte[] body = line.repeat(1_000_000 / line.length()).getBytes(java.nio.charset.StandardCharsets.UTF_8);
        try (java.net.Socket slowSender = new java.net.Socket("localhost", io.restassured.RestAssured.port)) {
            String head = "POST /mentions/batch HTTP/1.1\r\nHost: localhost\r\n"
                    + "Content-Type: application/x-ndjson\r\n" + SourceKeys.HEADER + ": " + SourceKeys.CONFIGURED
                    + "\r\nContent-Length: " + body.length + "\r\n\r\n";
            slowSender.getOutputStream().write(head.getBytes(java.nio.charset.StandardCharsets.US_ASCII));
            slowSender.getOutputStream().write(body, 0, 100);
            slowSender.getOutputStream().flush();

            awaitStatus(body, 429);
            given().contentType("application/x-ndjson")
                    .body(body)
                    .when()
                    .post("/mentions/batch")
                    .then()
                    .statusCode(429)
                    .contentType("application/problem+json")
                    .header("Retry-After", equalTo("2"))
                    .body("detail", containsString("send this one again"));
        }
        awaitStatus(body, 202);
    }

    /** Posts the batch until it gets {@code status}: the first request's headers reach the server asynchronously. */
    private static void awaitStatus(byte[] body, int status) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 20_000;
        int last = 0;
        while (System.currentTimeMillis() < deadline) {
            last = given().contentType("application/x-ndjson")
                    .body(body)
                    .when()
                    .post("/mentions/batch")
                    .statusCode();
            if (last == status) {
                return;
            }
            Thread.sleep(200);
        }
        assertEquals(status, last);
    }

    @Test
    void healthAndMetricsAreServed() {
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
        given().contentType(ContentType.JSON)
                .body(mention(unique(), "Allegro dostarczyło na czas"))
                .post("/mentions");
        String metrics = given().when()
                .get("/q/metrics")
                .then()
                .statusCode(200)
                .extract()
                .asString();
        assertTrue(metrics.contains("mentions_ingested_total{source=\"forum\"}"), "ingested counter is exported");
    }

    private static String mention(String id, String text) {
        return "{\"source\":\"forum\",\"sourceId\":\"" + id
                + "\",\"author\":{\"id\":\"u1\",\"name\":\"ola\",\"followers\":10}," + "\"text\":\"" + text
                + "\",\"language\":\"pl\",\"publishedAt\":\"2026-11-20T09:00:00Z\"}";
    }

    private static String mention(String source, String id, String text, String url) {
        return "{\"source\":\"" + source + "\",\"sourceId\":\"" + id + "\",\"url\":\"" + url
                + "\",\"author\":{\"id\":\"u1\",\"name\":\"ola\",\"followers\":10},\"text\":\"" + text
                + "\",\"language\":\"pl\",\"publishedAt\":\"2026-11-20T09:00:00Z\"}";
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }

    private static List<String> fieldNames(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(String::compareTo);
        return names;
    }

    private List<ConsumerRecord<String, String>> recordsFor(String key) {
        Properties props = new Properties();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.GROUP_ID_CONFIG, "test-" + UUID.randomUUID());
        props.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        Map<String, List<ConsumerRecord<String, String>>> byKey = new HashMap<>();
        try (KafkaConsumer<String, String> consumer =
                new KafkaConsumer<>(props, new StringDeserializer(), new StringDeserializer())) {
            consumer.subscribe(List.of(Topics.MENTIONS_RAW));
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline && !byKey.containsKey(key)) {
                consumer.poll(Duration.ofMillis(500))
                        .forEach(r -> byKey.computeIfAbsent(r.key(), k -> new java.util.ArrayList<>())
                                .add(r));
            }
            // one more poll so that a second copy, if any, would be seen
            consumer.poll(Duration.ofMillis(1000))
                    .forEach(r -> byKey.computeIfAbsent(r.key(), k -> new java.util.ArrayList<>())
                            .add(r));
        }
        return byKey.getOrDefault(key, List.of());
    }
}
