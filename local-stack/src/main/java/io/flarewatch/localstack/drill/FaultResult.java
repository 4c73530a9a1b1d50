package io.flarewatch.localstack.drill;

import java.util.Locale;

/**
 * What one fault cost.
 *
 * @param fault             what was killed or restarted
 * @param acknowledged      mentions ingest acknowledged (202) during the phase
 * @param refused           mentions refused or unanswered (ingest down): the client knows to send them again
 * @param lost              acknowledged mentions not in PostgreSQL
 * @param duplicated        rows in PostgreSQL beyond one per mention
 * @param scoredTwice       mentions written twice to {@code mentions-scored} (what alert-service may count twice)
 * @param backSeconds       from the fault to the faulted part running and healthy again; -1 if it never was
 * @param recoverSeconds    from the fault to every service healthy and every consumer caught up; -1 if never
 * @param stormAlerts       alerts of the phase's storm brand (1 expected)
 * @param calmAlerts        alerts of the phase's other brands (0 expected)
 * @param notifications     notifications delivered to the drill's webhook; -1 when they could not be checked
 * @param repeated          notifications queued or delivered more than once (PostgreSQL and the webhook)
 */
record FaultResult(
        String fault,
        long acknowledged,
        long refused,
        long lost,
        long duplicated,
        long scoredTwice,
        double backSeconds,
        double recoverSeconds,
        long stormAlerts,
        long calmAlerts,
        long notifications,
        long repeated) {

    /** Nothing lost or stored twice, recovered, the storm alerted, no notification repeated. */
    boolean passed() {
        return lost == 0 && duplicated == 0 && recoverSeconds >= 0 && stormAlerts > 0 && repeated == 0;
    }

    /** {@code fault=.. lost=.. duplicated=.. recover_s=.. alerts_raised=.. notifications_repeated=..}. */
    String line() {
        return String.format(
                Locale.ROOT,
                "fault=%s acknowledged=%d refused=%d lost=%d duplicated=%d scored_twice=%d back_s=%.1f "
                        + "recover_s=%.1f alerts_raised=%s calm_alerts=%d notifications=%s notifications_repeated=%d",
                fault,
                acknowledged,
                refused,
                lost,
                duplicated,
                scoredTwice,
                backSeconds,
                recoverSeconds,
                stormAlerts > 0 ? "yes(" + stormAlerts + ")" : "NO",
                calmAlerts,
                notifications < 0 ? "unchecked" : String.valueOf(notifications),
                repeated);
    }
}
