package io.flarewatch.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The wire types read their golden fixtures and write them back unchanged. */
class GoldenFixturesTest {

    @ParameterizedTest(name = "{0} round-trips")
    @CsvSource({
        "mention-ingested.json, io.flarewatch.events.MentionIngested",
        "mention-scored.json, io.flarewatch.events.ScoredMention",
        "brand-changed.json, io.flarewatch.events.BrandDefinition",
        "crisis-alert.json, io.flarewatch.events.CrisisAlert"
    })
    void readsAndWritesTheFixtureUnchanged(String fixture, Class<?> type) throws Exception {
        Object event = Fixtures.read(fixture, type);
        JsonNode written = EventJson.mapper().readTree(EventJson.mapper().writeValueAsString(event));
        JsonNode golden = EventJson.mapper().readTree(Fixtures.json(fixture));
        assertEquals(golden, written);
    }

    @ParameterizedTest(name = "{0} has the common envelope")
    @CsvSource({
        "mention-ingested.json, mention.ingested",
        "mention-scored.json, mention.scored",
        "brand-changed.json, brand.changed",
        "crisis-alert.json, crisis.alert"
    })
    void everyEventCarriesTheEnvelope(String fixture, String type) throws Exception {
        JsonNode golden = EventJson.mapper().readTree(Fixtures.json(fixture));
        assertEquals(type, golden.get("eventType").asText());
        assertEquals(1, golden.get("schemaVersion").asInt());
        assertTrue(golden.get("eventId").asText().length() >= 32);
        assertTrue(golden.get("occurredAt").isTextual());
    }

    @Test
    void mentionFieldsComeThroughWithPolishLettersAndEmoji() {
        MentionIngested event = Fixtures.read(Fixtures.MENTION_INGESTED, MentionIngested.class);
        Mention mention = event.mention();
        assertEquals("twitter", mention.source());
        assertEquals("1859923400112", mention.sourceId());
        assertEquals(1250, mention.author().followers());
        assertEquals("pl", mention.language());
        assertEquals(Instant.parse("2026-11-20T09:14:55Z"), mention.publishedAt());
        assertTrue(mention.text().contains("pieniędzy"));
        assertTrue(mention.text().endsWith("😡"));
    }

    @Test
    void scoredMentionCarriesSentimentAndExplanation() {
        ScoredMention scored = Fixtures.read(Fixtures.MENTION_SCORED, ScoredMention.class);
        assertEquals("zabka", scored.brandId());
        assertEquals(Sentiment.NEGATIVE, scored.sentiment().label());
        assertEquals(List.of("no_answer", "returns_refunds"), scored.sentiment().categories());
        TokenWeight masakra = scored.sentiment().explanation().get(1);
        assertEquals("Masakra", scored.mention().text().substring(masakra.start(), masakra.end()));
    }

    @Test
    void unknownFieldsFromANewerProducerAreTolerated() throws Exception {
        String newer = Fixtures.json(Fixtures.BRAND_CHANGED).replace("\"name\"", "\"colour\" : \"green\", \"name\"");
        BrandDefinition brand = EventJson.mapper().readValue(newer, BrandDefinition.class);
        assertEquals("Żabka", brand.name());
        assertEquals(List.of("pl"), brand.languages());
    }

    @Test
    void alertStateIsWrittenByName() {
        CrisisAlert alert = Fixtures.read(Fixtures.CRISIS_ALERT, CrisisAlert.class);
        assertEquals(AlertState.OPENED, alert.state());
        JsonNode written = EventJson.mapper().valueToTree(alert);
        assertEquals("OPENED", written.get("state").asText());
    }
}
