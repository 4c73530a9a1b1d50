package io.flarewatch.localstack.importer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** The command line of {@code bin/flarewatch import}: defaults, the format from the name, and clear refusals. */
class ImportOptionsTest {

    @Test
    void theFormatComesFromTheExtensionAndTheDefaultsAreDocumented() {
        ImportOptions options = ImportOptions.parse(List.of("export.CSV"));

        assertEquals(Path.of("export.CSV"), options.file());
        assertEquals(ImportFormat.CSV, options.format());
        assertEquals("import", options.source());
        assertEquals(5_000, options.batchSize());
        assertEquals(8, options.concurrency());
        assertEquals(
                ImportFormat.NDJSON, ImportOptions.parse(List.of("a.jsonl")).format());
        assertEquals(ImportFormat.JSON, ImportOptions.parse(List.of("a.json")).format());
        assertEquals(
                ImportFormat.NDJSON,
                ImportOptions.parse(List.of("a.txt", "--format", "ndjson")).format());
    }

    @Test
    void mapTakesFieldColumnPairsAndAnEmptyColumn() {
        ImportOptions options =
                ImportOptions.parse(List.of("a.csv", "--map", "text=Body Text,source=", "--source", "brand24"));

        assertEquals(Map.of("text", "Body Text", "source", ""), options.mapping());
        assertEquals("brand24", options.source());
    }

    @Test
    void badOptionsAreRefusedWithTheReason() {
        assertTrue(refusal("a.csv", "--map", "txt=Body").contains("unknown field 'txt'"));
        assertTrue(refusal("a.csv", "--map", "Body").contains("field=column"));
        assertTrue(refusal("a.csv", "--batch", "60000").contains("--batch must be a whole number from 1 to 50000"));
        assertTrue(refusal("a.csv", "--source", "Brand 24").contains("--source must be a short lowercase name"));
        assertTrue(refusal("export.xlsx").contains("add --format"));
        assertTrue(refusal("--batch", "10").contains("which file?"));
        assertTrue(refusal("a.csv", "--colour", "red").contains("unknown option --colour"));
    }

    private static String refusal(String... args) {
        return assertThrows(IllegalArgumentException.class, () -> ImportOptions.parse(List.of(args)))
                .getMessage();
    }
}
