package io.flarewatch.localstack.importer;

import java.io.IOException;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

/**
 * Sends batches to ingest with a bounded number in flight (so memory stays that of a few batches), waits and sends
 * again when ingest says so (429 busy, 503 Kafka slow) or cannot be reached for a while, and maps the lines ingest
 * refused back to their lines in the file. A refusal that sending again cannot mend (a wrong key, a wrong URL)
 * stops the import.
 */
final class ImportSender implements AutoCloseable {

    private static final int ATTEMPTS = 8;
    /** The first wait before a batch is sent again; it doubles with each attempt. */
    static final long FIRST_WAIT_MS = 500;

    private static final long LONGEST_WAIT_MS = 8_000;

    /**
     * Lines of the file sent as one request.
     *
     * @param ndjson the mentions, one per line
     * @param lines  the file line of each mention, in order
     */
    record Batch(String ndjson, long[] lines) {}

    private final IngestClient ingest;
    private final ImportTally tally;
    private final ExecutorService pool;
    private final Semaphore inFlight;
    private final long firstWaitMs;
    private volatile String fatal;

    ImportSender(IngestClient ingest, ImportTally tally, int concurrency, long firstWaitMs) {
        this.ingest = ingest;
        this.firstWaitMs = firstWaitMs;
        this.tally = tally;
        this.pool = Executors.newFixedThreadPool(concurrency);
        this.inFlight = new Semaphore(concurrency);
    }

    /** Hands a batch to a sending thread, waiting while {@code concurrency} batches are in flight. */
    void submit(Batch batch) throws InterruptedException {
        inFlight.acquire();
        pool.execute(() -> {
            try {
                if (fatal == null) {
                    send(batch);
                }
            } finally {
                inFlight.release();
            }
        });
    }

    /** Why the import had to stop, or null. */
    String fatal() {
        return fatal;
    }

    /** Waits for every batch in flight to be answered. */
    @Override
    public void close() throws InterruptedException {
        pool.shutdown();
        pool.awaitTermination(10, TimeUnit.MINUTES);
    }

    private void send(Batch batch) {
        long acceptedBefore = 0;
        long waitMs = firstWaitMs;
        String lastProblem = null;
        for (int attempt = 1; attempt <= ATTEMPTS; attempt++) {
            IngestClient.Answer answer;
            try {
                answer = ingest.post(batch.ndjson());
            } catch (IOException e) {
                lastProblem = "ingest cannot be reached: " + e;
                waitMs = pause(waitMs, 0);
                continue;
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
            switch (answer.status()) {
                case 202, 400 -> {
                    settle(batch, answer, acceptedBefore);
                    return;
                }
                case 429 -> lastProblem = "ingest is busy: " + answer.detail();
                case 503 -> {
                    // what Kafka took is in the count; sent again, those lines come back as duplicates
                    acceptedBefore += answer.accepted();
                    tally.accepted.addAndGet(answer.accepted());
                    lastProblem = "ingest could not write to Kafka: " + answer.detail();
                }
                default -> {
                    fatal = "ingest answered " + answer.status() + ": " + answer.detail();
                    return;
                }
            }
            waitMs = pause(waitMs, answer.retryAfterSeconds());
        }
        fatal = lastProblem + " (gave up after " + ATTEMPTS + " attempts)";
    }

    private void settle(Batch batch, IngestClient.Answer answer, long acceptedBefore) {
        tally.accepted.addAndGet(answer.accepted());
        tally.duplicates.addAndGet(Math.max(0, answer.duplicates() - acceptedBefore));
        Map<Integer, String> reasons = new HashMap<>();
        for (IngestClient.LineError error : answer.errors()) {
            reasons.merge(error.line(), error.reason(), (a, b) -> a + "; " + b);
        }
        reasons.forEach((line, reason) -> {
            long fileLine = line >= 1 && line <= batch.lines().length ? batch.lines()[line - 1] : 0;
            tally.reject(fileLine, "refused by ingest: " + reason);
        });
    }

    private static long pause(long waitMs, long retryAfterSeconds) {
        try {
            Thread.sleep(Math.max(waitMs, retryAfterSeconds * 1000));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        return Math.min(waitMs * 2, Math.max(waitMs, LONGEST_WAIT_MS));
    }
}
