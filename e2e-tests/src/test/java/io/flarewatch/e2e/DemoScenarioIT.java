package io.flarewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/flarewatch up --demo} tells the truth: the ordinary chatter raises no alert for either brand, the
 * complaint storm about Kurierex raises one within a minute of its start, and the calm control brand raises none.
 * Real broker, real database, the real sentiment model and one-minute buckets, as a user runs the demo.
 */
class DemoScenarioIT {

    private static final Path HOME = Path.of(System.getProperty("flarewatch.home", ".."))
            .toAbsolutePath()
            .normalize();
    private static final String CHATTER = "phase 1/3 \"quiet chatter\"";
    private static final String STORM = "phase 2/3 \"storm building\"";
    /** The chatter lasts 40 s; the storm must follow well within this. */
    private static final Duration TO_STORM = Duration.ofSeconds(150);

    private static final Duration ALERT_WITHIN = Duration.ofSeconds(60);

    @Test
    void theChatterIsQuietTheStormAlertsForKurierexAndBrightcellStaysCalm() throws Exception {
        Path data = Files.createTempDirectory("flarewatch-demo-it");
        Map<String, Integer> ports = RunningStack.freePorts();
        try (RunningStack stack = RunningStack.upWithDemo(HOME, data, ports)) {
            awaitLine(stack, CHATTER, TO_STORM);
            assertTrue(printed(stack, "demo: backfilled"), "ingest took the demo's history, sent with the source key");
            List<JsonNode> duringChatter = new ArrayList<>();
            while (!printed(stack, STORM)) {
                duringChatter.addAll(alerts(stack));
                assertTrue(duringChatter.isEmpty(), () -> "no alert during the chatter: " + duringChatter);
                Thread.sleep(1000);
            }
            Instant stormStart = Instant.now();
            assertTrue(alerts(stack).isEmpty(), "nothing opened before the storm began");

            JsonNode opened = null;
            while (opened == null && Instant.now().isBefore(stormStart.plus(ALERT_WITHIN))) {
                opened = ofBrand(alerts(stack), "kurierex").stream().findFirst().orElse(null);
                Thread.sleep(1000);
            }
            assertTrue(opened != null, "Kurierex's complaint storm raises an alert within a minute of its start");
            assertTrue(
                    opened.get("currentNegativeShare").asDouble()
                            > opened.get("usualNegativeShare").asDouble(),
                    opened::toString);
            assertEquals(
                    List.of(),
                    ofBrand(alerts(stack), "brightcell"),
                    "Brightcell, talked about as usual throughout, has no alert");
        }
    }

    private static List<JsonNode> alerts(RunningStack stack) throws Exception {
        Http.Reply reply = Http.getAs(null, stack.api() + "/alerts");
        assertEquals(200, reply.status(), reply.body()::toString);
        List<JsonNode> all = new ArrayList<>();
        reply.body().forEach(all::add);
        return all;
    }

    private static List<JsonNode> ofBrand(List<JsonNode> alerts, String brandId) {
        return alerts.stream()
                .filter(a -> a.get("brandId").asText().equals(brandId))
                .toList();
    }

    private static boolean printed(RunningStack stack, String text) {
        return stack.output().stream().anyMatch(line -> line.contains(text));
    }

    private static void awaitLine(RunningStack stack, String text, Duration timeout) throws InterruptedException {
        Instant deadline = Instant.now().plus(timeout);
        while (!printed(stack, text)) {
            assertTrue(
                    Instant.now().isBefore(deadline),
                    () -> "the demo never printed " + text + ":\n" + String.join("\n", stack.output()));
            Thread.sleep(500);
        }
    }
}
