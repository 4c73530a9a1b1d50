package io.flarewatch.localstack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Export columns become the mention ingest takes; what cannot be mapped is refused with a reason. */
class MentionMapperTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private final MentionMapper mapper = mapper(Map.of());

    @Test
    void brand24LikeColumnsFillEveryField() throws Exception {
        JsonNode mention = map(Map.of(
                "id", "b24-77",
                "content", "Kurierex zgubił paczkę",
                "link", "https://forum.example.pl/t/1",
                "username", "kasia_w",
                "followers", "12.5K",
                "date", "2026-11-20 09:14:55",
                "lang", "pl_PL",
                "platform", "Forums"));

        assertEquals("forums", mention.get("source").asText());
        assertEquals("b24-77", mention.get("sourceId").asText());
        assertEquals("https://forum.example.pl/t/1", mention.get("url").asText());
        assertEquals("kasia_w", mention.at("/author/name").asText());
        assertEquals("kasia_w", mention.at("/author/id").asText());
        assertEquals(12_500, mention.at("/author/followers").asLong());
        assertEquals("pl", mention.get("language").asText());
        assertEquals("Kurierex zgubił paczkę", mention.get("text").asText());
        assertEquals("2026-11-20T09:14:55Z", mention.get("publishedAt").asText());
    }

    @Test
    void mapOverridesAColumnAndAnEmptyColumnReadsNothing() throws Exception {
        MentionMapper custom = mapper(Map.of("text", "Body Text", "source", ""));
        MentionMapper.Mapped mapped = custom.map(ExportRecord.read(
                7, Map.of("bodytext", "from the body", "text", "not this", "source", "twitter", "date", "2026-11-20")));

        JsonNode mention = JSON.readTree(mapped.json());
        assertEquals("from the body", mention.get("text").asText());
        assertEquals("brand24", mention.get("source").asText());
    }

    @Test
    void withoutAnIdTheSameLineGetsTheSameSourceIdSoAReimportIsDeduplicated() throws Exception {
        Map<String, String> line = Map.of("text", "same text", "author", "jan", "date", "2026-11-20T10:00:00Z");
        String first = map(line).get("sourceId").asText();

        assertEquals(first, map(line).get("sourceId").asText());
        assertEquals(32, first.length());
        Map<String, String> other = Map.of("text", "other text", "author", "jan", "date", "2026-11-20T10:00:00Z");
        assertTrue(!first.equals(map(other).get("sourceId").asText()));
    }

    @Test
    void aMentionWithoutAuthorIsAttributedToItsSite() throws Exception {
        JsonNode mention = map(Map.of("text", "news", "url", "https://news.example.com/a", "date", "2026-11-20"));

        assertEquals("news.example.com", mention.at("/author/name").asText());
    }

    @Test
    void linesWithoutTextOrWithABadDateOrFollowerCountAreRefusedWithTheReason() {
        assertTrue(reason(Map.of("date", "2026-11-20")).startsWith("has no text"));
        assertTrue(reason(Map.of("text", "x")).startsWith("has no date"));
        assertEquals(
                "has a date that is not understood: '03/04/2026' (use ISO-8601)",
                reason(Map.of("text", "x", "date", "03/04/2026")));
        assertEquals(
                "has a follower count that is not a number: 'many'",
                reason(Map.of("text", "x", "date", "2026-11-20", "followers", "many")));
        assertEquals(
                "is not valid CSV: boom",
                mapper.map(ExportRecord.unreadable(3, "is not valid CSV: boom")).error());
    }

    @Test
    void followerCountsAreReadAsToolsWriteThem() {
        assertEquals(1234L, MentionMapper.followers("1,234"));
        assertEquals(1234L, MentionMapper.followers("1 234"));
        assertEquals(3_000_000L, MentionMapper.followers("3M"));
        assertEquals(1_500L, MentionMapper.followers("1,5k"));
        assertNull(MentionMapper.followers("-5"));
    }

    @Test
    void datesInTheFormsToolsWrite() {
        FlexibleDates warsaw = new FlexibleDates(ZoneId.of("Europe/Warsaw"));
        Instant expected = Instant.parse("2026-11-20T08:14:00Z");

        assertEquals(expected, warsaw.parse("2026-11-20T09:14:00+01:00").orElseThrow());
        assertEquals(expected, warsaw.parse("2026-11-20 09:14").orElseThrow());
        assertEquals(expected, warsaw.parse("20.11.2026 09:14").orElseThrow());
        assertEquals(expected, warsaw.parse("Fri, 20 Nov 2026 08:14:00 GMT").orElseThrow());
        assertEquals(
                expected, warsaw.parse(Long.toString(expected.getEpochSecond())).orElseThrow());
        assertEquals(
                expected, warsaw.parse(Long.toString(expected.toEpochMilli())).orElseThrow());
        assertEquals(
                Instant.parse("2026-11-19T23:00:00Z"),
                warsaw.parse("2026-11-20").orElseThrow());
        assertTrue(warsaw.parse("yesterday").isEmpty());
    }

    private JsonNode map(Map<String, String> values) throws Exception {
        MentionMapper.Mapped mapped = mapper.map(ExportRecord.read(1, values));
        assertNull(mapped.error());
        return JSON.readTree(mapped.json());
    }

    private String reason(Map<String, String> values) {
        return mapper.map(ExportRecord.read(1, values)).error();
    }

    private static MentionMapper mapper(Map<String, String> overrides) {
        return new MentionMapper(
                ColumnMapping.withOverrides(overrides), new FlexibleDates(ZoneId.of("UTC")), "brand24");
    }
}
