package io.flarewatch.ingest.source;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.function.Function;

/** A local HTTP server for connector tests: answers each path as the test says and records every request. */
public final class RecordingHttpServer implements AutoCloseable {

    /** A request as the server saw it. */
    public record Request(String path, String query, Map<String, List<String>> headers) {
        /** The first value of header {@code name}, or null. */
        public String header(String name) {
            return headers.entrySet().stream()
                    .filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().get(0))
                    .findFirst()
                    .orElse(null);
        }
    }

    /** An answer: status, headers and body ({@code delayMillis} before it is sent, to let the client time out). */
    public record Reply(int status, Map<String, String> headers, String body, long delayMillis) {
        /** 200 with {@code body} of {@code contentType} and the extra headers. */
        public static Reply ok(String body, String contentType, Map<String, String> headers) {
            Map<String, String> all = new HashMap<>(headers);
            all.put("Content-Type", contentType);
            return new Reply(200, all, body, 0);
        }

        /** {@code status} without a body. */
        public static Reply status(int status) {
            return new Reply(status, Map.of(), "", 0);
        }
    }

    private final HttpServer server;
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private final List<Request> requests = new CopyOnWriteArrayList<>();

    /** Starts a server on a free port of the loopback interface. */
    public RecordingHttpServer() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.setExecutor(executor);
        server.start();
    }

    /** Answers requests to {@code path} with what {@code answer} returns for them. */
    public void handle(String path, Function<Request, Reply> answer) {
        server.createContext(path, exchange -> respond(exchange, answer));
    }

    /** The URL of {@code path} on this server. */
    public String url(String path) {
        return "http://127.0.0.1:" + server.getAddress().getPort() + path;
    }

    /** The requests to {@code path} so far, in order. */
    public List<Request> requests(String path) {
        return requests.stream().filter(request -> request.path().equals(path)).toList();
    }

    @Override
    public void close() {
        server.stop(0);
        executor.shutdownNow();
    }

    private void respond(HttpExchange exchange, Function<Request, Reply> answer) throws IOException {
        Request request = new Request(
                exchange.getRequestURI().getPath(),
                exchange.getRequestURI().getRawQuery(),
                Map.copyOf(exchange.getRequestHeaders()));
        requests.add(request);
        Reply reply = answer.apply(request);
        try {
            Thread.sleep(reply.delayMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        reply.headers().forEach((name, value) -> exchange.getResponseHeaders().add(name, value));
        byte[] body = reply.body().getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(reply.status(), body.length == 0 ? -1 : body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        } catch (IOException e) {
            // the client gave up (a timeout test): nothing to answer
        }
        exchange.close();
    }
}
