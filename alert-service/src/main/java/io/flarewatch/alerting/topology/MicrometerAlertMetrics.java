package io.flarewatch.alerting.topology;

import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/** {@link AlertMetrics} as Micrometer meters, exported at {@code /q/metrics}. */
@ApplicationScoped
public class MicrometerAlertMetrics implements AlertMetrics {

    private final MeterRegistry registry;
    private final Map<String, AtomicInteger> learning = new ConcurrentHashMap<>();

    MicrometerAlertMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.counter("dead.letters", "topic", Topics.MENTIONS_SCORED_DLQ);
    }

    @Override
    public void mentionCounted(String brandId, boolean negative, List<String> categories) {
        registry.counter("brand.mentions", "brand", brandId).increment();
        if (negative) {
            registry.counter("brand.mentions.negative", "brand", brandId).increment();
            for (String category : categories) {
                registry.counter("brand.complaints", "brand", brandId, "category", category)
                        .increment();
            }
        }
    }

    @Override
    public void alertEmitted(CrisisAlert alert, Duration sinceDecidingMention) {
        String state = alert.state().name().toLowerCase(Locale.ROOT);
        registry.counter("alerts.raised", "brand", alert.brandId(), "severity", alert.severity(), "state", state)
                .increment();
        if (sinceDecidingMention != null) {
            // from the receipt of the mention that crossed the line to the alert's publication: "within seconds"
            Timer.builder("alerts.latency")
                    .description("receipt of the deciding mention to the alert's publication")
                    .tag("state", state)
                    .publishPercentiles(0.5, 0.99)
                    .publishPercentileHistogram()
                    .register(registry)
                    .record(sinceDecidingMention.isNegative() ? Duration.ZERO : sinceDecidingMention);
        }
    }

    @Override
    public void lateMention(String brandId, boolean counted) {
        registry.counter("mentions.late", "brand", brandId, "counted", Boolean.toString(counted))
                .increment();
    }

    @Override
    public void learning(String brandId, boolean isLearning) {
        learning.computeIfAbsent(
                        brandId, id -> registry.gauge("brand.learning", Tags.of("brand", id), new AtomicInteger()))
                .set(isLearning ? 1 : 0);
    }

    @Override
    public void deadLetter() {
        registry.counter("dead.letters", "topic", Topics.MENTIONS_SCORED_DLQ).increment();
    }

    @Override
    public void storyRepeated(String brandId, boolean copy) {
        registry.counter("brand.mentions.uncounted", "brand", brandId, "reason", copy ? "story-copy" : "redelivered")
                .increment();
    }
}
