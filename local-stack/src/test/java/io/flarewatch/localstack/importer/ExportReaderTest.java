package io.flarewatch.localstack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The three export formats read record by record, each record with the line it starts on. */
class ExportReaderTest {

    @Test
    void csvRecordsKeepTheirLinesAcrossQuotedLineBreaks() throws IOException {
        String csv = """
                Date,Author,Content,URL
                2026-11-20 09:14,kasia_w,"Żabka, again: \"\"no refund\"\"\",https://x.pl/1
                2026-11-20 09:15,jan,"two
                lines",https://x.pl/2
                2026-11-20 09:16,ola,third,https://x.pl/3
                """;
        List<ExportRecord> records = readAll(ImportFormat.CSV, csv);

        assertEquals(
                List.of(2L, 3L, 5L), records.stream().map(ExportRecord::line).toList());
        assertEquals("Żabka, again: \"no refund\"", records.get(0).values().get("content"));
        assertEquals("two\nlines", records.get(1).values().get("content"));
        assertEquals("https://x.pl/3", records.get(2).values().get("url"));
    }

    @Test
    void aCsvRowWithTooManyFieldsIsRefusedAndTheRowsAroundItAreRead() throws IOException {
        String csv = """
                date,author,text
                2026-11-20,a,first
                2026-11-20,b,one,too many
                2026-11-20,c,third
                """;
        List<ExportRecord> records = readAll(ImportFormat.CSV, csv);

        assertEquals(3, records.size());
        assertEquals("first", records.get(0).values().get("text"));
        assertEquals(3, records.get(1).line());
        assertTrue(
                records.get(1).error().contains("has 4 fields, the header 3"),
                records.get(1).error());
        assertEquals("third", records.get(2).values().get("text"));
        assertEquals(4, records.get(2).line());
    }

    @Test
    void aCsvRowWithAStrayQuoteIsRefusedAndReadingGoesOn() throws IOException {
        String csv = "date,author,text\n2026-11-20,a,\"quoted\"junk\n2026-11-20,b,fine\n";
        List<ExportRecord> records = readAll(ImportFormat.CSV, csv);

        assertEquals(2, records.size());
        assertEquals(2, records.get(0).line());
        assertTrue(
                records.get(0).error().startsWith("is not valid CSV"),
                records.get(0).error());
        assertEquals("fine", records.get(1).values().get("text"));
        assertEquals(3, records.get(1).line());
    }

    @Test
    void aShortCsvRowLeavesTheMissingColumnsEmpty() throws IOException {
        List<ExportRecord> records = readAll(ImportFormat.CSV, "text,date,lang\nhello,2026-11-20\n");

        assertNull(records.get(0).error());
        assertEquals("hello", records.get(0).values().get("text"));
        assertNull(records.get(0).values().get("lang"));
    }

    @Test
    void ndjsonLinesAreReadAloneSoABadLineDoesNotStopTheOthers() throws IOException {
        String ndjson = """
                {"text":"one","author":{"name":"a","followers":5}}

                {"text": broken
                ["not","an","object"]
                {"text":"four"}
                """;
        List<ExportRecord> records = readAll(ImportFormat.NDJSON, ndjson);

        assertEquals(
                List.of(1L, 3L, 4L, 5L),
                records.stream().map(ExportRecord::line).toList());
        assertEquals("a", records.get(0).values().get("author.name"));
        assertEquals("5", records.get(0).values().get("author.followers"));
        assertTrue(records.get(1).error().startsWith("is not valid JSON"));
        assertEquals("is not a JSON object", records.get(2).error());
        assertEquals("four", records.get(3).values().get("text"));
    }

    @Test
    void aJsonArrayIsReadElementByElementWithTheLineEachStartsOn() throws IOException {
        String json = """
                [
                  {"Full Text": "one", "Created At": "2026-11-20T09:14:55Z"},
                  "not an object",
                  {
                    "Full Text": "three"
                  }
                ]
                """;
        List<ExportRecord> records = readAll(ImportFormat.JSON, json);

        assertEquals(
                List.of(2L, 3L, 4L), records.stream().map(ExportRecord::line).toList());
        assertEquals("one", records.get(0).values().get("fulltext"));
        assertEquals("2026-11-20T09:14:55Z", records.get(0).values().get("createdat"));
        assertEquals("is not a JSON object", records.get(1).error());
        assertEquals("three", records.get(2).values().get("fulltext"));
    }

    @Test
    void aSyntaxErrorInAJsonArrayKeepsWhatCameBeforeAndNamesItsLine() throws IOException {
        String json = "[\n{\"text\":\"one\"},\n{\"text\": oops}\n]";
        List<ExportRecord> records = readAll(ImportFormat.JSON, json);

        assertEquals(2, records.size());
        assertEquals("one", records.get(0).values().get("text"));
        assertEquals(3, records.get(1).line());
        assertTrue(records.get(1).error().contains("the rest of the file was not read"));
    }

    static List<ExportRecord> readAll(ImportFormat format, String text) throws IOException {
        List<ExportRecord> records = new ArrayList<>();
        try (ExportReader reader = ExportReader.of(format, new StringReader(text))) {
            for (ExportRecord record = reader.next(); record != null; record = reader.next()) {
                records.add(record);
            }
        }
        return records;
    }
}
