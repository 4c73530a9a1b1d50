package io.flarewatch.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** A brand whose evening show brings a spike every day: only a spike beyond its usual peaks is news. */
class PeakMemoryTest {

    private static final Duration FIVE_MINUTES = Duration.ofMinutes(5);
    private static final Instant MONDAY_MIDNIGHT = Instant.parse("2026-11-16T00:00:00Z");
    private static final int BUCKETS_PER_DAY = 24 * 12;
    private static final int EVENING_BUCKET = 20 * 12;

    @ParameterizedTest(name = "after two weeks of evening spikes of 600, a spike of {0} opens {1} incident(s)")
    @CsvSource({
        "300, 0", // half the usual evening peak: the show again, not a crisis
        "600, 0", // the usual peak: another ordinary evening
        "850, 0", // a busier evening than usual, but less than half again the usual peak
        "1000, 1", // two thirds above the usual peak: more than the show explains
        "2400, 1", // four times the usual peak: something new is happening
    })
    void aSpikeMustOutgrowTheBrandsUsualDailyPeaks(long spike, long expectedOpenings) {
        Scenario week = new Scenario(DetectorSettings.defaults(FIVE_MINUTES), MONDAY_MIDNIGHT);
        for (int day = 0; day < 14; day++) {
            eveningShowDay(week, 600);
        }
        long openedDuringWarmUpWeek = week.count(Transition.OPENED);
        eveningShowDay(week, spike);
        assertEquals(expectedOpenings, week.count(Transition.OPENED) - openedDuringWarmUpWeek);
    }

    @ParameterizedTest(name = "the usual peak survives a restart through JSON: a spike of {0} opens {1}")
    @CsvSource({"600, 0", "2400, 1"})
    void theRememberedPeaksSurviveARestart(long spike, long expectedOpenings) throws Exception {
        Scenario week = new Scenario(DetectorSettings.defaults(FIVE_MINUTES), MONDAY_MIDNIGHT);
        for (int day = 0; day < 14; day++) {
            eveningShowDay(week, 600);
        }
        long before = week.count(Transition.OPENED);
        week.restart();
        eveningShowDay(week, spike);
        assertEquals(expectedOpenings, week.count(Transition.OPENED) - before);
    }

    /** A day of 30 mentions per five minutes with one evening bucket of {@code evening} mentions. */
    private static void eveningShowDay(Scenario scenario, long evening) {
        for (int bucket = 0; bucket < BUCKETS_PER_DAY; bucket++) {
            long mentions = bucket == EVENING_BUCKET ? evening : 30;
            scenario.close(mentions, Bucket.UNKNOWN, 0, 0);
        }
    }
}
