package io.flarewatch.detector.backtest;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Reads a series file: a header with {@code timestamp,value} and optionally {@code negative} and {@code reach}
 * columns, then one bucket per line. Timestamps are {@code YYYY-MM-DD HH:MM:SS} (UTC) or ISO-8601 instants.
 */
public final class SeriesCsv {

    /** How timestamps are printed and, without a zone, read. */
    public static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss");

    private SeriesCsv() {}

    /** The points of {@code file}, in file order. */
    public static List<SeriesPoint> read(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        if (lines.isEmpty()) {
            throw new IllegalArgumentException(file + " is empty");
        }
        List<String> header =
                Arrays.stream(lines.get(0).split(",")).map(String::trim).toList();
        int time = header.indexOf("timestamp");
        int value = header.indexOf("value");
        if (time < 0 || value < 0) {
            throw new IllegalArgumentException(
                    file + ": the header must name the columns timestamp and value, not " + lines.get(0));
        }
        int negative = header.indexOf("negative");
        int reach = header.indexOf("reach");
        List<SeriesPoint> points = new ArrayList<>(lines.size());
        for (int i = 1; i < lines.size(); i++) {
            String line = lines.get(i);
            if (line.isBlank()) {
                continue;
            }
            String[] cells = line.split(",");
            try {
                points.add(new SeriesPoint(
                        parseTime(cells[time].trim()),
                        Math.round(Double.parseDouble(cells[value].trim())),
                        negative < 0 ? -1 : Math.round(Double.parseDouble(cells[negative].trim())),
                        reach < 0 ? 0 : Math.round(Double.parseDouble(cells[reach].trim()))));
            } catch (RuntimeException e) {
                throw new IllegalArgumentException(file + " line " + (i + 1) + " cannot be read: " + line);
            }
        }
        return points;
    }

    /** Reads {@code 2015-02-26 21:42:53}, {@code 2015-02-26 21:42:53.000000} or an ISO-8601 instant. */
    public static Instant parseTime(String text) {
        try {
            return Instant.parse(text);
        } catch (DateTimeParseException e) {
            String plain = text.length() > 19 ? text.substring(0, 19) : text;
            return LocalDateTime.parse(plain, TIMESTAMP).toInstant(ZoneOffset.UTC);
        }
    }

    /** Prints an instant as {@code YYYY-MM-DD HH:MM:SS} in UTC. */
    public static String format(Instant time) {
        return TIMESTAMP.format(time.atOffset(ZoneOffset.UTC));
    }
}
