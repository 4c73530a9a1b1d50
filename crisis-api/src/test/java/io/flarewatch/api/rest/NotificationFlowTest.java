package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesRegex;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.icegreen.greenmail.util.GreenMail;
import io.flarewatch.api.notify.GreenMailResource;
import io.flarewatch.api.notify.HttpReceiver;
import io.flarewatch.api.notify.MailParts;
import io.flarewatch.api.notify.TestAlerts;
import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.EmbeddedPostgresResource;
import io.flarewatch.localstack.testing.FreePorts;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import jakarta.inject.Inject;
import jakarta.mail.internet.MimeMessage;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.sql.DataSource;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * An alert from the real broker is notified over every channel of its brand: real SMTP (GreenMail) and real HTTP
 * receivers that fail the first two attempts; every attempt is visible on the alert, and a redelivered alert
 * notifies nobody again.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
@QuarkusTestResource(EmbeddedPostgresResource.class)
@QuarkusTestResource(GreenMailResource.class)
class NotificationFlowTest {

    private static final String SECRET = "a-webhook-secret-for-tests";
    private static HttpReceiver receiver;

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @GreenMailResource.InjectGreenMail
    GreenMail greenMail;

    @Inject
    DataSource dataSource;

    @BeforeAll
    static void startReceiver() throws Exception {
        receiver = new HttpReceiver(FreePorts.next(), 2);
    }

    @AfterAll
    static void stopReceiver() {
        receiver.close();
    }

