package io.flarewatch.api.service;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Settings of the sources view ({@code flarewatch.sources.*}). */
@ConfigMapping(prefix = "flarewatch.sources")
public interface SourcesConfig {

    /** A source that delivered nothing for longer than this is shown as {@code silent}. */
    @WithDefault("PT30M")
    Duration silentAfter();
}
