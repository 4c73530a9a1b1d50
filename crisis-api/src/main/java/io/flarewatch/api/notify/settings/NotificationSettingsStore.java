package io.flarewatch.api.notify.settings;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.flarewatch.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import javax.sql.DataSource;

/**
 * The {@code brand_notification} table, over JDBC: the REST resource that uses it runs on a worker thread anyway,
 * because checking a URL resolves its host name, which blocks.
 */
@ApplicationScoped
public class NotificationSettingsStore {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };

    private final DataSource dataSource;

    NotificationSettingsStore(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Whether the brand exists. */
    public boolean brandExists(String brandId) {
        try (Connection c = dataSource.getConnection();
                PreparedStatement s = c.prepareStatement("SELECT 1 FROM brand WHERE id = ?")) {
            s.setString(1, brandId);
            try (ResultSet rs = s.executeQuery()) {
                return rs.next();
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the brand", e);
        }
    }

    /** The brand's settings, or empty when it has none stored. */
    public Optional<NotificationSettings> find(String brandId) {
        String sql = "SELECT slack_urls::text, emails::text, webhook_urls::text, webhook_secret, escalation_emails::text, "
                + "escalation_delay_secs FROM brand_notification WHERE brand_id = ?";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, brandId);
            try (ResultSet rs = s.executeQuery()) {
                if (!rs.next()) {
                    return Optional.empty();
                }
                int delay = rs.getInt(6);
                Duration escalationDelay = rs.wasNull() ? null : Duration.ofSeconds(delay);
                return Optional.of(new NotificationSettings(brandId, strings(rs.getString(1)), strings(rs.getString(2)),
                        strings(rs.getString(3)), rs.getString(4), strings(rs.getString(5)), escalationDelay));
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the notification settings", e);
        }
    }

    /** Stores the brand's settings, replacing what it had. */
    public void save(NotificationSettings settings) {
        String sql = "INSERT INTO brand_notification (brand_id, slack_urls, emails, webhook_urls, webhook_secret, "
                + "escalation_emails, escalation_delay_secs, updated_at) "
                + "VALUES (?, ?::jsonb, ?::jsonb, ?::jsonb, ?, ?::jsonb, ?, ?) ON CONFLICT (brand_id) DO UPDATE SET "
                + "slack_urls = excluded.slack_urls, emails = excluded.emails, webhook_urls = excluded.webhook_urls, "
                + "webhook_secret = excluded.webhook_secret, escalation_emails = excluded.escalation_emails, "
                + "escalation_delay_secs = excluded.escalation_delay_secs, updated_at = excluded.updated_at";
        try (Connection c = dataSource.getConnection(); PreparedStatement s = c.prepareStatement(sql)) {
            s.setString(1, settings.brandId());
            s.setString(2, json(settings.slackWebhookUrls()));
            s.setString(3, json(settings.emailRecipients()));
            s.setString(4, json(settings.webhookUrls()));
            s.setString(5, settings.webhookSecret());
            s.setString(6, json(settings.escalationRecipients()));
            if (settings.escalationDelay() == null) {
                s.setNull(7, java.sql.Types.INTEGER);
            } else {
                s.setInt(7, (int) settings.escalationDelay().toSeconds());
            }
            s.setTimestamp(8, Timestamp.from(Instant.now()));
            s.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot store the notification settings", e);
        }
    }

    private static List<String> strings(String json) {
        try {
            return json == null ? List.of() : EventJson.mapper().readValue(json, STRINGS);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored settings cannot be read", e);
        }
    }

    private static String json(List<String> values) {
        try {
            return EventJson.mapper().writeValueAsString(values);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("settings cannot be written", e);
        }
    }
}
