package io.flarewatch.ingest.source.bluesky;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Author;
import io.flarewatch.ingest.source.SourceItem;
import io.flarewatch.ingest.source.TestPayloads;
import io.flarewatch.ingest.source.brands.TermFilter;
import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Of the firehose only new posts that may name a brand become mentions; every event moves the cursor. */
class JetstreamEventsTest {

    /** When the relay saw the first event: after the posts' own createdAt, as on the real firehose. */
    private static final long BASE = Instant.parse("2026-11-30T09:00:00Z").getEpochSecond() * 1_000_000;

    private final JetstreamEvents events = new JetstreamEvents("bluesky");
    private final TermFilter kurierex = TermFilter.of(List.of("kurierex"));
    private final List<String> lines = TestPayloads.jetstream("jetstream-events.ndjson", "r1", BASE)
            .lines()
            .toList();

    @Test
    void aPostNamingTheBrandBecomesAMention() {
        SourceItem item = events.mentionOf(lines.get(0), kurierex).orElseThrow();

        assertEquals("bluesky", item.source());
        assertEquals("at://did:plc:olar1/app.bsky.feed.post/3lbxar1", item.sourceId());
        assertEquals("https://bsky.app/profile/did:plc:olar1/post/3lbxar1", item.url());
        assertEquals(new Author("did:plc:olar1", "did:plc:olar1", 0), item.author());
        assertEquals("Kurierex znowu nie dowiózł paczki, trzeci raz w tym miesiącu", item.text());
        assertEquals("pl", item.language());
        assertEquals(Instant.parse("2026-11-30T08:00:01Z"), item.publishedAt());
    }

    @Test
    void otherPostsDeletionsAndIdentityChangesAreSkipped() {
        assertTrue(events.mentionOf(lines.get(1), kurierex).isEmpty(), "a post about something else");
        assertTrue(events.mentionOf(lines.get(2), kurierex).isEmpty(), "a deletion");
        assertTrue(events.mentionOf(lines.get(3), kurierex).isEmpty(), "a handle naming the brand is not a post");
        assertTrue(events.mentionOf(lines.get(4), kurierex).isPresent(), "an inflected form");
    }

    @Test
    void thePostsTimeIsNeverLaterThanWhenTheRelaySawIt() {
        String fromTheFuture = lines.get(0).replace("2026-11-30T08:00:01.000Z", "2099-01-01T00:00:00.000Z");
        Instant seen = Instant.ofEpochSecond(BASE / 1_000_000).plusNanos((BASE % 1_000_000 + 1) * 1_000);
        assertEquals(
                seen, events.mentionOf(fromTheFuture, kurierex).orElseThrow().publishedAt());
    }

    @Test
    void theCursorIsFoundWithoutParsing() {
        assertEquals(BASE + 3, JetstreamEvents.timeUs(lines.get(2)));
        assertEquals(-1, JetstreamEvents.timeUs("{\"kind\":\"commit\"}"));
    }
}
