package io.flarewatch.api.notify.channel;

import io.flarewatch.api.notify.NotifyConfig;
import jakarta.enterprise.context.ApplicationScoped;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

/** Posts JSON with the JDK HTTP client, with a connect and a response timeout; a 2xx answer counts as delivered. */
@ApplicationScoped
public class HttpPoster {

    private final HttpClient client;
    private final Duration timeout;

    HttpPoster(NotifyConfig config) {
        this.timeout = config.httpTimeout();
        this.client = HttpClient.newBuilder()
                .connectTimeout(timeout)
                .followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    /** Posts {@code body} as JSON with the extra headers. */
    public SendResult postJson(String url, String body, Map<String, String> headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(url))
                .timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .POST(HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8));
        headers.forEach(request::header);
        try {
            HttpResponse<Void> response = client.send(request.build(), HttpResponse.BodyHandlers.discarding());
            int status = response.statusCode();
            return status / 100 == 2 ? SendResult.ok(status) : SendResult.failed(status, "HTTP " + status);
        } catch (HttpTimeoutException e) {
            return SendResult.failed(null, "timeout after " + timeout.toMillis() + " ms");
        } catch (IOException e) {
            return SendResult.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return SendResult.failed(null, "interrupted");
        }
    }
}
