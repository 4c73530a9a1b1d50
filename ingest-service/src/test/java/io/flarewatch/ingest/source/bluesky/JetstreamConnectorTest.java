package io.flarewatch.ingest.source.bluesky;

import static io.flarewatch.ingest.source.SourceTopics.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.BrandDefinition;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.SourceHealth;
import io.flarewatch.events.Topics;
import io.flarewatch.ingest.source.SourceMetrics;
import io.flarewatch.ingest.source.SourceRegistry;
import io.flarewatch.ingest.source.SourceTopics;
import io.flarewatch.ingest.source.TestPayloads;
import io.flarewatch.ingest.source.brands.BrandTermsListener;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.flarewatch.localstack.testing.KafkaProbe;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import io.vertx.core.Vertx;
import io.vertx.core.http.HttpServer;
import io.vertx.core.http.ServerWebSocket;
import jakarta.inject.Inject;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * A local WebSocket server plays Jetstream from recorded events: it replays from the {@code cursor} a client asks
 * for and drops the first connection after its replay. Only posts naming the brand arrive, each once, across the
 * drop and across a restart of the connector, which reconnects with the cursor it saved on Kafka.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class JetstreamConnectorTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    SourceRegistry registry;

    @Inject
    BrandTermsListener brands;

    @Inject
    Vertx vertx;

    private final List<String> played = new CopyOnWriteArrayList<>();
    private final List<String> cursors = new CopyOnWriteArrayList<>();
    private final List<ServerWebSocket> open = new CopyOnWriteArrayList<>();
    private final AtomicBoolean dropNext = new AtomicBoolean(true);

    @Test
    void postsNamingTheBrandArriveOnceAcrossADropAndARestart() throws Exception {
        String run = SourceTopics.run();
        String brandId = "kurierex-" + run;
        String sourceId = "bluesky:jetstream-" + run;
        long base = Instant.now().getEpochSecond() * 1_000_000;
        played.addAll(TestPayloads.jetstream("jetstream-events.ndjson", run, base)
                .lines()
                .toList());
        SourceTopics topics = new SourceTopics(bootstrapServers);
        new KafkaProbe(bootstrapServers)
                .send(
                        Topics.BRANDS,
                        brandId,
                        EventJson.mapper()
                                .writeValueAsString(BrandDefinition.of(
                                        brandId,
                                        "Kurierex",
                                        "kurierex",
                                        List.of("pl"),
                                        "balanced",
                                        null,
                                        Instant.now())));
        assertTrue(eventually(() -> brands.filterFor(List.of(brandId)).mayMatch("Kurierex")), "the brand was read");
        HttpServer server = null;
        try {
            server = vertx.createHttpServer()
                    .requestHandler(request -> request.toWebSocket().onSuccess(this::playJetstream))
                    .listen(0, "127.0.0.1")
                    .toCompletionStage()
                    .toCompletableFuture()
                    .get(10, TimeUnit.SECONDS);
            SourceConfig config = new SourceConfig(
                    sourceId,
                    "bluesky",
                    true,
                    List.of(brandId),
                    Map.of("endpoint", "ws://127.0.0.1:" + server.actualPort() + "/subscribe"),
                    Instant.now());

            topics.configure(config);
            List<Mention> first = topics.mentions(run, 2);

            assertEquals(2, first.size(), "the two posts naming Kurierex; not the sunset, a deletion or a handle");
            assertTrue(eventually(() -> cursors.size() >= 2), "reconnected after the drop");
            assertEquals("" + (base + 5), cursors.get(1), "from the last event read before the drop");
            SourceHealth dropped =
                    topics
                            .health(sourceId, records -> records.stream().anyMatch(h -> "backoff".equals(h.status())))
                            .stream()
                            .filter(h -> "backoff".equals(h.status()))
                            .findFirst()
                            .orElseThrow();
            assertTrue(dropped.lastError().startsWith("Jetstream closed the connection"), dropped.lastError());

            String next = TestPayloads.jetstream("jetstream-events-next.ndjson", run, base);
            played.add(next);
            open.forEach(socket -> socket.writeTextMessage(next));
            assertEquals(3, topics.mentions(run, 3).size(), "a post arriving live");

            topics.configure(
                    new SourceConfig(sourceId, "bluesky", false, List.of(brandId), config.settings(), Instant.now()));
            assertTrue(eventually(() -> !registry.running().contains(sourceId)), "the connector stopped");
            int connections = cursors.size();
            topics.configure(
                    new SourceConfig(sourceId, "bluesky", true, List.of(brandId), config.settings(), Instant.now()));

            assertTrue(eventually(() -> cursors.size() > connections), "the new connector connected");
            assertEquals("" + (base + 6), cursors.get(connections), "with the cursor it read back from Kafka");
            assertEquals(3, topics.mentions(run, 4, Duration.ofSeconds(2)).size(), "and nothing came twice");
            assertEquals(3.0, SourceMetrics.value("flarewatch_source_mentions_total", sourceId));
            topics.remove(sourceId);
        } finally {
            if (server != null) {
                server.close().toCompletionStage().toCompletableFuture().get(10, TimeUnit.SECONDS);
            }
        }
    }

    /** Replays the events after the client's cursor; the first connection is dropped after its replay. */
    private void playJetstream(ServerWebSocket socket) {
        String query = socket.query() == null ? "" : socket.query();
        String cursor = List.of(query.split("&")).stream()
                .filter(parameter -> parameter.startsWith("cursor="))
                .map(parameter -> parameter.substring("cursor=".length()))
                .findFirst()
                .orElse("");
        cursors.add(cursor);
        long after = cursor.isEmpty() ? 0 : Long.parseLong(cursor);
        played.stream().filter(event -> JetstreamEvents.timeUs(event) > after).forEach(socket::writeTextMessage);
        if (dropNext.getAndSet(false)) {
            socket.close();
        } else {
            open.add(socket);
            socket.closeHandler(closed -> open.remove(socket));
        }
    }
}
