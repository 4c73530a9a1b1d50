package io.flarewatch.localstack.load;

import io.flarewatch.localstack.AdminKey;
import io.flarewatch.localstack.SourceKeyFile;
import io.flarewatch.localstack.StackConfig;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** The load tool's HTTP side: NDJSON batches to ingest-service, the run's brands in crisis-api. */
public final class StackHttp {

    private static final Pattern ACCEPTED = Pattern.compile("\"accepted\"\\s*:\\s*(\\d+)");

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final String ingestUrl;
    private final String apiUrl;
    private final String adminKey;
    private final String sourceKey;

    /** {@code sourceKey} is sent to ingest as {@code X-Api-Key} when not null. */
    public StackHttp(String ingestUrl, String apiUrl, String adminKey, String sourceKey) {
        this.ingestUrl = ingestUrl;
        this.apiUrl = apiUrl;
        this.adminKey = adminKey;
        this.sourceKey = sourceKey;
    }

    /** The stack's HTTP side, with the admin key and, when the stack has one, its ingest source key. */
    public static StackHttp of(StackConfig config) throws IOException {
        return new StackHttp(
                "http://localhost:" + config.ingestPort(),
                "http://localhost:" + config.apiPort(),
                AdminKey.read(config.dataDir()),
                SourceKeyFile.forTools(System.getenv(), config.dataDir()));
    }

    /** What ingest answered to one batch: how many it acknowledged, and the status. */
    public record BatchAnswer(int status, int accepted, String body) {}

    /** Posts NDJSON lines as one batch and returns how many ingest acknowledged (202 or a 400 naming bad lines). */
    public BatchAnswer postBatch(List<String> lines) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(ingestUrl + "/mentions/batch"))
                .timeout(Duration.ofSeconds(60))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(String.join("\n", lines), StandardCharsets.UTF_8));
        if (sourceKey != null) {
            request.header("X-Api-Key", sourceKey);
        }
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        Matcher accepted = ACCEPTED.matcher(response.body());
        int count = accepted.find() ? Integer.parseInt(accepted.group(1)) : 0;
        return new BatchAnswer(response.statusCode(), count, response.body());
    }

    /** Creates the brand afresh (a brand of an interrupted run with the same id is replaced). */
    public void createBrand(LoadBrand brand) throws IOException, InterruptedException {
        deleteBrand(brand);
        String body = """
                {"id":"%s","name":"%s","query":"%s","languages":["pl","en"]}""".formatted(brand.id(), brand.name(), brand.name().toLowerCase());
        HttpResponse<String> response = http.send(
                api("/brands")
                        .header("Content-Type", "application/json")
                        .POST(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(
                    "crisis-api refused brand " + brand.id() + ": " + response.statusCode() + " " + response.body());
        }
    }

    /** Sends the brand's alerts to one generic webhook; returns null, or crisis-api's refusal. */
    public String setWebhook(LoadBrand brand, String url) throws IOException, InterruptedException {
        // a webhook needs a signing secret when crisis-api has no global one; the load's receiver does not check it
        String body = "{\"webhookUrls\":[\"" + url + "\"],\"webhookSecret\":\"load-run-" + brand.id() + "\"}";
        HttpResponse<String> response = http.send(
                api("/brands/" + brand.id() + "/notifications")
                        .header("Content-Type", "application/json")
                        .PUT(HttpRequest.BodyPublishers.ofString(body))
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        return response.statusCode() / 100 == 2 ? null : response.statusCode() + " " + response.body();
    }

    /** Deletes the brand; its mentions and alerts stay in crisis-api. */
    public void deleteBrand(LoadBrand brand) throws IOException, InterruptedException {
        http.send(api("/brands/" + brand.id()).DELETE().build(), HttpResponse.BodyHandlers.discarding());
    }

    private HttpRequest.Builder api(String path) {
        return HttpRequest.newBuilder(URI.create(apiUrl + path))
                .timeout(Duration.ofSeconds(30))
                .header("X-Api-Key", adminKey);
    }
}
