package io.flarewatch.api.service;

/**
 * Where a committed alert change is announced to the {@code /alerts/stream} subscribers of every replica; the
 * messaging adapter implements it (a topic every replica reads), so the services need no knowledge of Kafka.
 */
public interface AlertChangeAnnouncer {

    /** Announces the change; a change that cannot be announced is logged and dropped (the stream is best effort). */
    void announce(AlertChange change);
}
