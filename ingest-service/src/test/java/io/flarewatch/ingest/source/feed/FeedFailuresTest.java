package io.flarewatch.ingest.source.feed;

import static io.flarewatch.ingest.source.SourceTopics.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.SourceHealth;
import io.flarewatch.ingest.source.RecordingHttpServer;
import io.flarewatch.ingest.source.RecordingHttpServer.Reply;
import io.flarewatch.ingest.source.SourceMetrics;
import io.flarewatch.ingest.source.SourceTopics;
import io.flarewatch.ingest.source.TestPayloads;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * A feed that fails (HTTP 500, a timeout, a body that is not a feed) is tried again after waits that grow, and says
 * so on source-health and in the metrics; a feed that never changes is asked politely (304) and stays healthy.
 * The test profile's backoff starts at 0.5 s and the HTTP timeout is 1 s.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class FeedFailuresTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    private RecordingHttpServer server;
    private SourceTopics topics;

    @BeforeEach
    void start() throws Exception {
        server = new RecordingHttpServer();
        topics = new SourceTopics(bootstrapServers);
    }

    @AfterEach
    void stop() {
        server.close();
    }

    @Test
    void aFeedAnswering500IsRetriedWithGrowingWaitsThenRecovers() throws Exception {
        String run = SourceTopics.run();
        String sourceId = "rss:failing-" + run;
        String feed = TestPayloads.read("news-rss.xml", run);
        AtomicInteger asked = new AtomicInteger();
        server.handle(
                "/feed.xml",
                request -> asked.incrementAndGet() <= 3
                        ? Reply.status(500)
                        : Reply.ok(feed, "application/rss+xml", Map.of()));

        topics.configure(sourceId, "rss", true, Map.of("url", server.url("/feed.xml"), "pollSeconds", "1"));

        assertEquals(2, topics.mentions(run, 2).size(), "once the feed works again, its items arrive");
        List<SourceHealth> health = topics.health(
                sourceId, records -> records.stream().anyMatch(h -> "ok".equals(h.status()) && h.lastError() != null));
        List<Duration> waits = health.stream()
                .filter(h -> "backoff".equals(h.status()))
                .map(h -> Duration.between(h.lastErrorAt(), h.nextAttemptAt()))
                .distinct()
                .toList();
        assertEquals(3, waits.size(), "one record per failure: " + health);
        assertTrue(waits.get(0).compareTo(waits.get(1)) < 0 && waits.get(1).compareTo(waits.get(2)) < 0, "" + waits);
        assertTrue(health.stream()
                .allMatch(h -> h.lastError() == null || h.lastError().contains("HTTP 500")));
        assertEquals(3.0, SourceMetrics.value("flarewatch_source_errors_total", sourceId));
        assertEquals(2.0, SourceMetrics.value("flarewatch_source_mentions_total", sourceId));
        assertEquals(2.0, SourceMetrics.value("flarewatch_source_lag_seconds_count", sourceId));
        assertTrue(SourceMetrics.value("flarewatch_source_last_success_timestamp_seconds", sourceId) > 1.7e9);
        topics.remove(sourceId);
    }

    @Test
    void aTimeoutAndAMalformedFeedAreBackedOffAndShownWithTheirReason() throws Exception {
        String run = SourceTopics.run();
        server.handle("/slow.xml", request -> new Reply(200, Map.of(), "<rss/>", 2_500));
        server.handle(
                "/broken.xml",
                request -> Reply.ok(TestPayloads.read("broken-feed.xml", run), "application/rss+xml", Map.of()));
        String slow = "rss:slow-" + run;
        String broken = "rss:broken-" + run;

        topics.configure(slow, "rss", true, Map.of("url", server.url("/slow.xml"), "pollSeconds", "1"));
        topics.configure(broken, "rss", true, Map.of("url", server.url("/broken.xml"), "pollSeconds", "1"));

        SourceHealth timedOut = last(topics.health(slow, records -> failures(records) >= 2));
        assertEquals("backoff", timedOut.status());
        assertTrue(timedOut.lastError().contains("timed out"), timedOut.lastError());
        assertTrue(timedOut.nextAttemptAt().isAfter(timedOut.lastErrorAt()));
        SourceHealth malformed = last(topics.health(broken, records -> failures(records) >= 2));
        assertEquals("backoff", malformed.status());
        assertTrue(malformed.lastError().startsWith("not a valid RSS or Atom feed"), malformed.lastError());
        assertTrue(SourceMetrics.value("flarewatch_source_errors_total", broken) >= 2);
        assertTrue(eventually(() -> SourceMetrics.value("flarewatch_source_errors_total", slow) >= 2));
        topics.remove(slow);
        topics.remove(broken);
    }

    @Test
    void aFeedThatNeverChangesIsAskedWithItsEtagAndStaysHealthy() throws Exception {
        String run = SourceTopics.run();
        String sourceId = "rss:unchanged-" + run;
        String feed = TestPayloads.read("news-rss.xml", run);
        server.handle(
                "/same.xml",
                request -> "\"same\"".equals(request.header("If-None-Match"))
                        ? Reply.status(304)
                        : Reply.ok(feed, "application/rss+xml", Map.of("ETag", "\"same\"")));

        topics.configure(sourceId, "rss", true, Map.of("url", server.url("/same.xml"), "pollSeconds", "1"));

        assertEquals(2, topics.mentions(run, 2).size());
        assertTrue(eventually(() -> server.requests("/same.xml").stream()
                        .filter(r -> r.header("If-None-Match") != null)
                        .count()
                >= 3));
        assertEquals(2, topics.mentions(run, 3, Duration.ofSeconds(2)).size(), "nothing new, nothing repeated");
        SourceHealth health = last(topics.health(sourceId, records -> records.size() >= 2));
        assertEquals("ok", health.status());
        assertEquals(null, health.lastError());
        assertTrue(Double.isNaN(SourceMetrics.value("flarewatch_source_errors_total", sourceId)), "no error counted");
        topics.remove(sourceId);
    }

    private static long failures(List<SourceHealth> records) {
        return records.stream()
                .filter(h -> "backoff".equals(h.status()))
                .map(SourceHealth::lastErrorAt)
                .distinct()
                .count();
    }

    private static SourceHealth last(List<SourceHealth> records) {
        assertTrue(!records.isEmpty(), "a source-health record");
        return records.get(records.size() - 1);
    }
}
