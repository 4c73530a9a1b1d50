package io.flarewatch.ingest.source.health;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.SourceHealth;
import io.flarewatch.ingest.service.IngestService;
import io.flarewatch.ingest.source.SourceMetrics;
import io.flarewatch.ingest.source.SourceTopics;
import io.flarewatch.localstack.testing.EmbeddedKafkaResource;
import io.quarkus.test.common.QuarkusTestResource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.junit.jupiter.api.Test;

/**
 * Mentions posted to ingest count as the source {@code api:<their source field>}: they show in the per-source
 * metrics and on source-health like a connector's, with their lag from publication to receipt.
 */
@QuarkusTest
@QuarkusTestResource(EmbeddedKafkaResource.class)
class ApiSourceHealthTest {

    @ConfigProperty(name = "kafka.bootstrap.servers")
    String bootstrapServers;

    @Inject
    IngestService ingest;

    @Test
    void postedMentionsAreASourceOfTheirOwn() {
        String run = SourceTopics.run();
        String source = "forum-" + run;
        Instant published = Instant.now().minus(90, ChronoUnit.SECONDS);
        for (int i = 0; i < 2; i++) {
            String json = """
                    {"source":"%s","sourceId":"%d","author":{"name":"ola"},"text":"Kurierex znowu spóźniony",
                     "publishedAt":"%s"}""".formatted(source, i, published);
            assertEquals(1, ingest.ingestOne(json).accepted());
        }

        String sourceId = "api:" + source;
        assertEquals(2.0, SourceMetrics.value("flarewatch_source_mentions_total", sourceId));
        assertEquals(2.0, SourceMetrics.value("flarewatch_source_lag_seconds_count", sourceId));
        assertTrue(SourceMetrics.value("flarewatch_source_lag_seconds_sum", sourceId) >= 2 * 90);
        List<SourceHealth> health = new SourceTopics(bootstrapServers)
                .health(sourceId, records -> records.stream().anyMatch(h -> h.mentionsPerMinute() > 0));
        SourceHealth last = health.get(health.size() - 1);
        assertEquals("api", last.connector());
        assertEquals("ok", last.status());
        assertEquals(2 / 5.0, last.mentionsPerMinute(), 1e-9, "two mentions over the five-minute window");
        assertTrue(last.lagSeconds() >= 90, "published 90 s before it was received: " + last.lagSeconds());
    }
}
