package io.flarewatch.api.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * This replica's broadcast of alert changes to its subscribers of {@code GET /alerts/stream}. Changes arrive from
 * every replica through {@link AlertChangeAnnouncer} (after their transaction committed); a subscriber gets the
 * changes made while it is subscribed (no replay), and a subscriber too slow to keep up loses changes rather than
 * slowing the Kafka consumer down.
 */
@ApplicationScoped
public class AlertChanges {

    private final BroadcastProcessor<AlertChange> processor = BroadcastProcessor.create();

    /** Sends a change to every current subscriber of this replica; safe to call from any thread. */
    public synchronized void deliver(AlertChange change) {
        processor.onNext(change);
    }

    /** The changes from now on. */
    public Multi<AlertChange> stream() {
        return processor.onOverflow().drop();
    }
}
