package io.flarewatch.ingest.source.health;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Mentions received over the last five minutes in ten-second buckets, with a sample of their lags (published to
 * received) per bucket: enough for a rate and a median in bounded memory, however busy the source.
 */
final class RateWindow {

    static final Duration SPAN = Duration.ofMinutes(5);
    private static final long BUCKET_SECONDS = 10;
    private static final int BUCKETS = (int) (SPAN.toSeconds() / BUCKET_SECONDS);
    /** Lags kept per bucket (reservoir sampling), so a median costs at most 30 x 64 values. */
    private static final int SAMPLES_PER_BUCKET = 64;

    private final long[] bucketStart = new long[BUCKETS];
    private final long[] counts = new long[BUCKETS];
    private final double[][] lags = new double[BUCKETS][SAMPLES_PER_BUCKET];

    /** Counts one mention received at {@code receivedAt}, {@code lagSeconds} after it was published. */
    void add(Instant receivedAt, double lagSeconds) {
        long start = receivedAt.getEpochSecond() / BUCKET_SECONDS;
        int slot = (int) (start % BUCKETS);
        if (bucketStart[slot] != start) {
            bucketStart[slot] = start;
            counts[slot] = 0;
        }
        long seen = counts[slot]++;
        if (seen < SAMPLES_PER_BUCKET) {
            lags[slot][(int) seen] = lagSeconds;
        } else {
            long pick = ThreadLocalRandom.current().nextLong(seen + 1);
            if (pick < SAMPLES_PER_BUCKET) {
                lags[slot][(int) pick] = lagSeconds;
            }
        }
    }

    /** Mentions per minute over the five minutes before {@code now}. */
    double perMinute(Instant now) {
        long total = 0;
        for (int slot : liveSlots(now)) {
            total += counts[slot];
        }
        return total / (double) SPAN.toMinutes();
    }

    /** The median lag of the sampled mentions of the last five minutes, null when none arrived. */
    Double medianLagSeconds(Instant now) {
        List<Double> sample = new ArrayList<>();
        for (int slot : liveSlots(now)) {
            for (int i = 0; i < Math.min(counts[slot], SAMPLES_PER_BUCKET); i++) {
                sample.add(lags[slot][i]);
            }
        }
        if (sample.isEmpty()) {
            return null;
        }
        sample.sort(null);
        int middle = sample.size() / 2;
        return sample.size() % 2 == 1 ? sample.get(middle) : (sample.get(middle - 1) + sample.get(middle)) / 2;
    }

    private List<Integer> liveSlots(Instant now) {
        long current = now.getEpochSecond() / BUCKET_SECONDS;
        List<Integer> live = new ArrayList<>(BUCKETS);
        for (int slot = 0; slot < BUCKETS; slot++) {
            if (counts[slot] > 0 && bucketStart[slot] > current - BUCKETS && bucketStart[slot] <= current) {
                live.add(slot);
            }
        }
        return live;
    }
}
