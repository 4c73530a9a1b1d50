package io.flarewatch.localstack.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;

/** Reads NDJSON: one JSON object per line; blank lines are skipped, a line that is not an object is refused. */
final class NdjsonExportReader implements ExportReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final BufferedReader lines;
    private long lineNumber;

    NdjsonExportReader(Reader text) {
        this.lines = text instanceof BufferedReader buffered ? buffered : new BufferedReader(text, 1 << 16);
    }

    @Override
    public ExportRecord next() throws IOException {
        for (String line = lines.readLine(); line != null; line = lines.readLine()) {
            lineNumber++;
            if (line.isBlank()) {
                continue;
            }
            JsonNode node;
            try {
                node = JSON.readTree(line);
            } catch (JsonProcessingException e) {
                return ExportRecord.unreadable(lineNumber, "is not valid JSON: " + e.getOriginalMessage());
            }
            if (!node.isObject()) {
                return ExportRecord.unreadable(lineNumber, "is not a JSON object");
            }
            return ExportRecord.read(lineNumber, JsonFields.flatten(node));
        }
        return null;
    }

    @Override
    public void close() throws IOException {
        lines.close();
    }
}
