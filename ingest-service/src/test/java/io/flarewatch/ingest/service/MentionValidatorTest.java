package io.flarewatch.ingest.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** What a valid mention is, and how a bad one is explained, field by field. */
class MentionValidatorTest {

    private static final Instant NOW = Instant.parse("2026-11-20T10:00:00Z");
    private final MentionValidator validator = new MentionValidator(500);

    @Test
    void aCompleteMentionBecomesAMentionWithAStableId() throws Exception {
        MentionValidator.Result result = validator.validate(json("""
                {"source":"twitter","sourceId":"1859","url":"https://x.com/kasia/status/1859",
                 "author":{"id":"88","name":"kasia_w","followers":1250},
                 "text":"Biedronka znowu bez chleba o 18:00","language":"pl","publishedAt":"2026-11-20T09:14:55Z"}"""), NOW);
        assertTrue(result.valid());
        Mention mention = result.mention();
        assertEquals("twitter:1859", mention.mentionId());
        assertEquals("kasia_w", mention.author().name());
        assertEquals(1250, mention.author().followers());
        assertEquals(Instant.parse("2026-11-20T09:14:55Z"), mention.publishedAt());
        assertEquals(NOW, mention.receivedAt());
    }

    @Test
    void anAuthorWithOnlyAHandleIsEnough() throws Exception {
        MentionValidator.Result result = validator.validate(json("""
                {"source":"forum","sourceId":"p-77","author":{"name":"marek77"},"text":"Orlen podniósł ceny",
                 "publishedAt":"2026-11-20T09:00:00Z"}"""), NOW);
        assertTrue(result.valid());
        assertEquals("marek77", result.mention().author().id());
        assertEquals(0, result.mention().author().followers());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(
            delimiter = '|',
            value = {
                "no text                 | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"publishedAt\":\"2026-11-20T09:00:00Z\"} | text",
                "blank text              | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"  \",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | text",
                "no source               | {\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"hej\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | source",
                "source with spaces      | {\"source\":\"My Forum\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"hej\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | source",
                "no author               | {\"source\":\"twitter\",\"sourceId\":\"1\",\"text\":\"hej\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | author",
                "negative followers      | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\",\"followers\":-5},\"text\":\"hej\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | author.followers",
                "followers as words      | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\",\"followers\":\"many\"},\"text\":\"hej\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | author.followers",
                "date in Polish format   | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"hej\",\"publishedAt\":\"20.11.2026 09:00\"} | publishedAt",
                "published next week     | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"hej\",\"publishedAt\":\"2026-11-27T09:00:00Z\"} | publishedAt",
                "language as a word      | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"hej\",\"language\":\"polish\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | language",
                "url that is not a link  | {\"source\":\"twitter\",\"sourceId\":\"1\",\"url\":\"ftp://x\",\"author\":{\"id\":\"a\"},\"text\":\"hej\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | url",
                "NUL in the text         | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"ok\\u0000then\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | text",
                "NUL in the author name  | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\",\"name\":\"x\\u0000\"},\"text\":\"hej\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | author.name",
                "a lone surrogate        | {\"source\":\"twitter\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"},\"text\":\"broken \\ud83d emoji\",\"publishedAt\":\"2026-11-20T09:00:00Z\"} | text",
                "a JSON array            | [1,2,3] | $"
            })
    void aBadMentionNamesTheField(String why, String body, String field) throws Exception {
        MentionValidator.Result result = validator.validate(json(body), NOW);
        assertEquals(1, result.errors().size(), () -> why + ": " + result.errors());
        assertEquals(field, result.errors().get(0).field());
    }

    @Test
    void aTextLongerThanTheLimitIsRejected() throws Exception {
        String text = "a".repeat(501);
        MentionValidator.Result result = validator.validate(
                json("{\"source\":\"news\",\"sourceId\":\"1\",\"author\":{\"id\":\"a\"}," + "\"text\":\"" + text
                        + "\",\"publishedAt\":\"2026-11-20T09:00:00Z\"}"),
                NOW);
        assertEquals("text", result.errors().get(0).field());
        assertTrue(result.errors().get(0).message().contains("500"));
    }

    @Test
    void anEmojiIsAWholeSurrogatePairAndIsKept() throws Exception {
        MentionValidator.Result result = validator.validate(
                json(
                        "{\"source\":\"twitter\",\"sourceId\":\"1\","
                                + "\"author\":{\"id\":\"a\"},\"text\":\"Żabka \\ud83d\\ude21 znowu\",\"publishedAt\":\"2026-11-20T09:00:00Z\"}"),
                NOW);
        assertTrue(result.valid(), result.errors()::toString);
        assertEquals("Żabka \uD83D\uDE21 znowu", result.mention().text());
    }

    @Test
    void everyProblemOfAMentionIsReportedAtOnce() throws Exception {
        MentionValidator.Result result = validator.validate(json("{\"source\":\"twitter\"}"), NOW);
        assertEquals(4, result.errors().size(), result.errors()::toString);
    }

    private static JsonNode json(String text) throws Exception {
        return EventJson.mapper().readTree(text);
    }
}
