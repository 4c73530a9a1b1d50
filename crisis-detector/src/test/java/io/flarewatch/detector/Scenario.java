package io.flarewatch.detector;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
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

    /** One closed bucket: the usual crowd plus one account posting {@code posts} complaints (3 of them count). */
    Scenario flood(long usual, long usualNegative, long posts) {
        long capped = usual + Math.min(posts, Bucket.MENTIONS_PER_AUTHOR);
        long cappedNegative = usualNegative + Math.min(posts, Bucket.MENTIONS_PER_AUTHOR);
        Bucket bucket = new Bucket(
                now,
                usual + posts,
                usualNegative + posts,
                100 * usual + 500,
                usual + 1,
                Map.of(),
                capped,
                cappedNegative);
        Step step = detector.onBucketClosed(state, bucket);
        state = step.state();
        step.decision().ifPresent(decisions::add);
        now = now.plus(this.bucket);
        return this;
    }

    /** The bucket still filling, seen with {@code mentions} so far; the bucket does not close. */
    Scenario partial(long mentions, long negative, long authors, long reach) {
        Step step = detector.onPartialBucket(state, new Bucket(now, mentions, negative, reach, authors, Map.of()));
        state = step.state();
        step.decision().ifPresent(decisions::add);
        return this;
    }

    /** The bucket that just closed, re-counted with mentions that arrived late; the baseline does not change. */
    Scenario lateMentions(long mentions, long negative, long authors, long reach) {
        Step step = detector.onLateMentions(
                state, new Bucket(now.minus(bucket), mentions, negative, reach, authors, Map.of()));
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

    /** Whether the detector still calls the brand "learning". */
    boolean learning() {
        return detector.learning(state);
    }

    /** {@code hours} of chatter whose volume follows a daily rhythm: {@code peak} at 14:00, a tenth of it at 02:00. */
    Scenario rhythmic(int hours, long peak, double negativeShare) {
        int buckets = (int) (hours * Duration.ofHours(1).toMillis() / bucket.toMillis());
        for (int i = 0; i < buckets; i++) {
            ZonedDateTime utc = now.atZone(ZoneOffset.UTC);
            double hour = utc.getHour() + utc.getMinute() / 60.0;
            double shape = 0.55 + 0.45 * Math.cos((hour - 14) / 24 * 2 * Math.PI);
            // a deterministic wobble of +-15%, so the brand's own spread is learned as more than pure Poisson noise
            long mentions = Math.round(peak * shape * (1 + 0.15 * Math.sin(i * 2.1)));
            close(mentions, Math.round(mentions * negativeShare), mentions, 100 * mentions);
        }
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
