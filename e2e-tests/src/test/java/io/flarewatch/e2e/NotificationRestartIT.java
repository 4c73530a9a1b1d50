package io.flarewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import com.sun.net.httpserver.HttpServer;
import io.flarewatch.events.AlertMention;
import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.EmbeddedDatabase;
import io.flarewatch.localstack.EmbeddedKafka;
import io.flarewatch.localstack.TopicSetup;
import io.flarewatch.localstack.testing.FreePorts;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.junit.jupiter.api.Test;

/**
 * crisis-api is killed after it stored an alert and before it notified anyone, and started again: the notifications
 * waiting in the outbox go out, exactly one per channel (Slack and webhook receivers over real HTTP, email over real
 * SMTP), against a real broker and a real PostgreSQL.
 */
class NotificationRestartIT {

    private static final Path HOME = Path.of(System.getProperty("flarewatch.home", ".."))
            .toAbsolutePath()
            .normalize();
    private static final String BRAND = "restart-notify";
    private static final String SECRET = "restart-test-webhook-secret";
    private static final String EMAIL = "pr@kurierex.example";

    private final Map<String, AtomicInteger> accepted = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> badSignatures = new ConcurrentHashMap<>();

    @Test
    void aCrisisApiKilledBetweenStoringAndNotifyingNotifiesOncePerChannelAfterItsRestart() throws Exception {
        Path data = Files.createTempDirectory("flarewatch-notify-restart");
        GreenMail smtp = new GreenMail(new ServerSetup(FreePorts.next(), "127.0.0.1", ServerSetup.PROTOCOL_SMTP));
        smtp.start();
        HttpServer receiver = receiver();
        try (EmbeddedDatabase db = EmbeddedDatabase.start(FreePorts.next(), data.resolve("postgres"));
                EmbeddedKafka kafka = EmbeddedKafka.start(FreePorts.next(), FreePorts.next(), data.resolve("kafka"))) {
            TopicSetup.createTopics(kafka.bootstrapServers());
            String receiverUrl = "http://127.0.0.1:" + receiver.getAddress().getPort();
            int apiPort = FreePorts.next();
            Map<String, String> env = Map.of(
                    "KAFKA_BOOTSTRAP_SERVERS", kafka.bootstrapServers(),
                    "FLAREWATCH_DB_REACTIVE_URL", db.reactiveUrl(),
                    "FLAREWATCH_DB_JDBC_URL", db.jdbcUrl(),
                    "FLAREWATCH_DB_USER", EmbeddedDatabase.USER,
                    "FLAREWATCH_SMTP_HOST", "127.0.0.1",
                    "FLAREWATCH_SMTP_PORT", String.valueOf(smtp.getSmtp().getPort()),
                    "FLAREWATCH_NOTIFY_ALLOW_PRIVATE_TARGETS", "true",
                    "FLAREWATCH_AUTH_ENABLED", "false",
                    "QUARKUS_HTTP_PORT", String.valueOf(apiPort));

            Process first = startApi(env, false, data.resolve("first.log"));
            String alertId = UUID.randomUUID().toString();
            try {
                awaitHealthy(apiPort, first, data.resolve("first.log"));
                configureBrand(db, receiverUrl);
                send(kafka.bootstrapServers(), alert(alertId));
                awaitCount(
                        db,
                        "SELECT count(*) FROM notification_outbox WHERE alert_id = '" + alertId
                                + "' AND status = 'pending'",
                        3,
                        Duration.ofSeconds(60));
                assertEquals(
                        1,
                        count(db, "SELECT count(*) FROM alert WHERE alert_id = '" + alertId + "'"),
                        "the alert is stored");
            } finally {
                first.destroyForcibly().waitFor(30, TimeUnit.SECONDS);
            }
            assertEquals(0, total(accepted) + smtp.getReceivedMessages().length, "nothing was sent before the kill");

            Process second = startApi(env, true, data.resolve("second.log"));
            try {
                awaitHealthy(apiPort, second, data.resolve("second.log"));
                awaitCount(
                        db,
                        "SELECT count(*) FROM notification_outbox WHERE alert_id = '" + alertId
                                + "' AND status = 'sent'",
                        3,
                        Duration.ofSeconds(60));
                Thread.sleep(3000); // a duplicate, if any, would arrive now
            } finally {
                second.destroy();
                second.waitFor(30, TimeUnit.SECONDS);
            }
            assertEquals(1, accepted.getOrDefault("/slack", new AtomicInteger()).get(), "one Slack message");
            assertEquals(1, accepted.getOrDefault("/hook", new AtomicInteger()).get(), "one webhook delivery");
            assertEquals(0, total(badSignatures), "every webhook body was signed with the brand's secret");
            assertEquals(1, smtp.getReceivedMessages().length, "one email");
            assertTrue(smtp.getReceivedMessages()[0].getSubject().contains("Kurierex"));
            assertEquals(
                    3,
                    count(
                            db,
                            "SELECT count(*) FROM notification_attempt WHERE alert_id = '" + alertId
                                    + "' AND outcome = 'sent'"),
                    "every attempt is recorded");
        } finally {
            receiver.stop(0);
            smtp.stop();
        }
    }

