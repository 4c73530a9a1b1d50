package io.flarewatch.ingest.source.bluesky;

import io.flarewatch.ingest.source.ConnectorContext;
import io.flarewatch.ingest.source.SourceConnector;
import io.flarewatch.ingest.source.SourceException;
import io.flarewatch.ingest.source.SourceItem;
import io.flarewatch.ingest.source.SourceRef;
import io.flarewatch.ingest.source.brands.BrandTermsListener;
import java.net.URI;
import java.net.http.WebSocket;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.jboss.logging.Logger;

/**
 * Follows the Bluesky Jetstream firehose of new posts: keeps those that may name a brand, hands them to ingest in
 * small batches, and after each batch saves the {@code time_us} of the last event read as the cursor. A dropped
 * connection is reopened with that cursor (Jetstream replays from it) after the backoff delay; a restart reads the
 * cursor back from Kafka. Events read but not yet ingested when the connection drops are ingested first.
 */
public final class JetstreamConnector implements SourceConnector {

    private static final Logger LOG = Logger.getLogger(JetstreamConnector.class);
    /** A batch is ingested when this many posts matched or this long after the first of them. */
    static final int BATCH = 100;

    static final Duration FLUSH_EVERY = Duration.ofSeconds(1);
    /** On a stream with nothing for the brands the cursor still moves, but it is saved only this often. */
    static final Duration CURSOR_EVERY = Duration.ofSeconds(5);

    private final SourceRef source;
    private final URI endpoint;
    private final JetstreamEvents events;
    private final BrandTermsListener brands;
    private final List<String> brandIds;
    private final ConnectorContext context;
    private final List<SourceItem> pending = new ArrayList<>();
    private volatile boolean closed;
    private volatile WebSocket socket;
    private Thread thread;
    private boolean cursorLoaded;
    private long readTimeUs;
    private long savedTimeUs;
    private long lastFlushNanos = System.nanoTime();

    /** A connector of {@code endpoint} (the {@code subscribe} URL) keeping the posts that may name {@code brandIds}. */
    public JetstreamConnector(
            SourceRef source,
            URI endpoint,
            JetstreamEvents events,
            BrandTermsListener brands,
            List<String> brandIds,
            ConnectorContext context) {
        this.source = source;
        this.endpoint = endpoint;
        this.events = events;
        this.brands = brands;
        this.brandIds = List.copyOf(brandIds);
        this.context = context;
    }

    @Override
    public void start() {
        thread = new Thread(this::run, "jetstream-" + source.sourceId());
        thread.setDaemon(true);
        thread.start();
    }

    @Override
    public void close() {
        closed = true;
        WebSocket open = socket;
        if (open != null) {
            open.abort();
        }
        try {
            thread.join(Duration.ofSeconds(60).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void run() {
        int failures = 0;
        while (!closed) {
            String reason;
            try {
                if (!brands.awaitLoaded(context.httpTimeout())) {
                    throw new SourceException("the brands are not read yet, so nothing could be filtered");
                }
                if (!cursorLoaded) {
                    savedTimeUs = JetstreamCursor.parse(
                                    context.cursors().load(source.sourceId()).orElse(null))
                            .timeUs();
                    readTimeUs = savedTimeUs;
                    cursorLoaded = true;
                }
                JetstreamSession session = new JetstreamSession(this::onEvent);
                reason = follow(session);
                failures = session.received() ? 0 : failures;
                flush();
            } catch (SourceException | RuntimeException e) {
                reason = e.getMessage();
                synchronized (this) {
                    pending.clear();
                    readTimeUs = savedTimeUs; // read again from the saved cursor
                }
            }
            if (closed) {
                break;
            }
            failures++;
            Duration delay = context.backoff().delayAfter(failures);
            LOG.warnf("source %s: %s; reconnecting in %s", source.sourceId(), reason, delay);
            context.health().failed(source, reason, Instant.now().plus(delay));
            sleep(delay);
        }
    }

    /** Connects and follows the stream until it ends; returns why it ended. */
    private String follow(JetstreamSession session) {
        CompletableFuture<WebSocket> opening = context.http()
                .newWebSocketBuilder()
                .connectTimeout(context.httpTimeout())
                .buildAsync(subscribeUri(), session);
        try {
            socket = opening.get(context.httpTimeout().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            session.abandon();
            return "interrupted";
        } catch (Exception e) {
            // a handshake that completes after all must not feed events into a connection given up on
            session.abandon();
            opening.thenAccept(WebSocket::abort);
            return "could not connect to Jetstream: " + (e.getCause() != null ? e.getCause() : e);
        }
        context.health().succeeded(source);
        while (!closed) {
            try {
                return session.ended().get(FLUSH_EVERY.toMillis(), TimeUnit.MILLISECONDS);
            } catch (TimeoutException e) {
                flushIfDue();
            } catch (Exception e) {
                return "the Jetstream connection failed: " + e;
            }
        }
        socket.abort();
        return null;
    }

    private URI subscribeUri() {
        String separator = endpoint.getQuery() == null ? "?" : "&";
        String uri = endpoint + separator + "wantedCollections=" + JetstreamEvents.POST;
        return URI.create(savedTimeUs > 0 ? uri + "&cursor=" + savedTimeUs : uri);
    }

    private synchronized void onEvent(String event) {
        long timeUs = JetstreamEvents.timeUs(event);
        events.mentionOf(event, brands.filterFor(brandIds)).ifPresent(pending::add);
        if (timeUs > readTimeUs) {
            readTimeUs = timeUs;
        }
        if (pending.size() >= BATCH) {
            flushOrFail();
        }
    }

    private synchronized void flushIfDue() {
        long sinceFlush = System.nanoTime() - lastFlushNanos;
        boolean batchDue = !pending.isEmpty() && sinceFlush >= FLUSH_EVERY.toNanos();
        boolean cursorDue = readTimeUs > savedTimeUs && sinceFlush >= CURSOR_EVERY.toNanos();
        if (batchDue || cursorDue) {
            flushOrFail();
        }
    }

    private void flushOrFail() {
        try {
            flush();
        } catch (SourceException e) {
            throw new IllegalStateException(e.getMessage(), e);
        }
    }

    /** Ingests the pending posts, then saves the cursor: mentions first, so a crash repeats rather than loses. */
    private synchronized void flush() throws SourceException {
        lastFlushNanos = System.nanoTime();
        if (!pending.isEmpty()) {
            context.intake().ingest(source, List.copyOf(pending));
            pending.clear();
        }
        if (readTimeUs > savedTimeUs) {
            context.cursors().save(source.sourceId(), new JetstreamCursor(readTimeUs).json());
            savedTimeUs = readTimeUs;
            context.health().succeeded(source);
        }
    }

    private void sleep(Duration delay) {
        long until = System.nanoTime() + delay.toNanos();
        while (!closed && System.nanoTime() < until) {
            try {
                Thread.sleep(Math.min(200, Math.max(1, (until - System.nanoTime()) / 1_000_000)));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }
}
