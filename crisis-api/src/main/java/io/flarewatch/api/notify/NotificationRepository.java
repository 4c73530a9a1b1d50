package io.flarewatch.api.notify;

import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.SqlConnection;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.net.URI;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Reads an alert's notifications and their attempts back for the API, native SQL over the reactive pool. */
@ApplicationScoped
public class NotificationRepository {

    /** One attempt to deliver a notification. */
    public record Attempt(int attempt, Instant attemptedAt, String outcome, Integer httpStatus, String error) {}

    /**
     * One notification of an alert; {@code target} hides the path of URLs, which often holds a token.
     */
    public record Notification(
            long deliveryId,
            String kind,
            String channel,
            String target,
            String status,
            int attempts,
            Instant createdAt,
            Instant sentAt,
            List<Attempt> attemptLog) {}

    private static final String NOTIFICATIONS = "SELECT id, kind, channel, target, status, attempts, created_at, "
            + "sent_at FROM notification_outbox WHERE alert_id = $1 ORDER BY created_at, id";
    private static final String ATTEMPTS = "SELECT outbox_id, attempt, attempted_at, outcome, http_status, error "
            + "FROM notification_attempt WHERE alert_id = $1 ORDER BY attempted_at, id";

    private final Pool pool;

    NotificationRepository(Pool pool) {
        this.pool = pool;
    }

    /** The alert's notifications with every attempt, oldest first; empty when the alert does not exist. */
    public Uni<Optional<List<Notification>>> of(String alertId) {
        // one transaction, so that the attempts and the notifications are read from one snapshot
        return pool.withTransaction(c -> c.preparedQuery("SELECT 1 FROM alert WHERE alert_id = $1")
                .execute(Tuple.of(alertId))
                .flatMap(alert -> alert.size() == 0
                        ? Uni.createFrom().item(Optional.<List<Notification>>empty())
                        : notifications(c, alertId).map(Optional::of)));
    }

    private static Uni<List<Notification>> notifications(SqlConnection c, String alertId) {
        return c.preparedQuery(ATTEMPTS).execute(Tuple.of(alertId)).flatMap(attemptRows -> {
            Map<Long, List<Attempt>> attempts = new LinkedHashMap<>();
            for (Row row : attemptRows) {
                attempts.computeIfAbsent(row.getLong("outbox_id"), id -> new ArrayList<>())
                        .add(new Attempt(
                                row.getInteger("attempt"),
                                instant(row.getOffsetDateTime("attempted_at")),
                                row.getString("outcome"),
                                row.getInteger("http_status"),
                                row.getString("error")));
            }
            return c.preparedQuery(NOTIFICATIONS).execute(Tuple.of(alertId)).map(rows -> {
                List<Notification> notifications = new ArrayList<>();
                for (Row row : rows) {
                    long id = row.getLong("id");
                    String channel = row.getString("channel");
                    notifications.add(new Notification(
                            id,
                            row.getString("kind"),
                            channel,
                            masked(channel, row.getString("target")),
                            row.getString("status"),
                            row.getInteger("attempts"),
                            instant(row.getOffsetDateTime("created_at")),
                            instant(row.getOffsetDateTime("sent_at")),
                            attempts.getOrDefault(id, List.of())));
                }
                return notifications;
            });
        });
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

    private static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }
}
