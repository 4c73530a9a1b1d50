package io.flarewatch.detector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The backtest a PR team runs on last month's export before choosing its settings. */
class BacktestCommandTest {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");
    private static final LocalDateTime MONDAY = LocalDateTime.parse("2026-11-16T00:00:00");
    private static final LocalDateTime TUESDAY_NOON = LocalDateTime.parse("2026-11-17T12:00:00");

    @TempDir
    Path dir;

    @Test
    void aComplaintStormInAnExportIsOneIncidentOpenedThenResolved() throws IOException {
        // two quiet days of 40 mentions per five minutes, 10% negative; Tuesday noon 400 mentions, 75% negative,
        // from authors with half a million followers; then quiet again
        List<String> rows = new ArrayList<>(List.of("timestamp,value,negative,reach"));
        for (LocalDateTime t = MONDAY; t.isBefore(MONDAY.plusDays(2)); t = t.plus(Duration.ofMinutes(5))) {
            boolean storm = t.equals(TUESDAY_NOON);
            rows.add(TIME.format(t) + (storm ? ",400,300,500000" : ",40,4,2000"));
        }
        Path file = Files.write(dir.resolve("export.csv"), rows);

        Result result = run(file.toString(), "--bucket", "5m", "--calm", "1h");

        assertEquals(0, result.code(), result.err());
        List<String> lines = result.out().lines().toList();
        assertEquals(3, lines.size(), result.out()); // opened, resolved, summary
        String[] opened = lines.get(0).split("\t");
        assertEquals("2026-11-17 12:00:00", opened[0]);
        assertEquals("critical", opened[1], "ten times the usual volume, raised once more by the wide reach");
        assertTrue(opened[2].startsWith("opened: 400 mentions in 5 min vs 40 expected; 75% negative"), opened[2]);
        assertTrue(lines.get(1).contains("resolved: all clear"), lines.get(1));
        assertTrue(lines.get(2).contains("1 incidents opened"), lines.get(2));
    }

    @ParameterizedTest(name = "{0} -> exit {1}")
    @CsvSource(
            delimiter = '|',
            value = {
                "''                              | 2", // no file
                "a.csv b.csv                     | 2", // two files
                "a.csv --calm soon               | 2", // a calm period must read like 6h
                "a.csv --sensitivity paranoid    | 2", // only fewer, balanced, more
                "does-not-exist.csv              | 1", // a file that cannot be read
            })
    void mistakesOnTheCommandLineAreExplained(String args, int expectedCode) {
        String[] argv = args.isBlank() ? new String[0] : args.trim().split("\\s+");
        Result result = run(argv);
        assertEquals(expectedCode, result.code());
        assertTrue(result.out().isEmpty(), result.out());
        assertTrue(expectedCode != 2 || result.err().contains("usage: bin/flarewatch backtest"), result.err());
    }

    private record Result(int code, String out, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = BacktestCommand.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(code, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
    }
}
