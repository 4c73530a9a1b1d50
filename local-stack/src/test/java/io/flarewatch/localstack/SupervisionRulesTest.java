package io.flarewatch.localstack;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** How the launcher runs and restarts services: the backoff after crashes and the JVM flags per service. */
class SupervisionRulesTest {

    @Test
    void aFirstCrashIsRestartedAfterOneSecondAndQuickCrashesDoubleTheWaitUpToAMinute() {
        assertEquals(Duration.ofSeconds(1), RestartBackoff.delay(1));
        assertEquals(Duration.ofSeconds(2), RestartBackoff.delay(2));
        assertEquals(Duration.ofSeconds(4), RestartBackoff.delay(3));
        assertEquals(Duration.ofSeconds(32), RestartBackoff.delay(6));
        assertEquals(Duration.ofSeconds(60), RestartBackoff.delay(7), "2^6 = 64 s is capped at 60 s");
        assertEquals(Duration.ofSeconds(60), RestartBackoff.delay(1_000), "no overflow after many crashes");
    }

    @Test
    void servicesRunWithTheFullCompilerAndExitOnOutOfMemorySoThatTheyAreRestarted() {
        List<String> flags = JvmOptions.forService("sentiment-service", null);
        assertTrue(flags.contains("-Xmx512m"));
        assertTrue(flags.contains("-XX:+ExitOnOutOfMemoryError"));
        assertFalse(flags.stream().anyMatch(f -> f.startsWith("-XX:TieredStopAtLevel")), "C2 compiles the hot paths");
        assertEquals("-Xmx384m", JvmOptions.forService("alert-service", "").get(0));
    }

    @Test
    void flagsFromTheEnvironmentComeLastSoTheyWin() {
        List<String> flags = JvmOptions.forService("crisis-api", " -Xmx1g  -XX:+UseG1GC ");
        assertEquals(List.of("-Xmx1g", "-XX:+UseG1GC"), flags.subList(flags.size() - 2, flags.size()));
    }
}
