package io.flarewatch.api.messaging;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.sqlclient.ClosedConnectionException;
import io.vertx.sqlclient.DatabaseException;
import java.io.IOException;
import java.util.Locale;
import java.util.Set;
import java.util.concurrent.TimeoutException;

/**
 * Tells a write that failed because of its record (PostgreSQL would refuse it again: dead-letter it) from one that
 * failed because the database is unavailable or refusing every write for now (write it again later).
 *
 * <p>Only PostgreSQL can say that a record is bad: a data exception (SQLSTATE class 22, such as a value too long or
 * an untranslatable character), an integrity constraint violation (23) or a limit one row exceeds (54, such as an
 * index entry too large). Any other SQLSTATE is about the database, not the row: a connection exception (08), too
 * few resources (53), an administrator or crash shutdown or a server still starting (57P01-57P03), a serialization
 * failure or deadlock (40001, 40P01), and also a missing table or a revoked privilege (42), which refuse every
 * record alike: dead-lettering them would throw away good data that a fixed database stores. A failure that reached
 * no database answer (connection refused, closed, reset, a pool timeout) is transient too. A failure that did not
 * come from the database client at all (our own validation, a mapping error) is the record's.
 */
public final class DatabaseFailures {

    private static final Set<String> RECORD_CLASSES = Set.of("22", "23", "54");

    private DatabaseFailures() {}

    /** Whether writing the same record again may succeed once the database is back. */
    public static boolean isTransient(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            if (cause instanceof DatabaseException database) {
                String state = database.getSqlState();
                return state == null || state.length() < 2 || !RECORD_CLASSES.contains(state.substring(0, 2));
            }
            if (cause instanceof ClosedConnectionException
                    || cause instanceof IOException
                    || cause instanceof TimeoutException
                    || isConnectionFailure(cause)) {
                return true;
            }
            if (cause.getCause() == cause) {
                break;
            }
        }
        return false;
    }

    /** Some refusals of the client and its pool ("Pool closed", a lost connection) have no type, only a message. */
    private static boolean isConnectionFailure(Throwable cause) {
        String message = String.valueOf(cause.getMessage()).toLowerCase(Locale.ROOT);
        return (cause instanceof VertxException || cause instanceof NoStackTraceThrowable)
                && (message.contains("connection") || message.contains("pool closed") || message.contains("timeout"));
    }
}
