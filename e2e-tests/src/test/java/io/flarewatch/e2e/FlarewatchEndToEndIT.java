package io.flarewatch.e2e;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.StreamSupport;
import org.junit.jupiter.api.Test;

/**
 * The whole system as a PR team meets it: started with {@code bin/flarewatch up} (real Kafka, real PostgreSQL,
 * four service processes) and used only through the public HTTP APIs.
 */
class FlarewatchEndToEndIT {

    private static final Path HOME = Path.of(System.getProperty("flarewatch.home", ".."))
            .toAbsolutePath()
            .normalize();
    private static final String BRAND = "e2e-kurierex";
    private static final Duration PIPELINE = Duration.ofSeconds(60);
    private static final Duration ALERTING = Duration.ofSeconds(150);

    private final String run = UUID.randomUUID().toString().substring(0, 8);
    private int sequence;

    @Test
    void mentionsFlowFromIntakeToAlertsAndSurviveARestart() throws Exception {
        Path data = Files.createTempDirectory("flarewatch-e2e");
        Map<String, Integer> ports = RunningStack.freePorts();
        String alertId;
        String adminKey;
        String viewerKey;
        try (RunningStack stack = RunningStack.up(HOME, data, ports)) {
            assertTrue(
                    stack.output().stream().anyMatch(l -> l.contains("crisis-api") && l.contains("http://localhost:")),
                    "up prints where the services are");
            adminKey = stack.adminKey();
            viewerKey = keysOpenCrisisApiByRole(stack, adminKey);
            onlyASourceKeyPostsToIngest(stack, adminKey);

            createBrand(stack);
            ordinaryMentionsAreStoredAndScored(stack);
            aBatchWithOneBrokenLineKeepsTheOthers(stack);
            anExportIsImportedWithItsBadLinesListed(stack, data, ports);
            aChangedQueryAppliesWithoutARestart(stack);
            alertId = aBurstOfComplaintsRaisesAnAlert(stack);
            theIncidentResolvesWhenTheBrandCalmsDown(stack, alertId);
        }
        assertTrue(RunningStackPorts.freeSoon(ports), "Ctrl-C leaves no listening port of the stack behind");

        try (RunningStack again = RunningStack.up(HOME, data, ports)) {
            assertEquals(adminKey, again.adminKey(), "the second up keeps the admin key");
            assertEquals(
                    200,
                    Http.getAs(viewerKey, again.api() + "/alerts").status(),
                    "a key made in the first run still works");
            Http.Reply brand = Http.get(again.api() + "/brands/" + BRAND);
            assertEquals(200, brand.status(), "the brand of the first run is still there");
            assertEquals("kurierex", brand.body().get("query").asText());
            Http.Reply alert = Http.get(again.api() + "/alerts/" + alertId);
            assertEquals(200, alert.status(), "the alert of the first run is still there");
            assertEquals(BRAND, alert.body().get("brandId").asText());
        }
    }

    /** Issue 6: changes need a key (reads from this machine do not); up printed its admin key, which makes a viewer key that can only read. */
    private static String keysOpenCrisisApiByRole(RunningStack stack, String adminKey) throws Exception {
        String printed = "admin API key";
        assertTrue(
                stack.output().stream().anyMatch(l -> l.contains(printed) && l.contains(adminKey)),
                "up prints the admin key");
        assertEquals(
                200,
                Http.getAs(null, stack.api() + "/alerts").status(),
                "on the local stack, reads from this machine need no key");
        Http.useApiKey(null);
        assertEquals(
                401,
                Http.post(stack.api() + "/brands", "application/json", "{\"name\":\"X\",\"query\":\"x\"}")
                        .status(),
                "a change needs a key");
        assertEquals(200, Http.getAs(null, stack.api() + "/q/health/ready").status(), "health needs no key");
        Http.useApiKey(adminKey);
        Http.Reply created = Http.post(
                stack.api() + "/keys", "application/json", "{\"name\":\"e2e wall screen\",\"role\":\"viewer\"}");
        assertEquals(201, created.status(), created.body()::toString);
        String viewerKey = created.body().get("key").asText();
        assertEquals(200, Http.getAs(viewerKey, stack.api() + "/brands").status(), "a viewer reads");
        Http.useApiKey(viewerKey);
        Http.Reply refused = Http.post(stack.api() + "/brands", "application/json", "{\"name\":\"X\",\"query\":\"x\"}");
        Http.useApiKey(adminKey);
        assertEquals(403, refused.status(), "a viewer cannot create brands");
        return viewerKey;
    }

