package io.flarewatch.ingest.source.mastodon;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;

/**
 * Where a Mastodon timeline was left.
 *
 * @param sinceId the id of the newest status taken; the next poll asks for those after it
 */
public record MastodonCursor(String sinceId) {

    /** The cursor stored as {@code json}; one without an id for null or an unreadable one (start from the latest). */
    static MastodonCursor parse(String json) {
        if (json == null) {
            return new MastodonCursor(null);
        }
        try {
            return EventJson.mapper().readValue(json, MastodonCursor.class);
        } catch (JsonProcessingException e) {
            return new MastodonCursor(null);
        }
    }

    String json() {
        try {
            return EventJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Mastodon cursor is always writable as JSON", e);
        }
    }
}
