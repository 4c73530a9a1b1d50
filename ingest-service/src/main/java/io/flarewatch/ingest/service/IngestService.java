package io.flarewatch.ingest.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import io.flarewatch.events.MentionIngested;
import io.flarewatch.ingest.IngestConfig;
import io.flarewatch.ingest.messaging.MentionPublisher;
import io.flarewatch.ingest.messaging.SharedMemory;
import io.flarewatch.ingest.service.IngestMetrics.RejectionReason;
import io.flarewatch.ingest.story.StoryClusterer;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.nio.charset.CharacterCodingException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Consumer;

/**
 * Takes mentions in: validates each, drops duplicates, links near-duplicates to their story, writes the rest to
 * Kafka and answers only after Kafka has acknowledged them. A bad line of a batch never stops the good ones. A batch is read as a stream, a chunk
 * of lines at a time, so that its memory is that of one chunk, not of the whole body.
 */
@ApplicationScoped
public class IngestService {

    /** Lines validated and written to Kafka together; the memory a batch holds at once. */
    static final int CHUNK = 1_000;

    private final MentionValidator validator;
    private final DuplicateFilter duplicates;
    private final StoryClusterer stories;
    private final SharedMemory memory;
    private final MentionPublisher publisher;
    private final IngestMetrics metrics;
    private final IngestConfig config;
    private final AcceptedMentionListener apiSources;
    private final Clock clock = Clock.systemUTC();

    IngestService(
            IngestConfig config,
            MentionPublisher publisher,
            IngestMetrics metrics,
            SharedMemory memory,
            AcceptedMentionListener apiSources) {
        this.config = config;
        this.apiSources = apiSources;
        this.validator = new MentionValidator(config.maxTextLength());
        this.memory = memory;
        this.duplicates = memory.duplicates();
        this.stories = memory.stories();
        this.publisher = publisher;
        this.metrics = metrics;
    }

    /** Ingests one JSON mention. */
    public IngestOutcome ingestOne(String json) {
        IngestTally tally = new IngestTally(apiSources::accepted);
        List<Mention> fresh = new ArrayList<>(1);
        take(json, 0, clock.instant(), fresh, tally);
        publishAll(fresh, tally);
        return tally.outcome();
    }

    /**
     * Ingests an NDJSON batch, one JSON mention per line (blank lines are skipped), reading it as it comes. It stops
     * at the first line over {@code max-batch-lines}, at text that is not UTF-8, or when Kafka does not acknowledge;
     * what was written before is in the outcome, so the sender knows what to send again.
     */
    public IngestOutcome ingestBatch(NdjsonLines ndjson) throws IOException {
        return ingestBatch(ndjson, apiSources::accepted);
    }

    /**
     * Ingests an NDJSON batch as {@link #ingestBatch(NdjsonLines)} does, telling {@code onAccepted} of each mention
     * Kafka acknowledged: a connector's own source health instead of the REST path's {@code api:} sources.
     */
    public IngestOutcome ingestBatch(NdjsonLines ndjson, Consumer<Mention> onAccepted) throws IOException {
        Instant receivedAt = clock.instant();
        IngestTally tally = new IngestTally(onAccepted);
        List<Mention> chunk = new ArrayList<>(CHUNK);
        int lineNumber = 0;
        try {
            for (String line = ndjson.next(); line != null; line = ndjson.next()) {
                lineNumber++;
                if (lineNumber > config.maxBatchLines()) {
                    tally.error(new FieldError(
                            lineNumber,
                            "$",
                            "a batch may have at most " + config.maxBatchLines()
                                    + " lines; this line and those after it were not read"));
                    break;
                }
                if (!line.isBlank()) {
                    take(line, lineNumber, receivedAt, chunk, tally);
                }
                if (chunk.size() == CHUNK && !publishAll(chunk, tally)) {
                    return tally.outcome();
                }
            }
        } catch (CharacterCodingException e) {
            metrics.rejected(RejectionReason.INVALID_JSON);
            tally.error(new FieldError(
                    lineNumber + 1, "$", "is not valid UTF-8 text; this line and those after it " + "were not read"));
        }
        publishAll(chunk, tally);
        return tally.outcome();
    }

    /**
     * Validates one line and claims it against duplicates; a fresh mention is added to {@code fresh}, linked to its
     * story.
     */
    private void take(String line, int lineNumber, Instant receivedAt, List<Mention> fresh, IngestTally tally) {
        MentionValidator.Result result = validate(line, receivedAt);
        if (!result.valid()) {
            result.errors().forEach(error -> tally.error(error.atLine(lineNumber)));
        } else if (duplicates.claim(result.mention())) {
            fresh.add(stories.assign(result.mention(), receivedAt));
        } else {
            tally.duplicate();
            metrics.deduplicated(result.mention().source());
        }
    }

    private MentionValidator.Result validate(String line, Instant receivedAt) {
        JsonNode json;
        try {
            json = EventJson.mapper().readTree(line);
        } catch (JsonProcessingException e) {
            metrics.rejected(RejectionReason.INVALID_JSON);
            return new MentionValidator.Result(
                    null, List.of(new FieldError(0, "$", "not valid JSON: " + e.getOriginalMessage())));
        }
        MentionValidator.Result result = validator.validate(json, receivedAt);
        if (!result.valid()) {
            metrics.rejected(RejectionReason.INVALID_FIELD);
        }
        return result;
    }

    /** Writes the mentions and waits for Kafka; returns false (and clears them) when any was not acknowledged. */
    private boolean publishAll(List<Mention> mentions, IngestTally tally) {
        Instant now = clock.instant();
        List<CompletableFuture<Void>> sends = mentions.stream()
                .map(mention -> publisher.publish(MentionIngested.of(mention, now)))
                .toList();
        boolean allAcknowledged = true;
        List<Mention> accepted = new ArrayList<>(mentions.size());
        for (int i = 0; i < sends.size(); i++) {
            Mention mention = mentions.get(i);
            if (acknowledged(sends.get(i))) {
                tally.accepted(mention);
                metrics.ingested(mention.source());
                accepted.add(mention);
            } else {
                allAcknowledged = false;
                tally.unavailable();
                duplicates.release(mention);
                metrics.rejected(RejectionReason.KAFKA_UNAVAILABLE);
            }
        }
        // remembered only once written, so that a mention Kafka refused is not a "duplicate" when sent again
        memory.remember(accepted);
        mentions.clear();
        return allAcknowledged;
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
