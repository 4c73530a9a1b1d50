package io.flarewatch.ingest.service;

import java.util.List;

/**
 * What happened to the mentions of one request.
 *
 * @param accepted   mentions written to Kafka
 * @param duplicates mentions dropped as duplicates
 * @param errors     what was wrong with the rejected ones
 * @param mentionIds ids of the accepted mentions, in request order
 * @param unavailable true when Kafka did not acknowledge some valid mentions (the client should retry them)
 */
public record IngestOutcome(
        int accepted, int duplicates, List<FieldError> errors, List<String> mentionIds, boolean unavailable) {

    /** Number of lines or mentions that were rejected. */
    public long rejected() {
        return errors.stream().mapToInt(FieldError::line).distinct().count();
    }
}
