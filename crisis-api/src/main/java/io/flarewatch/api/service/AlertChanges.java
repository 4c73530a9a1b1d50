package io.flarewatch.api.service;

import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.operators.multi.processors.BroadcastProcessor;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * The in-process broadcast of alert changes behind {@code GET /alerts/stream}. Changes are published after their
 * transaction committed; a subscriber gets the changes made while it is subscribed (no replay), and a subscriber
 * too slow to keep up loses changes rather than slowing the Kafka consumer down.
 */
@ApplicationScoped
public class AlertChanges {

    private final BroadcastProcessor<AlertChange> processor = BroadcastProcessor.create();

    /** Sends a change to every current subscriber; safe to call from any thread. */
    public synchronized void publish(AlertChange change) {
        processor.onNext(change);
    }

    /** The changes from now on. */
    public Multi<AlertChange> stream() {
        return processor.onOverflow().drop();
    }
}
