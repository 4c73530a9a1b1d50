package io.flarewatch.ingest.source.bluesky;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.Author;
import io.flarewatch.events.EventJson;
import io.flarewatch.ingest.source.SourceItem;
import io.flarewatch.ingest.source.SourceItems;
import io.flarewatch.ingest.source.brands.TermFilter;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Reads Bluesky Jetstream events (JSON, one per WebSocket message): the new posts that may name a brand become
 * mentions. The raw message is tested against the brands' terms before it is parsed, so the many events about
 * nothing of interest cost one lowercase and a few {@code contains}, not a JSON parse.
 */
public final class JetstreamEvents {

    static final String POST = "app.bsky.feed.post";
    private static final String TIME_US = "\"time_us\":";

    private final String source;

    /** A reader writing {@code source} into each mention. */
    public JetstreamEvents(String source) {
        this.source = source;
    }

    /** The event's {@code time_us} (its cursor), found without parsing; -1 when absent. */
    public static long timeUs(String event) {
        int at = event.indexOf(TIME_US);
        if (at < 0) {
            return -1;
        }
        int start = at + TIME_US.length();
        while (start < event.length() && event.charAt(start) == ' ') {
            start++;
        }
        int end = start;
        while (end < event.length() && Character.isDigit(event.charAt(end))) {
            end++;
        }
        return end == start ? -1 : Long.parseLong(event.substring(start, end));
    }

    /** The mention of {@code event} when it creates a post whose text passes {@code filter}. */
    public Optional<SourceItem> mentionOf(String event, TermFilter filter) {
        if (!filter.mayMatch(event)) {
            return Optional.empty();
        }
        JsonNode root;
        try {
            root = EventJson.mapper().readTree(event);
        } catch (JsonProcessingException e) {
            return Optional.empty();
        }
        JsonNode commit = root.path("commit");
        JsonNode record = commit.path("record");
        String text = record.path("text").asText("");
        if (!"commit".equals(root.path("kind").asText())
                || !"create".equals(commit.path("operation").asText())
                || !POST.equals(commit.path("collection").asText())
                || text.isBlank()
                || !filter.mayMatch(text)) {
            return Optional.empty();
        }
        String did = root.path("did").asText();
        String rkey = commit.path("rkey").asText();
        return Optional.of(new SourceItem(
                source,
                SourceItems.sourceId("at://" + did + "/" + POST + "/" + rkey),
                "https://bsky.app/profile/" + did + "/post/" + rkey,
                new Author(did, did, 0),
                SourceItems.text(text.strip()),
                SourceItems.language(record.path("langs").path(0).asText(null)),
                publishedAt(
                        record.path("createdAt").asText(null),
                        root.path("time_us").asLong())));
    }

    /** The post's own time, unless it claims to be later than the relay saw it (clients set it freely). */
    private static Instant publishedAt(String createdAt, long timeUs) {
        Instant seen = Instant.ofEpochSecond(timeUs / 1_000_000, (timeUs % 1_000_000) * 1_000);
        if (createdAt == null) {
            return seen;
        }
        try {
            Instant created = Instant.parse(createdAt);
            return created.isAfter(seen) ? seen : created;
        } catch (DateTimeParseException e) {
            return seen;
        }
    }
}
