package io.flarewatch.alerting.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.AlertState;
import io.flarewatch.events.Author;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.events.Mention;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Sentiment;
import io.flarewatch.events.Topics;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TestOutputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The very topology alert-service runs, driven with synthetic event and wall-clock times: a calm brand stays
 * quiet, a complaint storm opens one alert within the minute, and calm again resolves it.
 */
class AlertTopologyTest {

    private static final Instant MORNING = Instant.parse("2026-11-20T06:00:00Z");
    private static final String BRAND = "kurierex";

    private TopologyTestDriver driver;
    private TestInputTopic<String, String> mentions;
    private TestOutputTopic<String, String> alerts;
    private TestOutputTopic<String, String> deadLetters;
    private Instant now = MORNING;
    private int sequence;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-service-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(
                new AlertTopology(new TestAlertsConfig(), AlertMetrics.NONE).topology(), props, MORNING);
        mentions = driver.createInputTopic(Topics.MENTIONS_SCORED, new StringSerializer(), new StringSerializer());
        alerts = driver.createOutputTopic(Topics.CRISIS_ALERTS, new StringDeserializer(), new StringDeserializer());
        deadLetters = driver.createOutputTopic(
                Topics.MENTIONS_SCORED_DLQ, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aCalmBrandRaisesNothing() {
        calm(Duration.ofHours(4));
        assertTrue(alerts.isEmpty(), "two mentions a minute, one in ten negative, is an ordinary day");
    }

    @Test
    void aComplaintStormOpensOneAlertWithinTheMinuteAndCalmResolvesIt() throws Exception {
        calm(Duration.ofHours(3));
        Instant stormStart = now;
        List<CrisisAlert> raised = new ArrayList<>();
        for (int i = 0; i < 80; i++) {
            send(negative("klient_" + i, 200 + i), now.plusMillis(500L * i));
            raised.addAll(read());
        }
        assertTrue(
                raised.stream().anyMatch(a -> a.state() == AlertState.OPENED),
                "80 complaints from 80 people within 40 seconds open an alert before the minute is over");
        CrisisAlert opened = raised.stream()
                .filter(a -> a.state() == AlertState.OPENED)
                .findFirst()
                .orElseThrow();
        assertEquals(BRAND, opened.brandId());
        assertTrue(opened.currentNegativeShare() > opened.usualNegativeShare());
        assertTrue(opened.currentMentions() > opened.expectedMentions());
        assertTrue(!opened.topMentions().isEmpty(), "the alert lists the posts to answer first");
        assertEquals(List.of("zgubił"), opened.topWords(), "and the words that made the complaints negative");
        assertTrue(!opened.windowStart().isBefore(stormStart.minus(Duration.ofMinutes(1))));
        now = now.plusSeconds(60);

        calm(Duration.ofHours(2));
        raised.addAll(read());
        assertEquals(
                1, raised.stream().filter(a -> a.state() == AlertState.OPENED).count(), "one incident, one OPENED");
        CrisisAlert last = raised.get(raised.size() - 1);
        assertEquals(AlertState.RESOLVED, last.state(), "after two calm hours it is all clear");
        assertTrue(
                raised.stream().allMatch(a -> a.alertId().equals(opened.alertId())),
                "every change is of the same incident");
    }

    @Test
    void aRecordThatCannotBeReadGoesToTheDeadLetterTopicAndTheNextIsCounted() throws Exception {
        mentions.pipeInput(BRAND, "{not json", now);
        assertEquals("{not json", deadLetters.readValue());
        ScoredMention golden = Fixtures.read(Fixtures.MENTION_SCORED, ScoredMention.class);
        mentions.pipeInput(golden.brandId(), EventJson.mapper().writeValueAsString(golden), now);
        assertTrue(deadLetters.isEmpty(), "the golden scored mention is readable");
    }

    private void calm(Duration length) {
        Instant end = now.plus(length);
        while (now.isBefore(end)) {
            send(mention("stały_klient_" + (sequence % 40), 50, sequence % 10 == 0 ? -0.6 : 0.4), now);
            send(mention("inny_klient_" + (sequence % 37), 80, 0.2), now.plusSeconds(20));
            now = now.plusSeconds(60);
            driver.advanceWallClockTime(Duration.ofSeconds(60));
        }
    }

    private void send(ScoredMention mention, Instant at) {
        try {
            mentions.pipeInput(mention.brandId(), EventJson.mapper().writeValueAsString(mention), at);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private List<CrisisAlert> read() throws Exception {
        List<CrisisAlert> out = new ArrayList<>();
        while (!alerts.isEmpty()) {
            out.add(EventJson.mapper().readValue(alerts.readValue(), CrisisAlert.class));
        }
        return out;
    }

    private ScoredMention negative(String author, long followers) {
        ScoredMention m = mention(author, followers, -0.8);
        return m;
    }

    private ScoredMention mention(String author, long followers, double score) {
        String id = "twitter:" + (++sequence);
        String label = score < -0.2 ? Sentiment.NEGATIVE : score > 0.2 ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
        List<String> categories = score < -0.2 ? List.of("delivery") : List.of();
        Mention mention = new Mention(
                id,
                "twitter",
                String.valueOf(sequence),
                "https://twitter.com/" + author + "/status/" + sequence,
                new Author(author, author, followers),
                score < 0 ? "Kurierex zgubił paczkę, nikt nie odpowiada" : "Kurierex dowiózł na czas",
                "pl",
                now,
                now);
        return new ScoredMention(
                UUID.randomUUID().toString(),
                ScoredMention.TYPE,
                ScoredMention.VERSION,
                now,
                BRAND,
                mention,
                "pl",
                new Sentiment(
                        label,
                        score,
                        0.8,
                        score < -0.2 ? List.of(new io.flarewatch.events.TokenWeight("zgubił", 9, 15, -2.4)) : List.of(),
                        List.of(),
                        categories,
                        List.of()),
                List.of("Kurierex"));
    }
}
