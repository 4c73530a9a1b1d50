package io.flarewatch.alerting.topology;

import io.flarewatch.alerting.model.BrandWatch;
import io.flarewatch.alerting.model.OpenBucket;
import io.flarewatch.alerting.model.TopMentions;
import io.flarewatch.detector.AlertDecision;
import io.flarewatch.detector.CrisisDetector;
import io.flarewatch.detector.Step;
import io.flarewatch.detector.Transition;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.ScoredMention;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.apache.kafka.streams.KeyValue;
import org.apache.kafka.streams.processor.PunctuationType;
import org.apache.kafka.streams.processor.api.Processor;
import org.apache.kafka.streams.processor.api.ProcessorContext;
import org.apache.kafka.streams.processor.api.Record;
import org.apache.kafka.streams.state.KeyValueIterator;
import org.apache.kafka.streams.state.KeyValueStore;

/**
 * Feeds each brand's scored mentions into its bucket and the crisis detector, and turns the detector's
 * decisions into alerts at once: on every mention (so a crossing is seen within seconds, not at the end of a
 * bucket) and on a wall-clock tick (so quiet brands close their buckets and incidents resolve).
 */
final class BrandWatchProcessor implements Processor<String, String, String, String> {

    /** A bucket is closed this long after its end, to let slightly late mentions in. */
    static final Duration GRACE = Duration.ofSeconds(10);
    /** After a long outage, at most this many empty buckets are replayed into the baseline. */
    static final int MAX_EMPTY_BUCKETS_REPLAYED = 24 * 60;

    private final BrandSettings brands;
    private final Duration bucket;
    private final Duration tick;
    private final int topMentions;
    private final AlertMetrics metrics;
    private ProcessorContext<String, String> context;
    private KeyValueStore<String, BrandWatch> store;
    private KeyValueStore<String, String> brandDefinitions;

    BrandWatchProcessor(BrandSettings brands, Duration bucket, Duration tick, int topMentions, AlertMetrics metrics) {
        this.metrics = metrics;
        this.brands = brands;
        this.bucket = bucket;
        this.tick = tick;
        this.topMentions = topMentions;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.store = context.getStateStore(AlertTopology.WATCH_STORE);
        this.brandDefinitions = context.getStateStore(AlertTopology.BRAND_STORE);
        context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, this::closeQuietBuckets);
    }

    @Override
    public void process(Record<String, String> record) {
        ScoredMention mention;
        try {
            mention = EventJson.mapper().readValue(record.value(), ScoredMention.class);
            requireReadable(mention);
        } catch (IOException | IllegalArgumentException e) {
            context.forward(record, AlertTopology.DEAD_LETTER_SINK);
            metrics.deadLetter();
            return;
        }
        String brandId = mention.brandId();
        Instant now = Instant.ofEpochMilli(context.currentSystemTimeMs());
        Instant eventTime = min(mention.mention().publishedAt(), now);
        CrisisDetector detector = detectorFor(brandId);
        BrandWatch watch = store.get(brandId);
        if (watch == null) {
            watch = BrandWatch.start(detector.initialState(), bucketStart(eventTime));
        }
        watch = closeBucketsBefore(brandId, watch, bucketStart(eventTime), now);
        watch = watch.withBucket(watch.bucket().add(mention))
                .withTopMentions(TopMentions.offer(watch.topMentions(), OpenBucket.toAlertMention(mention), topMentions));
        Step step = detector.onPartialBucket(watch.detector(), watch.bucket().toDetectorBucket());
        watch = apply(brandId, watch.withDetector(step.state()), step.decision(), now);
        store.put(brandId, watch);
        metrics.mentionCounted(brandId, io.flarewatch.events.Sentiment.NEGATIVE.equals(mention.sentiment().label()),
                mention.sentiment().categories());
    }

    private void closeQuietBuckets(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        Instant current = bucketStart(now.minus(GRACE));
        try (KeyValueIterator<String, BrandWatch> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, BrandWatch> entry = all.next();
                BrandWatch watch = closeBucketsBefore(entry.key, entry.value, current, now);
                if (watch != entry.value) {
                    store.put(entry.key, watch);
                }
            }
        }
    }

    /** Closes the open bucket and any empty ones after it, up to (not including) {@code upTo}. */
    private BrandWatch closeBucketsBefore(String brandId, BrandWatch watch, Instant upTo, Instant now) {
        if (!watch.bucket().start().isBefore(upTo)) {
            return watch;
        }
        BrandWatch next = watch;
        int replayed = 0;
        while (next.bucket().start().isBefore(upTo) && replayed <= MAX_EMPTY_BUCKETS_REPLAYED) {
            Step step = detectorFor(brandId).onBucketClosed(next.detector(), next.bucket().toDetectorBucket());
            next = apply(brandId, next.withDetector(step.state()), step.decision(), now);
            next = next.withBucket(OpenBucket.empty(next.bucket().start().plus(bucket)));
            if (next.openAlertId() == null) {
                next = next.withTopMentions(List.of());
            }
            replayed++;
        }
        if (next.bucket().start().isBefore(upTo)) {
            next = next.withBucket(OpenBucket.empty(upTo));
        }
        return next;
    }

    private BrandWatch apply(String brandId, BrandWatch watch, Optional<AlertDecision> decision, Instant now) {
        if (decision.isEmpty()) {
            return watch;
        }
        AlertDecision d = decision.get();
        String alertId = watch.openAlertId();
        if (d.transition() == Transition.OPENED && alertId == null) {
            alertId = UUID.randomUUID().toString();
        } else if (alertId == null) {
            return watch;
        }
        emit(brandId, AlertFactory.alert(brandId, alertId, d, watch, bucket, now));
        return d.transition() == Transition.RESOLVED ? watch.withOpenAlert(null).withTopMentions(List.of())
                : watch.withOpenAlert(alertId);
    }

    private void emit(String brandId, CrisisAlert alert) {
        try {
            context.forward(new Record<>(brandId, EventJson.mapper().writeValueAsString(alert), context.currentSystemTimeMs()),
                    AlertTopology.ALERTS_SINK);
            metrics.alertEmitted(alert);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private CrisisDetector detectorFor(String brandId) {
        return brands.detectorFor(brandDefinitions.get(brandId));
    }

    private Instant bucketStart(Instant time) {
        long size = bucket.toMillis();
        return Instant.ofEpochMilli(Math.floorDiv(time.toEpochMilli(), size) * size);
    }

    private static Instant min(Instant a, Instant b) {
        return a == null || a.isAfter(b) ? b : a;
    }

    private static void requireReadable(ScoredMention mention) {
        if (mention.brandId() == null || mention.mention() == null || mention.sentiment() == null
                || mention.mention().author() == null || mention.sentiment().categories() == null) {
            throw new IllegalArgumentException("scored mention without brand, mention, author or sentiment");
        }
    }
}
