package io.flarewatch.events;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;

/**
 * A post, comment, review or article that may name a brand, as it came from its source.
 *
 * @param mentionId   Flarewatch's stable id of the mention, derived from source and source id
 * @param source      where it was written, e.g. {@code twitter}, {@code facebook}, {@code forum}, {@code news}
 * @param sourceId    the id of the post at its source
 * @param url         the link to the post, may be null
 * @param author      who wrote it
 * @param text        what was written
 * @param language    ISO 639-1 code when the source said so ({@code pl}, {@code en}), otherwise null
 * @param publishedAt when it was published at the source
 * @param receivedAt  when Flarewatch received it
 * @param clusterId   the story this mention belongs to: the mention id of the first mention of the same text
 *                    (a repost, quote or syndicated copy) that ingest saw; null when not clustered (counts as
 *                    its own story, i.e. {@link #storyId()} is the mention id)
 */
public record Mention(
        String mentionId,
        String source,
        String sourceId,
        String url,
        Author author,
        String text,
        String language,
        Instant publishedAt,
        Instant receivedAt,
        @JsonInclude(JsonInclude.Include.NON_NULL) String clusterId) {

    /** A mention not (yet) linked to a story cluster. */
    public Mention(
            String mentionId,
            String source,
            String sourceId,
            String url,
            Author author,
            String text,
            String language,
            Instant publishedAt,
            Instant receivedAt) {
        this(mentionId, source, sourceId, url, author, text, language, publishedAt, receivedAt, null);
    }

    /** The same mention linked to the story cluster {@code id}. */
    public Mention withClusterId(String id) {
        return new Mention(mentionId, source, sourceId, url, author, text, language, publishedAt, receivedAt, id);
    }

    /** The id the detector counts once per story: the cluster id, or the mention id when not clustered. */
    public String storyId() {
        return clusterId != null ? clusterId : mentionId;
    }
}
