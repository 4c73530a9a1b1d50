package io.flarewatch.api.security;

import io.flarewatch.api.service.ApiKeyStore;
import io.quarkus.runtime.StartupEvent;
import io.quarkus.vertx.VertxContextSupport;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import org.jboss.logging.Logger;

/** At startup, stores the configured bootstrap admin key (hashed), so that a fresh install can create its keys. */
@ApplicationScoped
public class AuthBootstrap {

    private static final Logger LOG = Logger.getLogger(AuthBootstrap.class);

    void onStart(@Observes StartupEvent start, AuthConfig config, ApiKeyStore keys) throws Throwable {
        if (!config.enabled()) {
            LOG.warn(
                    "API keys are off (flarewatch.auth.enabled=false): anyone who reaches crisis-api can change everything");
            return;
        }
        if (config.bootstrapAdminKey().isEmpty()) {
            LOG.info(
                    "no bootstrap admin key configured (FLAREWATCH_AUTH_BOOTSTRAP_ADMIN_KEY); only stored keys open the API");
            return;
        }
        String key = config.bootstrapAdminKey().get().trim();
        if (key.length() < AuthConfig.MIN_BOOTSTRAP_KEY_LENGTH) {
            throw new IllegalStateException("flarewatch.auth.bootstrap-admin-key must be at least "
                    + AuthConfig.MIN_BOOTSTRAP_KEY_LENGTH + " characters long (e.g. openssl rand -base64 32)");
        }
        boolean stored;
        try {
            stored = VertxContextSupport.subscribeAndAwait(() -> keys.ensureBootstrap(key));
        } catch (RuntimeException e) {
            // Another replica may have stored the same key at the same moment; the second try sees its row.
            stored = VertxContextSupport.subscribeAndAwait(() -> keys.ensureBootstrap(key));
        }
        LOG.infof(stored ? "stored the bootstrap admin key (hashed)" : "the bootstrap admin key is stored already");
    }
}
