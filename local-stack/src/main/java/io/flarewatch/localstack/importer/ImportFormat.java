package io.flarewatch.localstack.importer;

import java.nio.file.Path;
import java.util.Locale;

/** The formats of exports that {@code bin/flarewatch import} reads. */
public enum ImportFormat {
    /** Comma-separated values with a header row (quoted fields may span lines). */
    CSV,
    /** One JSON array of objects. */
    JSON,
    /** One JSON object per line. */
    NDJSON;

    /** The format of a {@code --format} value. */
    static ImportFormat named(String name) {
        return switch (name.toLowerCase(Locale.ROOT)) {
            case "csv" -> CSV;
            case "json" -> JSON;
            case "ndjson", "jsonl" -> NDJSON;
            default -> throw new IllegalArgumentException("--format must be csv, json or ndjson, not '" + name + "'");
        };
    }

    /** The format a file's extension names; fails when it names none. */
    static ImportFormat fromFileName(Path file) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        if (name.endsWith(".csv")) {
            return CSV;
        }
        if (name.endsWith(".ndjson") || name.endsWith(".jsonl")) {
            return NDJSON;
        }
        if (name.endsWith(".json")) {
            return JSON;
        }
        throw new IllegalArgumentException(
                "cannot tell the format of " + file + " from its name: add --format " + "csv, json or ndjson");
    }
}
