package io.flarewatch.api.service;

import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.SourceHealth;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The latest settings and health of every source, as the compacted {@code source-config} and {@code source-health}
 * topics hold them: each replica of crisis-api reads both topics whole, so each answers with every source.
 */
@ApplicationScoped
public class SourceRegistry {

    private final Map<String, SourceConfig> configs = new ConcurrentHashMap<>();
    private final Map<String, SourceHealth> healths = new ConcurrentHashMap<>();
    private final Duration silentAfter;
    private final Clock clock;

    @Inject
    SourceRegistry(SourcesConfig config) {
        this(config.silentAfter(), Clock.systemUTC());
    }

    /** A registry that calls a source silent after {@code silentAfter} without a success, by {@code clock}. */
    public SourceRegistry(Duration silentAfter, Clock clock) {
        this.silentAfter = silentAfter;
        this.clock = clock;
    }

    /** Takes a record of {@code source-config}; null removes the source's settings. */
    public void config(String sourceId, SourceConfig config) {
        if (config == null) {
            configs.remove(sourceId);
        } else {
            configs.put(sourceId, config);
        }
    }

    /** Takes a record of {@code source-health}; null forgets the source's health. */
    public void health(String sourceId, SourceHealth health) {
        if (health == null) {
            healths.remove(sourceId);
        } else {
            healths.put(sourceId, health);
        }
    }

    /** Every source with settings or health, by id. */
    public List<SourceState> all() {
        TreeSet<String> ids = new TreeSet<>(configs.keySet());
        ids.addAll(healths.keySet());
        return ids.stream().map(this::state).flatMap(Optional::stream).toList();
    }

    /** One source, or empty when neither topic knows it. */
    public Optional<SourceState> state(String sourceId) {
        SourceConfig config = configs.get(sourceId);
        SourceHealth health = healths.get(sourceId);
        if (config == null && health == null) {
            return Optional.empty();
        }
        return Optional.of(new SourceState(sourceId, config, health, silent(config, health)));
    }

    /**
     * Silent: enabled, and its last success (or, before any, the moment it was configured) lies further back than
     * {@code silentAfter}. A disabled source is not silent: nobody expects it to deliver.
     */
    private boolean silent(SourceConfig config, SourceHealth health) {
        boolean disabled =
                (config != null && !config.enabled()) || (health != null && "disabled".equals(health.status()));
        if (disabled) {
            return false;
        }
        Instant since = health != null && health.lastSuccessAt() != null
                ? health.lastSuccessAt()
                : config != null ? config.updatedAt() : null;
        return since != null && since.plus(silentAfter).isBefore(clock.instant());
    }
}
