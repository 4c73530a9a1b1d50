package io.flarewatch.alerting.topology;

import io.flarewatch.events.CrisisAlert;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Metrics a test can read back: late mentions, the learning flag, the latency of each published alert. */
final class RecordingMetrics implements AlertMetrics {

    int lateCounted;
    int lateDropped;
    final Map<String, Boolean> learning = new HashMap<>();
    final List<Duration> latencies = new ArrayList<>();

    @Override
    public void mentionCounted(String brandId, boolean negative, List<String> categories) {}

    @Override
    public void alertEmitted(CrisisAlert alert, Duration sinceDecidingMention) {
        if (sinceDecidingMention != null) {
            latencies.add(sinceDecidingMention);
        }
    }

    @Override
    public void lateMention(String brandId, boolean counted) {
        if (counted) {
            lateCounted++;
        } else {
            lateDropped++;
        }
    }

    @Override
    public void learning(String brandId, boolean isLearning) {
        learning.put(brandId, isLearning);
    }

    @Override
    public void deadLetter() {}
}
