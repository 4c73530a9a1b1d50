package io.flarewatch.localstack.importer;

import java.nio.file.Path;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * What {@code bin/flarewatch import} is asked to do.
 *
 * @param file        the export to import
 * @param format      its format; from the file name's extension when not given
 * @param mapping     field to column overrides of {@code --map} (an empty column means "do not read this field")
 * @param source      the source of lines whose source column is missing or empty
 * @param ingestUrl   ingest-service's base URL; null for the local stack's
 * @param batchSize   lines per NDJSON request
 * @param concurrency requests in flight at once
 * @param zone        the time zone of dates written without one
 */
public record ImportOptions(
        Path file,
        ImportFormat format,
        Map<String, String> mapping,
        String source,
        String ingestUrl,
        int batchSize,
        int concurrency,
        ZoneId zone) {

    /** The most lines ingest takes in one batch (its {@code max-batch-lines}). */
    static final int MAX_BATCH = 50_000;

    /** The usage text. */
    public static final String USAGE = """
            Usage: bin/flarewatch import FILE [--format csv|json|ndjson] [--map field=column,...] [--source NAME]
                   [--ingest URL] [--batch 5000] [--concurrency 8] [--zone UTC]
            Imports an export of another monitoring tool (CSV with a header row, a JSON array or NDJSON) into ingest.
            Fields: id, text, url, author, authorId, followers, published, language, source; each read from the
            first column of its default list found in the file (see README.md, "Importing exports"), or from
            --map's column.
            --source: the source of lines without one (default: import). Dates without a zone are read in --zone.""";

    /** Parses the arguments: the file first or anywhere, then {@code --name value} options. */
    public static ImportOptions parse(List<String> args) {
        Path file = null;
        ImportFormat format = null;
        Map<String, String> mapping = new LinkedHashMap<>();
        String source = "import";
        String ingestUrl = null;
        int batchSize = 5_000;
        int concurrency = 8;
        ZoneId zone = ZoneId.of("UTC");
        for (int i = 0; i < args.size(); i++) {
            String arg = args.get(i);
            if (!arg.startsWith("--")) {
                if (file != null) {
                    throw new IllegalArgumentException("one file at a time: " + file + " and " + arg);
                }
                file = Path.of(arg);
                continue;
            }
            if (i + 1 >= args.size()) {
                throw new IllegalArgumentException(arg + " needs a value");
            }
            String value = args.get(++i);
            switch (arg) {
                case "--format" -> format = ImportFormat.named(value);
                case "--map" -> mapping.putAll(mapping(value));
                case "--source" -> source = value;
                case "--ingest" -> ingestUrl = value.endsWith("/") ? value.substring(0, value.length() - 1) : value;
                case "--batch" -> batchSize = number(arg, value, 1, MAX_BATCH);
                case "--concurrency" -> concurrency = number(arg, value, 1, 64);
                case "--zone" -> zone = ZoneId.of(value);
                default -> throw new IllegalArgumentException("unknown option " + arg);
            }
        }
        if (file == null) {
            throw new IllegalArgumentException("which file? e.g. bin/flarewatch import export.csv");
        }
        if (!SourceNames.isValid(source)) {
            throw new IllegalArgumentException(
                    "--source must be a short lowercase name such as brand24 or talkwalker, not '" + source + "'");
        }
        return new ImportOptions(
                file,
                format != null ? format : ImportFormat.fromFileName(file),
                Map.copyOf(mapping),
                source,
                ingestUrl,
                batchSize,
                concurrency,
                zone);
    }

    private static Map<String, String> mapping(String value) {
        Map<String, String> pairs = new LinkedHashMap<>();
        for (String pair : value.split(",")) {
            int equals = pair.indexOf('=');
            if (equals <= 0) {
                throw new IllegalArgumentException(
                        "--map takes field=column pairs separated by commas, not '" + pair + "'");
            }
            String field = pair.substring(0, equals).trim();
            if (!ColumnMapping.FIELDS.contains(field)) {
                throw new IllegalArgumentException("--map: unknown field '" + field + "'; the fields are "
                        + String.join(", ", ColumnMapping.FIELDS));
            }
            pairs.put(field, pair.substring(equals + 1).trim());
        }
        return pairs;
    }

    private static int number(String name, String value, int min, int max) {
        try {
            int n = Integer.parseInt(value.trim());
            if (n >= min && n <= max) {
                return n;
            }
        } catch (NumberFormatException e) {
            // answered below
        }
        throw new IllegalArgumentException(
                String.format(Locale.ROOT, "%s must be a whole number from %d to %d, not '%s'", name, min, max, value));
    }
}
