package io.flarewatch.alerting.topology;

import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.Topics;
import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** {@link AlertMetrics} as Micrometer meters, exported at {@code /q/metrics}. */
@ApplicationScoped
public class MicrometerAlertMetrics implements AlertMetrics {

    private final MeterRegistry registry;

    MicrometerAlertMetrics(MeterRegistry registry) {
        this.registry = registry;
        registry.counter("dead.letters", "topic", Topics.MENTIONS_SCORED_DLQ);
    }

    @Override
    public void mentionCounted(String brandId, boolean negative, java.util.List<String> categories) {
        registry.counter("brand.mentions", "brand", brandId).increment();
        if (negative) {
            registry.counter("brand.mentions.negative", "brand", brandId).increment();
            for (String category : categories) {
                registry.counter("brand.complaints", "brand", brandId, "category", category).increment();
            }
        }
    }

    @Override
    public void alertEmitted(CrisisAlert alert) {
        registry.counter("alerts.raised", "brand", alert.brandId(), "severity", alert.severity(),
                "state", alert.state().name().toLowerCase(Locale.ROOT)).increment();
        if (alert.windowStart() != null) {
            registry.timer("alerts.latency", "state", alert.state().name().toLowerCase(Locale.ROOT))
                    .record(Duration.between(alert.windowStart(), Instant.now()).abs());
        }
    }

    @Override
    public void deadLetter() {
        registry.counter("dead.letters", "topic", Topics.MENTIONS_SCORED_DLQ).increment();
    }
}
