package io.flarewatch.ingest.source;

import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.ReentrantLock;
import org.jboss.logging.Logger;

/**
 * Runs a {@link Poller} every interval: reads its cursor back from Kafka once, then polls, hands the new items to
 * ingest, and only after Kafka has them saves the new cursor. A restart therefore never skips an item; a crash
 * between the two writes repeats some, which the duplicate filter drops. A failed poll is tried again after the
 * {@link Backoff} delay, with the same cursor.
 */
public final class PollingLoop implements SourceConnector {

    private static final Logger LOG = Logger.getLogger(PollingLoop.class);
    private static final Duration CLOSE_TIMEOUT = Duration.ofSeconds(60);

    private final SourceRef source;
    private final Poller poller;
    private final Duration interval;
    private final ConnectorContext context;
    private final ReentrantLock running = new ReentrantLock();
    private volatile boolean closed;
    private ScheduledFuture<?> next;
    private boolean cursorLoaded;
    private String cursor;
    private int failures;

    /** A loop polling {@code poller} every {@code interval} for {@code source}. */
    public PollingLoop(SourceRef source, Poller poller, Duration interval, ConnectorContext context) {
        this.source = source;
        this.poller = poller;
        this.interval = interval;
        this.context = context;
    }

    @Override
    public void start() {
        schedule(Duration.ZERO);
    }

    @Override
    public void close() {
        closed = true;
        synchronized (this) {
            if (next != null) {
                next.cancel(false);
            }
        }
        try {
            if (running.tryLock(CLOSE_TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)) {
                running.unlock();
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void runOnce() {
        running.lock();
        try {
            if (closed) {
                return;
            }
            pollAndIngest();
            failures = 0;
            context.health().succeeded(source);
            schedule(interval);
        } catch (SourceException | RuntimeException e) {
            failures++;
            Duration delay = context.backoff().delayAfter(failures);
            if (e instanceof SourceException failure
                    && failure.retryAfter() != null
                    && failure.retryAfter().compareTo(delay) > 0) {
                delay = failure.retryAfter(); // the source said when; asking sooner only adds to its load
            }
            String reason = e instanceof SourceException ? e.getMessage() : "unexpected error: " + e;
            LOG.warnf("source %s failed (%d in a row), next try in %s: %s", source.sourceId(), failures, delay, reason);
            context.health().failed(source, reason, Instant.now().plus(delay));
            schedule(delay);
        } finally {
            running.unlock();
        }
    }

    private void pollAndIngest() throws SourceException {
        if (!cursorLoaded) {
            cursor = context.cursors().load(source.sourceId()).orElse(null);
            cursorLoaded = true;
        }
        Poller.Poll poll = poller.poll(cursor);
        context.intake().ingest(source, poll.items());
        if (!Objects.equals(poll.cursor(), cursor)) {
            context.cursors().save(source.sourceId(), poll.cursor());
            cursor = poll.cursor();
        }
    }

    private synchronized void schedule(Duration delay) {
        if (!closed) {
            next = context.scheduler().schedule(this::runOnce, delay.toMillis(), TimeUnit.MILLISECONDS);
        }
    }
}
