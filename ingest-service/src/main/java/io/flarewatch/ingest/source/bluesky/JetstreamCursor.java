package io.flarewatch.ingest.source.bluesky;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;

/**
 * Where the Jetstream firehose was left.
 *
 * @param timeUs the {@code time_us} of the last event read (whether it named a brand or not); Jetstream replays
 *               from it on reconnection
 */
public record JetstreamCursor(long timeUs) {

    /** The cursor stored as {@code json}; 0 (start live) for null or an unreadable one. */
    static JetstreamCursor parse(String json) {
        if (json == null) {
            return new JetstreamCursor(0);
        }
        try {
            return EventJson.mapper().readValue(json, JetstreamCursor.class);
        } catch (JsonProcessingException e) {
            return new JetstreamCursor(0);
        }
    }

    String json() {
        try {
            return EventJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a Jetstream cursor is always writable as JSON", e);
        }
    }
}
