package io.flarewatch.ingest.source.mastodon;

import static io.flarewatch.ingest.source.SourceTopics.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.Author;
import io.flarewatch.events.Mention;
import io.flarewatch.ingest.source.RecordingHttpServer;
import io.flarewatch.ingest.source.RecordingHttpServer.Reply;
import io.flarewatch.ingest.source.SourceRegistry;
import io.flarewatch.ingest.source.SourceTopics;
import io.flarewatch.ingest.source.TestPayloads;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A Mastodon hashtag timeline served by a local server from recorded statuses: statuses arrive once as mentions
 * with plain text and followers, later polls page forward from the newest id, and a restarted connector goes on
 * from the id it saved on Kafka.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class MastodonConnectorTest {

    private static final String TAG = "/api/v1/timelines/tag/kurierex";
    private static final String NEWEST_OF_FIRST_PAGE = "113500000000000103";

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SourceRegistry registry;

    @Test
    void statusesArriveOnceAndARestartGoesOnFromTheSavedId() throws Exception {
        String run = SourceTopics.run();
        String sourceId = "mastodon:social.example.org#kurierex-" + run;
        AtomicBoolean newStatus = new AtomicBoolean();
        SourceTopics topics = new SourceTopics(bootstrapServers);
        try (RecordingHttpServer server = new RecordingHttpServer()) {
            server.handle(TAG, request -> {
                String query = request.query();
                if (!query.contains("min_id=")) {
                    return Reply.ok(TestPayloads.read("mastodon-tag.json", run), "application/json", Map.of());
                }
                boolean after = query.contains("min_id=" + NEWEST_OF_FIRST_PAGE) && newStatus.get();
                String page = after ? TestPayloads.read("mastodon-tag-next.json", run) : "[]";
                return Reply.ok(page, "application/json", Map.of());
            });
            Map<String, String> settings =
                    Map.of("instance", server.url(""), "hashtag", "#kurierex", "pollSeconds", "1");

            topics.configure(sourceId, "mastodon", true, settings);
            List<Mention> first = topics.mentions(run, 2);

            assertEquals(2, first.size(), "two statuses; the boost is not a mention of its own");
            Mention ola = first.stream()
                    .filter(m -> m.author().id().equals("ola"))
                    .findFirst()
                    .orElseThrow();
            assertEquals("mastodon", ola.source());
            assertEquals(new Author("ola", "Ola K.", 312), ola.author());
            assertEquals("Kurierex znowu zgubił moją paczkę & nikt nie odbiera #kurierex", ola.text());
            assertEquals("pl", ola.language());
            assertTrue(eventually(() ->
                    server.requests(TAG).stream().anyMatch(r -> r.query().contains("min_id=" + NEWEST_OF_FIRST_PAGE))));

            topics.configure(sourceId, "mastodon", false, settings);
            assertTrue(eventually(() -> !registry.running().contains(sourceId)), "the connector stopped");
            newStatus.set(true);
            int asked = server.requests(TAG).size();
            topics.configure(sourceId, "mastodon", true, settings);

            assertEquals(3, topics.mentions(run, 3).size(), "the status written while it was down arrived");
            assertEquals(3, topics.mentions(run, 4, Duration.ofSeconds(2)).size(), "and none came twice");
            assertTrue(
                    server.requests(TAG).get(asked).query().contains("min_id=" + NEWEST_OF_FIRST_PAGE),
                    "the new connector asked from the id it saved on Kafka");
            topics.remove(sourceId);
        }
    }
}
