package io.flarewatch.ingest.source;

import io.flarewatch.events.SourceConfig;
import io.flarewatch.ingest.source.SourceSettings.InvalidSettings;
import io.flarewatch.ingest.source.health.SourceHealthTracker;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.jboss.logging.Logger;

/**
 * The sources this replica owns and their running connectors: a changed configuration restarts its connector (the
 * new one reads its cursor back from Kafka), a disabled or removed source is stopped, and a source that moved to
 * another replica is stopped without touching its cursor or health.
 */
@ApplicationScoped
public class SourceRegistry {

    private static final Logger LOG = Logger.getLogger(SourceRegistry.class);

    private final ConnectorFactory factory;
    private final SourceHealthTracker health;
    private final Map<String, SourceConfig> owned = new HashMap<>();
    private final Map<String, SourceConnector> running = new HashMap<>();

    SourceRegistry(ConnectorFactory factory, SourceHealthTracker health) {
        this.factory = factory;
        this.health = health;
    }

    /** The owned source {@code sourceId} is now configured as {@code config}; null removes it. */
    public synchronized void apply(String sourceId, SourceConfig config) {
        SourceConfig current = owned.get(sourceId);
        if (Objects.equals(current, config) && (config == null || running.containsKey(sourceId) == config.enabled())) {
            return;
        }
        stop(sourceId);
        if (config == null) {
            owned.remove(sourceId);
            if (current != null) {
                health.removed(new SourceRef(sourceId, current.connector()));
            }
            return;
        }
        owned.put(sourceId, config);
        SourceRef source = new SourceRef(sourceId, config.connector());
        if (!config.enabled()) {
            health.disabled(source);
            return;
        }
        try {
            SourceConnector connector = factory.create(config);
            connector.start();
            running.put(sourceId, connector);
            LOG.infof("source %s (%s) started", sourceId, config.connector());
        } catch (InvalidSettings e) {
            LOG.warnf("source %s not started: %s", sourceId, e.getMessage());
            health.failed(source, "invalid settings: " + e.getMessage(), null);
        }
    }

    /** This replica no longer owns {@code sourceIds} (another one takes them over): their connectors stop. */
    public synchronized void release(Collection<String> sourceIds) {
        for (String sourceId : List.copyOf(sourceIds)) {
            stop(sourceId);
            owned.remove(sourceId);
        }
    }

    /** The ids of the sources whose connectors run here. */
    public synchronized Set<String> running() {
        return Set.copyOf(running.keySet());
    }

    private void stop(String sourceId) {
        SourceConnector connector = running.remove(sourceId);
        if (connector != null) {
            connector.close();
            LOG.infof("source %s stopped", sourceId);
        }
    }
}
