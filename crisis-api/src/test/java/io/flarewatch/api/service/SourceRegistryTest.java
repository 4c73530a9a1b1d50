package io.flarewatch.api.service;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.SourceHealth;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** A source is silent when it delivered nothing for longer than the limit, unless it is switched off. */
class SourceRegistryTest {

    private static final Instant NOW = Instant.parse("2026-12-01T12:00:00Z");
    private final SourceRegistry registry =
            new SourceRegistry(Duration.ofMinutes(30), Clock.fixed(NOW, ZoneOffset.UTC));

    @Test
    void aSourceWhoseLastSuccessIsOlderThanTheLimitIsSilent() {
        registry.health("rss:a", health("rss:a", "ok", NOW.minus(Duration.ofMinutes(31))));
        registry.health("rss:b", health("rss:b", "ok", NOW.minus(Duration.ofMinutes(29))));
        registry.health("rss:c", health("rss:c", "backoff", NOW.minus(Duration.ofHours(3))));

        assertTrue(registry.state("rss:a").orElseThrow().silent());
        assertFalse(registry.state("rss:b").orElseThrow().silent());
        assertTrue(registry.state("rss:c").orElseThrow().silent(), "failing for hours is silent too");
    }

    @Test
    void aConfiguredSourceThatNeverDeliveredIsSilentOnceTheLimitHasPassedSinceItWasConfigured() {
        registry.config("rss:new", config("rss:new", true, NOW.minus(Duration.ofMinutes(5))));
        registry.config("rss:old", config("rss:old", true, NOW.minus(Duration.ofMinutes(45))));

        assertFalse(registry.state("rss:new").orElseThrow().silent());
        assertTrue(registry.state("rss:old").orElseThrow().silent());
    }

    @Test
    void aDisabledSourceIsNeverSilent() {
        registry.config("rss:off", config("rss:off", false, NOW.minus(Duration.ofDays(2))));
        registry.health("mastodon:x", health("mastodon:x", "disabled", NOW.minus(Duration.ofDays(2))));

        assertFalse(registry.state("rss:off").orElseThrow().silent());
        assertFalse(registry.state("mastodon:x").orElseThrow().silent());
    }

    @Test
    void everySourceOfEitherTopicIsListedOnceByIdAndATombstoneRemovesIt() {
        registry.health("api:twitter", health("api:twitter", "ok", NOW));
        registry.config("rss:a", config("rss:a", true, NOW));
        registry.health("rss:a", health("rss:a", "ok", NOW));
        registry.config("rss:gone", config("rss:gone", true, NOW));
        registry.config("rss:gone", null);

        assertEquals(
                List.of("api:twitter", "rss:a"),
                registry.all().stream().map(SourceState::sourceId).toList());
        assertTrue(registry.state("rss:gone").isEmpty());
    }

    private static SourceHealth health(String id, String status, Instant lastSuccess) {
        return new SourceHealth(
                id, id.substring(0, id.indexOf(':')), status, lastSuccess, null, null, 1.5, 2.0, null, NOW);
    }

    private static SourceConfig config(String id, boolean enabled, Instant updatedAt) {
        return new SourceConfig(id, "rss", enabled, List.of(), Map.of("url", "https://example.com/feed"), updatedAt);
    }
}
