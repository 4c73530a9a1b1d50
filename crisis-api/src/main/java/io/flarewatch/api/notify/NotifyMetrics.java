package io.flarewatch.api.notify;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.Startup;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * {@code flarewatch_notifications_sent_total{channel}} (delivered notifications) and
 * {@code flarewatch_notifications_failed_total{channel}} (notifications given up after the last attempt), tagged
 * from the bounded set of channels. Created at startup, so every series exists (at 0) before the first
 * notification: a rule or panel on them has data from the start, and an increase from 0 is seen.
 */
@Startup
@ApplicationScoped
public class NotifyMetrics {

    /** Every channel; the only tag values used. */
    public static final List<String> CHANNELS = List.of("slack", "email", "webhook", "escalation");

    private final Map<String, Counter> sent;
    private final Map<String, Counter> failed;

    NotifyMetrics(MeterRegistry registry) {
        this.sent = counters(registry, "flarewatch.notifications.sent", "notifications delivered");
        this.failed =
                counters(registry, "flarewatch.notifications.failed", "notifications given up after the last attempt");
    }

    /** Counts a delivered notification. */
    public void sent(String channel) {
        count(sent, channel);
    }

    /** Counts a notification given up. */
    public void failed(String channel) {
        count(failed, channel);
    }

    private static void count(Map<String, Counter> counters, String channel) {
        Counter counter = counters.get(channel);
        if (counter != null) {
            counter.increment();
        }
    }

    private static Map<String, Counter> counters(MeterRegistry registry, String name, String description) {
        return CHANNELS.stream()
                .collect(Collectors.toMap(
                        Function.identity(),
                        channel -> Counter.builder(name)
                                .description(description)
                                .tag("channel", channel)
                                .register(registry)));
    }
}
