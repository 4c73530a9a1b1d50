package io.flarewatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.function.Predicate;

/** A small HTTP client for the public APIs, speaking UTF-8 JSON. */
final class Http {

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    static final ObjectMapper JSON = new ObjectMapper();
    /** The API key every request to crisis-api sends in {@code X-Api-Key}; none when null. */
    private static volatile String apiKey;
    /** Where ingest-service is, and the source key every request to it sends instead of {@link #apiKey}. */
    private static volatile String ingestUrl;

    private static volatile String sourceKey;

    /** A status code with its parsed JSON body and content type. */
    record Reply(int status, String contentType, JsonNode body) {}

    private Http() {}

    /** Makes every following request send {@code key} (crisis-api's admin key of the running stack). */
    static void useApiKey(String key) {
        apiKey = key;
    }

    /** Makes every following request to {@code ingest} (its base URL) send {@code key}, the stack's source key. */
    static void useSourceKey(String ingest, String key) {
        ingestUrl = ingest;
        sourceKey = key;
    }

    static Reply get(String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), keyFor(url));
    }

    /** A GET with {@code key} instead of the usual one; none when null. */
    static Reply getAs(String key, String url) throws IOException, InterruptedException {
        return send(HttpRequest.newBuilder(URI.create(url)).GET(), key);
    }

    static Reply post(String url, String contentType, String body) throws IOException, InterruptedException {
        return postAs(keyFor(url), url, contentType, body);
    }

    /** A POST with {@code key} instead of the usual one; none when null. */
    static Reply postAs(String key, String url, String contentType, String body)
            throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", contentType + "; charset=UTF-8")
                        .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                key);
    }

    static Reply put(String url, String body) throws IOException, InterruptedException {
        return send(
                HttpRequest.newBuilder(URI.create(url))
                        .header("Content-Type", "application/json; charset=UTF-8")
                        .PUT(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8)),
                keyFor(url));
    }

    /** Polls {@code url} until its reply satisfies {@code condition}; returns the last reply either way. */
    static Reply await(String url, Duration timeout, Predicate<Reply> condition)
            throws IOException, InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        Reply reply = get(url);
        while (!condition.test(reply) && System.nanoTime() < deadline) {
            Thread.sleep(1000);
            reply = get(url);
        }
        return reply;
    }

    private static String keyFor(String url) {
        String ingest = ingestUrl;
        return ingest != null && url.startsWith(ingest + "/") ? sourceKey : apiKey;
    }

    private static Reply send(HttpRequest.Builder request, String key) throws IOException, InterruptedException {
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        HttpResponse<String> response = CLIENT.send(
                request.timeout(Duration.ofSeconds(30)).build(),
                HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        String body = response.body();
        JsonNode json = body == null || body.isBlank() ? JSON.nullNode() : JSON.readTree(body);
        return new Reply(
                response.statusCode(),
                response.headers().firstValue("Content-Type").orElse(""),
                json);
    }
}
