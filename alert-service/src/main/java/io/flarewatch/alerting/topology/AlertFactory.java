package io.flarewatch.alerting.topology;

import io.flarewatch.alerting.model.BrandWatch;
import io.flarewatch.detector.AlertDecision;
import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;

/** Turns a detector's decision into the {@link CrisisAlert} event the rest of the system reads. */
final class AlertFactory {

    private static final int TOP_CATEGORIES = 3;
    private static final int TOP_WORDS = 5;

    private AlertFactory() {}

    static CrisisAlert alert(
            String brandId, String alertId, AlertDecision decision, BrandWatch watch, Duration bucket, Instant now) {
        return new CrisisAlert(
                CrisisAlert.newEventId(),
                CrisisAlert.TYPE,
                CrisisAlert.VERSION,
                now,
                alertId,
                brandId,
                AlertState.valueOf(decision.transition().name()),
                decision.severity().name().toLowerCase(Locale.ROOT),
                decision.reason(),
                decision.bucketStart(),
                decision.bucketStart().plus(bucket),
                Math.round(decision.currentVolume()),
                decision.expectedVolume(),
                decision.currentNegativeShare(),
                decision.usualNegativeShare(),
                decision.reach(),
                decision.distinctAuthors(),
                watch.topMentions(),
                watch.bucket().topCategories(TOP_CATEGORIES),
                watch.bucket().topWords(TOP_WORDS));
    }
}
