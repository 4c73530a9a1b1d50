package io.flarewatch.alerting.topology;

import io.flarewatch.alerting.model.BrandWatch;
import io.flarewatch.alerting.model.OpenBucket;
import io.flarewatch.alerting.model.StoryCounter;
import io.flarewatch.alerting.model.StoryCounter.Count;
import io.flarewatch.alerting.model.TopMentions;
import io.flarewatch.detector.AlertDecision;
import io.flarewatch.detector.CrisisDetector;
import io.flarewatch.detector.Step;
import io.flarewatch.detector.Transition;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.ScoredMention;
import io.flarewatch.events.Sentiment;
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
 * Feeds each brand's scored mentions into the bucket of their {@code publishedAt} and the crisis detector, and
 * turns the detector's decisions into alerts at once: on every mention (so a crossing is seen within seconds, not
 * at the end of a bucket), on a late mention (its closed bucket is re-assessed), and on a wall-clock tick (so an
 * idle brand's buckets close and incidents resolve). Each story counts once ({@link StoryCounter}): a copy of a
 * story already counted adds only its reach, and a mention id already counted (a redelivery) adds nothing.
 */
final class BrandWatchProcessor implements Processor<String, String, String, String> {

    /**
     * A brand idle this long (wall clock) has its buckets closed by the clock; while mentions flow, they close them.
     */
    static final Duration GRACE = Duration.ofSeconds(10);
    /** After a long outage, at most this many empty buckets are replayed into the baseline. */
    static final int MAX_EMPTY_BUCKETS_REPLAYED = 24 * 60;
    /** How often (wall clock) the stories and mention ids older than the horizon are deleted from their store. */
    static final Duration FORGET_EVERY = Duration.ofMinutes(10);

    private final BrandSettings brands;
    private final Duration bucket;
    private final Duration tick;
    private final Duration lateness;
    private final int topMentions;
    private final Duration storyHorizon;
    private final AlertMetrics metrics;
    private ProcessorContext<String, String> context;
    private WatchStore store;
    private KeyValueStore<String, String> brandDefinitions;
    private KeyValueStore<String, StoryCounter.Seen> countedStories;
    private StoryCounter stories;

    BrandWatchProcessor(
            BrandSettings brands,
            Duration bucket,
            Duration tick,
            Duration lateness,
            int topMentions,
            Duration storyHorizon,
            AlertMetrics metrics) {
        this.storyHorizon = storyHorizon;
        this.metrics = metrics;
        this.brands = brands;
        this.bucket = bucket;
        this.tick = tick;
        this.lateness = lateness;
        this.topMentions = topMentions;
    }

    @Override
    public void init(ProcessorContext<String, String> context) {
        this.context = context;
        this.store = new WatchStore(context.getStateStore(AlertTopology.WATCH_STORE));
        this.brandDefinitions = context.getStateStore(AlertTopology.BRAND_STORE);
        this.countedStories = context.getStateStore(AlertTopology.STORY_STORE);
        this.stories = new StoryCounter(
                new StoryCounter.Memory() {
                    @Override
                    public StoryCounter.Seen get(String key) {
                        return countedStories.get(key);
                    }

                    @Override
                    public void put(String key, StoryCounter.Seen seen) {
                        countedStories.put(key, seen);
                    }
                },
                storyHorizon);
        context.schedule(tick, PunctuationType.WALL_CLOCK_TIME, this::closeIdleBuckets);
        context.schedule(FORGET_EVERY, PunctuationType.WALL_CLOCK_TIME, this::forgetOldStories);
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
        boolean negative = Sentiment.NEGATIVE.equals(mention.sentiment().label());
        StoryCounter.Decision counted = stories.count(
                brandId, mention.mention().mentionId(), mention.mention().storyId(), negative, now);
        if (counted.count() == Count.REPEAT) {
            metrics.storyRepeated(brandId, false);
            return;
        }
        Instant own = bucketStart(min(mention.mention().publishedAt(), now));
        CrisisDetector detector = detectorFor(brandId);
        BrandWatch watch = store.get(brandId);
        if (watch == null || !detector.readable(watch.detector())) {
            watch = BrandWatch.start(detector.initialState(), own);
        }
        Instant received = mention.mention().receivedAt();
        if (!own.isBefore(watch.bucket().start())) {
            // only mentions in the brand's own time hold the clock off: a backlog of too-late ones must not
            watch = closeBucketsBefore(brandId, watch.mentionedAt(now), own, now);
            watch = countIn(watch.withBucket(countIn(watch.bucket(), mention, counted)), mention, counted);
            Step step =
                    detector.onPartialBucket(watch.detector(), watch.bucket().toDetectorBucket());
            watch = apply(brandId, watch.withDetector(step.state()), step.decision(), now, received);
        } else {
            OpenBucket closed = watch.closedAt(own);
            metrics.lateMention(brandId, closed != null);
            if (closed != null) {
                closed = countIn(closed, mention, counted);
                watch = countIn(watch.recounted(closed), mention, counted);
                Step step = detector.onLateMentions(watch.detector(), closed.toDetectorBucket());
                watch = apply(brandId, watch.withDetector(step.state()), step.decision(), now, received);
            }
        }
        store.put(brandId, watch);
        metrics.learning(brandId, detector.learning(watch.detector()));
        if (counted.count() == Count.NEW_STORY) {
            metrics.mentionCounted(brandId, negative, mention.sentiment().categories());
        } else {
            metrics.storyRepeated(brandId, true);
        }
    }

    /** The bucket with the mention counted: in full for a new story, only its reach for a copy of one. */
    private static OpenBucket countIn(OpenBucket bucket, ScoredMention mention, StoryCounter.Decision counted) {
        if (counted.count() == Count.NEW_STORY) {
            return bucket.add(mention);
        }
        return counted.storyNegative()
                ? bucket.addNegativeReach(mention.mention().author().followers())
                : bucket;
    }

    /** The watch with the mention offered to the posts to answer first, if it starts a story (a copy is not news). */
    private BrandWatch countIn(BrandWatch watch, ScoredMention mention, StoryCounter.Decision counted) {
        return counted.count() == Count.NEW_STORY ? offerTop(watch, mention) : watch;
    }

    private void forgetOldStories(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        try (KeyValueIterator<String, StoryCounter.Seen> all = countedStories.all()) {
            while (all.hasNext()) {
                KeyValue<String, StoryCounter.Seen> entry = all.next();
                if (stories.expired(entry.value, now)) {
                    countedStories.delete(entry.key);
                }
            }
        }
    }

    private BrandWatch offerTop(BrandWatch watch, ScoredMention mention) {
        return watch.withTopMentions(
                TopMentions.offer(watch.topMentions(), OpenBucket.toAlertMention(mention), topMentions));
    }

    private void closeIdleBuckets(long wallClockMs) {
        Instant now = Instant.ofEpochMilli(wallClockMs);
        Instant current = bucketStart(now.minus(GRACE));
        try (KeyValueIterator<String, BrandWatch> all = store.all()) {
            while (all.hasNext()) {
                KeyValue<String, BrandWatch> entry = all.next();
                Instant last = entry.value.lastMentionAt();
                if (last != null && now.isBefore(last.plus(GRACE))) {
                    continue; // mentions are flowing (a backfill, say): they close the buckets in their own time
                }
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
            OpenBucket closing = next.bucket();
            Step step = detectorFor(brandId).onBucketClosed(next.detector(), closing.toDetectorBucket());
            next = apply(brandId, next.withDetector(step.state()), step.decision(), now, null);
            Instant following = closing.start().plus(bucket);
            next = next.withBucket(OpenBucket.empty(following)).remember(closing, following.minus(lateness));
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

    /** Publishes a decision; {@code decidingReceipt} is when the mention that made it was received, if one did. */
    private BrandWatch apply(
            String brandId, BrandWatch watch, Optional<AlertDecision> decision, Instant now, Instant decidingReceipt) {
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
        emit(brandId, AlertFactory.alert(brandId, alertId, d, watch, bucket, now), decidingReceipt);
        return d.transition() == Transition.RESOLVED
                ? watch.withOpenAlert(null).withTopMentions(List.of())
                : watch.withOpenAlert(alertId);
    }

    private void emit(String brandId, CrisisAlert alert, Instant decidingReceipt) {
        try {
            context.forward(
                    new Record<>(brandId, EventJson.mapper().writeValueAsString(alert), context.currentSystemTimeMs()),
                    AlertTopology.ALERTS_SINK);
            // measured against the real clock: the alert is published now, whatever the stream's wall clock says
            metrics.alertEmitted(
                    alert, decidingReceipt == null ? null : Duration.between(decidingReceipt, Instant.now()));
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
        if (mention.brandId() == null
                || mention.mention() == null
                || mention.sentiment() == null
                || mention.mention().author() == null
                || mention.sentiment().categories() == null) {
            throw new IllegalArgumentException("scored mention without brand, mention, author or sentiment");
        }
    }
}
