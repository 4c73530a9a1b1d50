package io.flarewatch.localstack.importer;

import java.util.Map;

/**
 * One record of an export as read, before it is mapped to a mention.
 *
 * @param line   the line of the file where the record starts (1-based)
 * @param values the record's values keyed by normalised column name (see {@link ColumnMapping#normalize})
 * @param error  why the record could not be read, or null when it was
 */
record ExportRecord(long line, Map<String, String> values, String error) {

    static ExportRecord read(long line, Map<String, String> values) {
        return new ExportRecord(line, values, null);
    }

    static ExportRecord unreadable(long line, String error) {
        return new ExportRecord(line, Map.of(), error);
    }
}
