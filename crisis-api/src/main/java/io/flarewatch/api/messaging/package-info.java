/**
 * Kafka in and out, as adapters that call the services. Incoming payloads are read as strings and parsed with the
 * events module's mapper, so a payload that cannot be parsed fails only its own record: an alert event through
 * SmallRye's dead-letter strategy, a scored mention by {@code MentionBatchConsumer}, which stores a poll at a time;
 * brand changes go out keyed by brand id, with a tombstone for a deleted brand, and all brands again at startup.
 * Only bad data is dead-lettered: a write that fails because the database is unavailable is run again until it
 * answers ({@code DatabaseRetry}, {@code DatabaseFailures}), holding back the records after it and their offsets.
 */
package io.flarewatch.api.messaging;
