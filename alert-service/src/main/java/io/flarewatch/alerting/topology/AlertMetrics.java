package io.flarewatch.alerting.topology;

import io.flarewatch.events.CrisisAlert;
import java.time.Duration;
import java.util.List;

/** What the topology reports to monitoring; tag values come from bounded sets (brand ids, severities, states). */
public interface AlertMetrics {

    /** Reports nothing; for tests. */
    AlertMetrics NONE = new AlertMetrics() {
        @Override
        public void mentionCounted(String brandId, boolean negative, List<String> categories) {}

        @Override
        public void alertEmitted(CrisisAlert alert, Duration sinceDecidingMention) {}

        @Override
        public void lateMention(String brandId, boolean counted) {}

        @Override
        public void learning(String brandId, boolean learning) {}

        @Override
        public void deadLetter() {}
    };

    /** A scored mention of a brand was counted, with its complaint categories (a bounded set). */
    void mentionCounted(String brandId, boolean negative, List<String> categories);

    /**
     * An alert change was written to {@code crisis-alerts}; {@code sinceDecidingMention} is the time from the
     * receipt of the mention that made the decision to now, or null when no mention made it (a quiet bucket closing).
     */
    void alertEmitted(CrisisAlert alert, Duration sinceDecidingMention);

    /** A mention arrived behind the brand's newest bucket: counted in its own bucket, or too late to count. */
    void lateMention(String brandId, boolean counted);

    /** Whether the detector is still learning the brand's rhythm (too little history for a narrow band). */
    void learning(String brandId, boolean learning);

    /** A record could not be read and went to the dead-letter topic. */
    void deadLetter();

    /**
     * A mention added no volume: a copy of a story already counted ({@code copy}, its reach still added), or a mention
     * id already counted (a redelivery).
     */
    default void storyRepeated(String brandId, boolean copy) {}
}
