package io.flarewatch.e2e;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;
import java.util.stream.Stream;

/** A client of one crisis-api's {@code GET /alerts/stream}, as the console is: it keeps every event it was sent. */
final class AlertStreamClient implements AutoCloseable {

    private final List<JsonNode> events = new CopyOnWriteArrayList<>();
    private final CompletableFuture<HttpResponse<Stream<String>>> response;

    private AlertStreamClient(CompletableFuture<HttpResponse<Stream<String>>> response) {
        this.response = response;
    }

    /** Subscribes to {@code apiUrl}'s stream with {@code key} and waits until it answers with the event stream. */
    static AlertStreamClient connect(String apiUrl, String key) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create(apiUrl + "/alerts/stream"))
                .header("Accept", "text/event-stream")
                .header("X-Api-Key", key)
                .build();
        AlertStreamClient client = new AlertStreamClient(
                HttpClient.newHttpClient().sendAsync(request, HttpResponse.BodyHandlers.ofLines()));
        HttpResponse<Stream<String>> answer = client.response.get(30, TimeUnit.SECONDS);
        if (answer.statusCode() != 200) {
            throw new IllegalStateException("/alerts/stream answered " + answer.statusCode());
        }
        Thread reader = new Thread(() -> client.readUntilClosed(answer.body()), "alert-stream-client");
        reader.setDaemon(true);
        reader.start();
        return client;
    }

    private void readUntilClosed(Stream<String> lines) {
        try {
            lines.forEach(this::read);
        } catch (UncheckedIOException e) {
            // the stream ends when the stack stops or the client closes it
        }
    }

    private void read(String line) {
        if (line.startsWith("data:")) {
            try {
                events.add(Http.JSON.readTree(line.substring("data:".length()).trim()));
            } catch (IOException e) {
                throw new IllegalStateException("not JSON on the alert stream: " + line, e);
            }
        }
    }

    /** The events so far that satisfy {@code wanted}. */
    List<JsonNode> events(Predicate<JsonNode> wanted) {
        return events.stream().filter(wanted).toList();
    }

    /** Waits until an event satisfies {@code wanted}; whether one did within {@code timeout}. */
    boolean await(Predicate<JsonNode> wanted, Duration timeout) throws InterruptedException {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (events(wanted).isEmpty() && System.nanoTime() < deadline) {
            Thread.sleep(250);
        }
        return !events(wanted).isEmpty();
    }

    /** Every event so far, for failure messages. */
    List<JsonNode> all() {
        return List.copyOf(events);
    }

    @Override
    public void close() {
        response.cancel(true);
    }
}
