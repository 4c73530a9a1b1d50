package io.flarewatch.localstack.load;

import java.sql.Array;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Watches crisis-api's PostgreSQL tables for the run's mentions and alerts: when each row first became visible
 * (to the poll interval), and, at the end, the authoritative counts. crisis-api's tables have no "stored at"
 * column, so receipt to stored is measured as "seen by a poll" minus {@code received_at}.
 */
public final class StoredMentionWatcher implements AutoCloseable {

    /** Rows re-read below the highest id seen, because ids are taken at insert and committed in any order. */
    private static final long ID_OVERLAP = 5_000;

    private final Connection connection;
    private final String sourceIdPrefix;
    private final String[] brandIds;
    private final Set<String> brandIdSet;
    private final Set<Long> seenRows = new HashSet<>();
    private final List<Long> storedLatenciesMs = new ArrayList<>();
    private final Map<String, AlertSeen> alerts = new HashMap<>();
    private long highestId;
    private long lastStoredAtMs;

    /** When an alert of a run brand was first seen. */
    public record AlertSeen(String alertId, String brandId, long seenAtMs) {}

    /** Watches the mentions whose source id starts with {@code sourceIdPrefix}, and the alerts of {@code brands}. */
    public StoredMentionWatcher(String jdbcUrl, String user, String sourceIdPrefix, List<LoadBrand> brands)
            throws SQLException {
        this.connection = DriverManager.getConnection(jdbcUrl, user, "");
        this.sourceIdPrefix = sourceIdPrefix;
        this.brandIds = brands.stream().map(LoadBrand::id).toArray(String[]::new);
        this.brandIdSet = Set.of(brandIds);
        try (PreparedStatement max = connection.prepareStatement("SELECT coalesce(max(id), 0) FROM mention");
                ResultSet rs = max.executeQuery()) {
            rs.next();
            highestId = rs.getLong(1);
        }
    }

    /** Reads the rows that appeared since the last poll; returns how many of the run's mentions it saw. */
    public synchronized int poll(long sinceMs) throws SQLException {
        int seen = 0;
        try (PreparedStatement rows = connection.prepareStatement(
                "SELECT id, source_id, received_at, brand_id FROM mention WHERE id > ? ORDER BY id LIMIT 50000")) {
            rows.setLong(1, Math.max(0, highestId - ID_OVERLAP));
            try (ResultSet rs = rows.executeQuery()) {
                long now = System.currentTimeMillis();
                while (rs.next()) {
                    long id = rs.getLong(1);
                    highestId = Math.max(highestId, id);
                    // another brand of the same name (left by an interrupted run) stores the mention again: not ours
                    if (!rs.getString(2).startsWith(sourceIdPrefix)
                            || !brandIdSet.contains(rs.getString(4))
                            || !seenRows.add(id)) {
                        continue;
                    }
                    seen++;
                    lastStoredAtMs = now;
                    if (rs.getTimestamp(3) != null) {
                        storedLatenciesMs.add(now - rs.getTimestamp(3).getTime());
                    }
                }
            }
        }
        pollAlerts(sinceMs);
        return seen;
    }

    private void pollAlerts(long sinceMs) throws SQLException {
        try (PreparedStatement rows = connection.prepareStatement(
                "SELECT alert_id, brand_id FROM alert WHERE brand_id = ANY(?) AND opened_at >= ?")) {
            rows.setArray(1, brandArray());
            rows.setTimestamp(2, new java.sql.Timestamp(sinceMs));
            try (ResultSet rs = rows.executeQuery()) {
                long now = System.currentTimeMillis();
                while (rs.next()) {
                    alerts.putIfAbsent(rs.getString(1), new AlertSeen(rs.getString(1), rs.getString(2), now));
                }
            }
        }
    }

    /** The run's prefix of every source id. */
    public String sourceIdPrefix() {
        return sourceIdPrefix;
    }

    /** Run rows seen so far. */
    public synchronized int seenCount() {
        return seenRows.size();
    }

    /** Receipt-to-seen latencies of the run's rows so far, in ms. */
    synchronized long[] storedLatenciesMs() {
        return storedLatenciesMs.stream().mapToLong(Long::longValue).toArray();
    }

    /** When the last new run row was seen (epoch ms), 0 if none. */
    synchronized long lastStoredAtMs() {
        return lastStoredAtMs;
    }

    /** The alerts of the run's brands seen so far. */
    public synchronized List<AlertSeen> alerts() {
        return List.copyOf(alerts.values());
    }

    /** The sequence numbers of the run's stored mentions (source id {@code <prefix><seq>}), counted in PostgreSQL. */
    public synchronized BitSet storedSeqs() throws SQLException {
        BitSet stored = new BitSet();
        try (PreparedStatement rows = connection.prepareStatement(
                "SELECT DISTINCT source_id FROM mention WHERE source_id LIKE ? AND brand_id = ANY(?)")) {
            rows.setString(1, sourceIdPrefix + "%");
            rows.setArray(2, brandArray());
            try (ResultSet rs = rows.executeQuery()) {
                while (rs.next()) {
                    stored.set(Integer.parseInt(rs.getString(1).substring(sourceIdPrefix.length())));
                }
            }
        }
        return stored;
    }

    /** Rows of the run beyond one per brand and source id: a mention stored twice, whatever its mention id. */
    public synchronized long duplicatedRows() throws SQLException {
        try (PreparedStatement count = connection.prepareStatement(
                "SELECT count(*) - count(DISTINCT (brand_id, source, source_id)) FROM mention "
                        + "WHERE source_id LIKE ? AND brand_id = ANY(?)")) {
            count.setString(1, sourceIdPrefix + "%");
            count.setArray(2, brandArray());
            try (ResultSet rs = count.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }

    private Array brandArray() throws SQLException {
        return connection.createArrayOf("varchar", brandIds);
    }

    @Override
    public synchronized void close() throws SQLException {
        connection.close();
    }
}
