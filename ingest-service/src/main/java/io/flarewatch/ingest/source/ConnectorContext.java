package io.flarewatch.ingest.source;

import io.flarewatch.ingest.source.health.SourceHealthTracker;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;

/**
 * The shared parts every connector of this replica uses.
 *
 * @param intake      hands items to ingest
 * @param cursors     the resume points on Kafka
 * @param health      metrics and source-health records
 * @param backoff     the waits after failures
 * @param scheduler   runs the polling loops
 * @param http        the HTTP client (connect timeout set)
 * @param httpTimeout how long one request may take
 */
public record ConnectorContext(
        MentionIntake intake,
        CursorRepository cursors,
        SourceHealthTracker health,
        Backoff backoff,
        ScheduledExecutorService scheduler,
        HttpClient http,
        Duration httpTimeout) {}
