package io.flarewatch.api.service;

import io.flarewatch.events.SourceConfig;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/**
 * Sources of mentions: their settings are validated and published to {@code source-config} (ingest's connectors
 * follow it), their health is read from {@code source-health}; both through {@link SourceRegistry}.
 */
@ApplicationScoped
public class SourceService {

    private final SourceRegistry registry;
    private final SourceChanges changes;

    SourceService(SourceRegistry registry, SourceChanges changes) {
        this.registry = registry;
        this.changes = changes;
    }

    /** Every known source. */
    public List<SourceState> all() {
        return registry.all();
    }

    /** One source, or not found. */
    public SourceState get(String sourceId) {
        return registry.state(sourceId).orElseThrow(() -> DomainException.notFound("source " + sourceId));
    }

    /** Validates and publishes the settings of a source; the answer shows it as this replica now knows it. */
    public Uni<SourceState> put(String sourceId, SourceCommand command) {
        List<FieldError> problems = SourceValidator.problems(sourceId, command);
        if (!problems.isEmpty()) {
            return Uni.createFrom().failure(DomainException.invalid(problems));
        }
        SourceConfig config = new SourceConfig(
                sourceId,
                command.connector(),
                command.enabled() == null || command.enabled(),
                command.brandIds() == null ? List.of() : List.copyOf(command.brandIds()),
                command.settings() == null ? Map.of() : Map.copyOf(command.settings()),
                Instant.now());
        return changes.published(config)
                .invoke(() -> registry.config(sourceId, config))
                .map(done -> get(sourceId));
    }

    /** Removes a configured source (a tombstone on {@code source-config}); its health record stays until replaced. */
    public Uni<Void> remove(String sourceId) {
        SourceState state = get(sourceId);
        if (state.config() == null) {
            return Uni.createFrom()
                    .failure(DomainException.refused(
                            "source " + sourceId + " has no settings to remove: it reports health only"));
        }
        return changes.removed(sourceId).invoke(() -> registry.config(sourceId, null));
    }
}