    /** Issue 14: nobody on the network can inject mentions; up made a source key that ingest accepts. */
    private void onlyASourceKeyPostsToIngest(RunningStack stack, String adminKey) throws Exception {
        String sourceKey = stack.sourceKey();
        assertTrue(
                stack.output().stream().anyMatch(l -> l.contains("source key") && l.contains(sourceKey)),
                "up prints the source key");
        String body = mention("Kurierex bez klucza", Instant.now(), "intruz", 10);
        Http.Reply anonymous = Http.postAs(null, stack.ingest() + "/mentions", "application/json", body);
        assertEquals(401, anonymous.status(), "a POST to ingest without a key is refused");
        assertTrue(anonymous.contentType().startsWith("application/problem+json"), anonymous::contentType);
        assertEquals(
                401,
                Http.postAs(adminKey, stack.ingest() + "/mentions", "application/json", body)
                        .status(),
                "crisis-api's admin key is not a source key");

        Http.Reply created = Http.postAs(
                adminKey,
                stack.api() + "/keys",
                "application/json",
                "{\"name\":\"e2e connector\",\"role\":\"source\"}");
        assertEquals(201, created.status(), created.body()::toString);
        String connectorKey = created.body().get("key").asText();
        String unrelated = mention("Pogoda nad morzem dziś piękna", Instant.now(), "ala", 10);
        Http.Reply posted = Http.postAs(connectorKey, stack.ingest() + "/mentions", "application/json", unrelated);
        for (long deadline = System.nanoTime() + PIPELINE.toNanos();
                posted.status() != 202 && System.nanoTime() < deadline; ) {
            Thread.sleep(500);
            posted = Http.postAs(connectorKey, stack.ingest() + "/mentions", "application/json", unrelated);
        }
        assertEquals(202, posted.status(), "a source key made in crisis-api reaches ingest through Kafka");
        Http.useSourceKey(stack.ingest(), sourceKey);
    }

    private void createBrand(RunningStack stack) throws Exception {
        Http.Reply created = Http.post(
                stack.api() + "/brands",
                "application/json",
                "{\"id\":\"" + BRAND + "\",\"name\":\"Kurierex\",\"query\":\"kurierex\",\"languages\":[\"pl\"]}");
        assertEquals(201, created.status(), created.body()::toString);
    }

    private void ordinaryMentionsAreStoredAndScored(RunningStack stack) throws Exception {
        List<String> texts = List.of(
                "Paczka od Kurierexu przyszła dzień wcześniej, bardzo dziękuję",
                "Kurierex dowiózł zamówienie na czas, kurier bardzo miły",
                "Czy ktoś wie, do której pracuje punkt Kurierex na Mokotowie?");
        // The brand reaches sentiment-service through Kafka; mentions sent before that are not about it yet.
        awaitBrandWatched(stack, Instant.now().minus(Duration.ofHours(4)));
        backfillCalmHistory(stack);
        StringBuilder batch = new StringBuilder();
        for (String text : texts) {
            batch.append(mention(text, Instant.now(), "ola_" + sequence, 120)).append('\n');
        }
        Http.Reply accepted = Http.post(stack.ingest() + "/mentions/batch", "application/x-ndjson", batch.toString());
        assertEquals(202, accepted.status(), accepted.body()::toString);

        Http.Reply stored = Http.await(
                stack.api() + "/brands/" + BRAND + "/mentions?limit=500",
                PIPELINE,
                r -> r.status() == 200 && textsOf(r.body()).containsAll(texts));
        assertTrue(textsOf(stored.body()).containsAll(texts), () -> "stored: " + stored.body());
        for (JsonNode mention : stored.body()) {
            if (mention.get("text").asText().contains("dziękuję")) {
                assertEquals("positive", mention.get("sentiment").get("label").asText(), "a thank-you is positive");
            }
            assertTrue(List.of("negative", "neutral", "positive")
                    .contains(mention.get("sentiment").get("label").asText()));
            assertEquals("pl", mention.get("language").asText());
        }
    }

