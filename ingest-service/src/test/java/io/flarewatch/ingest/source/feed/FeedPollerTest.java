package io.flarewatch.ingest.source.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import io.flarewatch.ingest.source.RecordingHttpServer;
import io.flarewatch.ingest.source.RecordingHttpServer.Reply;
import io.flarewatch.ingest.source.SourceException;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A feed that asks for a pause (429 or 503 with Retry-After) gets it; an error without one is plain backoff. */
class FeedPollerTest {

    @Test
    void retryAfterInSecondsIsTheLeastWait() throws Exception {
        try (RecordingHttpServer server = new RecordingHttpServer()) {
            server.handle("/limited.xml", request -> new Reply(429, Map.of("Retry-After", "120"), "", 0));
            server.handle("/down.xml", request -> Reply.status(500));

            SourceException limited = assertThrows(
                    SourceException.class, () -> poller(server, "/limited.xml").poll(null));
            SourceException down = assertThrows(
                    SourceException.class, () -> poller(server, "/down.xml").poll(null));

            assertEquals("the feed answered HTTP 429", limited.getMessage());
            assertEquals(Duration.ofSeconds(120), limited.retryAfter());
            assertNull(down.retryAfter());
        }
    }

    private static FeedPoller poller(RecordingHttpServer server, String path) {
        return new FeedPoller(
                URI.create(server.url(path)),
                new FeedItemMapper("news", null),
                HttpClient.newHttpClient(),
                Duration.ofSeconds(5));
    }
}
