package io.flarewatch.api.notify;

import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import javax.sql.DataSource;

/** Reads an alert's notifications and their attempts back, for the API. */
@ApplicationScoped
public class NotificationLog {

    /** One attempt to deliver a notification. */
    public record Attempt(int attempt, Instant attemptedAt, String outcome, Integer httpStatus, String error) {
    }

    /**
     * One notification of an alert; {@code target} hides the path of URLs, which often holds a token.
     */
    public record Notification(long deliveryId, String kind, String channel, String target, String status, int attempts,
            Instant createdAt, Instant sentAt, List<Attempt> attemptLog) {
    }

    private static final String NOTIFICATIONS = "SELECT id, kind, channel, target, status, attempts, created_at, sent_at "
            + "FROM notification_outbox WHERE alert_id = ? ORDER BY created_at, id";
    private static final String ATTEMPTS = "SELECT outbox_id, attempt, attempted_at, outcome, http_status, error "
            + "FROM notification_attempt WHERE alert_id = ? ORDER BY attempted_at, id";

    private final DataSource dataSource;

    NotificationLog(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The alert's notifications with every attempt, oldest first; empty when the alert does not exist. */
    public Optional<List<Notification>> of(String alertId) {
        try (Connection c = dataSource.getConnection()) {
            try (PreparedStatement s = c.prepareStatement("SELECT 1 FROM alert WHERE alert_id = ?")) {
                s.setString(1, alertId);
                try (ResultSet rs = s.executeQuery()) {
                    if (!rs.next()) {
                        return Optional.empty();
                    }
                }
            }
            Map<Long, List<Attempt>> attempts = new LinkedHashMap<>();
            try (PreparedStatement s = c.prepareStatement(ATTEMPTS)) {
                s.setString(1, alertId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        int status = rs.getInt(5);
                        Integer httpStatus = rs.wasNull() ? null : status;
                        attempts.computeIfAbsent(rs.getLong(1), id -> new ArrayList<>()).add(new Attempt(rs.getInt(2),
                                instant(rs.getTimestamp(3)), rs.getString(4), httpStatus, rs.getString(6)));
                    }
                }
            }
            List<Notification> notifications = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(NOTIFICATIONS)) {
                s.setString(1, alertId);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        long id = rs.getLong(1);
                        notifications.add(new Notification(id, rs.getString(2), rs.getString(3),
                                masked(rs.getString(3), rs.getString(4)), rs.getString(5), rs.getInt(6),
                                instant(rs.getTimestamp(7)), instant(rs.getTimestamp(8)), attempts.getOrDefault(id, List.of())));
                    }
                }
            }
            return Optional.of(notifications);
        } catch (SQLException e) {
            throw new IllegalStateException("cannot read the notifications", e);
        }
    }

    /** Slack and webhook URLs carry secrets in their path: show only scheme, host and port. */
    static String masked(String channel, String target) {
        if (!channel.equals("slack") && !channel.equals("webhook")) {
            return target;
        }
        try {
            URI uri = URI.create(target);
            return uri.getScheme() + "://" + uri.getHost() + (uri.getPort() < 0 ? "" : ":" + uri.getPort()) + "/…";
        } catch (IllegalArgumentException e) {
            return "…";
        }
    }

    private static Instant instant(Timestamp t) {
        return t == null ? null : t.toInstant();
    }
}
