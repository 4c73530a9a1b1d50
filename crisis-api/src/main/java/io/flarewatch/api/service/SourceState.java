package io.flarewatch.api.service;

import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.SourceHealth;

/**
 * What is known of one source: its settings (null for a source nobody configured, such as {@code api:twitter}),
 * its latest health record (null before its first), and whether it has gone silent.
 *
 * @param sourceId the source's id
 * @param config   its settings from {@code source-config}, or null
 * @param health   its latest record from {@code source-health}, or null
 * @param silent   whether it delivered nothing for longer than {@code flarewatch.sources.silent-after}
 */
public record SourceState(String sourceId, SourceConfig config, SourceHealth health, boolean silent) {}
