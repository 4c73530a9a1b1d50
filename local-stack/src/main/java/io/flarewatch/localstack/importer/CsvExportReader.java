package io.flarewatch.localstack.importer;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Reads CSV with a header row through Jackson's CSV parser (RFC 4180: quoted fields may hold commas, quotes and
 * line breaks), one row at a time. A row the parser cannot read (a stray quote) or with more fields than the
 * header is refused with its line, and reading goes on with the next row; a shorter row leaves the missing columns
 * empty, as spreadsheets write them.
 */
final class CsvExportReader implements ExportReader {

    private static final CsvMapper CSV =
            CsvMapper.builder().enable(CsvParser.Feature.TRIM_SPACES).build();
    /** Parse errors in one row after which the file is taken for something else than CSV. */
    private static final int MAX_ERRORS_PER_ROW = 1_000;

    private final CsvParser parser;
    private final List<String> header;

    CsvExportReader(Reader text) throws IOException {
        this.parser = (CsvParser) CSV.getFactory().createParser(text);
        parser.setSchema(CsvSchema.emptySchema());
        Row names = row();
        if (names == null || names.error() != null) {
            throw new IOException(
                    names == null
                            ? "the file is empty: a CSV export starts with a header row"
                            : "the header row " + names.error());
        }
        this.header = names.fields().stream().map(ColumnMapping::normalize).toList();
    }

    @Override
    public ExportRecord next() throws IOException {
        Row row = row();
        if (row == null) {
            return null;
        }
        if (row.error() != null) {
            return ExportRecord.unreadable(row.line(), row.error());
        }
        if (row.fields().size() > header.size()) {
            return ExportRecord.unreadable(
                    row.line(),
                    "has " + row.fields().size() + " fields, the header " + header.size()
                            + " (a stray comma or quote?)");
        }
        Map<String, String> values = new HashMap<>(header.size() * 2);
        for (int i = 0; i < row.fields().size(); i++) {
            values.putIfAbsent(header.get(i), row.fields().get(i));
        }
        return ExportRecord.read(row.line(), values);
    }

    /** One row: its first line, its fields, and the first parse error in it (or null). */
    private record Row(long line, List<String> fields, String error) {}

    private Row row() throws IOException {
        if (parser.nextToken() == null) {
            return null;
        }
        List<String> fields = new ArrayList<>();
        long line = -1;
        String error = null;
        int errors = 0;
        while (true) {
            JsonToken token;
            try {
                token = parser.nextToken();
            } catch (JsonProcessingException e) {
                if (error == null) {
                    error = "is not valid CSV: " + e.getOriginalMessage();
                    line = line > 0 || e.getLocation() == null
                            ? line
                            : e.getLocation().getLineNr();
                }
                if (++errors > MAX_ERRORS_PER_ROW) {
                    throw new IOException("line " + line + " " + error + "; the file does not look like CSV", e);
                }
                continue;
            }
            if (token == null || token == JsonToken.END_ARRAY) {
                return new Row(line, fields, error);
            }
            if (line < 0) {
                line = parser.currentTokenLocation().getLineNr();
            }
            fields.add(parser.getText());
        }
    }

    @Override
    public void close() throws IOException {
        parser.close();
    }
}
