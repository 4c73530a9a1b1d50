package io.flarewatch.ingest.security;

import io.flarewatch.ingest.IngestConfig;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.util.List;

/** The one {@link SourceKeyRing} of the service, holding the configured hashes from the start. */
public class SourceKeyRingProducer {

    @Produces
    @Singleton
    SourceKeyRing ring(IngestConfig config) {
        return new SourceKeyRing(config.sourceKeyHashes().orElse(List.of()));
    }
}
