package io.flarewatch.localstack;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * {@code up --demo}: creates a Polish and an English demo brand, backfills three calm hours of their
 * mentions, then replays the team's scenario live, printing each phase as it starts: "quiet chatter" (ordinary
 * talk about both brands, well above the thin history: no alert), "storm building" (complaints about the Polish
 * brand from many people, with escalation: an alert within a minute) and "calm again" (the alert resolves).
 */
final class DemoScenario {

    static final Duration HISTORY = Duration.ofHours(3);
    static final Duration HISTORY_STEP = Duration.ofMinutes(2);
    /** The backfill is sent in chronological chunks this long (less than alert-service's allowed lateness)... */
    static final Duration BACKFILL_CHUNK = Duration.ofMinutes(6);
    /** ...this far apart, so that one chunk is scored before the next arrives. */
    static final Duration BACKFILL_PAUSE = Duration.ofMillis(300);

    static final Duration WARM_UP = Duration.ofSeconds(40);
    static final Duration STORM = Duration.ofSeconds(150);
    static final Duration CALM = Duration.ofMinutes(20);
    private static final Duration TICK = Duration.ofSeconds(1);
    private static final String[] FIRST_NAMES = {
        "ania", "kasia", "tomek", "marek", "ola", "piotr", "magda", "kuba", "ewa", "bartek", "zosia", "michal", "agata",
        "pawel", "iga", "jan", "sam", "emma", "olivia", "jack"
    };

    private final StackConfig config;
    private final PrintStream out;
    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final Random random = new Random(20261122L);
    private final List<String[]> ordinary = readPool("/demo/ordinary.tsv");
    private final List<String[]> storm = readPool("/demo/storm.tsv");
    private final String runId = Long.toString(System.currentTimeMillis(), 36);
    private long sequence;
    private volatile boolean stopping;
    private volatile String sourceKey;

    DemoScenario(StackConfig config, PrintStream out) {
        this.config = config;
        this.out = out;
    }

    /** Tells the scenario that the stack is going down, so that failing requests are expected. */
    void stopping() {
        stopping = true;
    }

    /**
     * Runs the whole scenario, creating the brands with {@code adminKey} and posting mentions with {@code sourceKey};
     * returns when it is over (about 25 minutes) or the thread is interrupted.
     */
    void run(String adminKey, String sourceKey) {
        this.sourceKey = sourceKey;
        try {
            createBrand(
                    adminKey,
                    "{\"id\":\"kurierex\",\"name\":\"Kurierex\",\"query\":\"kurierex\",\"languages\":[\"pl\"],\"sensitivity\":\"balanced\"}");
            createBrand(
                    adminKey,
                    "{\"id\":\"brightcell\",\"name\":\"Brightcell\",\"query\":\"brightcell\",\"languages\":[\"en\"],\"sensitivity\":\"balanced\"}");
            out.println("demo: brands Kurierex (pl) and Brightcell (en) are watched");
            Thread.sleep(3000);
            backfillHistory();
            out.println("demo: both brands are new, so the detector is learning them for a day (brand.learning on"
                    + " alert-service's /q/metrics): a wide band, and only clear negativity from many people alerts");
            phase(
                    1,
                    "quiet chatter",
                    WARM_UP,
                    "ordinary talk about both brands, far above the backfilled level: no alert");
            replay(WARM_UP, elapsed -> 0.4, elapsed -> 0.0);
            phase(
                    2,
                    "storm building",
                    STORM,
                    "complaints about Kurierex from many people pile up; an alert within a minute"
                            + " in the console at http://localhost:" + config.apiPort()
                            + "/console/, none for Brightcell");
            replay(STORM, elapsed -> 0.4, elapsed -> Math.min(4.0, 0.5 + 4.0 * elapsed / (double) STORM.toSeconds()));
            phase(3, "calm again", CALM, "the alert resolves once Kurierex has been calm for a while");
            replay(CALM, elapsed -> 0.3, elapsed -> 0.0);
            out.println("demo: scenario finished; the stack keeps running until Ctrl-C");
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException | RuntimeException e) {
            if (!stopping) {
                out.println("demo: stopped: " + e);
            }
        }
    }

    /** Prints the phase that starts now; the end-to-end test reads these lines. */
    private void phase(int number, String name, Duration length, String what) {
        out.printf(
                "demo: phase %d/3 \"%s\" (%s): %s%n",
                number,
                name,
                length.toSeconds() % 60 == 0 ? length.toMinutes() + " min" : length.toSeconds() + " s",
                what);
    }

