package io.flarewatch.ingest.source.health;

import io.flarewatch.events.Mention;
import io.flarewatch.events.SourceHealth;
import io.flarewatch.ingest.source.SourceRef;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The health of every source this replica reads or is posted to: Prometheus metrics tagged {@code source_id} and
 * {@code connector}, and a {@link SourceHealth} record written to {@code source-health} whenever the status changes
 * (and by {@link SourceHealthPublisher} at least once a minute).
 */
@ApplicationScoped
public class SourceHealthTracker {

    static final String MENTIONS = "flarewatch.source.mentions";
    static final String ERRORS = "flarewatch.source.errors";
    static final String LAST_SUCCESS = "flarewatch.source.last.success.timestamp.seconds";
    static final String LAG = "flarewatch.source.lag";

    private final MeterRegistry registry;
    private final SourceHealthPublisher publisher;
    private final Map<SourceRef, SourceHealthState> states = new ConcurrentHashMap<>();
    /** The meters of each source, looked up once: every posted mention passes here. */
    private final Map<SourceRef, Meters> meters = new ConcurrentHashMap<>();

    private final Clock clock = Clock.systemUTC();

    SourceHealthTracker(MeterRegistry registry, SourceHealthPublisher publisher) {
        this.registry = registry;
        this.publisher = publisher;
    }

    /** A mention of {@code source} was written to Kafka. */
    public void accepted(SourceRef source, Mention mention) {
        Duration lag = Duration.between(mention.publishedAt(), mention.receivedAt());
        if (lag.isNegative()) {
            lag = Duration.ZERO; // a clock ahead of ours, within the validator's tolerance
        }
        Meters meters = this.meters.computeIfAbsent(
                source, ref -> new Meters(registry.counter(MENTIONS, tags(ref)), registry.timer(LAG, tags(ref))));
        meters.mentions().increment();
        meters.lag().record(lag);
        SourceHealthState state = state(source);
        synchronized (state) {
            state.accepted(mention.receivedAt(), lag.toMillis() / 1000.0);
        }
    }

    /** {@code source} was read (or delivered) without error. */
    public void succeeded(SourceRef source) {
        SourceHealthState state = state(source);
        boolean changed;
        synchronized (state) {
            changed = state.succeeded(clock.instant());
        }
        if (changed) {
            publish(source, state);
        }
    }

    /** Reading {@code source} failed for {@code reason}; it is tried again at {@code retryAt}. */
    public void failed(SourceRef source, String reason, Instant retryAt) {
        registry.counter(ERRORS, tags(source)).increment();
        SourceHealthState state = state(source);
        synchronized (state) {
            state.failed(clock.instant(), reason, retryAt);
        }
        publish(source, state);
    }

    /** {@code count} items of {@code source} were refused by validation, the first for {@code reason}. */
    public void rejected(SourceRef source, long count, String reason) {
        registry.counter(ERRORS, tags(source)).increment(count);
        SourceHealthState state = state(source);
        synchronized (state) {
            state.itemsRefused(clock.instant(), reason);
        }
        publish(source, state);
    }

    /** {@code source} is configured but switched off. */
    public void disabled(SourceRef source) {
        SourceHealthState state = state(source);
        boolean changed;
        synchronized (state) {
            changed = state.disabled();
        }
        if (changed) {
            publish(source, state);
        }
    }

    /** {@code source} was removed from the configuration: its metrics and its health record go too. */
    public void removed(SourceRef source) {
        meters.remove(source);
        if (states.remove(source) != null) {
            registry.getMeters().stream()
                    .filter(meter -> source.sourceId().equals(meter.getId().getTag("source_id")))
                    .toList()
                    .forEach(registry::remove);
            publisher.remove(source.sourceId());
        }
    }

    /** The current record of every source, for the periodic write. */
    List<SourceHealth> snapshots() {
        Instant now = clock.instant();
        return states.values().stream()
                .map(state -> {
                    synchronized (state) {
                        return state.snapshot(now);
                    }
                })
                .toList();
    }

    private SourceHealthState state(SourceRef source) {
        SourceHealthState existing = states.get(source);
        if (existing != null) {
            return existing;
        }
        SourceHealthState created = new SourceHealthState(source);
        SourceHealthState raced = states.putIfAbsent(source, created);
        if (raced != null) {
            return raced;
        }
        Gauge.builder(LAST_SUCCESS, created, SourceHealthState::lastSuccessEpochSeconds)
                .tags(tags(source))
                .description("When the source last delivered or was read without error, seconds since the epoch")
                .register(registry);
        publish(source, created);
        return created;
    }

    private void publish(SourceRef source, SourceHealthState state) {
        SourceHealth snapshot;
        synchronized (state) {
            snapshot = state.snapshot(clock.instant());
        }
        publisher.publish(snapshot);
    }

    private record Meters(Counter mentions, Timer lag) {}

    private static Tags tags(SourceRef source) {
        return Tags.of("source_id", source.sourceId(), "connector", source.connector());
    }
}
