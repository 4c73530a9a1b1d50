package io.flarewatch.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** Stories of a brand the detector barely knows, and of traffic that looks loud but is not a crisis. */
class ColdStartAndEdgeScenariosTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant MONDAY_9AM = Instant.parse("2026-11-16T09:00:00Z");
    private static final DetectorSettings SETTINGS =
            DetectorSettings.defaults(MINUTE).withCalmToResolve(Duration.ofMinutes(30));

    /** A brand added this morning: three hours of about one mention a minute, ordinary sentiment. */
    private static Scenario addedToday() {
        return new Scenario(SETTINGS, MONDAY_9AM).calm(3 * 60, 1, 0.15);
    }

    /** A brand watched for eight days, with a daily rhythm peaking at 60 mentions a minute. */
    private static Scenario establishedBrand() {
        return new Scenario(SETTINGS, Instant.parse("2026-11-08T00:00:00Z")).rhythmic(8 * 24, 60, 0.1);
    }

    @Test
    void aBrandAddedTodayIsLearningUntilItHasSeenAWholeDay() {
        Scenario brand = addedToday();
        assertTrue(brand.learning(), "three hours cannot show the daily rhythm");
        brand.calm(21 * 60 - 1, 1, 0.15);
        assertTrue(brand.learning(), "one minute short of a day");
        brand.calm(1, 1, 0.15);
        assertFalse(brand.learning(), "a whole day of buckets has shown every hour once");
    }

    @Test
    void ordinaryChatterAtTenTimesAShortHistoryDoesNotAlert() {
        Scenario brand = addedToday();
        for (int minute = 0; minute < 30; minute++) {
            brand.partial(6, 1, 6, 600).close(10, minute % 3 == 0 ? 2 : 1, 10, 1_000);
        }
        assertEquals(0, brand.decisions().size(), "ten times a thin history with ordinary sentiment is not a crisis");
    }

    @Test
    void aQuietBrandWhoseTalkIsOftenNegativeIsJudgedByItsOwnShare() {
        Scenario brand = new Scenario(SETTINGS, MONDAY_9AM);
        for (int minute = 0; minute < 3 * 60; minute++) {
            brand.close(1, minute % 5 < 2 ? 1 : 0, 1, 100); // two in five mentions negative, as this brand's talk goes
        }
        for (int minute = 0; minute < 20; minute++) {
            brand.close(12, 5, 12, 1_200);
        }
        assertEquals(0, brand.decisions().size(), "42% negative is this brand's usual, not the prior's 15%");
    }

    @Test
    void aStormOfManyAngryAuthorsOnANewBrandAlertsWithinAMinute() {
        Scenario brand = addedToday();
        for (int minute = 0; minute < 10; minute++) {
            brand.close(10, 1, 10, 1_000);
        }
        brand.partial(12, 9, 12, 8_000).partial(30, 25, 29, 30_000);
        assertEquals(
                1, brand.count(Transition.OPENED), "30 mentions from 29 people, 83% negative, opens in the minute");
        AlertDecision opened = brand.decisions().get(0);
        assertTrue(opened.reason().contains("83% negative"), opened.reason());
        assertTrue(opened.reason().endsWith("still learning the brand (3 h of history)"), opened.reason());
        assertTrue(
                opened.usualNegativeShare() < 0.25,
                "the usual share stays the brand's own: " + opened.usualNegativeShare());
    }

    @Test
    void aBusyBrandAddedMinutesAgoExpectsItsOwnLevelAndAlertsOnAStormInSeconds() {
        Scenario brand = new Scenario(SETTINGS, MONDAY_9AM);
        for (int minute = 0; minute < 5; minute++) {
            brand.close(500, 75, 450, 50_000); // a steady 500 mentions a minute from the first minute on
        }
        // six seconds into the sixth minute: a tenth of its usual minute, and 2,000 complaints from 1,500 people
        brand.partial(50 + 2_000, 8 + 2_000, 45 + 1_500, 1_000_000);
        assertEquals(1, brand.count(Transition.OPENED), "four times its whole usual minute in six seconds opens");
        String reason = brand.decisions().get(0).reason();
        assertTrue(
                reason.contains("vs 500 expected"), "its first minute is its level, not a rhythm of 500x: " + reason);
    }

    @Test
    void aSlowRiseOverTwoHoursOpensBeforeItEnds() {
        Scenario brand = establishedBrand();
        int openedAt = -1;
        for (int minute = 0; minute < 120 && openedAt < 0; minute++) {
            // the rise triples the night's volume over two hours, and the negative share climbs from 10% to 50%
            double progress = minute / 120.0;
            long mentions = Math.round(10 * (1 + 2 * progress));
            brand.close(mentions, Math.round(mentions * (0.1 + 0.4 * progress)), mentions, 100 * mentions);
            if (brand.count(Transition.OPENED) > 0) {
                openedAt = minute;
            }
        }
        assertTrue(openedAt > 10, "not at the first wobble: " + openedAt);
        assertTrue(openedAt >= 0 && openedAt < 120, "noticed within the two hours: " + openedAt);
    }

    @Test
    void lateMentionsOfAnOpenIncidentDoNotOpenASecondOne() {
        Scenario brand = establishedBrand();
        brand.close(400, 320, 380, 100_000);
        assertEquals(1, brand.count(Transition.OPENED));
        // the closed bucket is re-assessed with 150 mentions that arrived late
        brand.lateMentions(550, 440, 520, 140_000);
        assertEquals(1, brand.count(Transition.OPENED), "re-assessment updates the open incident, never opens another");
    }

    @Test
    void lateMentionsCanOpenAnIncidentTheClosedBucketMissed() {
        Scenario brand = establishedBrand();
        brand.close(70, 10, 70, 7_000);
        assertEquals(0, brand.decisions().size());
        brand.lateMentions(450, 350, 430, 120_000);
        assertEquals(1, brand.count(Transition.OPENED), "the storm's mentions were only late, not unimportant");
    }

    @Test
    void oneAuthorPostingFiftyTimesIsNotACrisis() {
        Scenario established = establishedBrand();
        established.flood(10, 1, 50);
        assertEquals(0, established.decisions().size(), "fifty posts of one angry account are one voice");
        Scenario newBrand = addedToday();
        newBrand.flood(1, 0, 50);
        assertEquals(0, newBrand.decisions().size(), "not on a brand added today either");
    }

    @Test
    void aPositiveViralPostOnANewBrandIsNotACrisis() {
        Scenario brand = addedToday();
        brand.close(300, 9, 290, 2_000_000).close(500, 15, 480, 3_000_000);
        assertEquals(0, brand.decisions().size(), "volume without negativity is good news");
    }

    @Test
    void aQuietNightOfAnEstablishedBrandStaysQuiet() {
        Scenario brand = establishedBrand(); // ends at midnight: the night's 6 a minute follow
        brand.rhythmic(5, 60, 0.1).close(12, 4, 11, 900).close(9, 3, 9, 600);
        assertEquals(0, brand.decisions().size(), "a dozen mentions at 5 a.m., a third of them negative, is no crisis");
    }
}
