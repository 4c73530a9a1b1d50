/**
 * Wire types of Flarewatch: the events that travel between the services over Kafka, as Java records
 * serialised as JSON.
 *
 * <p>Every event carries {@code eventId}, {@code eventType}, {@code schemaVersion} and {@code occurredAt}.
 * Events about a brand are keyed by the brand id on Kafka, so that one brand's events stay in order on one
 * partition. Each type has a golden JSON fixture under {@code src/test/resources/fixtures} that the
 * producing and every consuming service test against. This package holds no logic and no CDI beans.
 */
package io.flarewatch.events;