    private void aBatchWithOneBrokenLineKeepsTheOthers(RunningStack stack) throws Exception {
        String good1 = "Kurierex wprowadził dostawy w niedzielę, wygodne " + run;
        String good2 = "Odebrałem paczkę z automatu Kurierex w dwie minuty " + run;
        String batch = mention(good1, Instant.now(), "kuba_1", 40) + "\n"
                + "{\"source\":\"twitter\",\"sourceId\":\"broken-" + run + "\",\"text\":\"Kurierex bez autora\"}\n"
                + mention(good2, Instant.now(), "ewa_2", 75) + "\n";
        Http.Reply reply = Http.post(stack.ingest() + "/mentions/batch", "application/x-ndjson", batch);
        assertEquals(400, reply.status());
        assertTrue(reply.contentType().startsWith("application/problem+json"), reply.contentType());
        assertEquals(2, reply.body().get("accepted").asInt());
        assertEquals(2, reply.body().get("errors").get(0).get("line").asInt(), "the error names line 2");

        Http.Reply stored = Http.await(
                stack.api() + "/brands/" + BRAND + "/mentions?limit=500",
                PIPELINE,
                r -> textsOf(r.body()).containsAll(List.of(good1, good2)));
        assertTrue(textsOf(stored.body()).containsAll(List.of(good1, good2)), "the good lines of the batch are stored");
    }

    /** Issue 14: {@code bin/flarewatch import} sends an export's good lines to ingest and lists the bad ones. */
    private void anExportIsImportedWithItsBadLinesListed(RunningStack stack, Path data, Map<String, Integer> ports)
            throws Exception {
        String now = Instant.now().toString();
        String good1 = "Kurierex, jak zawsze na czas " + run;
        String good2 = "Kurierex: kurier zadzwonił\nprzed przyjazdem " + run;
        Path export = data.resolveSibling("brand24-" + run + ".csv");
        Files.writeString(
                export,
                String.join(
                        "\n",
                        "ID,Date,Author,Followers,Content,Language,Source",
                        "imp-" + run + "-1," + now + ",marta,310,\"" + good1 + "\",pl,Forums",
                        "imp-" + run + "-2," + now + ",jan,5,,pl,Forums",
                        "imp-" + run + "-3,wczoraj,ola,7,Kurierex zgubił paczkę,pl,Forums",
                        "imp-" + run + "-4," + now + ",piotr,12,\"" + good2 + "\",pl,Forums",
                        ""));
        ProcessBuilder command = new ProcessBuilder(
                        HOME.resolve("bin/flarewatch").toString(), "import", export.toString())
                .directory(HOME.toFile())
                .redirectErrorStream(true);
        command.environment().put("FLAREWATCH_DATA", data.toString());
        ports.forEach((name, port) -> command.environment().put(name, String.valueOf(port)));
        Process process = command.start();
        String printed = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertEquals(0, process.waitFor(), printed);
        assertTrue(printed.contains("line 3: has no text"), printed);
        assertTrue(printed.contains("line 4: has a date that is not understood: 'wczoraj'"), printed);
        assertTrue(printed.contains("read=4 accepted=2 duplicates=0 rejected=2"), printed);

        Http.Reply stored = Http.await(
                stack.api() + "/brands/" + BRAND + "/mentions?limit=500",
                PIPELINE,
                r -> textsOf(r.body()).containsAll(List.of(good1, good2)));
        assertTrue(
                textsOf(stored.body()).containsAll(List.of(good1, good2)), "the good lines of the export are stored");
    }

