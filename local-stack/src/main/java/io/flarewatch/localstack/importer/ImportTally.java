package io.flarewatch.localstack.importer;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The counts of an import, safe for the sending threads to update at once. Every rejected line goes to the
 * rejections file as it is found (line, tab, reason), so that memory stays bounded; the first
 * {@link #LISTED} by line number are also kept for the summary.
 */
final class ImportTally {

    /** Rejected lines listed in the summary; the rest are in the rejections file. */
    static final int LISTED = 20;

    /**
     * One rejected line.
     *
     * @param line   its line in the file
     * @param reason why it was rejected
     */
    record Rejection(long line, String reason) {}

    final AtomicLong read = new AtomicLong();
    final AtomicLong accepted = new AtomicLong();
    final AtomicLong duplicates = new AtomicLong();
    final AtomicLong rejected = new AtomicLong();
    private final List<Rejection> firstRejections = new ArrayList<>();
    private final Path rejectionsFile;
    private BufferedWriter rejections;

    ImportTally(Path rejectionsFile) {
        this.rejectionsFile = rejectionsFile;
    }

    synchronized void reject(long line, String reason) {
        rejected.incrementAndGet();
        firstRejections.add(new Rejection(line, reason));
        firstRejections.sort(Comparator.comparingLong(Rejection::line));
        if (firstRejections.size() > LISTED) {
            firstRejections.remove(LISTED);
        }
        try {
            if (rejections == null) {
                rejections = Files.newBufferedWriter(rejectionsFile, StandardCharsets.UTF_8);
            }
            rejections.write(line + "\t" + reason.replace('\n', ' ') + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("cannot write " + rejectionsFile, e);
        }
    }

    /** The rejected lines with the lowest line numbers, at most {@link #LISTED}. */
    synchronized List<Rejection> firstRejections() {
        return List.copyOf(firstRejections);
    }

    /** Closes the rejections file; deletes it when the summary lists every rejection. */
    synchronized Path finish() throws IOException {
        if (rejections == null) {
            return null;
        }
        rejections.close();
        if (rejected.get() <= LISTED) {
            Files.deleteIfExists(rejectionsFile);
            return null;
        }
        return rejectionsFile;
    }
}
