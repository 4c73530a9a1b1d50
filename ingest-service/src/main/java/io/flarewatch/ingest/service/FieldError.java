package io.flarewatch.ingest.service;

/**
 * What is wrong with one field of a submitted mention.
 *
 * @param line    the line of the batch (1-based), or 0 for a single mention
 * @param field   the JSON path of the field, e.g. {@code author.followers}
 * @param message what is wrong, in words
 */
public record FieldError(int line, String field, String message) {

    /** The same error, placed at a line of a batch. */
    public FieldError atLine(int number) {
        return new FieldError(number, field, message);
    }
}