    /** Issue 4: a query changed through crisis-api changes what matches, within seconds, with no restart. */
    private void aChangedQueryAppliesWithoutARestart(RunningStack stack) throws Exception {
        String query = "(kurierex OR paczkex) -awizo";
        Http.Reply changed = Http.put(
                stack.api() + "/brands/" + BRAND,
                "{\"name\":\"Kurierex\",\"query\":\"" + query + "\",\"languages\":[\"pl\"]}");
        assertEquals(200, changed.status(), changed.body()::toString);
        long changedAt = System.nanoTime();
        String newName = "Paczkex dowiózł mi paczkę " + run;
        String excluded = "Kurierex zostawił awizo zamiast paczki " + run;
        long deadline = changedAt + PIPELINE.toNanos();
        boolean matched = false;
        int attempt = 0;
        while (!matched && System.nanoTime() < deadline) {
            Http.post(
                    stack.ingest() + "/mentions",
                    "application/json",
                    mention(newName + " #" + attempt, Instant.now(), "ala", 10));
            Http.post(
                    stack.ingest() + "/mentions",
                    "application/json",
                    mention(excluded + " #" + attempt, Instant.now(), "ola", 10));
            attempt++;
            Thread.sleep(250);
            matched = textsOf(Http.get(stack.api() + "/brands/" + BRAND + "/mentions?limit=500")
                            .body())
                    .stream()
                    .anyMatch(t -> t.startsWith(newName));
        }
        double seconds = (System.nanoTime() - changedAt) / 1e9;
        System.out.printf("[e2e] a changed brand query matched %.1f s after PUT /brands/%s returned%n", seconds, BRAND);
        assertTrue(matched, "the new word of the query matches after the change");
        String excludedAfter = excluded + " (after the change)";
        String includedAfter = newName + " (after the change)";
        Http.post(stack.ingest() + "/mentions", "application/json", mention(excludedAfter, Instant.now(), "ola", 10));
        Http.post(stack.ingest() + "/mentions", "application/json", mention(includedAfter, Instant.now(), "ala", 10));
        Http.Reply after = Http.await(
                stack.api() + "/brands/" + BRAND + "/mentions?limit=500",
                PIPELINE,
                r -> textsOf(r.body()).contains(includedAfter));
        Thread.sleep(2000);
        after = Http.get(stack.api() + "/brands/" + BRAND + "/mentions?limit=500");
        assertTrue(textsOf(after.body()).contains(includedAfter));
        assertTrue(
                !textsOf(after.body()).contains(excludedAfter),
                "a mention with the newly excluded word is not about the brand");
        Http.put(
                stack.api() + "/brands/" + BRAND,
                "{\"name\":\"Kurierex\",\"query\":\"kurierex\",\"languages\":[\"pl\"]}");
        awaitBrandWatched(stack);
    }

    private String aBurstOfComplaintsRaisesAnAlert(RunningStack stack) throws Exception {
        // Many people writing their own words, not one post copied: copies of a text count once (issue 14).
        List<String> problems = List.of(
                "Kurierex zgubił moją paczkę",
                "Od tygodnia czekam na paczkę z Kurierexu",
                "Kurier Kurierexu nawet nie zapukał",
                "Kurierex zniszczył mi telewizor",
                "Zapłaciłam Kurierexowi za ekspres a paczki brak");
        List<String> reactions = List.of(
                "i nikt nie odpowiada na reklamację, masakra",
                "infolinia nie odbiera od rana, porażka",
                "a czat z konsultantem się rozłącza, skandal",
                "reklamację odrzucili bez słowa, oszuści",
                "maile wracają bez odpowiedzi, nie polecam");
        List<String> contexts = List.of(
                "Prezent dla mamy na urodziny przepadł.",
                "Piszę to już trzeci raz w tym miesiącu.",
                "Wszyscy znajomi mają z nimi ten sam problem.",
                "Pracuję zdalnie i cały dzień siedzę w domu.",
                "Zamawiałam leki dla chorego taty.");
        Http.Reply alerts = Http.get(stack.api() + "/alerts?brandId=" + BRAND);
        long deadline = System.nanoTime() + ALERTING.toNanos();
        int wave = 0;
        while (!hasOpened(alerts.body()) && System.nanoTime() < deadline) {
            StringBuilder burst = new StringBuilder();
            for (int i = 0; i < 25; i++) {
                String complaint = contexts.get(wave % 5) + " " + problems.get(i % 5) + " " + reactions.get(i / 5)
                        + ". Zamówienie nr "
                        + (70_000 + wave * 100 + i) + ", " + (2 + (i + wave) % 9) + " dni czekania.";
                burst.append(mention(complaint, Instant.now(), "klient_" + wave + "_" + i, 300 + i))
                        .append('\n');
            }
            assertEquals(
                    202,
                    Http.post(stack.ingest() + "/mentions/batch", "application/x-ndjson", burst.toString())
                            .status());
            wave++;
            Thread.sleep(3000);
            alerts = Http.get(stack.api() + "/alerts?brandId=" + BRAND);
        }
        JsonNode alert = StreamSupport.stream(alerts.body().spliterator(), false)
                .filter(a -> BRAND.equals(a.get("brandId").asText()))
                .findFirst()
                .orElseThrow(() -> new AssertionError("no alert for the burst of complaints"));
        assertTrue(
                alert.get("currentNegativeShare").asDouble()
                        > alert.get("usualNegativeShare").asDouble(),
                "the alert shows more negativity than usual");
        assertTrue(
                alert.get("currentMentions").asLong()
                        > alert.get("expectedMentions").asDouble(),
                "the alert shows more mentions than expected");
        assertTrue(!alert.get("reason").asText().isBlank(), "the alert says why");
        return alert.get("alertId").asText();
    }

