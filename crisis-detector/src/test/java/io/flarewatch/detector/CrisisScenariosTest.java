package io.flarewatch.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The stories a PR team lives through, told with synthetic one-minute buckets. */
class CrisisScenariosTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant MONDAY_8AM = Instant.parse("2026-11-16T08:00:00Z");
    private static final DetectorSettings SETTINGS =
            DetectorSettings.defaults(MINUTE).withCalmToResolve(Duration.ofMinutes(30));

    /** A day of ordinary chatter: 40 mentions a minute, one in ten negative. */
    private static Scenario ordinaryBrand() {
        return new Scenario(SETTINGS, MONDAY_8AM).calm(6 * 60, 40, 0.1);
    }

    @Test
    void aSuddenComplaintStormOpensBeforeTheMinuteIsOver() {
        Scenario day = ordinaryBrand();
        day.partial(150, 120, 140, 90_000).partial(400, 330, 380, 250_000);
        assertEquals(
                1, day.count(Transition.OPENED), "400 mentions, 80% negative, instead of 40 opens an incident at once");
        AlertDecision opened = day.decisions().get(0);
        assertTrue(opened.reason().contains("150 mentions in 1 min"), opened.reason());
        assertTrue(opened.currentNegativeShare() > opened.usualNegativeShare());
        assertTrue(day.count(Transition.UPDATED) >= 1, "growing from 150 to 400 mentions is reported as an update");
    }

    @Test
    void aSlowBuildUpOverHoursIsNoticed() {
        Scenario day = ordinaryBrand();
        for (int minute = 0; minute < 240 && day.count(Transition.OPENED) == 0; minute++) {
            long mentions = Math.round(40 * Math.pow(1.02, minute));
            day.close(mentions, Math.round(mentions * 0.7), mentions, 100 * mentions);
        }
        assertEquals(1, day.count(Transition.OPENED), "complaints doubling every half hour open an incident");
    }

    @Test
    void aNightTimeTrickleIsNotACrisis() {
        Scenario night = new Scenario(SETTINGS, Instant.parse("2026-11-17T00:00:00Z")).calm(4 * 60, 3, 0.2);
        night.close(9, 6, 6, 900).close(8, 5, 7, 700).close(3, 1, 3, 100);
        assertEquals(0, night.decisions().size(), "3 mentions becoming 9 at 4 a.m. is not a crisis");
    }

    @Test
    void aPositiveViralSpikeIsNotACrisis() {
        Scenario day = ordinaryBrand();
        day.close(900, 40, 880, 2_000_000).close(1200, 50, 1150, 3_000_000);
        assertEquals(0, day.decisions().size(), "a loved ad going viral raises the volume, not the negativity");
    }

    @Test
    void aBrigadeOfThreeAuthorsWeighsLittle() {
        Scenario day = ordinaryBrand();
        day.close(300, 290, 3, 600).close(300, 295, 3, 600);
        assertEquals(0, day.count(Transition.OPENED), "three accounts posting 300 complaints are not 300 people");
        day.close(300, 290, 280, 60_000);
        assertEquals(1, day.count(Transition.OPENED), "the same 300 complaints from 280 people are a crisis");
    }

    @Test
    void aSpikeDuringMuteHoursWaitsButTheSameSpikeOutsideThemOpens() {
        DetectorSettings muted = SETTINGS.withMuteHours(MuteHours.parse("22:00-07:00"));
        Scenario night = new Scenario(muted, Instant.parse("2026-11-16T18:00:00Z")).calm(5 * 60, 40, 0.1);
        night.close(400, 320, 380, 100_000);
        assertEquals(0, night.count(Transition.OPENED), "at 23:00 the team asked not to be woken");
        Scenario evening = new Scenario(muted, Instant.parse("2026-11-16T14:00:00Z")).calm(5 * 60, 40, 0.1);
        evening.close(400, 320, 380, 100_000);
        assertEquals(1, evening.count(Transition.OPENED), "at 19:00 the same storm opens an incident");
    }

    @Test
    void recoveryEndsWithOneAllClearAndNoFlapping() {
        Scenario day = ordinaryBrand();
        day.close(400, 320, 380, 100_000).close(300, 240, 290, 80_000);
        day.calm(10, 40, 0.1).close(70, 20, 60, 9_000).calm(40, 40, 0.1);
        assertEquals(1, day.count(Transition.OPENED), "one incident");
        assertEquals(1, day.count(Transition.RESOLVED), "one all clear, after half an hour of calm");
        AlertDecision resolved = day.decisions().get(day.decisions().size() - 1);
        assertEquals(Transition.RESOLVED, resolved.transition());
        assertTrue(resolved.reason().startsWith("all clear"), resolved.reason());
    }

    @Test
    void aRestartInTheMiddleOfAnIncidentNeitherReopensNorForgets() throws Exception {
        Scenario day = ordinaryBrand();
        day.close(400, 320, 380, 100_000);
        day.restart();
        day.close(420, 330, 400, 110_000).calm(40, 40, 0.1);
        assertEquals(1, day.count(Transition.OPENED), "the restarted detector knows the incident is open");
        assertEquals(1, day.count(Transition.RESOLVED), "and resolves it when the brand calms down");
    }

    @Test
    void anAfterShockOfAResolvedIncidentIsTheSameStoryUnlessItIsBigger() {
        Scenario day = ordinaryBrand();
        day.close(400, 320, 380, 100_000).calm(40, 40, 0.1);
        assertEquals(1, day.count(Transition.RESOLVED), "the first storm is over");
        day.calm(60, 40, 0.1).close(300, 240, 290, 80_000);
        assertEquals(
                1,
                day.count(Transition.OPENED),
                "an hour later, a smaller wave of the same complaints is its after-shock");
        day.calm(60, 40, 0.1).close(800, 640, 780, 200_000);
        assertEquals(2, day.count(Transition.OPENED), "a wave bigger than the first storm is news again");
    }
}
