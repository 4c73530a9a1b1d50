package io.flarewatch.events;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A mention of one brand with its sentiment, on {@code mentions-scored}, keyed by brand id. A mention that
 * names two brands becomes two scored mentions.
 *
 * @param eventId       unique id of this event
 * @param eventType     always {@value #TYPE}
 * @param schemaVersion version of this record's shape
 * @param occurredAt    when the mention was scored
 * @param brandId       the brand the mention is about
 * @param mention       the mention as ingested
 * @param language      the language the model used: {@code pl}, {@code en} or {@code other}
 * @param sentiment     the sentiment and its explanation
 * @param matchedWords  the words of the text that matched the brand's query
 */
public record ScoredMention(
        String eventId,
        String eventType,
        int schemaVersion,
        Instant occurredAt,
        String brandId,
        Mention mention,
        String language,
        Sentiment sentiment,
        List<String> matchedWords) {

    /** The event type name on the wire. */
    public static final String TYPE = "mention.scored";
    /** The current schema version. */
    public static final int VERSION = 1;

    /** A new scored mention with a fresh event id. */
    public static ScoredMention of(
            String brandId,
            Mention mention,
            String language,
            Sentiment sentiment,
            List<String> matchedWords,
            Instant occurredAt) {
        return new ScoredMention(
                UUID.randomUUID().toString(),
                TYPE,
                VERSION,
                occurredAt,
                brandId,
                mention,
                language,
                sentiment,
                matchedWords);
    }
}
