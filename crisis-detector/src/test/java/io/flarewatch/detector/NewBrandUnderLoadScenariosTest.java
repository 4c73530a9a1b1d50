package io.flarewatch.detector;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * Brands added a moment ago with a single mention of history, then busy at once (as the load tool's twenty new
 * brands are): ordinary talk must not alert, however loud; a storm must, within its first minute.
 */
class NewBrandUnderLoadScenariosTest {

    private static final Instant MONDAY_9AM = Instant.parse("2026-11-16T09:00:00Z");
    private static final DetectorSettings SETTINGS =
            DetectorSettings.defaults(Duration.ofMinutes(1)).withCalmToResolve(Duration.ofMinutes(30));
    private static final int BRANDS = 20;

    /** A brand whose whole history is one neutral warm-up mention in the minute before. */
    private static Scenario warmedUp() {
        return new Scenario(SETTINGS, MONDAY_9AM).close(1, 0, 1, 100);
    }

    @Test
    void twentyNewBrandsChattingAtTwentyToSixtyAMinuteWithOrdinarySentimentStayQuiet() {
        for (int brand = 0; brand < BRANDS; brand++) {
            Random random = new Random(brand);
            Scenario chatter = warmedUp().streamed(10, 20 + 2 * brand, 0.15, random);
            assertEquals(
                    0,
                    chatter.decisions().size(),
                    "brand " + brand + ": 15% negative chatter is ordinary, " + "however much louder than one mention: "
                            + chatter.decisions());
        }
    }

    @Test
    void aNewBrandWhoseOrdinaryTalkReadsMoreNegativeThanTheUsualPriorStaysQuiet() {
        // a sentiment model that reads a third of ordinary talk as negative: nothing is known of this brand's usual
        // share but one neutral mention, so 35% from its first busy minute is its ordinary share, not a rise
        for (int brand = 0; brand < BRANDS; brand++) {
            Scenario chatter = warmedUp().streamed(5, 300, 0.35, new Random(100 + brand));
            assertEquals(0, chatter.decisions().size(), "brand " + brand + ": " + chatter.decisions());
        }
    }

    @Test
    void aStormAfterAFewMinutesOfChatterOpensWithinItsFirstMinute() {
        Scenario brand = warmedUp().streamed(5, 40, 0.15, new Random(7));
        assertEquals(0, brand.decisions().size(), "the chatter before the storm: " + brand.decisions());
        // 200 mentions a minute from 200 people, 80% of them negative: a clear rise from the 15% of the chatter.
        // Five times the chatter, because a brand minutes old has a band of about a factor of three at one
        // deviation (the rhythm of its hours is unknown) and a crisis needs volume at least one deviation up
        brand.streamed(1, 200, 0.8, new Random(8));
        assertEquals(1, brand.count(Transition.OPENED), "opened in the storm's first minute: " + brand.decisions());
        AlertDecision opened = brand.decisions().get(0);
        assertTrue(opened.reason().contains("still learning the brand"), opened.reason());
        assertTrue(
                opened.usualNegativeShare() < 0.25, "the usual share is the chatter's: " + opened.usualNegativeShare());
    }

    @Test
    void aBrandAddedInTheMiddleOfItsStormStillAlertsWithinTheMinute() {
        // 90% negative from a hundred people is beyond any brand's ordinary talk, history or not
        Scenario brand = warmedUp().streamed(1, 100, 0.9, new Random(9));
        assertEquals(1, brand.count(Transition.OPENED), brand.decisions().toString());
    }
}
