package io.flarewatch.api.notify;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flarewatch.api.model.JsonColumns;
import io.flarewatch.events.AlertMention;
import io.flarewatch.events.AlertState;
import io.flarewatch.events.CrisisAlert;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Finds open alerts that nobody acknowledged within their brand's escalation delay and puts one escalation
 * notification per escalation recipient into the outbox, native SQL over the reactive pool. The
 * {@code alert_escalation} marker, written in the same transaction, makes each alert escalate once, also with several
 * instances running.
 */
@ApplicationScoped
public class EscalationRepository {

    static final int BATCH = 50;
    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final TypeReference<List<AlertMention>> MENTIONS = new TypeReference<>() {};
    private static final String DUE = "SELECT a.alert_id, a.brand_id, a.state, a.severity, a.reason, a.window_start, "
            + "a.window_end, a.current_mentions, a.expected_mentions, a.current_negative_share, "
            + "a.usual_negative_share, "
            + "a.reach, a.distinct_authors, a.top_mentions::text AS top_mentions, "
            + "a.top_categories::text AS top_categories, a.top_words::text AS top_words, "
            + "n.escalation_emails::text AS recipients "
            + "FROM alert a JOIN brand_notification n ON n.brand_id = a.brand_id "
            + "LEFT JOIN alert_escalation e ON e.alert_id = a.alert_id "
            + "WHERE e.alert_id IS NULL AND a.state <> 'RESOLVED' AND a.acknowledged_at IS NULL "
            + "AND n.escalation_delay_secs IS NOT NULL AND jsonb_array_length(n.escalation_emails) > 0 "
            + "AND a.opened_at + n.escalation_delay_secs * interval '1 second' <= now() LIMIT " + BATCH;
    private static final String MARK =
            "INSERT INTO alert_escalation (alert_id, escalated_at) VALUES ($1, now()) ON CONFLICT DO NOTHING";
    private static final String ENQUEUE = "INSERT INTO notification_outbox (event_id, alert_id, brand_id, kind, "
            + "channel, target, payload, status, attempts, next_attempt_at, created_at) "
            + "VALUES ($1, $2, $3, 'UNACKNOWLEDGED', 'escalation', $4, " + JsonColumns.param(5) + ", 'pending', 0, "
            + "now(), now()) ON CONFLICT (event_id, channel, target) DO NOTHING";

    private final Pool pool;

    EscalationRepository(Pool pool) {
        this.pool = pool;
    }

    /** Enqueues the escalations that are due, in one transaction; returns how many alerts were escalated. */
    public Uni<Integer> enqueueDue() {
        return pool.withTransaction(c -> c.query(DUE)
                .execute()
                .map(rows -> {
                    List<Due> due = new ArrayList<>();
                    for (Row row : rows) {
                        due.add(new Due(alert(row), JsonColumns.read(row.getString("recipients"), STRINGS, List.of())));
                    }
                    return due;
                })
                .onItem()
                .transformToMulti(due -> Multi.createFrom().iterable(due))
                .onItem()
                .transformToUniAndConcatenate(due -> escalate(c, due))
                .collect()
                .with(Collectors.summingInt(Integer::intValue)));
    }

    private record Due(CrisisAlert alert, List<String> recipients) {}

    /** Marks the alert escalated and enqueues its notifications; 1 when this call escalated it, 0 when another did. */
    private static Uni<Integer> escalate(SqlConnection c, Due due) {
        String payload = JsonColumns.text(due.alert());
        return c.preparedQuery(MARK).execute(Tuple.of(due.alert().alertId())).flatMap(marked -> {
            if (marked.rowCount() != 1) {
                return Uni.createFrom().item(0);
            }
            List<Tuple> rows = due.recipients().stream()
                    .map(recipient -> Tuple.of(
                            due.alert().eventId(),
                            due.alert().alertId(),
                            due.alert().brandId(),
                            recipient,
                            payload))
                    .toList();
            return c.preparedQuery(ENQUEUE).executeBatch(rows).replaceWith(1);
        });
    }

    /** The alert as it stands, as an event with a derived id, so the formatters can render it like any other. */
    private static CrisisAlert alert(Row row) {
        String alertId = row.getString("alert_id");
        return new CrisisAlert(
                "escalation-" + alertId,
                CrisisAlert.TYPE,
                CrisisAlert.VERSION,
                Instant.now(),
                alertId,
                row.getString("brand_id"),
                AlertState.valueOf(row.getString("state")),
                row.getString("severity"),
                row.getString("reason"),
                instant(row.getOffsetDateTime("window_start")),
                instant(row.getOffsetDateTime("window_end")),
                row.getLong("current_mentions"),
                row.getDouble("expected_mentions"),
                row.getDouble("current_negative_share"),
                row.getDouble("usual_negative_share"),
                row.getLong("reach"),
                row.getLong("distinct_authors"),
                JsonColumns.read(row.getString("top_mentions"), MENTIONS, List.of()),
                JsonColumns.read(row.getString("top_categories"), STRINGS, List.of()),
                JsonColumns.read(row.getString("top_words"), STRINGS, List.of()));
    }

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
