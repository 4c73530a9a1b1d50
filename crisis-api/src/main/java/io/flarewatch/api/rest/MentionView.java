package io.flarewatch.api.rest;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.api.model.JsonColumns;
import io.flarewatch.api.model.StoredMention;
import io.flarewatch.events.Author;
import java.time.Instant;

/**
 * A stored mention as the API shows it, with its sentiment explanation; {@code clusterId} is the mention id of the
 * first mention of its story when it is a repost, quote or copy (null for a story's first mention).
 */
public record MentionView(
        String mentionId,
        String clusterId,
        String brandId,
        String source,
        String sourceId,
        String url,
        Author author,
        String text,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        JsonNode sentiment,
        JsonNode matchedWords) {

    /** The view of a stored mention. */
    public static MentionView of(StoredMention m) {
        return new MentionView(
                m.mentionId,
                m.clusterId,
                m.brandId,
                m.source,
                m.sourceId,
                m.url,
                new Author(m.authorId, m.authorName, m.followers),
                m.text,
                m.language,
                m.publishedAt,
                m.receivedAt,
                JsonColumns.tree(m.sentiment),
                JsonColumns.tree(m.matchedWords));
    }
}
