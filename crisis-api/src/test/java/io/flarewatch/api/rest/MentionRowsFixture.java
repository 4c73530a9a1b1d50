package io.flarewatch.api.rest;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.eclipse.microprofile.config.Config;
import org.eclipse.microprofile.config.ConfigProvider;

/** Writes mention rows straight into the test database, at the times a test needs. */
final class MentionRowsFixture implements AutoCloseable {

    private final Connection connection;

    private MentionRowsFixture(Connection connection) {
        this.connection = connection;
    }

    /** A connection to the database the running test's crisis-api uses (its JDBC url and credentials). */
    static MentionRowsFixture openTestDatabase() throws Exception {
        Config config = ConfigProvider.getConfig();
        return new MentionRowsFixture(DriverManager.getConnection(
                config.getValue("quarkus.datasource.jdbc.url", String.class),
                config.getValue("quarkus.datasource.username", String.class),
                config.getValue("quarkus.datasource.password", String.class)));
    }

    /** Stores one mention the way crisis-api stores a scored mention; returns its mention id. */
    String insert(String brandId, String source, String authorId, long followers, String text, String language,
            Instant publishedAt, String label, List<String> categories) throws Exception {
        String mentionId = source + ":" + UUID.randomUUID();
        double score = switch (label) {
            case "negative" -> -0.7;
            case "positive" -> 0.6;
            default -> 0.0;
        };
        String cats = categories.stream().map(c -> "\"" + c + "\"").collect(Collectors.joining(","));
        String sentiment = "{\"label\":\"" + label + "\",\"score\":" + score + ",\"confidence\":0.8,"
                + "\"explanation\":[{\"token\":\"x\",\"start\":0,\"end\":1,\"weight\":" + score + "}],"
                + "\"emotions\":[],\"categories\":[" + cats + "],\"escalations\":[]}";
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO mention (event_id, brand_id, mention_id, "
                + "source, source_id, url, author_id, author_name, followers, text, language, published_at, received_at, "
                + "label, score, sentiment, matched_words) VALUES (?,?,?,?,?,?,?,?,?,?,?,?,?,?,?,cast(? as jsonb),'[]'::jsonb)")) {
            insert.setString(1, UUID.randomUUID().toString());
            insert.setString(2, brandId);
            insert.setString(3, mentionId);
            insert.setString(4, source);
            insert.setString(5, mentionId.substring(source.length() + 1));
            insert.setString(6, null);
            insert.setString(7, authorId);
            insert.setString(8, "name-" + authorId);
            insert.setLong(9, followers);
            insert.setString(10, text);
            insert.setString(11, language);
            insert.setObject(12, utc(publishedAt));
            insert.setObject(13, utc(publishedAt));
            insert.setString(14, label);
            insert.setDouble(15, score);
            insert.setString(16, sentiment);
            insert.executeUpdate();
        }
        return mentionId;
    }

    /** Runs one statement, e.g. an alert row with known times. */
    void execute(String sql, Object... args) throws Exception {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            for (int i = 0; i < args.length; i++) {
                Object arg = args[i];
                statement.setObject(i + 1, arg instanceof Instant instant ? utc(instant) : arg);
            }
            statement.executeUpdate();
        }
    }

    private static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public void close() throws Exception {
        connection.close();
    }
}
