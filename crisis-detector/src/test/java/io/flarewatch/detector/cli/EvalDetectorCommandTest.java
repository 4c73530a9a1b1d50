package io.flarewatch.detector.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * {@code eval-detector DIR [--leave-one-out]} on a tiny labelled folder whose scores follow from NAB's rules by hand.
 */
class EvalDetectorCommandTest {

    private record Result(int code, List<String> lines, String err) {}

    private static Result run(String... args) {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        int code = EvalDetectorCommand.run(
                args,
                new ByteArrayInputStream(new byte[0]),
                new PrintStream(out, true, StandardCharsets.UTF_8),
                new PrintStream(err, true, StandardCharsets.UTF_8));
        return new Result(
                code, out.toString(StandardCharsets.UTF_8).lines().toList(), err.toString(StandardCharsets.UTF_8));
    }

    private static String fixture() throws Exception {
        Path windows = Path.of(EvalDetectorCommandTest.class
                .getResource("/nab-fixture/windows.json")
                .toURI());
        return windows.getParent().toString();
    }

    @Test
    void aDetectorThatFindsNothingScoresZeroInBothModes() throws Exception {
        // tiny.csv: six buckets of a brand never seen before; its one spike (60 after 4, 5, 7) is inside the wide band
        // of a new brand, so nothing opens, the one window is missed, and a missed window scores exactly the null
        // detector's -fn: (raw - null) / (perfect - null) = 0 in every profile; other.csv has no window
        Result result = run(fixture(), "--leave-one-out");
        assertEquals(0, result.code(), result.err());
        String printed = String.join("\n", result.lines());
        assertTrue(result.lines().contains("plain standard=0.0 low_fp=0.0 low_fn=0.0"), printed);
        assertTrue(result.lines().contains("leave-one-out standard=0.0 low_fp=0.0 low_fn=0.0"), printed);
        assertTrue(
                result.lines().stream().anyMatch(l -> l.startsWith("tiny.csv") && l.contains("windows=1 detections=0")),
                String.join("\n", result.lines()));
    }

    @Test
    void withoutLeaveOneOutOnlyThePlainModeIsPrinted() throws Exception {
        Result result = run(fixture());
        assertEquals(0, result.code(), result.err());
        String printed = String.join("\n", result.lines());
        assertTrue(result.lines().stream().noneMatch(l -> l.startsWith("leave-one-out")), printed);
    }

    @Test
    void aFolderWithoutWindowsJsonIsAClearError() {
        Result result = run("/nonexistent-folder");
        assertEquals(1, result.code());
        assertTrue(result.err().contains("cannot read /nonexistent-folder"), result.err());
        Result usage = run();
        assertEquals(2, usage.code());
        assertTrue(usage.err().contains("usage: bin/flarewatch eval-detector"), usage.err());
    }
}
