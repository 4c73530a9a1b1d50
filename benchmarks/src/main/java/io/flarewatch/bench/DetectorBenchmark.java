package io.flarewatch.bench;

import io.flarewatch.detector.Bucket;
import io.flarewatch.detector.CrisisDetector;
import io.flarewatch.detector.DetectorSettings;
import io.flarewatch.detector.DetectorState;
import io.flarewatch.detector.Step;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/** How long the detector takes per bucket: the cost alert-service pays for every brand every minute and every mention. */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class DetectorBenchmark {

    /** A week of one-minute buckets learned before measuring, so the profile and peak memory are full. */
    private static final int WARM_BUCKETS = 7 * 24 * 60;

    private static final Instant MONDAY = Instant.parse("2026-11-16T00:00:00Z");

    private CrisisDetector detector;
    private DetectorState warmState;
    private Bucket closed;
    private Bucket partial;

    /** Learns a week of ordinary chatter with a daily rhythm. */
    @Setup
    public void learnAWeek() {
        detector = new CrisisDetector(DetectorSettings.defaults(Duration.ofMinutes(1)));
        DetectorState state = detector.initialState();
        for (int minute = 0; minute < WARM_BUCKETS; minute++) {
            long mentions = 20 + Math.round(15 * Math.sin(minute * 2 * Math.PI / (24 * 60)));
            Bucket bucket = new Bucket(
                    MONDAY.plus(Duration.ofMinutes(minute)), mentions, mentions / 10, 5_000, mentions, Map.of());
            state = detector.onBucketClosed(state, bucket).state();
        }
        warmState = state;
        Instant next = MONDAY.plus(Duration.ofMinutes(WARM_BUCKETS));
        closed = new Bucket(next, 24, 3, 4_000, 24, Map.of("delivery", 2L));
        partial = new Bucket(next, 12, 2, 2_000, 12, Map.of());
    }

    /** A closed bucket: the baseline learns (copies the weekly profile) and the lifecycle moves. */
    @Benchmark
    public Step closedBucket() {
        return detector.onBucketClosed(warmState, closed);
    }

    /** A partial bucket, assessed at every mention live: no learning, no copying. */
    @Benchmark
    public Step partialBucket() {
        return detector.onPartialBucket(warmState, partial);
    }
}
