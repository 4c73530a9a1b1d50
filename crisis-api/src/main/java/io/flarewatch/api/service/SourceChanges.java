package io.flarewatch.api.service;

import io.flarewatch.events.SourceConfig;
import io.smallrye.mutiny.Uni;

/**
 * Where {@link SourceService} announces source settings; the messaging adapter implements it (the compacted
 * {@code source-config} topic that every ingest replica follows).
 */
public interface SourceChanges {

    /** Announces the settings of a source; completes when the announcement is durable. */
    Uni<Void> published(SourceConfig config);

    /** Announces that a source is removed; completes when the announcement is durable. */
    Uni<Void> removed(String sourceId);
}
