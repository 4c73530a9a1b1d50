package io.flarewatch.localstack.load;

import java.time.Instant;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Sends the run's mentions to ingest-service in NDJSON batches, paced by a {@link RatePacer}, with a bounded
 * number of requests in flight, and with complaint storms at evenly spaced moments of the run.
 */
public final class LoadSender {

    private final LoadOptions options;
    private final MentionGenerator generator;
    private final StackHttp http;
    private final List<LoadBrand> brands;
    final AtomicLong sent = new AtomicLong();
    final AtomicLong refused = new AtomicLong();
    final AtomicLong generated = new AtomicLong();
    private final List<long[]> stormStarts = new ArrayList<>();
    private final BitSet acknowledged = new BitSet();
    private volatile String lastRefusal;

    /** A sender of {@code generator}'s mentions to {@code brands} as {@code options} say. */
    public LoadSender(LoadOptions options, MentionGenerator generator, StackHttp http, List<LoadBrand> brands) {
        this.options = options;
        this.generator = generator;
        this.http = http;
        this.brands = brands;
    }

    /** Sends until the count or the duration is reached; returns when every request has been answered. */
    public void run() throws InterruptedException {
        RatePacer pacer = new RatePacer(options.rate(), options.batchSize());
        ExecutorService pool = Executors.newFixedThreadPool(options.concurrency());
        Semaphore inFlight = new Semaphore(options.concurrency());
        long start = System.nanoTime();
        try {
            for (long k = 0; !done(start); k++) {
                TimeUnit.NANOSECONDS.sleep(pacer.waitNanos(k, System.nanoTime() - start));
                int stormIndex = stormAt(System.nanoTime() - start);
                LoadBrand stormBrand = stormIndex < 0 ? null : stormBrand(stormIndex);
                if (stormBrand != null) {
                    markStormStart(stormIndex);
                }
                List<String> batch = new ArrayList<>(options.batchSize());
                Instant now = Instant.now();
                long first = generated.get();
                for (int i = 0; i < options.batchSize() && !countReached(); i++) {
                    batch.add(generator.next(generated.getAndIncrement(), stormBrand, options.stormShare(), now));
                }
                inFlight.acquire();
                pool.execute(() -> {
                    try {
                        send(batch, first);
                    } finally {
                        inFlight.release();
                    }
                });
            }
        } finally {
            pool.shutdown();
            pool.awaitTermination(2, TimeUnit.MINUTES);
        }
    }

    /** Each storm as {index, epoch ms its first batch was made}. */
    public synchronized List<long[]> stormStarts() {
        return List.copyOf(stormStarts);
    }

    /** The storm brand of storm {@code index}. */
    public LoadBrand stormBrand(int index) {
        return brands.get(brands.size() - 1 - index % brands.size());
    }

    String lastRefusal() {
        return lastRefusal;
    }

    /** Mentions acknowledged so far. */
    public long sentCount() {
        return sent.get();
    }

    /** Mentions refused, or not answered, so far. */
    public long refusedCount() {
        return refused.get();
    }

    /** The sequence numbers of the mentions of every batch acknowledged whole (202). */
    public synchronized BitSet acknowledged() {
        return (BitSet) acknowledged.clone();
    }

    private void send(List<String> batch, long first) {
        try {
            StackHttp.BatchAnswer answer = http.postBatch(batch);
            sent.addAndGet(answer.accepted());
            if (answer.status() == 202 && answer.accepted() == batch.size()) {
                synchronized (this) {
                    acknowledged.set((int) first, (int) first + batch.size());
                }
            }
            refused.addAndGet(batch.size() - answer.accepted());
            if (answer.status() != 202) {
                lastRefusal = answer.status() + " "
                        + answer.body().substring(0, Math.min(300, answer.body().length()));
            }
        } catch (Exception e) {
            refused.addAndGet(batch.size());
            lastRefusal = e.toString();
        }
    }

    private boolean done(long start) {
        if (options.count() > 0) {
            return countReached();
        }
        return System.nanoTime() - start >= options.duration().toNanos();
    }

    private boolean countReached() {
        return options.count() > 0 && generated.get() >= options.count();
    }

    /** The storm under way {@code elapsed} ns into the run, or -1: storms are spaced evenly over the run. */
    private int stormAt(long elapsedNanos) {
        if (options.storms() == 0) {
            return -1;
        }
        double planned = plannedSeconds();
        double t = elapsedNanos / 1e9;
        for (int i = 0; i < options.storms(); i++) {
            double from = planned * (i + 1) / (options.storms() + 1)
                    - options.stormDuration().toSeconds() / 2.0;
            if (t >= from && t < from + options.stormDuration().toSeconds()) {
                return i;
            }
        }
        return -1;
    }

    /** How long the run should take: its duration, or count / rate. */
    double plannedSeconds() {
        if (options.count() == 0) {
            return options.duration().toSeconds();
        }
        if (options.rate() == 0) {
            throw new IllegalArgumentException("storms need a duration or a rate to place them in time");
        }
        return options.count() / options.rate();
    }

    private synchronized void markStormStart(int index) {
        if (stormStarts.stream().noneMatch(s -> s[0] == index)) {
            stormStarts.add(new long[] {index, System.currentTimeMillis()});
        }
    }
}
