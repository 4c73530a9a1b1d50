package io.flarewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.e2e.FailoverBrands.Brand;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import org.junit.jupiter.api.Test;

/**
 * {@code bin/flarewatch up --replicas 2}, and one replica of every service killed (kill -9) while mentions stream in
 * and incidents are open: nothing acknowledged is lost or stored twice, the open incidents resolve once, on the
 * survivors, and a console connected to the surviving crisis-api saw the alerts the other replica consumed.
 */
class ReplicaFailoverIT {

    private static final Path HOME = Path.of(System.getProperty("flarewatch.home", ".."))
            .toAbsolutePath()
            .normalize();
    private static final List<String> SERVICES =
            List.of("crisis-api", "ingest-service", "sentiment-service", "alert-service");
    private static final Duration PIPELINE = Duration.ofSeconds(120);
    private static final Duration ALERTING = Duration.ofSeconds(180);

    private final String run = UUID.randomUUID().toString().substring(0, 6);
    private final List<Brand> storms = FailoverBrands.onEveryPartition(List.of("Burzomat", "Gromex", "Piorunex"), run);
    private final List<Brand> streamed =
            FailoverBrands.onEveryPartition(List.of("Strumex", "Rzekopol", "Falomat"), run);
    private ReplicaStack replicas;

    @Test
    void killingOneReplicaOfEachServiceLosesNothingAndRepeatsNoAlert() throws Exception {
        Path data = Files.createTempDirectory("flarewatch-replicas");
        Map<String, Integer> ports = RunningStack.freePorts(2);
        long started = System.nanoTime();
        try (RunningStack stack = RunningStack.up(HOME, data, ports, 2)) {
            phase("eight services up", started);
            Http.useApiKey(stack.adminKey());
            replicas = new ReplicaStack(stack, HOME);
            assertEquals(0, replicas.status().exitCode(), replicas.status()::output);
            for (String service : SERVICES) {
                assertEquals("0", replicas.restarts(service + "-2"), service + "-2 is listed by status");
            }
            try (AlertStreamClient console = AlertStreamClient.connect(stack.api(), stack.adminKey())) {
                createBrands(stack);
                Map<String, String> alertIds;
                MentionStream stream = new MentionStream(
                        List.of(stack.ingest(), replicas.url(stack.ingest(), 2)),
                        replicas.sourceKey(),
                        "Zwykły dzień: "
                                + String.join(
                                        ", ", streamed.stream().map(Brand::name).toList()),
                        run);
                try (stream) {
                    phase("brands watched", started);
                    alertIds = stormUntilEveryBrandHasAnAlert(stack);
                    phase("every storm opened an alert", started);
                    assertTrue(
                            replicas.bothConsume("crisis-api", "crisis-alerts"),
                            "both crisis-api replicas consume alerts");
                    for (String alertId : alertIds.values()) {
                        assertTrue(
                                console.await(e -> opened(e, alertId), PIPELINE),
                                () -> "the console on the surviving crisis-api saw " + alertId + " open: "
                                        + console.all());
                    }
                    // The storms ended seconds ago; an incident resolves only after the calm period (30 s).
                    for (String alertId : alertIds.values()) {
                        String state = Http.get(stack.api() + "/alerts/" + alertId)
                                .body()
                                .path("state")
                                .asText();
                        assertTrue(!"RESOLVED".equals(state), alertId + " is still open when the replicas die");
                    }
                    int beforeKill = stream.acknowledged().size();
                    for (String service : SERVICES) {
                        replicas.kill(service + "-2");
                    }
                    for (String service : SERVICES) {
                        replicas.awaitRestarted(service + "-2", PIPELINE);
                    }
                    phase("the killed replicas were restarted", started);
                    assertTrue(
                            stream.awaitAcknowledged(beforeKill + 100, PIPELINE),
                            "mentions go on being acknowledged after the kill");
                    phase(stream.refusedBatches() + " batches refused while a replica was down", started);
                }
                for (Brand brand : storms) {
                    theIncidentResolvesOnceWithoutASecondOpened(stack, alertIds.get(brand.id()), console);
                }
                phase("every incident resolved", started);
                nothingAcknowledgedIsLostOrStoredTwice(stack, stream.acknowledged());
                phase(stream.acknowledged().size() + " streamed mentions stored once", started);
            }
        }
    }

