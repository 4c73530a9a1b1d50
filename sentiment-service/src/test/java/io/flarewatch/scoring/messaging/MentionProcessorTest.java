package io.flarewatch.scoring.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.BrandDefinition;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.events.Mention;
import io.flarewatch.events.MentionIngested;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Sentiment;
import io.flarewatch.events.Topics;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/** sentiment-service between the real topics: brands in, mentions in, scored mentions and dead letters out. */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class MentionProcessorTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Test
    void theGoldenMentionOfABrandComesOutScoredAsTheGoldenScoredMentionDescribes() throws Exception {
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        BrandDefinition golden = Fixtures.read(Fixtures.BRAND_CHANGED, BrandDefinition.class);
        String brandId = "zabka-" + UUID.randomUUID().toString().substring(0, 6);
        kafka.send(
                Topics.BRANDS,
                brandId,
                EventJson.mapper()
                        .writeValueAsString(BrandDefinition.of(
                                brandId, golden.name(), "żabka", List.of("pl"), "balanced", null, Instant.now())));
        ScoredMention scoredGolden = Fixtures.read(Fixtures.MENTION_SCORED, ScoredMention.class);
        Mention mention = withId(scoredGolden.mention(), UUID.randomUUID().toString());

        List<ConsumerRecord<String, String>> out = sendUntilScored(kafka, mention, brandId);

        assertEquals(1, out.size());
        assertEquals(brandId, out.get(0).key());
        JsonNode written = EventJson.mapper().readTree(out.get(0).value());
        JsonNode fixture = EventJson.mapper().readTree(Fixtures.json(Fixtures.MENTION_SCORED));
        assertEquals(names(fixture), names(written));
        assertEquals(names(fixture.get("sentiment")), names(written.get("sentiment")));
        ScoredMention scored = EventJson.mapper().treeToValue(written, ScoredMention.class);
        assertEquals("pl", scored.language());
        assertEquals(Sentiment.NEGATIVE, scored.sentiment().label(), "a refund not paid for 3 weeks is a complaint");
        assertTrue(scored.sentiment().score() < 0);
        assertFalse(scored.sentiment().explanation().isEmpty(), "the model says which words made it negative");
        assertEquals(List.of("Żabka"), scored.matchedWords());
    }

    @Test
    void aChangedQueryAppliesWithoutARestart() throws Exception {
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        String brandId = "orlen-" + UUID.randomUUID().toString().substring(0, 6);
        kafka.send(Topics.BRANDS, brandId, brand(brandId, "Orlen", "orlen"));
        Mention first = mention("Na stacji Orlenu znowu awaria dystrybutora");
        assertEquals(1, sendUntilScored(kafka, first, brandId).size());

        kafka.send(Topics.BRANDS, brandId, brand(brandId, "Orlen", "orlen -awaria"));
        Mention excluded = mention("Orlen: awaria kasy na stacji w Radomiu");
        Mention stillIn = mention("Orlen ma najlepsze hot-dogi");
        List<ConsumerRecord<String, String>> out = sendUntilScored(kafka, stillIn, brandId);
        assertEquals(1, out.size());
        kafka.send(Topics.MENTIONS_RAW, excluded.mentionId(), event(excluded));
        Mention marker = mention("Orlen otworzył nową stację");
        sendUntilScored(kafka, marker, brandId);
        assertTrue(
                kafka.await(Topics.MENTIONS_SCORED, 1, r -> r.value().contains(excluded.mentionId()))
                        .isEmpty(),
                "after the change, a mention about a breakdown no longer matches");
    }

    @Test
    void aMentionThatCannotBeReadGoesToTheDeadLetterTopicAndTheNextOneIsScored() throws Exception {
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        String brandId = "allegro-" + UUID.randomUUID().toString().substring(0, 6);
        kafka.send(Topics.BRANDS, brandId, brand(brandId, "Allegro", "allegro"));
        String garbage = "{\"eventType\":\"mention.ingested\", \"mention\": " + UUID.randomUUID();
        kafka.send(Topics.MENTIONS_RAW, "broken", garbage);
        Mention good = mention("Allegro zwróciło pieniądze w jeden dzień, super");

        assertEquals(1, sendUntilScored(kafka, good, brandId).size());
        assertEquals(
                1,
                kafka.await(Topics.MENTIONS_RAW_DLQ, 1, r -> garbage.equals(r.value()))
                        .size());
    }

    @Test
    void aBurstOfMentionsComesOutScoredOncePerBrandAndItsOffsetsAreCommittedOnlyAfterwards() throws Exception {
        KafkaProbe kafka = new KafkaProbe(bootstrapServers);
        String tag = UUID.randomUUID().toString().substring(0, 6);
        String lot = "lot-" + tag;
        String inpost = "inpost-" + tag;
        kafka.send(Topics.BRANDS, lot, brand(lot, "LOT", "lot"));
        kafka.send(Topics.BRANDS, inpost, brand(inpost, "InPost", "inpost"));
        sendUntilScored(kafka, mention("LOT znowu opóźniony"), lot);
        sendUntilScored(kafka, mention("InPost dowiózł szybko"), inpost);
        Map<String, String> burst = new LinkedHashMap<>();
        Set<String> expected = new HashSet<>();
        for (int i = 0; i < 300; i++) {
            boolean both = i % 3 == 0;
            Mention m = mention(both ? "Paczka z InPost po locie LOT zaginęła " + i : "LOT odwołał lot numer " + i);
            burst.put(m.mentionId(), event(m));
            expected.add(lot + "/" + m.mentionId());
            if (both) {
                expected.add(inpost + "/" + m.mentionId());
            }
        }

        kafka.sendAll(Topics.MENTIONS_RAW, burst);
        List<ConsumerRecord<String, String>> out = kafka.await(
                Topics.MENTIONS_SCORED,
                expected.size(),
                r -> (lot.equals(r.key()) || inpost.equals(r.key()))
                        && burst.keySet().stream().anyMatch(id -> r.value().contains("\"" + id + "\"")));

        Set<String> written = new HashSet<>();
        for (ConsumerRecord<String, String> r : out) {
            ScoredMention scored = EventJson.mapper().readValue(r.value(), ScoredMention.class);
            assertTrue(written.add(r.key() + "/" + scored.mention().mentionId()), "written once: " + r.key());
        }
        assertEquals(expected, written, "every mention once per brand it names, 400 in all");
        assertTrue(
                kafka.awaitCommittedToEnd("sentiment-service", Topics.MENTIONS_RAW),
                "once their scored mentions are acknowledged, the raw records are committed: a restart redoes none");
    }

    /**
     * Sends the mention until it comes out scored for the brand: a brand applies a moment after it is written to
     * its topic, and a mention scored before that rightly matches nothing. Resending is what a source does anyway.
     */
    private static List<ConsumerRecord<String, String>> sendUntilScored(
            KafkaProbe kafka, Mention mention, String brandId) throws Exception {
        for (int attempt = 0; attempt < 10; attempt++) {
            kafka.send(Topics.MENTIONS_RAW, mention.mentionId(), event(mention));
            List<ConsumerRecord<String, String>> out = kafka.await(
                    Topics.MENTIONS_SCORED,
                    1,
                    r -> brandId.equals(r.key()) && r.value().contains(mention.mentionId()),
                    Duration.ofSeconds(2));
            if (!out.isEmpty()) {
                return out;
            }
        }
        return List.of();
    }

    private static String brand(String id, String name, String query) throws Exception {
        return EventJson.mapper()
                .writeValueAsString(BrandDefinition.of(id, name, query, List.of(), "balanced", null, Instant.now()));
    }

    private static String event(Mention mention) throws Exception {
        return EventJson.mapper().writeValueAsString(MentionIngested.of(mention, Instant.now()));
    }

    private static Mention mention(String text) {
        return withId(
                new Mention(
                        null,
                        "forum",
                        null,
                        null,
                        new io.flarewatch.events.Author("u", "u", 5),
                        text,
                        "pl",
                        Instant.now(),
                        Instant.now()),
                UUID.randomUUID().toString());
    }

    private static Mention withId(Mention m, String id) {
        return new Mention(
                m.source() + ":" + id,
                m.source(),
                id,
                m.url(),
                m.author(),
                m.text(),
                m.language(),
                m.publishedAt(),
                m.receivedAt());
    }

    private static List<String> names(JsonNode node) {
        List<String> names = new java.util.ArrayList<>();
        node.fieldNames().forEachRemaining(names::add);
        names.sort(String::compareTo);
        return names;
    }
}
