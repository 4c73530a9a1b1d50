package io.flarewatch.api.messaging;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.api.service.AlertChange;
import io.flarewatch.api.service.AlertChangeAnnouncer;
import io.flarewatch.api.service.AlertChanges;
import io.flarewatch.events.EventJson;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.Record;
import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Carries alert changes between crisis-api replicas: the replica that committed a change writes it to
 * {@code crisis-api-alert-changes} (keyed by alert id), and every replica reads that topic in a consumer group of
 * its own, from the end, and hands each change to its {@code /alerts/stream} subscribers. A change that cannot be
 * written reaches this replica's subscribers at least.
 */
@ApplicationScoped
public class AlertChangeRelay implements AlertChangeAnnouncer {

    private static final Logger LOG = Logger.getLogger(AlertChangeRelay.class);

    private final MutinyEmitter<Record<String, String>> out;
    private final AlertChanges local;

    AlertChangeRelay(@Channel("alert-changes-out") MutinyEmitter<Record<String, String>> out, AlertChanges local) {
        this.out = out;
        this.local = local;
    }

    @Override
    public void announce(AlertChange change) {
        String json;
        try {
            json = EventJson.mapper().writeValueAsString(change);
        } catch (JsonProcessingException e) {
            onlyHere(change, e);
            return;
        }
        out.send(Record.of(change.alertId(), json)).subscribe().with(sent -> {}, failure -> onlyHere(change, failure));
    }

    /** The change is committed already: the stream of this replica at least hears of it. */
    private void onlyHere(AlertChange change, Throwable failure) {
        LOG.warnf(
                "alert change %s of %s reaches this replica's stream only: %s",
                change.kind(), change.alertId(), failure.getMessage());
        local.deliver(change);
    }

    /** A change from any replica (this one too) for this replica's subscribers; a record it cannot read is skipped. */
    @Incoming("alert-changes-in")
    public void onChange(String payload) throws JsonProcessingException {
        local.deliver(EventJson.mapper().readValue(payload, AlertChange.class));
    }
}