    private void createBrands(RunningStack stack) throws Exception {
        List<Brand> all = new ArrayList<>(storms);
        all.addAll(streamed);
        for (Brand brand : all) {
            Http.Reply created =
                    Http.post(stack.api() + "/brands", "application/json", FailoverBrands.definition(brand));
            assertEquals(201, created.status(), created.body()::toString);
        }
        // Every sentiment-service replica reads every brand; a probe naming all of them is stored for each.
        String probe = "Sprawdzenie " + run + ": "
                + String.join(", ", all.stream().map(Brand::name).toList());
        long deadline = System.nanoTime() + PIPELINE.toNanos();
        int attempt = 0;
        while (!all.stream().allMatch(b -> stored(stack, b, probe)) && System.nanoTime() < deadline) {
            ingest(
                    stack,
                    FailoverBrands.mention(
                            run + "-probe-" + attempt++, "probe", Instant.now().minus(Duration.ofHours(4)), probe));
            Thread.sleep(2000);
        }
        assertTrue(all.stream().allMatch(b -> stored(stack, b, probe)), "every brand is watched");
        Instant now = Instant.now();
        for (Brand brand : storms) {
            ingest(stack, String.join("\n", FailoverBrands.calmHistory(brand, run, now)));
        }
    }

    private Map<String, String> stormUntilEveryBrandHasAnAlert(RunningStack stack) throws Exception {
        Map<String, String> alertIds = new HashMap<>();
        long deadline = System.nanoTime() + ALERTING.toNanos();
        int wave = 0;
        while (alertIds.size() < storms.size() && System.nanoTime() < deadline) {
            // Every brand storms until all have an alert, so that none calms down (and resolves) before the kill.
            for (Brand brand : storms) {
                List<String> burst = new ArrayList<>();
                for (int i = 0; i < 25; i++) {
                    int n = wave * 25 + i;
                    burst.add(FailoverBrands.mention(
                            run + "-" + brand.id() + "-storm-" + n,
                            "klient_" + n,
                            Instant.now(),
                            FailoverBrands.complaint(brand, n)));
                }
                ingest(stack, String.join("\n", burst));
                JsonNode alerts =
                        Http.get(stack.api() + "/alerts?brandId=" + brand.id()).body();
                if (alerts.isArray() && alerts.size() > 0 && !alertIds.containsKey(brand.id())) {
                    alertIds.put(brand.id(), alerts.get(0).get("alertId").asText());
                }
            }
            wave++;
            Thread.sleep(3000);
        }
        assertEquals(storms.size(), alertIds.size(), "every storm opened an alert: " + alertIds);
        return alertIds;
    }

    private void theIncidentResolvesOnceWithoutASecondOpened(
            RunningStack stack, String alertId, AlertStreamClient console) throws Exception {
        Http.Reply alert = Http.await(
                stack.api() + "/alerts/" + alertId,
                ALERTING,
                r -> "RESOLVED".equals(r.body().path("state").asText()));
        assertEquals("RESOLVED", alert.body().path("state").asText(), () -> "the alert: " + alert.body());
        List<String> states = new ArrayList<>();
        alert.body().get("timeline").forEach(e -> states.add(e.get("state").asText()));
        assertEquals(1, states.stream().filter("OPENED"::equals).count(), "one incident, one OPENED: " + states);
        assertEquals(1, console.events(e -> opened(e, alertId)).size(), "the console was told once that it opened");
    }

    private void nothingAcknowledgedIsLostOrStoredTwice(RunningStack stack, Set<String> acknowledged) throws Exception {
        assertTrue(acknowledged.size() > 100, "the stream ran: " + acknowledged.size());
        for (Brand brand : streamed) {
            long deadline = System.nanoTime() + PIPELINE.toNanos();
            List<String> stored = StoredMentions.sourceIds(stack.api(), brand.id(), run + "-stream-");
            while (!stored.containsAll(acknowledged) && System.nanoTime() < deadline) {
                Thread.sleep(2000);
                stored = StoredMentions.sourceIds(stack.api(), brand.id(), run + "-stream-");
            }
            Set<String> missing = new TreeSet<>(acknowledged);
            missing.removeAll(stored);
            assertTrue(missing.isEmpty(), brand.id() + ": acknowledged but not stored: " + missing);
            assertEquals(Set.copyOf(stored).size(), stored.size(), brand.id() + ": a mention stored twice");
        }
    }

    private static boolean stored(RunningStack stack, Brand brand, String text) {
        try {
            JsonNode mentions = Http.get(stack.api() + "/brands/" + brand.id() + "/mentions?limit=50")
                    .body();
            for (JsonNode mention : mentions) {
                if (mention.path("text").asText().equals(text)) {
                    return true;
                }
            }
            return false;
        } catch (Exception e) {
            return false;
        }
    }

    private void ingest(RunningStack stack, String ndjson) throws Exception {
        Http.Reply reply =
                Http.postAs(replicas.sourceKey(), stack.ingest() + "/mentions/batch", "application/x-ndjson", ndjson);
        assertEquals(202, reply.status(), reply.body()::toString);
    }

    /** Where the time went (printed, never asserted). */
    private static void phase(String what, long started) {
        System.out.printf("[replicas] %s after %d s%n", what, (System.nanoTime() - started) / 1_000_000_000);
    }

    private static boolean opened(JsonNode event, String alertId) {
        return alertId.equals(event.path("alertId").asText())
                && "opened".equals(event.path("kind").asText());
    }
}