    private void backfillHistory() throws IOException, InterruptedException {
        Instant now = Instant.now();
        StringBuilder batch = new StringBuilder();
        int count = 0;
        Instant chunkStart = now.minus(HISTORY);
        for (Instant t = now.minus(HISTORY); t.isBefore(now.minusSeconds(60)); t = t.plus(HISTORY_STEP)) {
            if (!t.isBefore(chunkStart.plus(BACKFILL_CHUNK))) {
                // ingest keys mentions by id, so one brand's mentions may be reordered across partitions on their way;
                // chronological chunks shorter than alert-service's allowed lateness keep every one of them in time
                post("/mentions/batch", batch.toString());
                batch.setLength(0);
                chunkStart = t;
                Thread.sleep(BACKFILL_PAUSE.toMillis());
            }
            for (String brand : List.of("kurierex", "brightcell")) {
                batch.append(mentionJson(pick(ordinary, brand), t.plusSeconds(random.nextInt(100))))
                        .append('\n');
                count++;
            }
        }
        post("/mentions/batch", batch.toString());
        out.println("demo: backfilled " + count + " mentions of the last " + HISTORY.toHours() + " hours");
    }

    private void replay(Duration length, RatePerSecond ordinaryRate, RatePerSecond stormRate)
            throws IOException, InterruptedException {
        Instant start = Instant.now();
        long elapsed;
        while ((elapsed = Duration.between(start, Instant.now()).toSeconds()) < length.toSeconds()) {
            StringBuilder batch = new StringBuilder();
            for (int i = 0; i < arrivals(ordinaryRate.at(elapsed)); i++) {
                String brand = random.nextBoolean() ? "kurierex" : "brightcell";
                batch.append(mentionJson(pick(ordinary, brand), Instant.now())).append('\n');
            }
            for (int i = 0; i < arrivals(stormRate.at(elapsed)); i++) {
                batch.append(mentionJson(pick(storm, "kurierex"), Instant.now()))
                        .append('\n');
            }
            if (!batch.isEmpty()) {
                post("/mentions/batch", batch.toString());
            }
            Thread.sleep(TICK.toMillis());
        }
    }

    /** How many mentions arrive in one tick at {@code rate} per second: the whole part plus a chance of one more. */
    private int arrivals(double rate) {
        int whole = (int) rate;
        return whole + (random.nextDouble() < rate - whole ? 1 : 0);
    }

    private String mentionJson(String[] line, Instant publishedAt) {
        String author = FIRST_NAMES[random.nextInt(FIRST_NAMES.length)] + "_" + random.nextInt(10_000);
        long followers = Math.round(Math.exp(4 + 1.6 * random.nextGaussian()));
        String id = runId + "-" + (++sequence);
        String source = random.nextInt(4) == 0 ? "facebook" : "twitter";
        return "{\"source\":\"" + source + "\",\"sourceId\":\"" + id + "\","
                + "\"url\":\"https://" + source + ".com/" + author + "/posts/" + id + "\","
                + "\"author\":{\"id\":\"" + author + "\",\"name\":\"" + author + "\",\"followers\":" + followers + "},"
                + "\"text\":\"" + line[2].replace("\\", "\\\\").replace("\"", "\\\"") + "\","
                + "\"language\":\"" + line[1] + "\",\"publishedAt\":\"" + publishedAt + "\"}";
    }

    /**
     * A post about {@code brand}: two lines of the pool, so that many people's posts are different texts while the
     * pool stays small (ingest links a text posted again to the first post of its story, and alert-service counts a
     * story once: one line reused a hundred times would be one story, not a storm).
     */
    private String[] pick(List<String[]> pool, String brand) {
        List<String[]> ofBrand = pool.stream().filter(l -> l[0].equals(brand)).toList();
        String[] first = ofBrand.get(random.nextInt(ofBrand.size()));
        String[] second = ofBrand.get(random.nextInt(ofBrand.size()));
        return second == first ? first : new String[] {first[0], first[1], first[2] + " " + second[2]};
    }

    private void createBrand(String adminKey, String json) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + config.apiPort() + "/brands"))
                        .header("Content-Type", "application/json")
                        .header("X-Api-Key", adminKey)
                        .POST(HttpRequest.BodyPublishers.ofString(json))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() != 201 && response.statusCode() != 409) {
            throw new IOException("creating a demo brand failed: " + response.statusCode() + " " + response.body());
        }
    }

    private void post(String path, String ndjson) throws IOException, InterruptedException {
        HttpResponse<String> response = http.send(
                HttpRequest.newBuilder(URI.create("http://localhost:" + config.ingestPort() + path))
                        .header("Content-Type", "application/x-ndjson")
                        .header("X-Api-Key", sourceKey)
                        .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() >= 300) {
            throw new IOException("ingest answered " + response.statusCode() + ": " + response.body());
        }
    }

    private static List<String[]> readPool(String resource) {
        try (InputStream in = DemoScenario.class.getResourceAsStream(resource)) {
            List<String[]> lines = new ArrayList<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (!line.isBlank() && !line.startsWith("#")) {
                    lines.add(line.split("\t", 3));
                }
            }
            return lines;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A rate of mentions per second, as a function of the seconds elapsed in a phase. */
    @FunctionalInterface
    private interface RatePerSecond {
        double at(long elapsedSeconds);
    }
}
