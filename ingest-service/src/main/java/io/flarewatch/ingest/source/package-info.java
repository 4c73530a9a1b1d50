/**
 * Source connectors: ingest-service reading feeds, Mastodon timelines and the Bluesky firehose itself.
 *
 * <p><b>Configuration and ownership.</b> Each source is a {@link io.flarewatch.events.SourceConfig} on the compacted
 * {@code source-config} topic, keyed by its source id. {@link io.flarewatch.ingest.source.SourceConfigListener}
 * consumes it in one consumer group shared by all replicas, so each partition, and with it each source, runs on
 * exactly one replica; an assigned partition is read again from its beginning (the latest settings of its sources),
 * a revoked one has its sources stopped. {@link io.flarewatch.ingest.source.SourceRegistry} starts, restarts (on a
 * change) and stops the connectors that {@link io.flarewatch.ingest.source.ConnectorFactory} builds.
 *
 * <p><b>One way in.</b> A connector maps its payload to {@link io.flarewatch.ingest.source.SourceItem}s, the shape a
 * client POSTs, and {@link io.flarewatch.ingest.source.MentionIntake} hands them to
 * {@link io.flarewatch.ingest.service.IngestService} in-process as an NDJSON batch: the same validation, duplicate
 * filter and Kafka acknowledgement as the REST path.
 *
 * <p><b>No gap, no repeat.</b> A connector's resume point (a feed's ETag and seen ids, Mastodon's newest id,
 * Jetstream's {@code time_us}) is on the compacted {@code source-cursors} topic
 * ({@link io.flarewatch.ingest.source.CursorRepository}). It is read back from Kafka when a connector starts and
 * written only after Kafka acknowledged the mentions it covers: a crash in between repeats a few items, which the
 * duplicate filter drops, and never skips one. A failure is retried with the same cursor after a
 * {@link io.flarewatch.ingest.source.Backoff} delay that doubles with each failure in a row.
 *
 * <p><b>Health.</b> {@link io.flarewatch.ingest.source.health.SourceHealthTracker} keeps per-source Prometheus metrics
 * and writes {@link io.flarewatch.events.SourceHealth} records to {@code source-health}; mentions POSTed over REST
 * are the sources {@code api:<source field>}.
 */
package io.flarewatch.ingest.source;
