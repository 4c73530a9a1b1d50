package io.flarewatch.ingest.source;

import java.time.Duration;
import java.util.Optional;

/** A poll or a stream of a source failed; the message is the short reason shown in source health. */
public class SourceException extends Exception {

    private final Duration retryAfter;

    /** A failure with its reason. */
    public SourceException(String reason) {
        this(reason, (Duration) null);
    }

    /** A failure whose source asked to be tried again no sooner than {@code retryAfter} (null: it did not say). */
    public SourceException(String reason, Duration retryAfter) {
        super(reason);
        this.retryAfter = retryAfter;
    }

    /** The message of {@code error}, or its kind when it has none (a refused connection says nothing more). */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    /** A failure with its reason and cause. */
    public SourceException(String reason, Throwable cause) {
        super(reason, cause);
        this.retryAfter = null;
    }

    /** The wait the source asked for ({@code Retry-After}), null when it did not say. */
    public Duration retryAfter() {
        return retryAfter;
    }

    /**
     * The failure of an HTTP answer {@code status}, with the wait of its {@code Retry-After} header when that is a
     * number of seconds (as rate limits and 503 pages send it).
     */
    public static SourceException httpStatus(String what, int status, Optional<String> retryAfterHeader) {
        Duration retryAfter = retryAfterHeader
                .filter(value -> value.trim().matches("\\d{1,9}"))
                .map(value -> Duration.ofSeconds(Long.parseLong(value.trim())))
                .orElse(null);
        return new SourceException(what + " answered HTTP " + status, retryAfter);
    }
}
