package io.flarewatch.api.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import io.flarewatch.events.AlertMention;
import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import javax.sql.DataSource;

/**
 * Finds open alerts that nobody acknowledged within their brand's escalation delay and puts one escalation
 * notification per escalation recipient into the outbox. The {@code alert_escalation} marker, written in the same
 * transaction, makes each alert escalate once, also with several instances running.
 */
@ApplicationScoped
public class EscalationScanner {

    static final int BATCH = 50;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() { };
    private static final TypeReference<List<AlertMention>> MENTIONS = new TypeReference<>() { };
    /** The alert's JSON columns may hold a JSON document or a JSON string of one (as Hibernate Reactive writes them). */
    private static final String DUE = "SELECT a.alert_id, a.brand_id, a.state, a.severity, a.reason, a.window_start, "
            + "a.window_end, a.current_mentions, a.expected_mentions, a.current_negative_share, a.usual_negative_share, "
            + "a.reach, a.distinct_authors, a.top_mentions #>> '{}', a.top_categories #>> '{}', a.top_words #>> '{}', "
            + "n.escalation_emails::text FROM alert a JOIN brand_notification n ON n.brand_id = a.brand_id "
            + "LEFT JOIN alert_escalation e ON e.alert_id = a.alert_id "
            + "WHERE e.alert_id IS NULL AND a.state <> 'RESOLVED' AND a.acknowledged_at IS NULL "
            + "AND n.escalation_delay_secs IS NOT NULL AND jsonb_array_length(n.escalation_emails) > 0 "
            + "AND a.opened_at + n.escalation_delay_secs * interval '1 second' <= now() LIMIT " + BATCH;
    private static final String INSERT = "INSERT INTO notification_outbox (event_id, alert_id, brand_id, kind, channel, "
            + "target, payload, status, attempts, next_attempt_at, created_at) "
            + "VALUES (?, ?, ?, 'UNACKNOWLEDGED', 'escalation', ?, ?::jsonb, 'pending', 0, now(), now()) "
            + "ON CONFLICT (event_id, channel, target) DO NOTHING";

    private final DataSource dataSource;

    EscalationScanner(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Enqueues the escalations that are due; returns how many alerts were escalated. */
    public int enqueueDue() {
        int escalated = 0;
        try (Connection c = dataSource.getConnection()) {
            c.setAutoCommit(false);
            List<Due> due = new ArrayList<>();
            try (PreparedStatement s = c.prepareStatement(DUE); ResultSet rs = s.executeQuery()) {
                while (rs.next()) {
                    due.add(new Due(alert(rs), read(rs.getString(17), STRINGS)));
                }
            }
            for (Due d : due) {
                if (mark(c, d.alert().alertId())) {
                    enqueue(c, d);
                    escalated++;
                }
            }
            c.commit();
        } catch (SQLException | JsonProcessingException e) {
            throw new IllegalStateException("cannot enqueue escalations", e);
        }
        return escalated;
    }

    private record Due(CrisisAlert alert, List<String> recipients) {
    }

    private static boolean mark(Connection c, String alertId) throws SQLException {
        try (PreparedStatement s = c.prepareStatement(
                "INSERT INTO alert_escalation (alert_id, escalated_at) VALUES (?, now()) ON CONFLICT DO NOTHING")) {
            s.setString(1, alertId);
            return s.executeUpdate() == 1;
        }
    }

    private static void enqueue(Connection c, Due due) throws SQLException, JsonProcessingException {
        String payload = EventJson.mapper().writeValueAsString(due.alert());
        for (String recipient : due.recipients()) {
            try (PreparedStatement s = c.prepareStatement(INSERT)) {
                s.setString(1, due.alert().eventId());
                s.setString(2, due.alert().alertId());
                s.setString(3, due.alert().brandId());
                s.setString(4, recipient);
                s.setString(5, payload);
                s.executeUpdate();
            }
        }
    }

    /** The alert as it stands, as an event with a derived id, so the formatters can render it like any other. */
    private static CrisisAlert alert(ResultSet rs) throws SQLException, JsonProcessingException {
        String alertId = rs.getString(1);
        return new CrisisAlert("escalation-" + alertId, CrisisAlert.TYPE, CrisisAlert.VERSION, Instant.now(), alertId,
                rs.getString(2), AlertState.valueOf(rs.getString(3)), rs.getString(4), rs.getString(5),
                instant(rs, 6), instant(rs, 7), rs.getLong(8), rs.getDouble(9), rs.getDouble(10), rs.getDouble(11),
                rs.getLong(12), rs.getLong(13), read(rs.getString(14), MENTIONS), read(rs.getString(15), STRINGS),
                read(rs.getString(16), STRINGS));
    }

    private static Instant instant(ResultSet rs, int column) throws SQLException {
        java.sql.Timestamp t = rs.getTimestamp(column);
        return t == null ? null : t.toInstant();
    }

    private static <T> T read(String json, TypeReference<T> type) throws JsonProcessingException {
        return EventJson.mapper().readValue(json == null ? "[]" : json, type);
    }
}
