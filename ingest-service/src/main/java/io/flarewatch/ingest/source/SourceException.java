package io.flarewatch.ingest.source;

/** A poll or a stream of a source failed; the message is the short reason shown in source health. */
public class SourceException extends Exception {

    /** A failure with its reason. */
    public SourceException(String reason) {
        super(reason);
    }

    /** The message of {@code error}, or its kind when it has none (a refused connection says nothing more). */
    public static String describe(Throwable error) {
        String message = error.getMessage();
        return message == null || message.isBlank() ? error.getClass().getSimpleName() : message;
    }

    /** A failure with its reason and cause. */
    public SourceException(String reason, Throwable cause) {
        super(reason, cause);
    }
}