    private Process startApi(Map<String, String> env, boolean notify, Path log) throws Exception {
        ProcessBuilder builder = new ProcessBuilder(
                        Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                        "-Xmx384m",
                        "-XX:+UseSerialGC",
                        "-XX:TieredStopAtLevel=1",
                        "-jar",
                        HOME.resolve("crisis-api/target/quarkus-app/quarkus-run.jar")
                                .toString())
                .redirectErrorStream(true)
                .redirectOutput(log.toFile());
        builder.environment().putAll(env);
        builder.environment().put("FLAREWATCH_NOTIFY_ENABLED", String.valueOf(notify));
        builder.environment().put("FLAREWATCH_NOTIFY_INITIAL_DELAY", notify ? "1s" : "1h");
        return builder.start();
    }

    private static void awaitHealthy(int port, Process process, Path log) throws Exception {
        HttpClient http =
                HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            if (!process.isAlive()) {
                throw new AssertionError("crisis-api exited: " + Files.readString(log));
            }
            try {
                HttpRequest request = HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/q/health/ready"))
                        .timeout(Duration.ofSeconds(2))
                        .build();
                if (http.send(request, HttpResponse.BodyHandlers.discarding()).statusCode() == 200) {
                    return;
                }
            } catch (java.io.IOException e) {
                // not up yet
            }
            Thread.sleep(500);
        }
        throw new AssertionError("crisis-api not healthy within 120 s: " + Files.readString(log));
    }

    private static void configureBrand(EmbeddedDatabase db, String receiverUrl) throws Exception {
        try (Connection c = connect(db)) {
            try (PreparedStatement s = c.prepareStatement("INSERT INTO brand (id, name, query, created_at, updated_at) "
                    + "VALUES (?, 'Kurierex', 'kurierex', now(), now())")) {
                s.setString(1, BRAND);
                s.executeUpdate();
            }
            try (PreparedStatement s = c.prepareStatement(
                    "INSERT INTO brand_notification (brand_id, slack_urls, emails, "
                            + "webhook_urls, webhook_secret, updated_at) VALUES (?, ?::jsonb, ?::jsonb, ?::jsonb, ?, now())")) {
                s.setString(1, BRAND);
                s.setString(2, "[\"" + receiverUrl + "/slack\"]");
                s.setString(3, "[\"" + EMAIL + "\"]");
                s.setString(4, "[\"" + receiverUrl + "/hook\"]");
                s.setString(5, SECRET);
                s.executeUpdate();
            }
        }
    }

    private static CrisisAlert alert(String alertId) {
        return new CrisisAlert(
                UUID.randomUUID().toString(),
                CrisisAlert.TYPE,
                CrisisAlert.VERSION,
                Instant.now(),
                alertId,
                BRAND,
                AlertState.OPENED,
                "high",
                "212 mentions in 5 min vs 14 expected; 78% negative vs 12% usual",
                Instant.now().minusSeconds(300),
                Instant.now(),
                212,
                14.0,
                0.78,
                0.12,
                183000,
                187,
                List.of(new AlertMention(
                        "forum:1", "https://forum.example/t/1", "kasia_w", 1250, "Paczka zgubiona", -0.8)),
                List.of("lost_parcel"),
                List.of("zgubiona"));
    }

    private static void send(String bootstrap, CrisisAlert alert) throws Exception {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        try (KafkaProducer<String, String> producer =
                new KafkaProducer<>(props, new StringSerializer(), new StringSerializer())) {
            producer.send(new ProducerRecord<>(
                            Topics.CRISIS_ALERTS, BRAND, EventJson.mapper().writeValueAsString(alert)))
                    .get();
        }
    }

    /** A Slack and webhook receiver: counts accepted posts per path, and checks the webhook signature. */
    private HttpServer receiver() throws Exception {
        HttpServer server = HttpServer.create(new InetSocketAddress("127.0.0.1", FreePorts.next()), 0);
        server.createContext("/", exchange -> {
            String path = exchange.getRequestURI().getPath();
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            String timestamp = exchange.getRequestHeaders().getFirst("X-Flarewatch-Timestamp");
            if (path.equals("/hook")
                    && (timestamp == null
                            || !signature(timestamp, body)
                                    .equals(exchange.getRequestHeaders().getFirst("X-Flarewatch-Signature")))) {
                badSignatures.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            }
            accepted.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
        return server;
    }

    /** The receiver's side: HMAC-SHA256 of "timestamp.raw body" under the brand's secret. */
    private static String signature(String timestamp, byte[] body) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
            mac.update((timestamp + ".").getBytes(StandardCharsets.UTF_8));
            return "sha256=" + HexFormat.of().formatHex(mac.doFinal(body));
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static int total(Map<String, AtomicInteger> counts) {
        return counts.values().stream().mapToInt(AtomicInteger::get).sum();
    }

    private static void awaitCount(EmbeddedDatabase db, String sql, long wanted, Duration timeout) throws Exception {
        long deadline = System.nanoTime() + timeout.toNanos();
        long seen = -1;
        while (System.nanoTime() < deadline) {
            seen = count(db, sql);
            if (seen == wanted) {
                return;
            }
            Thread.sleep(500);
        }
        throw new AssertionError("wanted " + wanted + " but saw " + seen + " for: " + sql);
    }

    private static long count(EmbeddedDatabase db, String sql) throws Exception {
        try (Connection c = connect(db);
                Statement s = c.createStatement();
                ResultSet rs = s.executeQuery(sql)) {
            rs.next();
            return rs.getLong(1);
        }
    }

    private static Connection connect(EmbeddedDatabase db) throws Exception {
        return DriverManager.getConnection(db.jdbcUrl(), EmbeddedDatabase.USER, "");
    }
}
