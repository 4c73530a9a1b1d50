package io.flarewatch.localstack.importer;

import java.io.Closeable;
import java.io.IOException;
import java.io.Reader;

/** Reads an export one record at a time, so that a file of any size is read in little memory. */
interface ExportReader extends Closeable {

    /** The next record (possibly an unreadable one naming its line), or null at the end of the file. */
    ExportRecord next() throws IOException;

    /** A reader of {@code format} over {@code text}. */
    static ExportReader of(ImportFormat format, Reader text) throws IOException {
        return switch (format) {
            case CSV -> new CsvExportReader(text);
            case JSON -> new JsonArrayExportReader(text);
            case NDJSON -> new NdjsonExportReader(text);
        };
    }
}
