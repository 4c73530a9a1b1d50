package io.flarewatch.alerting.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.AlertState;
import io.flarewatch.events.Author;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
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
 * Event time in the real topology: a mention counts in the bucket of its {@code publishedAt}; one that arrives
 * after its bucket closed, within the allowed lateness, re-assesses that bucket; later ones are counted as late.
 */
class EventTimeTopologyTest {

    private static final Instant MORNING = Instant.parse("2026-11-20T06:00:00Z");
    private static final String BRAND = "kurierex";

    private final RecordingMetrics metrics = new RecordingMetrics();
    private TopologyTestDriver driver;
    private TestInputTopic<String, String> mentions;
    private TestOutputTopic<String, String> alerts;
    private Instant wallClock = MORNING;
    private int sequence;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-service-event-time-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(new AlertTopology(new TestAlertsConfig(), metrics).topology(), props, MORNING);
        mentions = driver.createInputTopic(Topics.MENTIONS_SCORED, new StringSerializer(), new StringSerializer());
        alerts = driver.createOutputTopic(Topics.CRISIS_ALERTS, new StringDeserializer(), new StringDeserializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void aStormThatArrivesLateIsCountedInItsOwnMinuteAndOpensOneAlert() throws Exception {
        calmHours(3);
        Instant stormMinute = wallClock;
        minutesOfCalm(3); // the storm's minute has closed, two more have passed
        for (int i = 0; i < 60; i++) {
            send(mention("klient_" + i, -0.8, stormMinute.plusMillis(500L * i)));
        }
        List<CrisisAlert> raised = read();
        assertEquals(
                1,
                raised.stream().filter(a -> a.state() == AlertState.OPENED).count(),
                "the closed minute, re-assessed");
        CrisisAlert opened = raised.get(0);
        assertEquals(stormMinute, opened.windowStart(), "the alert is about the minute the posts were published in");
        assertEquals(60, metrics.lateCounted, "each late mention counted in its own bucket");

        for (int i = 0; i < 60; i++) {
            send(mention("inny_klient_" + i, -0.8, stormMinute.plusSeconds(30)));
        }
        assertTrue(
                read().stream().noneMatch(a -> a.state() == AlertState.OPENED),
                "more late posts never open a duplicate");
    }

    @Test
    void mentionsLaterThanTheAllowedLatenessAreCountedAsLateNotInAnyBucket() throws Exception {
        calmHours(3);
        Instant longAgo = wallClock.minus(Duration.ofMinutes(30));
        for (int i = 0; i < 60; i++) {
            send(mention("klient_" + i, -0.8, longAgo));
        }
        assertTrue(read().isEmpty(), "half an hour late: too late to change that minute's assessment");
        assertEquals(60, metrics.lateDropped, "but every one of them shows in mentions.late{counted=false}");
        assertEquals(0, metrics.lateCounted);
    }

    @Test
    void aBrandIsLearningUntilItHasADayOfHistory() {
        sparseHours(3);
        assertEquals(Boolean.TRUE, metrics.learning.get(BRAND), "three hours are not enough to know a brand's day");
        sparseHours(22);
        assertEquals(Boolean.FALSE, metrics.learning.get(BRAND), "a day and an hour are");
    }

    @Test
    void aBackfillOfOldMentionsBuildsHistoryInsteadOfFloodingTheCurrentMinute() throws Exception {
        Instant backfillStart = wallClock.minus(Duration.ofHours(3));
        for (int minute = 0; minute < 180; minute++) {
            send(mention("stały_klient_" + minute % 40, 0.3, backfillStart.plus(Duration.ofMinutes(minute))));
            if (minute % 60 == 0) {
                driver.advanceWallClockTime(Duration.ofSeconds(5)); // the tick fires in the middle of the backfill
                wallClock = wallClock.plusSeconds(5);
            }
        }
        minutesOfCalm(5);
        assertTrue(read().isEmpty(), "three hours of one mention a minute, replayed in a burst, is no storm");
        assertEquals(0, metrics.lateDropped, "and none of it was too late: the brand's own time moved with it");
    }

    /** {@code hours} of two ordinary mentions a minute, published as they arrive. */
    private void calmHours(int hours) {
        minutesOfCalm(hours * 60);
    }

    /** {@code hours} of one ordinary mention every ten minutes. */
    private void sparseHours(int hours) {
        for (int i = 0; i < hours * 6; i++) {
            send(mention("stały_klient_" + (sequence % 40), 0.4, wallClock));
            wallClock = wallClock.plus(Duration.ofMinutes(10));
            driver.advanceWallClockTime(Duration.ofMinutes(10));
        }
    }

    private void minutesOfCalm(int minutes) {
        for (int i = 0; i < minutes; i++) {
            send(mention("stały_klient_" + (sequence % 40), sequence % 10 == 0 ? -0.6 : 0.4, wallClock));
            send(mention("inny_klient_" + (sequence % 37), 0.2, wallClock.plusSeconds(20)));
            wallClock = wallClock.plusSeconds(60);
            driver.advanceWallClockTime(Duration.ofSeconds(60));
        }
    }

    private void send(ScoredMention mention) {
        try {
            mentions.pipeInput(mention.brandId(), EventJson.mapper().writeValueAsString(mention), wallClock);
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

    private ScoredMention mention(String author, double score, Instant publishedAt) {
        String id = "twitter:" + (++sequence);
        String label = score < -0.2 ? Sentiment.NEGATIVE : score > 0.2 ? Sentiment.POSITIVE : Sentiment.NEUTRAL;
        Mention mention = new Mention(
                id,
                "twitter",
                String.valueOf(sequence),
                null,
                new Author(author, author, 100),
                score < 0 ? "Kurierex zgubił paczkę" : "Kurierex dowiózł na czas",
                "pl",
                publishedAt,
                wallClock);
        Sentiment sentiment = new Sentiment(label, score, 0.8, List.of(), List.of(), List.of(), List.of());
        return new ScoredMention(
                UUID.randomUUID().toString(),
                ScoredMention.TYPE,
                ScoredMention.VERSION,
                wallClock,
                BRAND,
                mention,
                "pl",
                sentiment,
                List.of("Kurierex"));
    }
}