    @Test
    void anOpenedAlertReachesSlackEmailAndWebhookOnceEachAfterRetries() throws Exception {
        String brand = "notify-" + UUID.randomUUID().toString().substring(0, 8);
        createBrand(brand, "Kurierex");
        receiver.check("/slack/" + brand, NotificationFlowTest::slackProblem);
        receiver.check("/hook/" + brand, NotificationFlowTest::webhookProblem);
        String email = "pr-" + brand + "@kurierex.example";
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "slackWebhookUrls", List.of(receiver.url() + "/slack/" + brand),
                        "emailRecipients", List.of(email),
                        "webhookUrls", List.of(receiver.url() + "/hook/" + brand),
                        "webhookSecret", SECRET))
                .put("/brands/" + brand + "/notifications")
                .then()
                .statusCode(200)
                .body("webhookSecretSet", equalTo(true))
                .body("emailRecipients", equalTo(List.of(email)));

        CrisisAlert alert = TestAlerts.alert(
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), brand, AlertState.OPENED, "high");
        String json = EventJson.mapper().writeValueAsString(alert);
        new KafkaProbe(bootstrapServers).send(Topics.CRISIS_ALERTS, brand, json);

        await("all three notifications sent", () -> statuses(alert.alertId()).equals(List.of("sent", "sent", "sent")));
        assertEquals(
                3,
                receiver.received("/slack/" + brand).size(),
                "two failures, then success: " + receiver.describe("/slack/" + brand));
        assertEquals(1, receiver.accepted("/slack/" + brand).size());
        assertEquals(
                3,
                receiver.received("/hook/" + brand).size(),
                "two failures, then success: " + receiver.describe("/hook/" + brand));
        assertEquals(1, receiver.accepted("/hook/" + brand).size());
        List<String> deliveryIds = receiver.received("/hook/" + brand).stream()
                .map(r -> r.header("X-Flarewatch-Delivery"))
                .toList();
        assertEquals(
                1, deliveryIds.stream().distinct().count(), "every retry carries the same delivery id: " + deliveryIds);

        MimeMessage[] mails = mailsTo(email);
        assertEquals(1, mails.length);
        assertEquals("[Flarewatch] Kurierex: crisis alert opened (high)", mails[0].getSubject());
        Map<String, String> parts = MailParts.of(mails[0]);
        for (String type : List.of("text/plain", "text/html")) {
            String part = parts.get(type);
            assertTrue(
                    part != null
                            && part.contains("Kurierex")
                            && part.contains("212 mentions vs 14 usual")
                            && part.contains("78% negative vs 12% usual")
                            && part.contains("/alerts/" + alert.alertId()),
                    type + ": " + part);
        }

        JsonPath log = given().get("/alerts/" + alert.alertId() + "/notifications")
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        assertEquals(
                List.of("email", "slack", "webhook"),
                log.getList("channel").stream().sorted().toList());
        for (String channel : List.of("slack", "webhook")) {
            List<Map<String, Object>> attempts = log.getList("find { it.channel == '" + channel + "' }.attemptLog");
            assertEquals(
                    List.of("failed", "failed", "sent"),
                    attempts.stream().map(a -> a.get("outcome")).toList(),
                    channel);
            assertEquals(
                    List.of(500, 500, 200),
                    attempts.stream().map(a -> a.get("httpStatus")).toList(),
                    channel);
        }
        String slackTarget = log.getString("find { it.channel == 'slack' }.target");
        assertTrue(
                slackTarget.endsWith("/…") && !slackTarget.contains(brand),
                "the URL's path is not shown: " + slackTarget);
        long emailId = log.getLong("find { it.channel == 'email' }.deliveryId");
        assertEquals("<notification-" + emailId + "@flarewatch>", mails[0].getMessageID());

        // The alert's timeline tells the team who was told: one "notified" entry per channel, after the opening.
        JsonPath detail = given().get("/alerts/" + alert.alertId())
                .then()
                .statusCode(200)
                .extract()
                .jsonPath();
        List<String> kinds = detail.getList("timeline.kind");
        assertEquals("opened", kinds.get(0));
        assertEquals(
                List.of("email", "slack", "webhook"),
                detail.getList("timeline.findAll { it.kind == 'notified' }.by").stream()
                        .sorted()
                        .toList());
        assertEquals(
                List.of("opened", "opened", "opened"),
                detail.getList("timeline.findAll { it.kind == 'notified' }.text"));

        // Kafka delivers the same event again: nothing new is sent.
        new KafkaProbe(bootstrapServers).send(Topics.CRISIS_ALERTS, brand, json);
        Thread.sleep(4000);
        assertEquals(
                3,
                given().get("/alerts/" + alert.alertId() + "/notifications")
                        .jsonPath()
                        .getList("$")
                        .size());
        assertEquals(1, receiver.accepted("/slack/" + brand).size());
        assertEquals(3, receiver.received("/slack/" + brand).size());
        assertEquals(3, receiver.received("/hook/" + brand).size());
        assertEquals(1, mailsTo(email).length);
        given().get("/q/metrics")
                .then()
                .statusCode(200)
                .body(matchesRegex("(?s).*flarewatch_notifications_sent_total\\{channel=\"slack\",?} [1-9].*"))
                .body(matchesRegex("(?s).*flarewatch_notifications_failed_total\\{channel=\"webhook\",?} .*"));
    }

    @Test
    void anEscalationAndAnAllClearFollowTheOpening() throws Exception {
        String brand = "notify-" + UUID.randomUUID().toString().substring(0, 8);
        createBrand(brand, "Brightcell");
        String email = "care-" + brand + "@brightcell.example";
        given().contentType(ContentType.JSON)
                .body(Map.of("emailRecipients", List.of(email)))
                .put("/brands/" + brand + "/notifications")
                .then()
                .statusCode(200);
        String alertId = UUID.randomUUID().toString();
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        kafka.send(
                Topics.CRISIS_ALERTS,
                brand,
                EventJson.mapper()
                        .writeValueAsString(TestAlerts.alert(
                                UUID.randomUUID().toString(), alertId, brand, AlertState.OPENED, "medium")));
        kafka.send(
                Topics.CRISIS_ALERTS,
                brand,
                EventJson.mapper()
                        .writeValueAsString(TestAlerts.alert(
                                UUID.randomUUID().toString(), alertId, brand, AlertState.UPDATED, "medium")));
        kafka.send(
                Topics.CRISIS_ALERTS,
                brand,
                EventJson.mapper()
                        .writeValueAsString(TestAlerts.alert(
                                UUID.randomUUID().toString(), alertId, brand, AlertState.UPDATED, "critical")));
        kafka.send(
                Topics.CRISIS_ALERTS,
                brand,
                EventJson.mapper()
                        .writeValueAsString(TestAlerts.alert(
                                UUID.randomUUID().toString(), alertId, brand, AlertState.RESOLVED, "critical")));

        await("three emails", () -> mailsTo(email).length >= 3);
        Thread.sleep(2000);
        List<String> subjects = Arrays.stream(mailsTo(email))
                .map(NotificationFlowTest::subject)
                .sorted()
                .toList();
        assertEquals(
                List.of(
                        "[Flarewatch] Brightcell: all clear (critical)",
                        "[Flarewatch] Brightcell: crisis alert escalated (critical)",
                        "[Flarewatch] Brightcell: crisis alert opened (medium)"),
                subjects,
                "an update that does not raise the severity notifies nobody");
        assertEquals(
                List.of("ALL_CLEAR", "ESCALATED", "OPENED"),
                given().get("/alerts/" + alertId + "/notifications").jsonPath().getList("kind", String.class).stream()
                        .sorted()
                        .toList());
    }

    @Test
    void anAlertNobodyAcknowledgesInTimeIsEscalatedOnceAndAnAcknowledgedOneIsNot() throws Exception {
        String brand = "notify-" + UUID.randomUUID().toString().substring(0, 8);
        createBrand(brand, "Kurierex");
        String boss = "boss-" + brand + "@kurierex.example";
        given().contentType(ContentType.JSON)
                .body(Map.of("escalationRecipients", List.of(boss), "escalationDelay", "PT4S"))
                .put("/brands/" + brand + "/notifications")
                .then()
                .statusCode(200);
        String ignored = UUID.randomUUID().toString();
        String acknowledged = UUID.randomUUID().toString();
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        for (String alertId : List.of(ignored, acknowledged)) {
            kafka.send(
                    Topics.CRISIS_ALERTS,
                    brand,
                    EventJson.mapper()
                            .writeValueAsString(TestAlerts.alert(
                                    UUID.randomUUID().toString(),
                                    alertId,
                                    brand,
                                    AlertState.OPENED,
                                    "high",
                                    Instant.now())));
        }
        await("both alerts stored", () -> given().get("/alerts/" + acknowledged).statusCode() == 200);
        try (Connection c = dataSource.getConnection();
                PreparedStatement s =
                        c.prepareStatement("UPDATE alert SET acknowledged_at = now() WHERE alert_id = ?")) {
            s.setString(1, acknowledged);
            assertEquals(1, s.executeUpdate());
        }

        await("the escalation email", () -> mailsTo(boss).length >= 1);
        Thread.sleep(3000);
        MimeMessage[] mails = mailsTo(boss);
        assertEquals(1, mails.length, "one escalation, for the alert nobody acknowledged");
        assertEquals("[Flarewatch] Kurierex: alert not acknowledged, escalating (high)", mails[0].getSubject());
        assertTrue(MailParts.of(mails[0]).get("text/plain").contains("/alerts/" + ignored));
        given().get("/alerts/" + ignored + "/notifications")
                .then()
                .statusCode(200)
                .body("channel", equalTo(List.of("escalation")))
                .body("kind", equalTo(List.of("UNACKNOWLEDGED")))
                .body("status", equalTo(List.of("sent")));
        given().get("/alerts/" + acknowledged + "/notifications")
                .then()
                .statusCode(200)
                .body("$", equalTo(List.of()));
    }

    @Test
    void aNotificationLeftSendingByACrashIsSentAgainWithTheSameDeliveryId() throws Exception {
        String brand = "notify-" + UUID.randomUUID().toString().substring(0, 8);
        createBrand(brand, "Kurierex");
        receiver.check("/crash/" + brand, NotificationFlowTest::webhookProblem);
        given().contentType(ContentType.JSON)
                .body(Map.of("webhookSecret", SECRET))
                .put("/brands/" + brand + "/notifications")
                .then()
                .statusCode(200);
        CrisisAlert alert = TestAlerts.alert(
                UUID.randomUUID().toString(), UUID.randomUUID().toString(), brand, AlertState.OPENED, "high");
        new KafkaProbe(bootstrapServers)
                .send(Topics.CRISIS_ALERTS, brand, EventJson.mapper().writeValueAsString(alert));
        await(
                "the alert stored",
                () -> given().get("/alerts/" + alert.alertId()).statusCode() == 200);
        // What a process that died while sending leaves behind: the row claimed long ago, one attempt counted.
        long id;
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("INSERT INTO notification_outbox "
                        + "(event_id, alert_id, brand_id, kind, channel, target, payload, status, attempts, next_attempt_at, claimed_at, "
                        + "created_at) VALUES (?, ?, ?, 'OPENED', 'webhook', ?, ?::jsonb, 'sending', 1, now() - interval '1 minute', "
                        + "now() - interval '1 minute', now()) RETURNING id")) {
            s.setString(1, alert.eventId());
            s.setString(2, alert.alertId());
            s.setString(3, brand);
            s.setString(4, receiver.url() + "/crash/" + brand);
            s.setString(5, EventJson.mapper().writeValueAsString(alert));
            var rs = s.executeQuery();
            rs.next();
            id = rs.getLong(1);
        }

        await(
                "the interrupted notification sent",
                () -> statuses(alert.alertId()).equals(List.of("sent")));
        JsonPath log =
                given().get("/alerts/" + alert.alertId() + "/notifications").jsonPath();
        assertEquals(List.of("interrupted", "failed", "failed", "sent"), log.getList("[0].attemptLog.outcome"));
        assertEquals(1, receiver.accepted("/crash/" + brand).size());
        assertEquals(
                List.of(String.valueOf(id)),
                receiver.received("/crash/" + brand).stream()
                        .map(r -> r.header("X-Flarewatch-Delivery"))
                        .distinct()
                        .toList(),
                "the resend carries the same delivery id");
    }

    @Test
    void settingsAreValidatedAndUnknownBrandsAre404() {
        String brand = "notify-" + UUID.randomUUID().toString().substring(0, 8);
        createBrand(brand, "Orlen");
        given().get("/brands/" + brand + "/notifications")
                .then()
                .statusCode(200)
                .body("slackWebhookUrls", equalTo(List.of()))
                .body("webhookSecretSet", equalTo(false));
        given().contentType(ContentType.JSON)
                .body(Map.of(
                        "slackWebhookUrls", List.of("ftp://hooks.example/x"), "emailRecipients", List.of("nobody")))
                .put("/brands/" + brand + "/notifications")
                .then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("errors.field", equalTo(List.of("slackWebhookUrls[0]", "emailRecipients[0]")))
                .body("detail", equalTo("slackWebhookUrls[0]: must be an http or https URL"));
        given().contentType(ContentType.JSON)
                .body(Map.of("webhookUrls", List.of("https://crm.example/hook")))
                .put("/brands/" + brand + "/notifications")
                .then()
                .statusCode(400)
                .body("errors.field", equalTo(List.of("webhookSecret")));
        given().contentType(ContentType.JSON)
                .body(Map.of("escalationRecipients", List.of("boss@orlen.example"), "escalationDelay", "PT15M"))
                .put("/brands/" + brand + "/notifications")
                .then()
                .statusCode(200);
        given().get("/brands/" + brand + "/notifications")
                .then()
                .statusCode(200)
                .body("escalationRecipients", equalTo(List.of("boss@orlen.example")))
                .body("escalationDelay", equalTo("PT15M"));
        given().get("/brands/no-such-brand/notifications")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
        given().contentType(ContentType.JSON)
                .body(Map.of())
                .put("/brands/no-such-brand/notifications")
                .then()
                .statusCode(404);
        given().get("/alerts/no-such-alert/notifications")
                .then()
                .statusCode(404)
                .contentType("application/problem+json");
    }

    /** Slack's incoming webhooks need a fallback text and Block Kit blocks; this checks the shape Flarewatch sends. */
    private static String slackProblem(HttpReceiver.Received request) {
        try {
            JsonNode body = EventJson.mapper().readTree(request.body());
            JsonNode blocks = body.get("blocks");
            if (!body.hasNonNull("text") || blocks == null || !blocks.isArray() || blocks.isEmpty()) {
                return "no text or blocks";
            }
            for (JsonNode block : blocks) {
                if (!block.hasNonNull("type")) {
                    return "a block without a type";
                }
            }
            if (!"header".equals(blocks.get(0).get("type").asText())
                    || !blocks.toString().contains("212 mentions vs 14 usual")
                    || !blocks.toString().contains("https://twitter.com/kasia_w/status/1859")) {
                return "not the expected content";
            }
            return null;
        } catch (Exception e) {
            return "not JSON: " + e.getMessage();
        }
    }

    /** The receiver's side of the signature: HMAC-SHA256 of "timestamp.raw body" under the shared secret. */
    private static String webhookProblem(HttpReceiver.Received request) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            String timestamp = request.header("X-Flarewatch-Timestamp");
            if (timestamp == null || request.header("X-Flarewatch-Delivery") == null) {
                return "no timestamp or delivery id";
            }
            if (Math.abs(Instant.now().getEpochSecond() - Long.parseLong(timestamp)) > 300) {
                return "timestamp not of this attempt: " + timestamp;
            }
            String signed = timestamp + "." + request.body();
            String expected =
                    "sha256=" + HexFormat.of().formatHex(mac.doFinal(signed.getBytes(StandardCharsets.UTF_8)));
            if (!expected.equals(request.header("X-Flarewatch-Signature"))) {
                return "bad signature";
            }
            JsonNode body = EventJson.mapper().readTree(request.body());
            return "OPENED".equals(body.path("kind").asText())
                            && body.path("alert").path("currentMentions").asLong() == 212
                    ? null
                    : "not the expected body";
        } catch (Exception e) {
            return e.toString();
        }
    }

    private MimeMessage[] mailsTo(String address) {
        return Arrays.stream(greenMail.getReceivedMessages())
                .filter(m -> {
                    try {
                        return Arrays.stream(m.getAllRecipients())
                                .anyMatch(a -> a.toString().equals(address));
                    } catch (Exception e) {
                        return false;
                    }
                })
                .toArray(MimeMessage[]::new);
    }

    private static String subject(MimeMessage message) {
        try {
            return message.getSubject();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static List<String> statuses(String alertId) {
        var response = given().get("/alerts/" + alertId + "/notifications");
        return response.statusCode() == 200 ? response.jsonPath().getList("status", String.class) : List.of();
    }

    private static void createBrand(String id, String name) {
        given().contentType(ContentType.JSON)
                .body(Map.of("id", id, "name", name, "query", name.toLowerCase()))
                .post("/brands")
                .then()
                .statusCode(201);
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 30_000;
        while (System.currentTimeMillis() < deadline) {
            if (condition.getAsBoolean()) {
                return;
            }
            Thread.sleep(300);
        }
        throw new AssertionError("not within 30 s: " + what);
    }
}
