package io.flarewatch.api.notify;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;

/**
 * A real HTTP server on localhost standing in for Slack and webhook receivers: it records every request, answers the
 * first {@code failFirst} requests of each path with 500, and then lets a check decide (null = 200, else 400).
 */
public final class HttpReceiver implements AutoCloseable {

    /** One request as received. */
    public record Received(String path, Map<String, List<String>> headers, String body, int answered) {
        /** A header's first value, case-insensitively. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .map(e -> e.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    private final HttpServer server;
    private final int failFirst;
    private final Map<String, Function<Received, String>> checks = new ConcurrentHashMap<>();
    private final Map<String, AtomicInteger> counts = new ConcurrentHashMap<>();
    private final List<Received> received = new CopyOnWriteArrayList<>();

    /** Starts on {@code port} of 127.0.0.1. */
    public HttpReceiver(int port, int failFirst) throws IOException {
        this.failFirst = failFirst;
        this.server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 0);
        server.createContext("/", this::handle);
        server.start();
    }

    /** The base URL, e.g. {@code http://127.0.0.1:1234}. */
    public String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Checks the requests of {@code path}: the function returns what is wrong, or null when the request is fine. */
    public void check(String path, Function<Received, String> check) {
        checks.put(path, check);
    }

    /** Every request of {@code path}, in order. */
    public List<Received> received(String path) {
        return received.stream().filter(r -> r.path().equals(path)).toList();
    }

    /** The requests of {@code path} answered 2xx. */
    public List<Received> accepted(String path) {
        return received(path).stream().filter(r -> r.answered() / 100 == 2).toList();
    }

    private void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        String body;
        try (InputStream in = exchange.getRequestBody()) {
            body = new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
        Map<String, List<String>> headers = Map.copyOf(exchange.getRequestHeaders());
        int count = counts.computeIfAbsent(path, p -> new AtomicInteger()).incrementAndGet();
        Received request = new Received(path, headers, body, 0);
        String problem = null;
        int status;
        if (count <= failFirst) {
            status = 500;
        } else {
            problem = checks.getOrDefault(path, r -> null).apply(request);
            status = problem == null ? 200 : 400;
        }
        received.add(new Received(path, headers, body, status));
        byte[] answer = (problem == null ? "ok" : problem).getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(status, answer.length);
        exchange.getResponseBody().write(answer);
        exchange.close();
    }

    /** Every request of {@code path} as its answer status and body, for assertion messages. */
    public List<String> describe(String path) {
        List<String> out = new ArrayList<>();
        received(path).forEach(r -> out.add(r.answered() + " " + r.body()));
        return out;
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
