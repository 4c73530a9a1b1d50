package io.flarewatch.alerting.topology;

import io.flarewatch.alerting.AlertsConfig;
import java.time.Duration;

/** The service's defaults for topology tests: one-minute buckets, a five-second tick, ten minutes of lateness. */
final class TestAlertsConfig implements AlertsConfig {

    @Override
    public Duration bucket() {
        return Duration.ofMinutes(1);
    }

    @Override
    public Duration tick() {
        return Duration.ofSeconds(5);
    }

    @Override
    public Duration calmToResolve() {
        return Duration.ofMinutes(30);
    }

    @Override
    public Duration allowedLateness() {
        return Duration.ofMinutes(10);
    }

    @Override
    public int topMentions() {
        return 5;
    }

    @Override
    public Duration storyHorizon() {
        return Duration.ofHours(48);
    }
}
