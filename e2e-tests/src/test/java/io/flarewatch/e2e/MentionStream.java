package io.flarewatch.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A steady stream of ordinary mentions, NDJSON batches posted in turn to each ingest replica, as a source would:
 * it remembers the ids of the mentions ingest acknowledged with 202, which must all be stored; a batch a dead
 * replica did not acknowledge does not count.
 */
final class MentionStream implements AutoCloseable {

    private static final int BATCH = 10;
    private static final long PAUSE_MS = 400;

    private final List<String> ingestUrls;
    private final String sourceKey;
    private final String text;
    private final String run;
    private final Set<String> acknowledged = ConcurrentHashMap.newKeySet();
    private final AtomicInteger refusedBatches = new AtomicInteger();
    private final Thread sender;
    private volatile boolean running = true;
    private int sequence;

    /** Starts posting {@code text} (naming the brands it is about) to the replicas at {@code ingestUrls}. */
    MentionStream(List<String> ingestUrls, String sourceKey, String text, String run) {
        this.ingestUrls = ingestUrls;
        this.sourceKey = sourceKey;
        this.text = text;
        this.run = run;
        this.sender = new Thread(this::send, "mention-stream");
        sender.setDaemon(true);
        sender.start();
    }

    private void send() {
        int batch = 0;
        while (running) {
            String url = ingestUrls.get(batch++ % ingestUrls.size());
            StringBuilder lines = new StringBuilder();
            List<String> ids = new ArrayList<>();
            for (int i = 0; i < BATCH; i++) {
                String id = run + "-stream-" + (++sequence);
                ids.add(id);
                lines.append(mention(id)).append('\n');
            }
            try {
                Http.Reply reply =
                        Http.postAs(sourceKey, url + "/mentions/batch", "application/x-ndjson", lines.toString());
                if (reply.status() == 202) {
                    acknowledged.addAll(ids);
                } else {
                    refusedBatches.incrementAndGet();
                }
            } catch (Exception e) {
                refusedBatches.incrementAndGet(); // a killed replica: the source would send the batch again
            }
            try {
                Thread.sleep(PAUSE_MS);
            } catch (InterruptedException e) {
                return;
            }
        }
    }

    private String mention(String id) {
        return "{\"source\":\"forum\",\"sourceId\":\"" + id + "\",\"author\":{\"id\":\"reader_" + (sequence % 40)
                + "\",\"name\":\"reader\",\"followers\":30},\"text\":\"" + text + "\",\"language\":\"pl\","
                + "\"publishedAt\":\"" + Instant.now() + "\"}";
    }

    /** The source ids of the mentions ingest acknowledged so far. */
    Set<String> acknowledged() {
        return Set.copyOf(acknowledged);
    }

    /** Waits until ingest acknowledged at least {@code count} mentions; whether it did within {@code timeout}. */
    boolean awaitAcknowledged(int count, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (acknowledged.size() < count && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        return acknowledged.size() >= count;
    }

    /** How many batches were not acknowledged (a replica was down). */
    int refusedBatches() {
        return refusedBatches.get();
    }

    /** Stops sending and waits for the batch in flight. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        sender.join(60_000);
    }
}
