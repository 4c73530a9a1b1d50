package io.flarewatch.localstack.importer;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/** Posts NDJSON batches to ingest-service's {@code /mentions/batch} and reads its per-line answer. */
final class IngestClient {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI batchUri;
    private final String key;

    /** A client of the ingest at {@code baseUrl}, sending {@code key} as {@code X-Api-Key} when not null. */
    IngestClient(String baseUrl, String key) {
        this.batchUri = URI.create(baseUrl + "/mentions/batch");
        this.key = key;
    }

    /**
     * A line ingest refused.
     *
     * @param line   its line in the batch (1-based)
     * @param reason the field and what is wrong with it
     */
    record LineError(int line, String reason) {}

    /**
     * Ingest's answer to one batch.
     *
     * @param status            the HTTP status
     * @param accepted          mentions written to Kafka
     * @param duplicates        mentions ingest had received before
     * @param errors            the lines refused (status 400)
     * @param retryAfterSeconds how long to wait before sending again (429, 503), else 0
     * @param detail            the problem's detail, for statuses other than 202 and 400
     */
    record Answer(
            int status, int accepted, int duplicates, List<LineError> errors, long retryAfterSeconds, String detail) {}

    @Override
    public String toString() {
        return batchUri.toString();
    }

    Answer post(String ndjson) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(batchUri)
                .timeout(Duration.ofSeconds(120))
                .header("Content-Type", "application/x-ndjson")
                .POST(HttpRequest.BodyPublishers.ofString(ndjson, StandardCharsets.UTF_8));
        if (key != null) {
            request.header("X-Api-Key", key);
        }
        HttpResponse<String> response =
                http.send(request.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
        return answer(response.statusCode(), response.body(), retryAfter(response));
    }

    /** Reads ingest's JSON answer (202 counts, or a problem with counts and per-line errors). */
    static Answer answer(int status, String body, long retryAfterSeconds) {
        JsonNode json;
        try {
            json = JSON.readTree(body == null || body.isBlank() ? "{}" : body);
        } catch (IOException e) {
            json = JSON.createObjectNode();
        }
        List<LineError> errors = new ArrayList<>();
        for (JsonNode error : json.path("errors")) {
            errors.add(new LineError(
                    error.path("line").asInt(),
                    error.path("field").asText("$") + " "
                            + error.path("message").asText()));
        }
        String detail = json.path("detail").asText(body == null ? "" : body);
        return new Answer(
                status,
                json.path("accepted").asInt(0),
                json.path("duplicates").asInt(0),
                errors,
                retryAfterSeconds,
                detail);
    }

    private static long retryAfter(HttpResponse<?> response) {
        return response.headers()
                .firstValue("Retry-After")
                .map(value -> {
                    try {
                        return Long.parseLong(value.trim());
                    } catch (NumberFormatException e) {
                        return 2L;
                    }
                })
                .orElse(0L);
    }
}
