package io.flarewatch.api.messaging;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.vertx.core.VertxException;
import io.vertx.core.impl.NoStackTraceThrowable;
import io.vertx.pgclient.PgException;
import io.vertx.sqlclient.ClosedConnectionException;
import java.net.ConnectException;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Which failed writes are the record's fault (dead-letter it) and which the database's (write it again). */
class DatabaseFailuresTest {

    @ParameterizedTest(name = "SQLSTATE {0}: transient {1}")
    @CsvSource({
        "22001, false", // value too long for the column
        "22021, false", // invalid byte sequence, such as a NUL in a text
        "22P05, false", // untranslatable character
        "23505, false", // unique violation
        "23502, false", // not-null violation
        "54000, false", // an index entry too large
        "08006, true", // connection failure
        "08001, true", // cannot establish a connection
        "53300, true", // too many connections
        "57P01, true", // terminated by an administrator (a fast shutdown)
        "57P02, true", // crash shutdown
        "57P03, true", // the database is starting up
        "40001, true", // serialization failure
        "40P01, true", // deadlock
        "42P01, true", // the table is missing: every record would fail alike
        "42501, true", // a privilege was revoked: every record would fail alike
    })
    void postgresqlSaysWhetherTheRecordIsAtFault(String sqlState, boolean isTransient) {
        PgException refusal = new PgException("refused", "ERROR", sqlState, null);
        assertEquals(isTransient, DatabaseFailures.isTransient(refusal));
        assertEquals(isTransient, DatabaseFailures.isTransient(new CompletionException(refusal)), "found as a cause");
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "connection refused, true",
        "connection closed, true",
        "pool closed, true",
        "lost connection, true",
        "our own validation, false",
        "an unrelated client error, false",
    })
    void aFailureThatReachedNoDatabaseAnswer(String kind, boolean isTransient) {
        Throwable failure = switch (kind) {
            case "connection refused" -> new ConnectException("Connection refused: localhost/127.0.0.1:15432");
            case "connection closed" -> ClosedConnectionException.INSTANCE;
            case "pool closed" -> new NoStackTraceThrowable("Pool closed");
            case "lost connection" -> new VertxException("Connection was closed");
            case "our own validation" -> new IllegalArgumentException("scored mention without brand");
            default -> new VertxException("Parameter at position[2] can not be coerced");
        };
        assertEquals(isTransient, DatabaseFailures.isTransient(new CompletionException(failure)));
    }
}
