package io.flarewatch.api.messaging;

import io.flarewatch.api.service.ApiKeyService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/**
 * At startup, publishes every source key again (a grant for an active one, a tombstone for a revoked one), so that
 * a wiped {@code source-keys} topic or an announcement lost in a crash heals.
 */
@ApplicationScoped
public class SourceKeyRepublisher {

    private static final Logger LOG = Logger.getLogger(SourceKeyRepublisher.class);

    void onStart(@Observes StartupEvent start, ApiKeyService keys) throws Throwable {
        int count = VertxContextSupport.subscribeAndAwait(keys::republishSourceKeys);
        LOG.infof("published %d source key(s) to the source-keys topic", count);
    }
}
