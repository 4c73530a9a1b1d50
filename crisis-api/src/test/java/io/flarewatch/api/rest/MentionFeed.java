package io.flarewatch.api.rest;

import static io.restassured.RestAssured.given;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.events.Topics;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.UUID;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.serialization.StringSerializer;
import org.eclipse.microprofile.config.ConfigProvider;

/**
 * Feeds the read-path tests the way production does: scored mentions (the golden fixture with the fields a test
 * needs) published to {@code mentions-scored} on the real broker, keyed by brand, then waits until crisis-api has
 * stored every one of them.
 */
final class MentionFeed implements AutoCloseable {

    private static final long WAIT_MILLIS = 30_000;

    private final KafkaProducer<String, String> producer;
    private final Map<String, Integer> sentPerBrand = new LinkedHashMap<>();

    private MentionFeed(String bootstrapServers) {
        Properties props = new Properties();
        props.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ProducerConfig.ACKS_CONFIG, "all");
        this.producer = new KafkaProducer<>(props, new StringSerializer(), new StringSerializer());
    }

    /** A feed to the broker the running test's crisis-api consumes from. */
    static MentionFeed open() {
        return new MentionFeed(ConfigProvider.getConfig().getValue("kafka.bootstrap.servers", String.class));
    }

    /** Publishes one scored mention, in order after the ones before it; returns its mention id. */
    String send(
            String brandId,
            String source,
            String authorId,
            long followers,
            String text,
            String language,
            Instant publishedAt,
            String label,
            List<String> categories)
            throws Exception {
        String mentionId = source + ":" + UUID.randomUUID();
        ObjectNode event = (ObjectNode) EventJson.mapper().readTree(Fixtures.json(Fixtures.MENTION_SCORED));
        event.put("eventId", UUID.randomUUID().toString())
                .put("brandId", brandId)
                .put("language", language);
        ObjectNode mention = (ObjectNode) event.get("mention");
        mention.put("mentionId", mentionId)
                .put("source", source)
                .put("sourceId", mentionId.substring(source.length() + 1))
                .put("text", text)
                .put("language", language)
                .put("publishedAt", publishedAt.toString())
                .put("receivedAt", publishedAt.toString());
        ((ObjectNode) mention.get("author"))
                .put("id", authorId)
                .put("name", "name-" + authorId)
                .put("followers", followers);
        ObjectNode sentiment = (ObjectNode) event.get("sentiment");
        sentiment.put("label", label).put("score", score(label));
        ArrayNode cats = sentiment.putArray("categories");
        categories.forEach(cats::add);
        producer.send(new ProducerRecord<>(
                        Topics.MENTIONS_SCORED, brandId, EventJson.mapper().writeValueAsString(event)))
                .get();
        sentPerBrand.merge(brandId, 1, Integer::sum);
        return mentionId;
    }

    /** Waits until {@code GET /mentions} shows every mention sent so far, brand by brand. */
    void awaitStored() throws InterruptedException {
        long deadline = System.currentTimeMillis() + WAIT_MILLIS;
        for (Map.Entry<String, Integer> brand : sentPerBrand.entrySet()) {
            int stored = 0;
            while (System.currentTimeMillis() < deadline) {
                stored = given().queryParam("brandId", brand.getKey())
                        .queryParam("limit", 500)
                        .get("/mentions")
                        .then()
                        .statusCode(200)
                        .extract()
                        .jsonPath()
                        .getList("items")
                        .size();
                if (stored >= brand.getValue()) {
                    break;
                }
                Thread.sleep(200);
            }
            if (stored < brand.getValue()) {
                throw new AssertionError(
                        brand.getKey() + ": " + stored + " of " + brand.getValue() + " mentions stored");
            }
        }
    }

    private static double score(String label) {
        return switch (label) {
            case "negative" -> -0.7;
            case "positive" -> 0.6;
            default -> 0.0;
        };
    }

    @Override
    public void close() {
        producer.close();
    }
}
