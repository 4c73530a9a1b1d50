package io.flarewatch.localstack.load;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The load tool's arithmetic: pacing, percentiles and the summary line, against figures worked out by hand. */
class LoadFiguresTest {

    @Test
    void batchesOfFiftyAtTwoHundredPerSecondAreDueEveryQuarterSecond() {
        RatePacer pacer = new RatePacer(200, 50);
        assertEquals(0, pacer.dueNanos(0));
        assertEquals(250_000_000L, pacer.dueNanos(1));
        assertEquals(1_000_000_000L, pacer.dueNanos(4));
        assertEquals(100_000_000L, pacer.waitNanos(1, 150_000_000L), "150 ms in, batch 1 waits the other 100 ms");
        assertEquals(0, pacer.waitNanos(1, 400_000_000L), "a late batch goes at once, it never waits negatively");
    }

    @Test
    void aRateOfThreePerSecondInSinglesKeepsTheThirdsWithoutDrift() {
        RatePacer pacer = new RatePacer(3, 1);
        assertEquals(333_333_333L, pacer.dueNanos(1));
        assertEquals(3_000_000_000L, pacer.dueNanos(9), "rounding does not accumulate: batch 9 is due at 3 s");
    }

    @Test
    void unpacedMeansEveryBatchIsDueAtOnce() {
        assertEquals(0, new RatePacer(0, 100).waitNanos(1_000, 0));
    }

    @Test
    void percentilesTakeTheNearestRank() {
        long[] tenValues = {50, 10, 40, 20, 30, 100, 90, 80, 70, 60};
        assertEquals(50, Percentiles.of(tenValues, 50), "rank ceil(0.5*10)=5 of 10..100");
        assertEquals(100, Percentiles.of(tenValues, 99), "rank ceil(9.9)=10");
        assertEquals(90, Percentiles.of(tenValues, 90), "rank 9");
        assertEquals(10, Percentiles.of(tenValues, 1), "rank ceil(0.1)=1");
        assertEquals(7, Percentiles.of(new long[] {7}, 99));
        assertEquals(-1, Percentiles.of(new long[0], 99), "no values: -1, not a made-up zero");
        assertThrows(IllegalArgumentException.class, () -> Percentiles.of(tenValues, 0));
    }

    @Test
    void theSummaryLineHasTheTenFiguresInTheAgreedOrder() {
        LoadSummary summary = new LoadSummary(1_000, 998, 1, 250.0, 180, 1_240, 9_500, 40_000.0);
        assertEquals(
                "sent=1000 stored=998 lost=2 duplicates=1 mentions_per_s=250.0 p50_stored_ms=180 "
                        + "p99_stored_ms=1240 p99_alert_ms=9500 kafka_raw_per_s=40000.0 ratio=0.0063",
                summary.line());
    }

    @Test
    void withoutABrokerFigureTheRatioIsZeroRatherThanInfinite() {
        assertEquals(0.0, new LoadSummary(5, 5, 0, 10, 1, 2, -1, 0).ratio());
    }

    @Test
    void optionsReadRatesDurationsAndCounts() {
        LoadOptions options = LoadOptions.parse(List.of("--rate", "max", "--duration", "5m", "--storms", "2"));
        assertEquals(0, options.rate());
        assertEquals(Duration.ofMinutes(5), options.duration());
        assertEquals(2, options.storms());
        assertEquals(10_000, LoadOptions.parse(List.of("--count", "10000")).count());
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--complaints", "1.5")));
        assertThrows(IllegalArgumentException.class, () -> LoadOptions.parse(List.of("--bogus", "1")));
    }

    @Test
    void inventedBrandsAreDistinctAndValidCrisisApiIds() {
        List<LoadBrand> brands = LoadBrand.invent(200, "1mqyku");
        assertEquals(200, brands.stream().map(LoadBrand::name).distinct().count());
        brands.forEach(b -> assertEquals(true, b.id().matches("load-1mqyku-[a-z0-9-]{1,50}"), b.id()));
        assertEquals(
                brands.stream().map(LoadBrand::name).toList(),
                LoadBrand.invent(200, "other").stream().map(LoadBrand::name).toList(),
                "the same names every run");
    }
}
