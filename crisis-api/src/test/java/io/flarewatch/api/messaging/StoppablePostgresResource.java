package io.flarewatch.api.messaging;

import io.flarewatch.localstack.EmbeddedDatabase;
import io.flarewatch.localstack.testing.FreePorts;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

/**
 * A real PostgreSQL for a {@code @QuarkusTest} that the test can shut down and start again on the same port and data
 * directory, as an operator's restart or a crash and recovery of the database would look to the service.
 */
public class StoppablePostgresResource implements QuarkusTestResourceLifecycleManager {

    private static int port;
    private static Path dataDir;
    private static EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            port = FreePorts.next();
            dataDir = Files.createTempDirectory("flarewatch-test-pg-outage");
            database = EmbeddedDatabase.start(port, dataDir);
            return Map.of(
                    "quarkus.datasource.reactive.url", database.reactiveUrl(),
                    "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                    "quarkus.datasource.username", EmbeddedDatabase.USER);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL", e);
        }
    }

    /** Shuts PostgreSQL down (a fast shutdown: open connections are terminated, new ones refused). */
    static synchronized void shutDown() throws Exception {
        if (database == null) {
            throw new IllegalStateException("PostgreSQL is not running under this resource");
        }
        database.close();
        database = null;
    }

    /** Starts PostgreSQL again on the same port over the same data. */
    static synchronized void startAgain() throws Exception {
        database = EmbeddedDatabase.start(port, dataDir);
    }

    @Override
    public void stop() {
        try {
            if (database != null) {
                database.close();
            }
        } catch (Exception e) {
            throw new IllegalStateException("could not stop the embedded PostgreSQL", e);
        }
    }
}
