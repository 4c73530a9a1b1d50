package io.flarewatch.detector.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Numenta Anomaly Benchmark's rules, checked against values worked out by hand. */
class NabScorerTest {

    private static final NabScorer.Profile STANDARD = NabScorer.PROFILES.get(0);
    private static final List<NabScorer.Window> WINDOWS =
            List.of(new NabScorer.Window(400, 499), new NabScorer.Window(800, 899));

    @Test
    void theFirstPointOfAWindowEarnsAWholeTruePositive() {
        // window 1 caught at its first point (+1), window 2 missed (-1)
        assertEquals(0.0, NabScorer.score(1000, WINDOWS, List.of(400), STANDARD), 1e-9);
    }

    @Test
    void theLastPointOfAWindowEarnsLittle() {
        // sig(-1/100) / sig(-1) = 0.024995 / 0.986614 = 0.025334; window 2 missed
        assertEquals(0.025334 - 1, NabScorer.score(1000, WINDOWS, List.of(499), STANDARD), 1e-5);
    }

    @Test
    void warmUpIsIgnoredFalsePositivesCostAndOnlyTheFirstDetectionOfAWindowCounts() {
        // 100: warm-up (first 150 points), ignored; 200: before any window, -0.11; 400: +1; 450: same window, nothing;
        // 598: (598-499)/(499-400) = 1 after window 1, 0.11 * sig(1) = 0.11 * -0.986614 = -0.108528; window 2 missed:
        // -1
        double expected = -0.11 + 1 - 0.108528 - 1;
        assertEquals(expected, NabScorer.score(1000, WINDOWS, List.of(100, 200, 400, 450, 598), STANDARD), 1e-5);
    }

    @Test
    void farFromAWindowAFalsePositiveCostsTheWholeWeight() {
        // 1000 points after window 1 of length 99: (x > 3) gives sig = -1; window 1 missed as well
        assertEquals(-1 - 0.11 - 1, NabScorer.score(2000, WINDOWS, List.of(1900), STANDARD), 1e-9);
    }

    @Test
    void scoresAreNormalisedBetweenTheNullAndThePerfectDetector() {
        double nul = NabScorer.nullScore(2, STANDARD);
        double perfect = NabScorer.perfectScore(2, STANDARD);
        assertEquals(0, NabScorer.normalised(nul, nul, perfect), 1e-9);
        assertEquals(100, NabScorer.normalised(perfect, nul, perfect), 1e-9);
        assertEquals(50, NabScorer.normalised(0, nul, perfect), 1e-9);
    }

    @Test
    void theWarmUpIsFifteenPercentAndAtMost750Points() {
        assertEquals(150, NabScorer.warmUp(1000));
        assertEquals(750, NabScorer.warmUp(15_900));
    }
}
