package io.flarewatch.ingest.rest;

import java.util.List;

/**
 * The answer to a successful ingest.
 *
 * @param accepted   mentions written to Kafka
 * @param duplicates mentions dropped because they had been received before
 * @param mentionIds ids of the accepted mentions
 */
public record IngestResponse(int accepted, int duplicates, List<String> mentionIds) {}
