package io.flarewatch.localstack.drill;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.BitSet;

/** What a fault cost, counted in crisis-api's PostgreSQL: mentions lost or stored twice, alerts, notifications. */
final class DrillLedger implements AutoCloseable {

    private final Connection connection;

    DrillLedger(String jdbcUrl, String user) throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, "");
    }

    /** The sequence numbers of the stored mentions whose source id is {@code prefix + seq}. */
    BitSet storedSeqs(String prefix) throws SQLException {
        BitSet stored = new BitSet();
        try (PreparedStatement rows =
                connection.prepareStatement("SELECT DISTINCT source_id FROM mention WHERE source_id LIKE ?")) {
            rows.setString(1, prefix + "%");
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    stored.set(Integer.parseInt(rs.getString(1).substring(prefix.length())));
                }
            }
        }
        return stored;
    }

    /** Rows beyond one per (brand, source id): a mention stored twice, whatever its mention id. */
    long duplicatedRows(String prefix) throws SQLException {
        return single(
                "SELECT count(*) - count(DISTINCT (brand_id, source, source_id)) FROM mention WHERE source_id LIKE ?",
                prefix + "%");
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
