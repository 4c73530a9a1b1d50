package io.flarewatch.detector;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A brand's story told bucket by bucket with synthetic timestamps, in the style of ElastAlert's rule tests:
 * feed buckets, then read which decisions the detector made and when.
 */
final class Scenario {

    private final CrisisDetector detector;
    private final Duration bucket;
    private DetectorState state;
    private Instant now;
    private final List<AlertDecision> decisions = new ArrayList<>();

    Scenario(DetectorSettings settings, Instant start) {
        this.detector = new CrisisDetector(settings);
        this.bucket = settings.bucketSize();
        this.state = detector.initialState();
        this.now = start;
    }

    /** {@code buckets} closed buckets of {@code mentions} each, {@code negativeShare} of them negative, from many authors. */
    Scenario calm(int buckets, long mentions, double negativeShare) {
        for (int i = 0; i < buckets; i++) {
            close(mentions, Math.round(mentions * negativeShare), mentions, 100 * mentions);
        }
        return this;
    }

    /** One closed bucket. */
    Scenario close(long mentions, long negative, long authors, long reach) {
        Step step = detector.onBucketClosed(state, new Bucket(now, mentions, negative, reach, authors, Map.of()));
        state = step.state();
        step.decision().ifPresent(decisions::add);
        now = now.plus(bucket);
        return this;
    }

    /** The bucket still filling, seen with {@code mentions} so far; the bucket does not close. */
    Scenario partial(long mentions, long negative, long authors, long reach) {
        Step step = detector.onPartialBucket(state, new Bucket(now, mentions, negative, reach, authors, Map.of()));
        state = step.state();
        step.decision().ifPresent(decisions::add);
        return this;
    }

    /** The service restarts: the state goes through its JSON form, as it does through the changelog. */
    Scenario restart() throws Exception {
        ObjectMapper json = new ObjectMapper();
        state = json.readValue(json.writeValueAsBytes(state), DetectorState.class);
        return this;
    }

    List<AlertDecision> decisions() {
        return decisions;
    }

    long count(Transition transition) {
        return decisions.stream().filter(d -> d.transition() == transition).count();
    }

    Instant now() {
        return now;
    }
}
