package io.flarewatch.api.notify;

import io.flarewatch.api.notify.channel.SendResult;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * The dispatcher's side of the outbox, over JDBC in short transactions of its own: claim due rows (marking them
 * {@code sending} before anything is sent), then record each attempt's outcome.
 */
@ApplicationScoped
public class OutboxDao {

    private static final String CLAIM = "WITH due AS (SELECT id, brand_id, status AS was FROM notification_outbox "
            + "WHERE (status = 'pending' AND next_attempt_at <= now()) "
            + "OR (status = 'sending' AND claimed_at < now() - ? * interval '1 millisecond') "
            + "ORDER BY next_attempt_at LIMIT ? FOR UPDATE SKIP LOCKED) "
            + "UPDATE notification_outbox o SET status = 'sending', claimed_at = now(), attempts = o.attempts + 1 "
            + "FROM due LEFT JOIN brand b ON b.id = due.brand_id LEFT JOIN brand_notification n ON n.brand_id = due.brand_id "
            + "WHERE o.id = due.id RETURNING o.id, o.alert_id, o.kind, o.channel, o.target, o.payload #>> '{}', o.attempts, "
            + "due.was, coalesce(b.name, o.brand_id), n.webhook_secret";
    private static final String ATTEMPT = "INSERT INTO notification_attempt (outbox_id, alert_id, attempt, attempted_at, "
            + "outcome, http_status, error) VALUES (?, ?, ?, now(), ?, ?, ?)";

    private final DataSource dataSource;

    OutboxDao(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Claims up to {@code limit} due rows, and rows whose claim is older than {@code claimTimeout}. */
    public List<OutboxRow> claim(int limit, Duration claimTimeout) {
        List<OutboxRow> rows = new ArrayList<>();
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try (PreparedStatement s = c.prepareStatement(CLAIM)) {
                s.setLong(1, claimTimeout.toMillis());
                s.setInt(2, limit);
                try (ResultSet rs = s.executeQuery()) {
                    while (rs.next()) {
                        rows.add(new OutboxRow(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5), rs.getString(6), rs.getInt(7), "sending".equals(rs.getString(8)),
                                rs.getString(9), rs.getString(10)));
                    }
                }
            }
            for (OutboxRow row : rows) {
                if (row.interrupted()) {
                    attempt(c, row.id(), row.alertId(), row.attempt() - 1, "interrupted", null,
                            "claimed but never finished (the service stopped while sending); sending again");
                }
            }
            c.commit();
        } catch (SQLException e) {
            throw new IllegalStateException("cannot claim notifications", e);
        }
        return rows;
    }

    /** Records a delivered attempt: the row is sent, and the alert's timeline gets its NOTIFIED entry. */
    public void delivered(OutboxRow row, SendResult result) {
        inTransaction(c -> {
            attempt(c, row.id(), row.alertId(), row.attempt(), "sent", result.httpStatus(), null);
            update(c, "UPDATE notification_outbox SET status = 'sent', sent_at = now() WHERE id = ?", row.id());
            try (PreparedStatement s = c.prepareStatement("INSERT INTO alert_notified (outbox_id, alert_id, kind, channel, "
                    + "notified_at) VALUES (?, ?, ?, ?, now()) ON CONFLICT (outbox_id) DO NOTHING")) {
                s.setLong(1, row.id());
                s.setString(2, row.alertId());
                s.setString(3, row.kind());
                s.setString(4, row.channel());
                s.executeUpdate();
            }
        });
    }

    /** Records a failed attempt and either schedules the next one after {@code retryAfter} or, when null, gives up. */
    public void failed(OutboxRow row, SendResult result, Duration retryAfter) {
        inTransaction(c -> {
            attempt(c, row.id(), row.alertId(), row.attempt(), "failed", result.httpStatus(), result.error());
            if (retryAfter == null) {
                update(c, "UPDATE notification_outbox SET status = 'failed' WHERE id = ?", row.id());
            } else {
                try (PreparedStatement s = c.prepareStatement("UPDATE notification_outbox SET status = 'pending', "
                        + "next_attempt_at = now() + ? * interval '1 millisecond' WHERE id = ?")) {
                    s.setLong(1, retryAfter.toMillis());
                    s.setLong(2, row.id());
                    s.executeUpdate();
                }
            }
        });
    }

    private static void attempt(Connection c, long outboxId, String alertId, int attempt, String outcome, Integer status,
            String error) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(ATTEMPT)) {
            s.setLong(1, outboxId);
            s.setString(2, alertId);
            s.setInt(3, attempt);
            s.setString(4, outcome);
            if (status == null) {
                s.setNull(5, Types.INTEGER);
            } else {
                s.setInt(5, status);
            }
            s.setString(6, error == null ? null : error.length() > 1000 ? error.substring(0, 1000) : error);
            s.executeUpdate();
        }
    }

    private static void update(Connection c, String sql, long id) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(sql)) {
            s.setLong(1, id);
            s.executeUpdate();
        }
    }

    /** SQL work that runs in one transaction. */
    @FunctionalInterface
    interface Work {
        void run(Connection c) throws SQLException;
    }

    private void inTransaction(Work work) {
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            try {
                work.run(c);
                c.commit();
            } catch (SQLException | RuntimeException e) {
                c.rollback();
                throw e;
            }
        } catch (SQLException e) {
            throw new IllegalStateException("cannot record a notification attempt", e);
        }
    }
}
