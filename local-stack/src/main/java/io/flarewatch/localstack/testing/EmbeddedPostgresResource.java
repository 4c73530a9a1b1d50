package io.flarewatch.localstack.testing;

import io.flarewatch.localstack.EmbeddedDatabase;
import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.nio.file.Files;
import java.util.Map;

/** Starts a real PostgreSQL on a free port for a {@code @QuarkusTest} and points the datasource at it. */
public class EmbeddedPostgresResource implements QuarkusTestResourceLifecycleManager {

    private EmbeddedDatabase database;

    @Override
    public Map<String, String> start() {
        try {
            database = EmbeddedDatabase.start(FreePorts.next(), Files.createTempDirectory("flarewatch-test-pg"));
            return Map.of(
                    "quarkus.datasource.reactive.url", database.reactiveUrl(),
                    "quarkus.datasource.jdbc.url", database.jdbcUrl(),
                    "quarkus.datasource.username", EmbeddedDatabase.USER);
        } catch (Exception e) {
            throw new IllegalStateException("could not start the embedded PostgreSQL", e);
        }
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
