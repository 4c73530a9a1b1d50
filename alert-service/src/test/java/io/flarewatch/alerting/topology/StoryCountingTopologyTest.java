package io.flarewatch.alerting.topology;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flarewatch.alerting.model.BrandWatch;
import io.flarewatch.detector.Bucket;
import io.flarewatch.events.Author;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Sentiment;
import io.flarewatch.events.Topics;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.common.serialization.StringSerializer;
import org.apache.kafka.streams.StreamsConfig;
import org.apache.kafka.streams.TestInputTopic;
import org.apache.kafka.streams.TopologyTestDriver;
import org.apache.kafka.streams.state.KeyValueStore;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 14 acceptance 3 and issue 15 item 6, through the topology alert-service runs: ten copies of one story and
 * redelivered mentions give the detector the same input as one mention (its reach the sum), and different stories
 * count separately.
 */
class StoryCountingTopologyTest {

    private static final Instant MORNING = Instant.parse("2026-11-30T09:00:00Z");
    private static final String BRAND = "kurierex";

    private TopologyTestDriver driver;
    private TestInputTopic<String, String> mentions;

    @BeforeEach
    void start() {
        Properties props = new Properties();
        props.put(StreamsConfig.APPLICATION_ID_CONFIG, "alert-service-test");
        props.put(StreamsConfig.BOOTSTRAP_SERVERS_CONFIG, "unused:9092");
        driver = new TopologyTestDriver(
                new AlertTopology(new TestAlertsConfig(), AlertMetrics.NONE).topology(), props, MORNING);
        mentions = driver.createInputTopic(Topics.MENTIONS_SCORED, new StringSerializer(), new StringSerializer());
    }

    @AfterEach
    void stop() {
        driver.close();
    }

    @Test
    void oneMentionIsOneNegativeMentionByOneAuthor() {
        send(complaint("twitter:1", null, "ola", 100));
        assertEquals(expected(1, 1, 100, 1), detectorInput());
    }

    @Test
    void tenCopiesOfOneStoryAndRedeliveriesCountAsOneMentionWithTheSummedReach() {
        ScoredMention first = complaint("twitter:1", null, "ola", 100);
        send(first);
        long reach = 100;
        for (int i = 2; i <= 10; i++) {
            ScoredMention copy = complaint("facebook:" + i, "twitter:1", "fan_" + i, 10L * i);
            send(copy);
            send(rescored(copy)); // sentiment-service scored it a second time after a crash
            reach += 10L * i;
        }
        send(first); // redelivered as it was
        send(rescored(first));

        assertEquals(expected(1, 1, reach, 1), detectorInput(), "one story, one author counted, the reach of all ten");
    }

    @Test
    void differentStoriesCountSeparately() {
        for (int i = 1; i <= 10; i++) {
            send(complaint("twitter:" + i, null, "klient_" + i, 100));
        }
        assertEquals(expected(10, 10, 1000, 10), detectorInput());
    }

    @Test
    void aCopyOfAPositiveStoryAddsNoNegativity() {
        send(mention("twitter:1", null, "ola", 100, Sentiment.POSITIVE, 0.7));
        send(mention("twitter:2", "twitter:1", "ala", 500, Sentiment.NEGATIVE, -0.6));
        Bucket input = detectorInput();
        assertEquals(1, input.mentions());
        assertEquals(0, input.negative(), "the story's sentiment is that of its first mention, counted once");
        assertEquals(0, input.negativeReach());
    }

    private Bucket detectorInput() {
        KeyValueStore<String, BrandWatch> watches = driver.getKeyValueStore(AlertTopology.WATCH_STORE);
        return watches.get(BRAND).bucket().toDetectorBucket();
    }

    private static Bucket expected(long mentions, long negative, long negativeReach, long authors) {
        return new Bucket(
                MORNING, mentions, negative, negativeReach, authors, Map.of("delivery", negative), mentions, negative);
    }

    private void send(ScoredMention mention) {
        try {
            mentions.pipeInput(mention.brandId(), EventJson.mapper().writeValueAsString(mention), MORNING);
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    private static ScoredMention rescored(ScoredMention mention) {
        return ScoredMention.of(
                mention.brandId(),
                mention.mention(),
                mention.language(),
                mention.sentiment(),
                mention.matchedWords(),
                MORNING.plusSeconds(1));
    }

    private static ScoredMention complaint(String id, String clusterId, String author, long followers) {
        return mention(id, clusterId, author, followers, Sentiment.NEGATIVE, -0.8);
    }

    private static ScoredMention mention(
            String id, String clusterId, String author, long followers, String label, double score) {
        Mention mention = new Mention(
                        id,
                        id.substring(0, id.indexOf(':')),
                        id.substring(id.indexOf(':') + 1),
                        null,
                        new Author(author, author, followers),
                        "Kurierex zawiesza dostawy do paczkomatów w całej Polsce po awarii systemu sortowania",
                        "pl",
                        MORNING,
                        MORNING)
                .withClusterId(clusterId);
        List<String> categories = Sentiment.NEGATIVE.equals(label) ? List.of("delivery") : List.of();
        return new ScoredMention(
                UUID.randomUUID().toString(),
                ScoredMention.TYPE,
                ScoredMention.VERSION,
                MORNING,
                BRAND,
                mention,
                "pl",
                new Sentiment(label, score, 0.8, List.of(), List.of(), categories, List.of()),
                List.of("Kurierex"));
    }
}
