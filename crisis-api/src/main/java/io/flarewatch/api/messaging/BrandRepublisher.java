package io.flarewatch.api.messaging;

import io.flarewatch.api.service.BrandService;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** At startup, publishes every stored brand again, so that the compacted topic always matches the database. */
@ApplicationScoped
public class BrandRepublisher {

    private static final Logger LOG = Logger.getLogger(BrandRepublisher.class);

    void onStart(@Observes StartupEvent start, BrandService brands) throws Throwable {
        int count = VertxContextSupport.subscribeAndAwait(brands::republishAll);
        LOG.infof("published %d brand(s) to the brands topic", count);
    }
}
