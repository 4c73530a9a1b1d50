package io.flarewatch.ingest.source.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;

/** A feed's cursor survives its JSON form and keeps the newest ids when it is full. */
class FeedCursorTest {

    @Test
    void theCursorIsReadBackAsItWasWritten() {
        FeedCursor cursor = FeedCursor.empty().next("\"v1\"", "Mon, 30 Nov 2026 08:00:00 GMT", List.of("b", "a"));
        assertEquals(cursor, FeedCursor.parse(cursor.json()));
        assertTrue(cursor.hasSeen("a"));
        assertFalse(cursor.hasSeen("c"));
    }

    @Test
    void whenFullTheOldestIdsAreForgotten() {
        FeedCursor cursor = FeedCursor.empty()
                .next(
                        null,
                        null,
                        IntStream.range(0, FeedCursor.MAX_SEEN)
                                .mapToObj(i -> "old" + i)
                                .toList());
        FeedCursor next = cursor.next(null, null, List.of("new"));
        assertEquals(FeedCursor.MAX_SEEN, next.seen().size());
        assertTrue(next.hasSeen("new"));
        assertTrue(next.hasSeen("old0"));
        assertFalse(next.hasSeen("old" + (FeedCursor.MAX_SEEN - 1)));
    }

    @Test
    void anUnreadableCursorStartsOver() {
        assertEquals(FeedCursor.empty(), FeedCursor.parse("{not json"));
        assertEquals(FeedCursor.empty(), FeedCursor.parse(null));
    }
}
