package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

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
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.eclipse.microprofile.config.ConfigProvider;
import org.junit.jupiter.api.Test;

/**
 * Velocity buckets over mentions consumed from the real broker at known times, and response figures over alerts
 * opened by detector events on the broker and handled through the API.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
class StatsTest {

    private static final Instant T = Instant.parse("2026-09-10T10:00:00Z");

    record Said(Instant at, String label) {}

    @Test
    void velocityCountsEachMinuteAndHourWithZerosWhereNothingWasSaid() throws Exception {
        String brand = newBrand("st-vel");
        List<Said> said = List.of(
                new Said(T.minusSeconds(1), "negative"),
                new Said(T.plusSeconds(5), "negative"),
                new Said(T.plusSeconds(59), "positive"),
                new Said(T.plusSeconds(60), "neutral"),
                new Said(T.plusSeconds(210), "negative"),
                new Said(T.plusSeconds(211), "negative"),
                new Said(T.plusSeconds(300), "positive"),
                new Said(T.plusSeconds(3700), "neutral"));
        try (MentionFeed feed = MentionFeed.open()) {
            for (Said s : said) {
                feed.send(brand, "twitter", "v", 5, "text", "pl", s.at(), s.label(), List.of());
            }
            feed.awaitStored();
        }

        JsonPath minutes = given().get(
                        "/brands/" + brand + "/stats/velocity?interval=minute&from=" + T + "&to=" + T.plusSeconds(300))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertBuckets(said, T, T.plusSeconds(300), ChronoUnit.MINUTES, minutes);
        assertEquals(5, minutes.getList("buckets").size());
        assertEquals(0, minutes.getInt("buckets[2].mentions"), "a quiet minute is a zero, not a gap");

        Instant hourFrom = T.minusSeconds(3600);
        JsonPath hours = given().get("/brands/" + brand + "/stats/velocity?interval=hour&from="
                        + hourFrom.plusSeconds(90) + "&to=" + T.plusSeconds(3 * 3600))
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(hourFrom.toString(), hours.getString("from"), "from is truncated to the hour");
        assertBuckets(said, hourFrom, T.plusSeconds(3 * 3600), ChronoUnit.HOURS, hours);
    }

    @Test
    void velocityRefusesWhatItCannotAnswer() {
        String brand = newBrand("st-bad");
        given().get("/brands/no-such-brand/stats/velocity")
                .then()
                .statusCode(404)
                .contentType(Problem.MEDIA_TYPE);
        given().get("/brands/" + brand + "/stats/velocity?interval=day")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("interval"));
        given().get("/brands/" + brand
                        + "/stats/velocity?interval=minute&from=2026-01-01T00:00:00Z&to=2026-02-01T00:00:00Z")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("from"));
        given().get("/brands/" + brand + "/stats/velocity?to=soon")
                .then()
                .statusCode(400)
                .body("errors[0].field", equalTo("to"));
    }

    @Test
    void responseFiguresAreMediansAndP90sOfTheAlertsOpenedInTheRange() throws Exception {
        String brand = newBrand("st-resp");
        Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
        Instant from = now.minus(13, ChronoUnit.DAYS);
        Instant to = now.plus(1, ChronoUnit.DAYS);
        // opened by the detector days ago (through Kafka), then acknowledged and resolved by people now (the API)
        String[][] alerts = {{"acknowledge", "resolve"}, {"acknowledge", "resolve"}, {"acknowledge"}, {}};
        List<String> inRange = new ArrayList<>();
        KafkaProbe kafka = new KafkaProbe(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
        for (int i = 0; i <= alerts.length; i++) {
            String alertId = UUID.randomUUID().toString();
            boolean beforeRange = i == alerts.length;
            Instant opened = beforeRange
                    ? from.minusSeconds(1)
                    : now.minus(i + 1, ChronoUnit.DAYS).plusSeconds(7 * i);
            ApiTestData.sendAlert(kafka, alertId, brand, "OPENED", "high", opened);
            ApiTestData.awaitJson("/alerts/" + alertId, body -> body.get("alertId") != null);
            for (String action : beforeRange ? new String[] {"acknowledge", "resolve"} : alerts[i]) {
                given().contentType(ContentType.JSON)
                        .body("{\"by\":\"anna\"}")
                        .post("/alerts/" + alertId + "/" + action)
                        .then()
                        .statusCode(200);
            }
            if (!beforeRange) {
                inRange.add(alertId);
            }
        }
        List<Double> ack = new ArrayList<>();
        List<Double> resolve = new ArrayList<>();
        for (String alertId : inRange) {
            JsonPath alert = given().get("/alerts/" + alertId)
                    .then()
                    .statusCode(200)
                    .extract()
                    .jsonPath();
            Instant opened = Instant.parse(alert.getString("openedAt"));
            if (alert.getString("acknowledgedAt") != null) {
                ack.add(seconds(opened, alert.getString("acknowledgedAt")));
            }
            if (alert.getString("resolvedAt") != null) {
                resolve.add(seconds(opened, alert.getString("resolvedAt")));
            }
        }
        assertEquals(List.of(3, 2), List.of(ack.size(), resolve.size()));
        JsonPath body = given().get("/brands/" + brand + "/stats/response?from=" + from + "&to=" + to)
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(inRange.size(), body.getInt("alerts"));
        assertEquals(ack.size(), body.getInt("acknowledged"));
        assertEquals(resolve.size(), body.getInt("resolved"));
        // RestAssured reads JSON numbers as floats: about 7 significant digits of some 100,000 seconds
        assertEquals(percentile(ack, 0.5), body.getDouble("timeToAcknowledge.medianSeconds"), 0.1);
        assertEquals(percentile(ack, 0.9), body.getDouble("timeToAcknowledge.p90Seconds"), 0.1);
        assertEquals(percentile(resolve, 0.5), body.getDouble("timeToResolve.medianSeconds"), 0.1);
        assertEquals(percentile(resolve, 0.9), body.getDouble("timeToResolve.p90Seconds"), 0.1);
        assertEquals(inRange.size() / 2.0, body.getDouble("alertsPerWeek"), 1e-6, "4 alerts in 2 weeks");

        JsonPath none = given().get(
                        "/brands/" + brand + "/stats/response?from=2020-01-01T00:00:00Z&to=2020-01-08T00:00:00Z")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(0, none.getInt("alerts"));
        assertNull(none.get("timeToAcknowledge.medianSeconds"));
    }

    /** Linear interpolation between closest ranks, as PostgreSQL's percentile_cont. */
    private static double percentile(List<Double> values, double p) {
        List<Double> sorted = values.stream().sorted().toList();
        double position = p * (sorted.size() - 1);
        int lower = (int) Math.floor(position);
        int upper = (int) Math.ceil(position);
        return sorted.get(lower) + (position - lower) * (sorted.get(upper) - sorted.get(lower));
    }

    private static void assertBuckets(List<Said> said, Instant from, Instant to, ChronoUnit unit, JsonPath body) {
        List<Map<String, Object>> buckets = body.getList("buckets");
        Instant start = from.truncatedTo(unit);
        int i = 0;
        for (; start.isBefore(to); start = start.plus(1, unit), i++) {
            Instant bucketStart = start;
            List<Said> in = said.stream()
                    .filter(s -> !s.at().isBefore(bucketStart)
                            && s.at().isBefore(bucketStart.plus(1, unit))
                            && !s.at().isBefore(from)
                            && s.at().isBefore(to))
                    .toList();
            Map<String, Object> bucket = buckets.get(i);
            assertEquals(bucketStart, Instant.parse((String) bucket.get("start")));
            assertEquals(in.size(), ((Number) bucket.get("mentions")).intValue(), "mentions at " + bucketStart);
            for (String label : List.of("negative", "neutral", "positive")) {
                assertEquals(
                        in.stream().filter(s -> s.label().equals(label)).count(),
                        ((Number) bucket.get(label)).longValue(),
                        label + " at " + bucketStart);
            }
        }
        assertEquals(i, buckets.size());
    }

    private static double seconds(Instant opened, String later) {
        return Duration.between(opened, Instant.parse(later)).toNanos() / 1e9;
    }

    static String newBrand(String prefix) {
        String id = prefix + "-" + UUID.randomUUID().toString().substring(0, 8);
        given().contentType(ContentType.JSON)
                .body("{\"id\":\"" + id + "\",\"name\":\"" + id + "\",\"query\":\"kurierex\"}")
                .post("/brands")
                .then()
                .statusCode(201);
        return id;
    }
}
