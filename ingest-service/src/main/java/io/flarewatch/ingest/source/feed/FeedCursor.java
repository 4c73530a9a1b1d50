package io.flarewatch.ingest.source.feed;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * Where a feed was left: the validators of its last answer for a conditional GET, and the ids of the items already
 * taken (a feed lists its last few items again and again; a server without ETag sends them all each time).
 *
 * @param etag         the {@code ETag} of the last 200 answer, null if none
 * @param lastModified the {@code Last-Modified} of the last 200 answer, as sent, null if none
 * @param seen         ids of items taken, the newest first, at most {@value #MAX_SEEN}
 */
public record FeedCursor(String etag, String lastModified, List<String> seen) {

    /** More than any feed lists at once, so an item that drops out of the feed is never taken again. */
    static final int MAX_SEEN = 2_000;

    /** The cursor of a feed never read. */
    static FeedCursor empty() {
        return new FeedCursor(null, null, List.of());
    }

    /** The cursor stored as {@code json}, or an empty one for null. */
    static FeedCursor parse(String json) {
        if (json == null) {
            return empty();
        }
        try {
            FeedCursor cursor = EventJson.mapper().readValue(json, FeedCursor.class);
            return cursor.seen() == null ? new FeedCursor(cursor.etag(), cursor.lastModified(), List.of()) : cursor;
        } catch (JsonProcessingException e) {
            // an unreadable cursor must not stop the feed for good: start over, the duplicate filter drops repeats
            return empty();
        }
    }

    /** Whether the item {@code id} was taken before. */
    boolean hasSeen(String id) {
        return seen.contains(id);
    }

    /** The cursor after an answer with these validators listing {@code ids}. */
    FeedCursor next(String newEtag, String newLastModified, List<String> ids) {
        Set<String> merged = new LinkedHashSet<>(ids);
        merged.addAll(seen);
        List<String> kept = new ArrayList<>(merged);
        return new FeedCursor(newEtag, newLastModified, List.copyOf(kept.subList(0, Math.min(MAX_SEEN, kept.size()))));
    }

    String json() {
        try {
            return EventJson.mapper().writeValueAsString(this);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a feed cursor is always writable as JSON", e);
        }
    }
}
