package io.flarewatch.ingest.source;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.events.EventJson;
import io.flarewatch.ingest.service.IngestOutcome;
import io.flarewatch.ingest.service.IngestService;
import io.flarewatch.ingest.service.NdjsonLines;
import io.flarewatch.ingest.source.health.SourceHealthTracker;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

/**
 * Hands a connector's items to {@link IngestService} in-process, as one NDJSON batch: the same validation, duplicate
 * filter and Kafka acknowledgement as a POSTed batch, with the accepted ones counted in the source's health.
 */
@ApplicationScoped
public class MentionIntake {

    private final IngestService ingest;
    private final SourceHealthTracker health;

    MentionIntake(IngestService ingest, SourceHealthTracker health) {
        this.ingest = ingest;
        this.health = health;
    }

    /**
     * Ingests {@code items} for source {@code sourceId}; returns once Kafka has acknowledged them. Throws when it did
     * not, so that the connector keeps its cursor and reads them again; items the validator refused are counted as
     * errors of the source (with the first reason) but do not stop the others.
     */
    public IngestOutcome ingest(SourceRef source, List<SourceItem> items) throws SourceException {
        if (items.isEmpty()) {
            return new IngestOutcome(0, 0, List.of(), List.of(), false);
        }
        IngestOutcome outcome;
        try {
            outcome = ingest.ingestBatch(
                    new NdjsonLines(new ByteArrayInputStream(ndjson(items))),
                    mention -> health.accepted(source, mention));
        } catch (IOException e) {
            throw new UncheckedIOException("reading an in-memory batch cannot fail", e);
        }
        if (outcome.unavailable()) {
            throw new SourceException("Kafka did not acknowledge the mentions; they are read again");
        }
        if (!outcome.errors().isEmpty()) {
            var first = outcome.errors().get(0);
            health.rejected(
                    source,
                    outcome.rejected(),
                    "item " + first.line() + " of the poll refused: " + first.field() + " " + first.message());
        }
        return outcome;
    }

    private static byte[] ndjson(List<SourceItem> items) {
        StringBuilder lines = new StringBuilder();
        for (SourceItem item : items) {
            try {
                lines.append(EventJson.mapper().writeValueAsString(item)).append('\n');
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a source item is always writable as JSON", e);
            }
        }
        return lines.toString().getBytes(StandardCharsets.UTF_8);
    }
}
