package io.flarewatch.localstack;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/**
 * A real PostgreSQL server (zonky's embedded binaries) with the {@code flarewatch} database, whose data
 * directory is kept so that a restart finds what the last run stored.
 */
public final class EmbeddedDatabase implements AutoCloseable {

    /** The database the services use. */
    public static final String DATABASE = "flarewatch";
    /** The superuser zonky creates; local connections are trusted. */
    public static final String USER = "postgres";

    private final EmbeddedPostgres postgres;

    private EmbeddedDatabase(EmbeddedPostgres postgres) {
        this.postgres = postgres;
    }

    /** Starts PostgreSQL on {@code port} with its data in {@code dataDir}, creating the database if new. */
    public static EmbeddedDatabase start(int port, Path dataDir) throws IOException, SQLException {
        Files.createDirectories(dataDir);
        ProcessCleanup.killStalePostgres(dataDir);
        EmbeddedPostgres postgres = EmbeddedPostgres.builder()
                .setPort(port)
                .setDataDirectory(dataDir)
                .setCleanDataDirectory(false)
                .start();
        createDatabaseIfMissing(postgres);
        return new EmbeddedDatabase(postgres);
    }

    /** The port PostgreSQL listens on. */
    public int port() {
        return postgres.getPort();
    }

    /** The JDBC URL of the {@code flarewatch} database. */
    public String jdbcUrl() {
        return "jdbc:postgresql://localhost:" + port() + "/" + DATABASE;
    }

    /** The reactive (Vert.x) URL of the {@code flarewatch} database. */
    public String reactiveUrl() {
        return "postgresql://localhost:" + port() + "/" + DATABASE;
    }

    @Override
    public void close() throws IOException {
        postgres.close();
    }

    private static void createDatabaseIfMissing(EmbeddedPostgres postgres) throws SQLException {
        try (Connection connection = postgres.getPostgresDatabase().getConnection();
                Statement statement = connection.createStatement()) {
            try (ResultSet rs =
                    statement.executeQuery("SELECT 1 FROM pg_database WHERE datname = '" + DATABASE + "'")) {
                if (rs.next()) {
                    return;
                }
            }
            statement.execute("CREATE DATABASE " + DATABASE);
        }
    }
}
