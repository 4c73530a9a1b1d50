package io.flarewatch.ingest.source;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the source connectors ({@code flarewatch.sources.*}); per-source settings come from source-config. */
@ConfigMapping(prefix = "flarewatch.sources")
public interface SourcesConfig {

    /** Whether this replica runs connectors at all (it still takes REST mentions when false). */
    @WithDefault("true")
    boolean enabled();

    /** The consumer group of source-config: each source is run by exactly one replica of the group. */
    @WithDefault("ingest-sources")
    String ownerGroup();

    /** How long one HTTP request of a connector may take, connecting included. */
    @WithDefault("PT20S")
    Duration httpTimeout();

    /** The wait after a source's first failure; it doubles with each further failure in a row. */
    @WithDefault("PT30S")
    Duration backoffInitial();

    /** The longest wait between attempts of a failing source. */
    @WithDefault("PT30M")
    Duration backoffMax();

    /** How often every source's health is written to source-health even when nothing changed. */
    @WithDefault("PT60S")
    Duration healthInterval();
}
