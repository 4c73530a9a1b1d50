package io.flarewatch.ingest.security;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;

/** Ready once the {@code source-keys} topic has been read to its end, so that no valid key is refused. */
@Readiness
@ApplicationScoped
public class SourceKeysReadiness implements HealthCheck {

    private final SourceKeyRing ring;

    SourceKeysReadiness(SourceKeyRing ring) {
        this.ring = ring;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("source keys")
                .status(ring.loaded())
                .withData("keysFromTopic", ring.publishedCount())
                .build();
    }
}
