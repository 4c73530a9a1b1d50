package io.flarewatch.localstack.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;

/** What a fault cost in alerts and notifications, counted in crisis-api's PostgreSQL. */
final class DrillLedger implements AutoCloseable {

    private final Connection connection;

    DrillLedger(String jdbcUrl, String user) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, "");
    }

    /** Alerts opened for the brand. */
    long alerts(String brandId) throws SQLException {
        return single("SELECT count(*) FROM alert WHERE brand_id = ?", brandId);
    }

    /** Notifications of the brands queued for this alert, kind and target more than once (OPENED, ALL_CLEAR). */
    long repeatedQueued(String brandPrefix) throws SQLException {
        return single(
                "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM notification_outbox "
                        + "WHERE brand_id LIKE ? AND kind IN ('OPENED', 'ALL_CLEAR') "
                        + "GROUP BY alert_id, kind, channel, target) q",
                brandPrefix + "%");
    }

    /** Notifications of the brands delivered (attempt outcome sent) more than once. */
    long repeatedDelivered(String brandPrefix) throws SQLException {
        return single(
                "SELECT coalesce(sum(n - 1), 0) FROM (SELECT count(*) AS n FROM notification_attempt a "
                        + "JOIN notification_outbox o ON o.id = a.outbox_id "
                        + "WHERE o.brand_id LIKE ? AND a.outcome = 'sent' GROUP BY a.outbox_id) q",
                brandPrefix + "%");
    }

    /** Notifications of the brands delivered at least once. */
    long delivered(String brandPrefix) throws SQLException {
        return single(
                "SELECT count(*) FROM notification_outbox WHERE brand_id LIKE ? AND status = 'sent'",
                brandPrefix + "%");
    }

    private long single(String sql, String parameter) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(sql)) {
            query.setString(1, parameter);
            try (ResultSet rs = query.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
