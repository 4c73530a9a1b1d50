package io.flarewatch.ingest.messaging;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.Author;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import io.flarewatch.events.Topics;
import io.flarewatch.ingest.service.DuplicateFilter;
import io.flarewatch.ingest.story.MinHash;
import io.flarewatch.ingest.story.Shingles;
import io.flarewatch.ingest.story.StoryClusterer;
import io.flarewatch.ingest.story.StoryIndex;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.BooleanSupplier;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Duplicate and story memory held in Kafka, against a real broker: near-duplicates posted here are linked to the
 * first mention; what this replica accepts is written for the others (and for itself after a restart); what another
 * replica wrote makes a copy posted here a duplicate or links it to that replica's story. (Each test has a story
 * of its own: the application, and so its memory, is shared by the tests.)
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class SharedMemoryTest {

    private static final String PL_NEWS = "Kurierex zawiesza dostawy do paczkomatów w całej Polsce po awarii systemu"
            + " sortowania w Strykowie, klienci czekają na przesyłki nawet tydzień";
    private static final String EN_NEWS = "Brightcell outage: customers across London report no signal since this"
            + " morning, the company says its engineers are working on a fix";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SharedMemory memory;

    @Test
    void aRepostIsWrittenWithTheFirstMentionAsItsClusterAndTheStoryIsShared() {
        String run = unique();
        String original = post("news-" + run, PL_NEWS, "https://news.example/" + run);
        String repost = post("rt-" + run, "RT @news: " + PL_NEWS + " https://t.co/" + run, null);

        Map<String, JsonNode> raw = read(Topics.MENTIONS_RAW, Set.of(original, repost));
        assertFalse(raw.get(original).get("mention").has("clusterId"), "the first mention starts the story");
        assertEquals(original, raw.get(repost).get("mention").get("clusterId").asText());

        Map<String, JsonNode> keys = readRaw(
                Topics.MENTION_KEYS, Set.of("id:twitter:news-" + run, urlKey("https://news.example/" + run, PL_NEWS)));
        assertEquals(2, keys.size(), "the exact-duplicate keys of the accepted mention are shared");
        assertTrue(
                readRaw(Topics.STORY_FINGERPRINTS, Set.of(original)).containsKey(original),
                "the new story's fingerprint is shared");
    }

    @Test
    void whatAnotherReplicaAcceptedIsADuplicateOrACopyHere() throws Exception {
        String run = unique();
        String otherStory = "facebook:" + run;
        String sharedUrlKey = urlKey("https://x.com/other/" + run, "the same post, found by another monitoring tool");
        var shingles = Shingles.of(EN_NEWS);
        StoryIndex.Story story = new StoryIndex.Story(
                otherStory,
                MinHash.signature(shingles),
                MinHash.shingleHashes(shingles, StoryClusterer.SHINGLES_KEPT),
                Instant.now());
        try (KafkaProducer<String, String> producer = producer()) {
            producer.send(new ProducerRecord<>(Topics.MENTION_KEYS, sharedUrlKey, "facebook:other-" + run));
            producer.send(new ProducerRecord<>(
                    Topics.STORY_FINGERPRINTS, otherStory, SharedMemory.FingerprintRecord.encode(story)));
        }
        await(() -> memory.duplicates().remembers(sharedUrlKey)
                && memory.stories().startedBy(otherStory).isPresent());

        given().contentType(ContentType.JSON)
                .body(mention(
                        "copy-" + run, "the same post, found by another monitoring tool", "https://x.com/other/" + run))
                .post("/mentions")
                .then()
                .statusCode(200)
                .body("accepted", equalTo(0))
                .body("duplicates", equalTo(1));
        String copy = post("quote-" + run, "Again?! " + EN_NEWS, null);
        assertEquals(
                otherStory,
                read(Topics.MENTIONS_RAW, Set.of(copy))
                        .get(copy)
                        .get("mention")
                        .get("clusterId")
                        .asText());
    }

    private String post(String sourceId, String text, String url) {
        return given().contentType("application/json; charset=UTF-8")
                .body(mention(sourceId, text, url))
                .post("/mentions")
                .then()
                .statusCode(202)
                .body("accepted", equalTo(1))
                .extract()
                .path("mentionIds[0]");
    }

    private static String mention(String sourceId, String text, String url) {
        return "{\"source\":\"twitter\",\"sourceId\":\"" + sourceId + "\","
                + (url == null ? "" : "\"url\":\"" + url + "\",")
                + "\"author\":{\"id\":\"u-" + sourceId + "\",\"name\":\"ola\",\"followers\":10},\"text\":\"" + text
                + "\",\"language\":\"pl\",\"publishedAt\":\"2026-11-30T09:00:00Z\"}";
    }

    /** The key by which any replica remembers a post at {@code url} with {@code text}, whoever reported it. */
    private static String urlKey(String url, String text) {
        Instant at = Instant.parse("2026-11-30T09:00:00Z");
        Mention reported = new Mention("other:1", "other", "1", url, new Author("u", "ola", 10), text, "pl", at, at);
        return DuplicateFilter.keysOf(reported).stream()
                .filter(key -> key.startsWith("url:"))
                .findFirst()
                .orElseThrow();
    }

    private Map<String, JsonNode> read(String topic, Set<String> keys) {
        Map<String, JsonNode> json = new HashMap<>();
        readRaw(topic, keys).forEach((key, value) -> {
            try {
                json.put(key, EventJson.mapper().readTree(value.asText()));
            } catch (Exception e) {
                throw new AssertionError(e);
            }
        });
        assertEquals(keys, json.keySet(), "every mention was written to " + topic);
        return json;
    }

    /** The values of {@code keys} on {@code topic}, as text nodes. */
    private Map<String, JsonNode> readRaw(String topic, Set<String> keys) {
        Map<String, JsonNode> found = new HashMap<>();
        try (KafkaConsumer<String, String> consumer = new KafkaConsumer<>(
                Map.of(
                        ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG,
                        bootstrapServers,
                        ConsumerConfig.GROUP_ID_CONFIG,
                        "test-" + UUID.randomUUID(),
                        ConsumerConfig.AUTO_OFFSET_RESET_CONFIG,
                        "earliest"),
                new StringDeserializer(),
                new StringDeserializer())) {
            consumer.subscribe(List.of(topic));
            long deadline = System.currentTimeMillis() + 15_000;
            while (System.currentTimeMillis() < deadline && !found.keySet().containsAll(keys)) {
                consumer.poll(Duration.ofMillis(500)).forEach(r -> {
                    if (keys.contains(r.key())) {
                        found.put(r.key(), EventJson.mapper().getNodeFactory().textNode(r.value()));
                    }
                });
            }
        }
        return found;
    }

    private KafkaProducer<String, String> producer() {
        return new KafkaProducer<>(
                Map.of(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers),
                new StringSerializer(),
                new StringSerializer());
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long deadline = System.currentTimeMillis() + 15_000;
        while (!condition.getAsBoolean() && System.currentTimeMillis() < deadline) {
            Thread.sleep(100);
        }
        assertTrue(condition.getAsBoolean(), "the replica learned what the other one wrote");
    }

    private static String unique() {
        return UUID.randomUUID().toString().substring(0, 8);
    }
}
