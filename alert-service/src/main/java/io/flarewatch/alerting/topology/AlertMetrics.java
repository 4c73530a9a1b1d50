package io.flarewatch.alerting.topology;

import io.flarewatch.events.CrisisAlert;

/** What the topology reports to monitoring; tag values come from bounded sets (brand ids, severities, states). */
public interface AlertMetrics {

    /** Reports nothing; for tests. */
    AlertMetrics NONE = new AlertMetrics() {
        @Override
        public void mentionCounted(String brandId, boolean negative, java.util.List<String> categories) {
        }

        @Override
        public void alertEmitted(CrisisAlert alert) {
        }

        @Override
        public void deadLetter() {
        }
    };

    /** A scored mention of a brand was counted, with its complaint categories (a bounded set). */
    void mentionCounted(String brandId, boolean negative, java.util.List<String> categories);

    /** An alert change was written to {@code crisis-alerts}. */
    void alertEmitted(CrisisAlert alert);

    /** A record could not be read and went to the dead-letter topic. */
    void deadLetter();
}
