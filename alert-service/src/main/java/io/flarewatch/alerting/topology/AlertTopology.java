package io.flarewatch.alerting.topology;

import io.flarewatch.alerting.AlertsConfig;
import io.flarewatch.alerting.model.BrandWatch;
import io.flarewatch.alerting.model.StoryCounter;
import io.flarewatch.detector.DetectorSettings;
import io.flarewatch.events.Topics;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Produces;
import org.apache.kafka.common.serialization.Serdes;
import org.apache.kafka.streams.Topology;
import org.apache.kafka.streams.state.Stores;

/**
 * The alert-service topology: {@code mentions-scored} in, per-brand watch state and the stories and mention ids
 * already counted in stores with a changelog, {@code crisis-alerts} out; what cannot be read goes to {@code mentions-scored-dlq}.
 */
@ApplicationScoped
public class AlertTopology {

    static final String WATCH_STORE = "brand-watch";
    static final String BRAND_STORE = "brand-settings";
    static final String STORY_STORE = "counted-stories";
    static final String SOURCE = "mentions-scored-source";
    static final String PROCESSOR = "brand-watch-processor";
    static final String ALERTS_SINK = "crisis-alerts-sink";
    static final String DEAD_LETTER_SINK = "dead-letter-sink";

    private final AlertsConfig config;
    private final AlertMetrics metrics;

    AlertTopology(AlertsConfig config, AlertMetrics metrics) {
        this.config = config;
        this.metrics = metrics;
    }

    /** The topology Quarkus runs; tests drive the very same one with {@code TopologyTestDriver}. */
    @Produces
    public Topology topology() {
        BrandSettings brands =
                new BrandSettings(DetectorSettings.defaults(config.bucket()).withCalmToResolve(config.calmToResolve()));
        Topology topology = new Topology();
        topology.addGlobalStore(
                Stores.keyValueStoreBuilder(Stores.inMemoryKeyValueStore(BRAND_STORE), Serdes.String(), Serdes.String())
                        .withLoggingDisabled(),
                "brands-source",
                Serdes.String().deserializer(),
                Serdes.String().deserializer(),
                Topics.BRANDS,
                "brand-settings-updater",
                BrandSettingsUpdater::new);
        topology.addSource(
                SOURCE, Serdes.String().deserializer(), Serdes.String().deserializer(), Topics.MENTIONS_SCORED);
        topology.addProcessor(
                PROCESSOR,
                () -> new BrandWatchProcessor(
                        brands,
                        config.bucket(),
                        config.tick(),
                        config.allowedLateness(),
                        config.topMentions(),
                        config.storyHorizon(),
                        metrics),
                SOURCE);
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                                Stores.persistentKeyValueStore(WATCH_STORE),
                                Serdes.String(),
                                JsonSerde.of(BrandWatch.class))
                        // one changelog record per brand and commit instead of one per mention
                        .withCachingEnabled(),
                PROCESSOR);
        topology.addStateStore(
                Stores.keyValueStoreBuilder(
                        Stores.persistentKeyValueStore(STORY_STORE),
                        Serdes.String(),
                        JsonSerde.of(StoryCounter.Seen.class)),
                PROCESSOR);
        topology.addSink(
                ALERTS_SINK,
                Topics.CRISIS_ALERTS,
                Serdes.String().serializer(),
                Serdes.String().serializer(),
                PROCESSOR);
        topology.addSink(
                DEAD_LETTER_SINK,
                Topics.MENTIONS_SCORED_DLQ,
                Serdes.String().serializer(),
                Serdes.String().serializer(),
                PROCESSOR);
        return topology;
    }
}
