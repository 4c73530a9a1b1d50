package io.flarewatch.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import io.flarewatch.events.MentionIngested;
import io.flarewatch.ingest.IngestConfig;
import io.flarewatch.ingest.messaging.MentionPublisher;
import io.flarewatch.ingest.service.IngestMetrics.RejectionReason;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;

/**
 * Takes mentions in: validates each, drops duplicates, writes the rest to Kafka and answers only after Kafka
 * has acknowledged them. A bad line of a batch never stops the good ones.
 */
@ApplicationScoped
public class IngestService {

    private final MentionValidator validator;
    private final DuplicateFilter duplicates;
    private final MentionPublisher publisher;
    private final IngestMetrics metrics;
    private final IngestConfig config;
    private final Clock clock = Clock.systemUTC();

    IngestService(IngestConfig config, MentionPublisher publisher, IngestMetrics metrics) {
        this.config = config;
        this.validator = new MentionValidator(config.maxTextLength());
        this.duplicates = new DuplicateFilter(config.dedupWindow(), config.dedupMaxEntries());
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** Ingests one JSON mention. */
    public IngestOutcome ingestOne(String json) {
        return ingest(List.of(json), false);
    }

    /** Ingests an NDJSON batch: one JSON mention per line; blank lines are skipped. */
    public IngestOutcome ingestBatch(String ndjson) {
        List<String> lines = ndjson.lines().toList();
        if (lines.size() > config.maxBatchLines()) {
            return new IngestOutcome(0, 0, List.of(new FieldError(0, "$",
                    "a batch may have at most " + config.maxBatchLines() + " lines; this one has " + lines.size())),
                    List.of(), false);
        }
        return ingest(lines, true);
    }

    private IngestOutcome ingest(List<String> lines, boolean batch) {
        Instant receivedAt = clock.instant();
        List<FieldError> errors = new ArrayList<>();
        List<Mention> fresh = new ArrayList<>();
        int duplicateCount = 0;
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i);
            if (batch && line.isBlank()) {
                continue;
            }
            int lineNumber = batch ? i + 1 : 0;
            MentionValidator.Result result = validate(line, receivedAt);
            if (!result.valid()) {
                result.errors().forEach(error -> errors.add(error.atLine(lineNumber)));
                continue;
            }
            if (duplicates.claim(result.mention())) {
                fresh.add(result.mention());
            } else {
                duplicateCount++;
                metrics.deduplicated(result.mention().source());
            }
        }
        return publishAll(fresh, duplicateCount, errors);
    }

    private MentionValidator.Result validate(String line, Instant receivedAt) {
        JsonNode json;
        try {
            json = EventJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            metrics.rejected(RejectionReason.INVALID_JSON);
            return new MentionValidator.Result(null,
                    List.of(new FieldError(0, "$", "not valid JSON: " + e.getOriginalMessage())));
        }
        MentionValidator.Result result = validator.validate(json, receivedAt);
        if (!result.valid()) {
            metrics.rejected(RejectionReason.INVALID_FIELD);
        }
        return result;
    }

    private IngestOutcome publishAll(List<Mention> mentions, int duplicateCount, List<FieldError> errors) {
        Instant now = clock.instant();
        List<CompletableFuture<Void>> sends = mentions.stream()
                .map(mention -> publisher.publish(MentionIngested.of(mention, now)))
                .toList();
        List<String> accepted = new ArrayList<>();
        boolean unavailable = false;
        for (int i = 0; i < sends.size(); i++) {
            Mention mention = mentions.get(i);
            if (acknowledged(sends.get(i))) {
                accepted.add(mention.mentionId());
                metrics.ingested(mention.source());
            } else {
                unavailable = true;
                duplicates.release(mention);
                metrics.rejected(RejectionReason.KAFKA_UNAVAILABLE);
            }
        }
        return new IngestOutcome(accepted.size(), duplicateCount, errors, accepted, unavailable);
    }

    private boolean acknowledged(CompletableFuture<Void> send) {
        try {
            send.get(config.sendTimeout().toMillis(), TimeUnit.MILLISECONDS);
            return true;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        } catch (Exception e) {
            return false;
        }
    }
}
