package io.flarewatch.api.notify;

import io.flarewatch.api.model.JsonColumns;
import io.flarewatch.api.notify.channel.SendResult;
import io.flarewatch.events.CrisisAlert;
import io.quarkus.hibernate.reactive.panache.Panache;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * The notification outbox. {@link #enqueue} writes an alert event's notifications inside the caller's Hibernate
 * Reactive transaction (the one that stores the event); the dispatcher's side runs native SQL over the same reactive
 * pool in short transactions of its own: claim due rows (marking them {@code sending} before anything is sent), then
 * record each attempt's outcome.
 */
@ApplicationScoped
public class OutboxRepository {

    /** One row per channel target of the brand; the unique key makes a second write of the same event a no-op. */
    private static final String ENQUEUE = "INSERT INTO notification_outbox (event_id, alert_id, brand_id, kind, "
            + "channel, target, payload, status, attempts, next_attempt_at, created_at) "
            + "SELECT :eventId, :alertId, :brandId, :kind, t.channel, t.target, cast(cast(:payload as text) as jsonb), "
            + "'pending', 0, now(), now() FROM brand_notification n CROSS JOIN LATERAL ("
            + "SELECT 'slack' AS channel, jsonb_array_elements_text(n.slack_urls) AS target "
            + "UNION ALL SELECT 'email', jsonb_array_elements_text(n.emails) "
            + "UNION ALL SELECT 'webhook', jsonb_array_elements_text(n.webhook_urls)) t "
            + "WHERE n.brand_id = :brandId ON CONFLICT (event_id, channel, target) DO NOTHING";

    private static final String CLAIM = "WITH due AS (SELECT id, brand_id, status AS was FROM notification_outbox "
            + "WHERE (status = 'pending' AND next_attempt_at <= now()) "
            + "OR (status = 'sending' AND claimed_at < now() - cast($1 as bigint) * interval '1 millisecond') "
            + "ORDER BY next_attempt_at LIMIT $2 FOR UPDATE SKIP LOCKED) "
            + "UPDATE notification_outbox o SET status = 'sending', claimed_at = now(), attempts = o.attempts + 1 "
            + "FROM due LEFT JOIN brand b ON b.id = due.brand_id "
            + "LEFT JOIN brand_notification n ON n.brand_id = due.brand_id "
            + "WHERE o.id = due.id "
            + "RETURNING o.id, o.alert_id, o.kind, o.channel, o.target, o.payload::text AS payload, "
            + "o.attempts, due.was, coalesce(b.name, o.brand_id) AS brand_name, n.webhook_secret";
    private static final String ATTEMPT = "INSERT INTO notification_attempt (outbox_id, alert_id, attempt, "
            + "attempted_at, outcome, http_status, error) VALUES ($1, $2, $3, now(), $4, $5, $6)";
    private static final String NOTIFIED = "INSERT INTO alert_notified (outbox_id, alert_id, kind, channel, "
            + "notified_at) "
            + "VALUES ($1, $2, $3, $4, now()) ON CONFLICT (outbox_id) DO NOTHING";
    private static final String RETRY = "UPDATE notification_outbox SET status = 'pending', "
            + "next_attempt_at = now() + cast($1 as bigint) * interval '1 millisecond' WHERE id = $2";
    private static final int MAX_ERROR = 1000;

    private final Pool pool;

    OutboxRepository(Pool pool) {
        this.pool = pool;
    }

    /**
     * Enqueues the notifications for {@code event}, given the alert's severity before it ({@code null} for a new
     * alert), in the current Hibernate Reactive session's transaction; returns how many rows were written.
     */
    public Uni<Integer> enqueue(CrisisAlert event, String previousSeverity) {
        var kind = NotificationKind.of(event, previousSeverity);
        if (kind.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return Panache.getSession()
                .flatMap(session -> session.createNativeQuery(ENQUEUE)
                        .setParameter("eventId", event.eventId())
                        .setParameter("alertId", event.alertId())
                        .setParameter("brandId", event.brandId())
                        .setParameter("kind", kind.get().name())
                        .setParameter("payload", JsonColumns.text(event))
                        .executeUpdate());
    }

    /**
     * Claims up to {@code limit} due rows, and rows whose claim is older than {@code claimTimeout}; an earlier claim
     * that never finished gets an {@code interrupted} attempt in the same transaction.
     */
    public Uni<List<OutboxRow>> claim(int limit, Duration claimTimeout) {
        return pool.withTransaction(c -> c.preparedQuery(CLAIM)
                .execute(Tuple.of(claimTimeout.toMillis(), limit))
                .map(rows -> {
                    List<OutboxRow> claimed = new ArrayList<>();
                    for (Row row : rows) {
                        claimed.add(toOutboxRow(row));
                    }
                    return claimed;
                })
                .call(claimed -> Multi.createFrom()
                        .iterable(claimed)
                        .filter(OutboxRow::interrupted)
                        .onItem()
                        .transformToUniAndConcatenate(row -> attempt(
                                c,
                                row,
                                row.attempt() - 1,
                                "interrupted",
                                null,
                                "claimed but never finished (the service stopped while sending); sending again"))
                        .collect()
                        .last()));
    }

    /** Records a delivered attempt: the row is sent, and the alert's timeline gets its NOTIFIED entry. */
    public Uni<Void> delivered(OutboxRow row, SendResult result) {
        return pool.withTransaction(c -> attempt(c, row, row.attempt(), "sent", result.httpStatus(), null)
                .call(() -> c.preparedQuery(
                                "UPDATE notification_outbox SET status = 'sent', sent_at = now() " + "WHERE id = $1")
                        .execute(Tuple.of(row.id())))
                .call(() ->
                        c.preparedQuery(NOTIFIED).execute(Tuple.of(row.id(), row.alertId(), row.kind(), row.channel())))
                .replaceWithVoid());
    }

    /** Records a failed attempt and either schedules the next one after {@code retryAfter} or, when null, gives up. */
    public Uni<Void> failed(OutboxRow row, SendResult result, Duration retryAfter) {
        return pool.withTransaction(c -> attempt(c, row, row.attempt(), "failed", result.httpStatus(), result.error())
                .call(() -> retryAfter == null
                        ? c.preparedQuery("UPDATE notification_outbox SET status = 'failed' WHERE id = $1")
                                .execute(Tuple.of(row.id()))
                        : c.preparedQuery(RETRY).execute(Tuple.of(retryAfter.toMillis(), row.id())))
                .replaceWithVoid());
    }

    private static Uni<Void> attempt(
            SqlConnection c, OutboxRow row, int attempt, String outcome, Integer httpStatus, String error) {
        String shortError = error == null || error.length() <= MAX_ERROR ? error : error.substring(0, MAX_ERROR);
        return c.preparedQuery(ATTEMPT)
                .execute(Tuple.of(row.id(), row.alertId(), attempt, outcome, httpStatus, shortError))
                .replaceWithVoid();
    }

    private static OutboxRow toOutboxRow(Row row) {
        return new OutboxRow(
                row.getLong("id"),
                row.getString("alert_id"),
                row.getString("kind"),
                row.getString("channel"),
                row.getString("target"),
                row.getString("payload"),
                row.getInteger("attempts"),
                "sending".equals(row.getString("was")),
                row.getString("brand_name"),
                row.getString("webhook_secret"));
    }
}
