package io.flarewatch.api.notify.channel;

/**
 * The outcome of one attempt.
 *
 * @param delivered  whether the receiver accepted it
 * @param httpStatus the receiver's HTTP status, if it answered over HTTP
 * @param error      what went wrong, if anything
 */
public record SendResult(boolean delivered, Integer httpStatus, String error) {

    /** Accepted. */
    public static SendResult ok(Integer httpStatus) {
        return new SendResult(true, httpStatus, null);
    }

    /** Refused or failed. */
    public static SendResult failed(Integer httpStatus, String error) {
        return new SendResult(false, httpStatus, error);
    }
}
