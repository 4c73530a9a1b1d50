package io.flarewatch.api.repository;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Fixtures;
import io.flarewatch.localstack.EmbeddedDatabase;
import io.flarewatch.localstack.testing.FreePorts;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Migration V21 on a database of the previous version: rows dumped from the old code path (the golden mention and
 * alert consumed from Kafka, their jsonb columns holding JSON strings) become documents that jsonb operators see
 * into, with the same content.
 */
class JsonStringMigrationTest {

    private static EmbeddedDatabase database;

    @BeforeAll
    static void migrateAnOldDatabase() throws Exception {
        database = EmbeddedDatabase.start(FreePorts.next(), Files.createTempDirectory("flarewatch-migration-pg"));
        flyway("20").migrate();
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            s.execute(resource("/db/old-format/v20-rows.sql"));
            assertEquals(
                    "string", single(s, "SELECT jsonb_typeof(sentiment) FROM mention"), "the fixture is old-format");
        }
        flyway(null).migrate();
    }

    @AfterAll
    static void stop() throws Exception {
        database.close();
    }

    @Test
    void theMentionsJsonColumnsAreDocumentsWithTheSameContent() throws Exception {
        JsonNode golden = EventJson.mapper().readTree(Fixtures.json(Fixtures.MENTION_SCORED));
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertEquals("object", single(s, "SELECT jsonb_typeof(sentiment) FROM mention"));
            assertEquals("array", single(s, "SELECT jsonb_typeof(matched_words) FROM mention"));
            assertEquals(
                    golden.get("sentiment"),
                    EventJson.mapper().readTree(single(s, "SELECT sentiment::text FROM mention")));
            assertEquals(
                    golden.get("matchedWords"),
                    EventJson.mapper().readTree(single(s, "SELECT matched_words::text FROM mention")));
            assertEquals(
                    "1",
                    single(s, "SELECT count(*) FROM mention WHERE sentiment -> 'categories' ? 'no_answer'"),
                    "the category search sees into the migrated sentiment");
        }
    }

    @Test
    void theAlertsJsonColumnsAreDocumentsWithTheSameContent() throws Exception {
        JsonNode golden = EventJson.mapper().readTree(Fixtures.json(Fixtures.CRISIS_ALERT));
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            assertEquals(
                    golden.get("topMentions"),
                    EventJson.mapper().readTree(single(s, "SELECT top_mentions::text FROM alert")));
            assertEquals(
                    golden.get("topCategories"),
                    EventJson.mapper().readTree(single(s, "SELECT top_categories::text FROM alert")));
            assertEquals(
                    golden.get("topWords"),
                    EventJson.mapper().readTree(single(s, "SELECT top_words::text FROM alert")));
            assertTrue(
                    single(s, "SELECT top_mentions -> 0 ->> 'text' FROM alert").endsWith("Masakra 😡"),
                    "emoji and Polish letters survive");
        }
    }

    @Test
    void runningTheUpdateAgainChangesNothing() throws Exception {
        try (Connection c = connect();
                Statement s = c.createStatement()) {
            String before = single(s, "SELECT sentiment::text FROM mention");
            s.execute(resource("/db/migration/V21__json_strings_as_documents.sql"));
            assertEquals(before, single(s, "SELECT sentiment::text FROM mention"), "a document is left as it is");
        }
    }

    private static Flyway flyway(String target) {
        var config = Flyway.configure()
                .dataSource(database.jdbcUrl(), EmbeddedDatabase.USER, "")
                .locations("classpath:db/migration");
        return (target == null ? config : config.target(target)).load();
    }

    private static Connection connect() throws Exception {
        return DriverManager.getConnection(database.jdbcUrl(), EmbeddedDatabase.USER, "");
    }

    private static String single(Statement s, String sql) throws Exception {
        try (ResultSet rs = s.executeQuery(sql)) {
            assertTrue(rs.next(), sql);
            return rs.getString(1);
        }
    }

    private static String resource(String path) throws Exception {
        try (InputStream in = JsonStringMigrationTest.class.getResourceAsStream(path)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
