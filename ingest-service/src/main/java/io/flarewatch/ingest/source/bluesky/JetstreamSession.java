package io.flarewatch.ingest.source.bluesky;

import java.net.http.WebSocket;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.function.Consumer;

/**
 * One WebSocket connection to Jetstream: whole text messages go to a handler one at a time (the next is requested
 * only after the handler returned, so a slow Kafka slows the stream instead of filling memory); {@link #ended()}
 * completes with the reason when the connection closes or fails.
 */
final class JetstreamSession implements WebSocket.Listener {

    private final Consumer<String> handler;
    private final StringBuilder message = new StringBuilder();
    private final CompletableFuture<String> ended = new CompletableFuture<>();
    private volatile boolean received;
    private volatile boolean abandoned;

    JetstreamSession(Consumer<String> handler) {
        this.handler = handler;
    }

    /** The connector gave up on this connection: whatever still arrives on it is dropped and it is closed. */
    void abandon() {
        abandoned = true;
    }

    /** Whether at least one whole message arrived. */
    boolean received() {
        return received;
    }

    /** Completes with why the connection ended. */
    CompletableFuture<String> ended() {
        return ended;
    }

    @Override
    public void onOpen(WebSocket webSocket) {
        if (abandoned) {
            webSocket.abort();
            return;
        }
        webSocket.request(1);
    }

    @Override
    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
        if (abandoned) {
            webSocket.abort();
            return null;
        }
        message.append(data);
        if (last) {
            String whole = message.toString();
            message.setLength(0);
            received = true;
            try {
                handler.accept(whole);
            } catch (RuntimeException e) {
                ended.complete("handling an event failed: " + e.getMessage());
                webSocket.abort();
                return null;
            }
        }
        webSocket.request(1);
        return null;
    }

    @Override
    public CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
        ended.complete("Jetstream closed the connection (" + statusCode + (reason.isEmpty() ? "" : " " + reason) + ")");
        return null;
    }

    @Override
    public void onError(WebSocket webSocket, Throwable error) {
        ended.complete("the Jetstream connection failed: " + error.getMessage());
    }
}
