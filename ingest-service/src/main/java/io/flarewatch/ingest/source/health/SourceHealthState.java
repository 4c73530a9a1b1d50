package io.flarewatch.ingest.source.health;

import io.flarewatch.events.SourceHealth;
import io.flarewatch.ingest.source.SourceRef;
import java.time.Instant;

/** What is known of one source's health, from which its {@link SourceHealth} record is written; not thread-safe. */
final class SourceHealthState {

    static final String OK = "ok";
    static final String BACKOFF = "backoff";
    static final String DISABLED = "disabled";

    private final SourceRef source;
    private final RateWindow window = new RateWindow();
    private String status = OK;
    private Instant lastSuccessAt;
    private Instant lastErrorAt;
    private String lastError;
    private Instant nextAttemptAt;

    SourceHealthState(SourceRef source) {
        this.source = source;
    }

    void accepted(Instant receivedAt, double lagSeconds) {
        window.add(receivedAt, lagSeconds);
    }

    /** A poll or a delivery went well; returns whether the status changed. */
    boolean succeeded(Instant at) {
        lastSuccessAt = at;
        nextAttemptAt = null;
        return setStatus(OK);
    }

    /** A poll failed and is tried again at {@code retryAt}. */
    void failed(Instant at, String reason, Instant retryAt) {
        lastErrorAt = at;
        lastError = reason;
        nextAttemptAt = retryAt;
        setStatus(BACKOFF);
    }

    /** Some items were refused (the poll itself went well). */
    void itemsRefused(Instant at, String reason) {
        lastErrorAt = at;
        lastError = reason;
    }

    /** The source is configured but switched off; returns whether the status changed. */
    boolean disabled() {
        nextAttemptAt = null;
        return setStatus(DISABLED);
    }

    /** Seconds since the epoch of the last success, NaN if never (a gauge shows no value then). */
    double lastSuccessEpochSeconds() {
        Instant last = lastSuccessAt;
        return last == null ? Double.NaN : last.toEpochMilli() / 1000.0;
    }

    SourceHealth snapshot(Instant now) {
        return new SourceHealth(
                source.sourceId(),
                source.connector(),
                status,
                lastSuccessAt,
                lastErrorAt,
                lastError,
                window.perMinute(now),
                window.medianLagSeconds(now),
                nextAttemptAt,
                now);
    }

    private boolean setStatus(String next) {
        boolean changed = !next.equals(status);
        status = next;
        return changed;
    }
}