    /** Issue 5: after OPENED, the alert is RESOLVED once the brand has been calm for the calm period. */
    private void theIncidentResolvesWhenTheBrandCalmsDown(RunningStack stack, String alertId) throws Exception {
        Http.Reply alert = Http.await(
                stack.api() + "/alerts/" + alertId,
                ALERTING,
                r -> r.status() == 200
                        && "RESOLVED".equals(r.body().get("state").asText()));
        assertEquals("RESOLVED", alert.body().get("state").asText(), () -> "the alert: " + alert.body());
        List<String> states = new ArrayList<>();
        alert.body().get("timeline").forEach(e -> states.add(e.get("state").asText()));
        assertEquals("OPENED", states.get(0), "the timeline starts with OPENED: " + states);
        assertEquals("RESOLVED", states.get(states.size() - 1), "and ends with RESOLVED: " + states);
        assertEquals(1, states.stream().filter("OPENED"::equals).count(), "one incident, one OPENED: " + states);
    }

    /**
     * Calm history, as a monitoring tool backfills it when a brand is added: a mention every two minutes over the
     * last three hours, in time order, so that the brand has a usual level before anything happens now.
     */
    private void backfillCalmHistory(RunningStack stack) throws Exception {
        StringBuilder history = new StringBuilder();
        Instant now = Instant.now();
        for (Instant t = now.minus(Duration.ofHours(3));
                t.isBefore(now.minusSeconds(120));
                t = t.plus(Duration.ofMinutes(2))) {
            history.append(mention("Zwykła dostawa Kurierexem, bez niespodzianek", t, "anna_" + sequence, 50))
                    .append('\n');
        }
        assertEquals(
                202,
                Http.post(stack.ingest() + "/mentions/batch", "application/x-ndjson", history.toString())
                        .status());
    }

    private void awaitBrandWatched(RunningStack stack) throws Exception {
        awaitBrandWatched(stack, Instant.now());
    }

    /** Posts probe mentions (published at {@code publishedAt}) until one is stored: the brand is watched. */
    private void awaitBrandWatched(RunningStack stack, Instant publishedAt) throws Exception {
        String probe = "Kurierex sprawdzenie " + run + "-" + (++sequence);
        long deadline = System.nanoTime() + PIPELINE.toNanos();
        while (System.nanoTime() < deadline) {
            Http.post(
                    stack.ingest() + "/mentions",
                    "application/json",
                    mention(probe + " " + sequence, publishedAt, "probe", 1));
            Http.Reply stored = Http.get(stack.api() + "/brands/" + BRAND + "/mentions?limit=500");
            if (textsOf(stored.body()).stream().anyMatch(t -> t.startsWith(probe))) {
                return;
            }
            Thread.sleep(2000);
        }
        throw new AssertionError("the new brand was not matched within " + PIPELINE);
    }

    private static boolean hasOpened(JsonNode alerts) {
        return alerts != null && alerts.isArray() && alerts.size() > 0;
    }

    private static List<String> textsOf(JsonNode mentions) {
        List<String> texts = new ArrayList<>();
        if (mentions != null && mentions.isArray()) {
            mentions.forEach(m -> texts.add(m.get("text").asText()));
        }
        return texts;
    }

    private String mention(String text, Instant publishedAt, String author, long followers) {
        String id = run + "-" + (++sequence);
        return "{\"source\":\"twitter\",\"sourceId\":\"" + id + "\",\"url\":\"https://twitter.com/" + author
                + "/status/" + id + "\","
                + "\"author\":{\"id\":\"" + author + "\",\"name\":\"" + author + "\",\"followers\":" + followers + "},"
                + "\"text\":\"" + text + "\",\"language\":\"pl\",\"publishedAt\":\"" + publishedAt + "\"}";
    }
}
