package io.flarewatch.detector.backtest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.flarewatch.detector.DetectorSettings;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The readers behind every eval-detector figure, pinned on small files whose values are worked out by hand. */
class NabFilesTest {

    private static Path fixture(String name) throws URISyntaxException {
        return Path.of(NabFilesTest.class.getResource("/nab-fixture/" + name).toURI());
    }

    @Test
    void windowsJsonGivesEachFileItsWindowsInUtc() throws Exception {
        Map<String, List<WindowsJson.TimeWindow>> windows = WindowsJson.read(fixture("windows.json"));
        assertEquals(List.of("other.csv", "tiny.csv"), List.copyOf(windows.keySet()), "files in name order");
        assertEquals(
                List.of(new WindowsJson.TimeWindow(
                        Instant.parse("2015-03-01T00:10:00Z"), Instant.parse("2015-03-01T00:20:00Z"))),
                windows.get("tiny.csv"),
                "NAB's microseconds are dropped, UTC");
        assertTrue(windows.get("other.csv").isEmpty());
    }

    @Test
    void aWindowBecomesThePointsInsideItBothEndsIncluded() throws Exception {
        List<SeriesPoint> series = SeriesCsv.read(fixture("tiny.csv"));
        List<NabScorer.Window> windows = WindowsJson.toIndices(
                series, WindowsJson.read(fixture("windows.json")).get("tiny.csv"));
        // points at 00:10, 00:15, 00:20 are indices 2, 3, 4 (the blank line is not a point)
        assertEquals(List.of(new NabScorer.Window(2, 4)), windows);
    }

    @Test
    void theCsvReaderKeepsOrderSkipsBlankLinesAndRoundsValues() throws Exception {
        List<SeriesPoint> series = SeriesCsv.read(fixture("tiny.csv"));
        assertEquals(6, series.size());
        assertEquals(
                new SeriesPoint(Instant.parse("2015-03-01T00:00:00Z"), 4, -1, 0), series.get(0), "no sentiment: -1");
        assertEquals(7, series.get(2).mentions(), "6.6 rounds to 7");
        assertEquals(60, series.get(3).mentions());
        assertEquals(Instant.parse("2015-03-01T00:25:00Z"), series.get(5).time());
    }

    @Test
    void columnsAreFoundByNameInAnyOrder() throws Exception {
        List<SeriesPoint> series = SeriesCsv.read(fixture("other.csv"));
        assertEquals(
                List.of(
                        new SeriesPoint(Instant.parse("2015-03-01T00:00:00Z"), 3, 1, 250),
                        new SeriesPoint(Instant.parse("2015-03-01T00:05:00Z"), 10, 8, 12_000)),
                series);
    }

    @Test
    void aBrokenLineOrHeaderIsAClearError(@TempDir Path dir) throws Exception {
        Path noHeader = Files.writeString(dir.resolve("a.csv"), "time,count\n2015-03-01 00:00:00,4\n");
        IllegalArgumentException header = assertThrows(IllegalArgumentException.class, () -> SeriesCsv.read(noHeader));
        assertTrue(header.getMessage().contains("timestamp and value"), header.getMessage());
        Path broken = Files.writeString(dir.resolve("b.csv"), "timestamp,value\n2015-03-01 00:00:00,four\n");
        IllegalArgumentException line = assertThrows(IllegalArgumentException.class, () -> SeriesCsv.read(broken));
        assertTrue(line.getMessage().contains("line 2"), line.getMessage());
        Path window = Files.writeString(dir.resolve("windows.json"), "{\"a.csv\": [[\"2015-03-01 00:00:00\"]]}");
        assertThrows(IllegalArgumentException.class, () -> WindowsJson.read(window));
    }

    @Test
    void leaveOneOutScoresEachSeriesWithThresholdsTheOthersChose() throws Exception {
        List<SeriesPoint> series = SeriesCsv.read(fixture("tiny.csv"));
        LabelledSeries a = new LabelledSeries("a", series, List.of(new NabScorer.Window(2, 4)));
        LabelledSeries b = new LabelledSeries("b", series, List.of(new NabScorer.Window(2, 4)));
        DetectorSettings settings = DetectorSettings.defaults(Duration.ofMinutes(5));
        var results = LeaveOneOut.run(List.of(a, b), settings, NabScorer.PROFILES);
        LeaveOneOut.Result standard = results.get(NabScorer.PROFILES.get(0));
        assertEquals(2, standard.folds().size(), "one fold per series");
        assertEquals(
                List.of("a", "b"),
                standard.folds().stream().map(LeaveOneOut.Fold::series).toList());
        // two windows; the sums add up fold by fold
        assertEquals(-2, standard.total().nul(), 1e-9);
        assertEquals(2, standard.total().perfect(), 1e-9);
    }
}
