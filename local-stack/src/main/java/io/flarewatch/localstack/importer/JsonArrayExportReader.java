package io.flarewatch.localstack.importer;

import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.Reader;

/**
 * Reads a JSON array of objects element by element with Jackson's streaming parser, so that the array is never
 * held whole. An element that is not an object is refused with its line; a syntax error ends the file there
 * (JSON cannot be resynchronised), and what was read before it is kept.
 */
final class JsonArrayExportReader implements ExportReader {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final JsonParser parser;
    private boolean ended;

    JsonArrayExportReader(Reader text) throws IOException {
        this.parser = JSON.getFactory().createParser(text);
        JsonToken first = parser.nextToken();
        if (first != JsonToken.START_ARRAY) {
            throw new IOException("a JSON export must be one array of objects, [ {...}, {...} ]; for one object per "
                    + "line use --format ndjson");
        }
    }

    @Override
    public ExportRecord next() throws IOException {
        if (ended) {
            return null;
        }
        long line = parser.currentLocation().getLineNr();
        try {
            JsonToken token = parser.nextToken();
            line = parser.currentTokenLocation().getLineNr();
            if (token == null || token == JsonToken.END_ARRAY) {
                ended = true;
                return null;
            }
            JsonNode element = parser.readValueAsTree();
            if (element == null || !element.isObject()) {
                return ExportRecord.unreadable(line, "is not a JSON object");
            }
            return ExportRecord.read(line, JsonFields.flatten(element));
        } catch (JsonProcessingException e) {
            ended = true;
            long at = e.getLocation() != null ? e.getLocation().getLineNr() : line;
            return ExportRecord.unreadable(
                    at, "is not valid JSON (" + e.getOriginalMessage() + "); the rest of the file was not read");
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
