/**
 * Kafka in and out. Incoming payloads are read as strings and parsed with the events module's mapper, so a
 * payload that cannot be parsed fails only its own record, which SmallRye sends to the dead-letter topic; brand
 * changes go out keyed by brand id, with a tombstone for a deleted brand, and all brands again at startup.
 */
package io.flarewatch.api.messaging;
