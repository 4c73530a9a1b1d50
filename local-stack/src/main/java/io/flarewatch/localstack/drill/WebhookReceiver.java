package io.flarewatch.localstack.drill;

import com.fasterxml.jackson.databind.JsonNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import io.flarewatch.events.EventJson;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A webhook endpoint on the loopback interface that the drill's brands notify: counts each notification by alert,
 * kind and severity, so that a notification delivered twice shows.
 */
final class WebhookReceiver implements AutoCloseable {

    private final HttpServer server;
    private final Map<String, AtomicInteger> deliveries = new ConcurrentHashMap<>();

    WebhookReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/hook", this::receive);
        server.start();
    }

    /** The URL to put in a brand's notification settings. */
    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort() + "/hook";
    }

    /** Notifications received for the alerts of {@code brandIds}' brands. */
    int received(String brandPrefix) {
        return deliveries.entrySet().stream()
                .filter(e -> e.getKey().startsWith(brandPrefix))
                .mapToInt(e -> e.getValue().get())
                .sum();
    }

    /** Notifications of those brands received more than once (same alert, kind and severity). */
    int repeated(String brandPrefix) {
        return deliveries.entrySet().stream()
                .filter(e -> e.getKey().startsWith(brandPrefix))
                .mapToInt(e -> Math.max(0, e.getValue().get() - 1))
                .sum();
    }

    private void receive(HttpExchange exchange) throws IOException {
        try (exchange) {
            JsonNode body = EventJson.mapper().readTree(exchange.getRequestBody());
            JsonNode alert = body.path("alert");
            String key = String.join(
                    "/",
                    alert.path("brandId").asText(),
                    alert.path("alertId").asText(),
                    body.path("kind").asText(),
                    alert.path("severity").asText());
            deliveries.computeIfAbsent(key, k -> new AtomicInteger()).incrementAndGet();
            exchange.sendResponseHeaders(204, -1);
        }
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
