package io.flarewatch.localstack.importer;

import io.flarewatch.localstack.SourceKeyFile;
import io.flarewatch.localstack.StackConfig;
import java.io.IOException;
import java.io.PrintStream;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

/**
 * {@code bin/flarewatch import FILE}: reads an export record by record, maps each to a mention, sends them to
 * ingest in NDJSON batches with several in flight, prints progress every few seconds and a summary. Exits 1 when
 * nothing could be imported, ingest stopped answering or there is no source key, 2 on bad options, else 0 (rejected
 * lines included).
 */
public final class ImportTool {

    private static final long PROGRESS_SECONDS = 3;

    private final ImportOptions options;
    private final IngestClient ingest;
    private final PrintStream out;
    private final long firstRetryMs;

    ImportTool(ImportOptions options, IngestClient ingest, PrintStream out) {
        this(options, ingest, out, ImportSender.FIRST_WAIT_MS);
    }

    /** A tool that waits {@code firstRetryMs} (doubling) before sending a batch again. */
    ImportTool(ImportOptions options, IngestClient ingest, PrintStream out, long firstRetryMs) {
        this.options = options;
        this.ingest = ingest;
        this.out = out;
        this.firstRetryMs = firstRetryMs;
    }

    /** Entry point. */
    public static void main(String[] args) throws Exception {
        ImportOptions options;
        try {
            options = ImportOptions.parse(List.of(args));
        } catch (IllegalArgumentException e) {
            System.err.println(e.getMessage());
            System.err.println(ImportOptions.USAGE);
            System.exit(2);
            return;
        }
        Map<String, String> env = System.getenv();
        StackConfig stack = StackConfig.fromEnvironment(env);
        Path file = Path.of(env.getOrDefault("FLAREWATCH_CALLER_DIR", ".")).resolve(options.file());
        IngestClient client;
        try {
            client = ingestClient(options, env, stack);
        } catch (IOException e) {
            System.err.println(e.getMessage());
            System.exit(1);
            return;
        }
        System.exit(new ImportTool(options, client, System.out).run(file));
    }

    /**
     * The client of {@code --ingest} or the local stack's ingest, with the source key of {@code
     * FLAREWATCH_SOURCE_KEY} or the data folder; fails, saying where a key comes from, when there is neither.
     */
    static IngestClient ingestClient(ImportOptions options, Map<String, String> env, StackConfig stack)
            throws IOException {
        String url = options.ingestUrl() != null ? options.ingestUrl() : "http://localhost:" + stack.ingestPort();
        return new IngestClient(url, SourceKeyFile.forTools(env, stack.dataDir()));
    }

    /** Imports {@code file}; returns the exit code. */
    int run(Path file) throws IOException, InterruptedException {
        ImportTally tally = new ImportTally(rejectionsFile(file));
        ColumnMapping mapping = ColumnMapping.withOverrides(options.mapping());
        MentionMapper mapper = new MentionMapper(mapping, new FlexibleDates(options.zone()), options.source());
        long start = System.nanoTime();
        ScheduledExecutorService ticker = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread thread = new Thread(r, "import-progress");
            thread.setDaemon(true);
            return thread;
        });
        long[] lastRead = {0};
        ticker.scheduleAtFixedRate(
                () -> {
                    long read = tally.read.get();
                    out.println(ImportReport.progress(
                            tally,
                            (System.nanoTime() - start) / 1e9,
                            (read - lastRead[0]) / (double) PROGRESS_SECONDS));
                    lastRead[0] = read;
                },
                PROGRESS_SECONDS,
                PROGRESS_SECONDS,
                TimeUnit.SECONDS);
        String fatal;
        try (Reader text = Files.newBufferedReader(file, StandardCharsets.UTF_8);
                ExportReader reader = ExportReader.of(options.format(), text);
                ImportSender sender = new ImportSender(ingest, tally, options.concurrency(), firstRetryMs)) {
            out.println(
                    "importing " + file + " (" + options.format().name().toLowerCase(Locale.ROOT) + ") into " + ingest);
            sendAll(reader, mapping, mapper, sender, tally);
            sender.close();
            fatal = sender.fatal();
        } catch (IOException e) {
            fatal = "cannot read " + file + ": " + e.getMessage();
        } finally {
            ticker.shutdownNow();
        }
        double seconds = (System.nanoTime() - start) / 1e9;
        List<ImportTally.Rejection> listed = tally.firstRejections();
        out.println(ImportReport.summary(tally, listed, tally.finish(), seconds));
        if (fatal != null) {
            out.println("stopped: " + fatal);
            return 1;
        }
        if (tally.accepted.get() + tally.duplicates.get() == 0) {
            out.println("nothing was imported");
            return 1;
        }
        return 0;
    }

    private void sendAll(
            ExportReader reader, ColumnMapping mapping, MentionMapper mapper, ImportSender sender, ImportTally tally)
            throws IOException, InterruptedException {
        StringBuilder ndjson = new StringBuilder();
        List<Long> lines = new ArrayList<>(options.batchSize());
        boolean described = false;
        for (ExportRecord record = reader.next(); record != null && sender.fatal() == null; record = reader.next()) {
            tally.read.incrementAndGet();
            if (!described && record.error() == null) {
                out.println(ColumnMapping.withOverrides(options.mapping())
                        .describe(record.values().keySet()));
                described = true;
            }
            MentionMapper.Mapped mapped = mapper.map(record);
            if (mapped.error() != null) {
                tally.reject(record.line(), mapped.error());
                continue;
            }
            ndjson.append(mapped.json()).append('\n');
            lines.add(record.line());
            if (lines.size() == options.batchSize()) {
                sender.submit(batch(ndjson, lines));
            }
        }
        if (!lines.isEmpty()) {
            sender.submit(batch(ndjson, lines));
        }
    }

    private static ImportSender.Batch batch(StringBuilder ndjson, List<Long> lines) {
        ImportSender.Batch batch = new ImportSender.Batch(
                ndjson.toString(), lines.stream().mapToLong(Long::longValue).toArray());
        ndjson.setLength(0);
        lines.clear();
        return batch;
    }

    /** Next to the file when that folder is writable, else in the temporary folder. */
    private static Path rejectionsFile(Path file) {
        Path name = Path.of(file.getFileName() + ".rejected.tsv");
        Path folder = file.toAbsolutePath().getParent();
        return folder != null && Files.isWritable(folder)
                ? folder.resolve(name)
                : Path.of(System.getProperty("java.io.tmpdir")).resolve(name);
    }
}
