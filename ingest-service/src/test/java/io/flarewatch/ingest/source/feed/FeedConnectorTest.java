package io.flarewatch.ingest.source.feed;

import static io.flarewatch.ingest.source.SourceTopics.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Author;
import io.flarewatch.events.Mention;
import io.flarewatch.ingest.source.RecordingHttpServer;
import io.flarewatch.ingest.source.RecordingHttpServer.Reply;
import io.flarewatch.ingest.source.RecordingHttpServer.Request;
import io.flarewatch.ingest.source.SourceRegistry;
import io.flarewatch.ingest.source.SourceTopics;
import io.flarewatch.ingest.source.TestPayloads;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Feeds served by a local HTTP server from recorded RSS 2.0 and Atom payloads are read into mentions-raw through
 * the real broker: each item once, across a restart of the connector, with conditional GETs in between.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class FeedConnectorTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SourceRegistry registry;

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
    void newItemsArriveOnceAndARestartNeitherLosesNorRepeatsThem() throws Exception {
        String run = SourceTopics.run();
        String sourceId = "rss:gazeta-" + run;
        AtomicReference<String> feed = new AtomicReference<>(TestPayloads.read("news-rss.xml", run));
        AtomicReference<String> etag = new AtomicReference<>("\"v1\"");
        server.handle(
                "/biznes.xml",
                request -> etag.get().equals(request.header("If-None-Match"))
                        ? Reply.status(304)
                        : Reply.ok(feed.get(), "application/rss+xml; charset=UTF-8", Map.of("ETag", etag.get())));
        Map<String, String> settings = Map.of("url", server.url("/biznes.xml"), "pollSeconds", "1");

        topics.configure(sourceId, "rss", true, settings);
        List<Mention> first = topics.mentions(run, 2);

        assertEquals(2, first.size(), "both items of the feed");
        Mention sortownia = first.stream()
                .filter(m -> m.sourceId().endsWith("-1001"))
                .findFirst()
                .orElseThrow();
        assertEquals("news", sortownia.source());
        assertEquals("news:gazeta-" + run + "-1001", sortownia.mentionId());
        assertEquals(
                "Kurierex: tysiące paczek utknęły w sortowni\n"
                        + "Klienci Kurierexu skarżą się na opóźnienia & brak kontaktu z infolinią.",
                sortownia.text());
        assertEquals(new Author("Anna Nowak", "Anna Nowak", 0), sortownia.author());
        assertEquals("pl", sortownia.language());
        assertEquals(Instant.parse("2026-11-30T07:15:00Z"), sortownia.publishedAt());
        assertTrue(
                eventually(() -> server.requests("/biznes.xml").stream()
                        .anyMatch(r -> "\"v1\"".equals(r.header("If-None-Match")))),
                "the feed is asked again with its ETag, and answers 304");

        topics.configure(sourceId, "rss", false, settings);
        assertTrue(eventually(() -> !registry.running().contains(sourceId)), "the connector stopped");
        feed.set(TestPayloads.read("news-rss-next.xml", run));
        etag.set("\"v2\"");
        int asked = server.requests("/biznes.xml").size();
        topics.configure(sourceId, "rss", true, settings);

        List<Mention> all = topics.mentions(run, 3);
        assertEquals(3, all.size(), "the item published while the connector was down arrived");
        assertEquals(3, topics.mentions(run, 4, Duration.ofSeconds(2)).size(), "and none came twice");
        Request firstAfterRestart = server.requests("/biznes.xml").get(asked);
        assertEquals(
                "\"v1\"",
                firstAfterRestart.header("If-None-Match"),
                "the new connector read its cursor back from Kafka");
        topics.remove(sourceId);
    }

    @Test
    void anAtomFeedIsReadWithItsLanguageAndTheSourceNameFromTheSettings() throws Exception {
        String run = SourceTopics.run();
        String atom = TestPayloads.read("blog-atom.xml", run);
        server.handle("/atom.xml", request -> Reply.ok(atom, "application/atom+xml", Map.of()));

        String sourceId = "rss:telecomwatch-" + run;
        topics.configure(sourceId, "rss", true, Map.of("url", server.url("/atom.xml"), "source", "blog"));
        List<Mention> mentions = topics.mentions(run, 2).stream()
                .sorted(Comparator.comparing(Mention::publishedAt).reversed())
                .toList();

        assertEquals(2, mentions.size());
        Mention outage = mentions.get(0);
        assertEquals("blog:tag:telecomwatch.example.com,2026:" + run + "-outage", outage.mentionId());
        assertEquals("https://telecomwatch.example.com/2026/11/brightcell-outage-" + run, outage.url());
        assertEquals("en", outage.language());
        assertEquals(new Author("Sam Carter", "Sam Carter", 0), outage.author());
        assertEquals(
                "Brightcell outage leaves customers without signal\n"
                        + "Thousands of Brightcell users reported no service this morning.",
                outage.text());
        topics.remove(sourceId);
    }
}
