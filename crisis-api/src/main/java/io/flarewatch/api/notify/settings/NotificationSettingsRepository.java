package io.flarewatch.api.notify.settings;

import com.fasterxml.jackson.core.type.TypeReference;
import io.flarewatch.api.model.JsonColumns;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** The {@code brand_notification} table, native SQL over the reactive pool. */
@ApplicationScoped
public class NotificationSettingsRepository {

    private static final TypeReference<List<String>> STRINGS = new TypeReference<>() {};
    private static final String FIND = "SELECT slack_urls::text AS slack_urls, emails::text AS emails, "
            + "webhook_urls::text AS webhook_urls, webhook_secret, escalation_emails::text AS escalation_emails, "
            + "escalation_delay_secs FROM brand_notification WHERE brand_id = $1";
    private static final String SAVE = "INSERT INTO brand_notification (brand_id, slack_urls, emails, webhook_urls, "
            + "webhook_secret, escalation_emails, escalation_delay_secs, updated_at) VALUES ($1, "
            + JsonColumns.param(2) + ", " + JsonColumns.param(3) + ", " + JsonColumns.param(4) + ", $5, "
            + JsonColumns.param(6) + ", $7, now()) ON CONFLICT (brand_id) DO UPDATE SET "
            + "slack_urls = excluded.slack_urls, emails = excluded.emails, webhook_urls = excluded.webhook_urls, "
            + "webhook_secret = excluded.webhook_secret, escalation_emails = excluded.escalation_emails, "
            + "escalation_delay_secs = excluded.escalation_delay_secs, updated_at = excluded.updated_at";

    private final Pool pool;

    NotificationSettingsRepository(Pool pool) {
        this.pool = pool;
    }

    /** Whether the brand exists. */
    public Uni<Boolean> brandExists(String brandId) {
        return pool.preparedQuery("SELECT 1 FROM brand WHERE id = $1")
                .execute(Tuple.of(brandId))
                .map(rows -> rows.size() > 0);
    }

    /** The brand's settings, or empty when it has none stored. */
    public Uni<Optional<NotificationSettings>> find(String brandId) {
        return pool.preparedQuery(FIND).execute(Tuple.of(brandId)).map(rows -> {
            if (rows.size() == 0) {
                return Optional.empty();
            }
            Row row = rows.iterator().next();
            Integer delay = row.getInteger("escalation_delay_secs");
            return Optional.of(new NotificationSettings(
                    brandId,
                    strings(row, "slack_urls"),
                    strings(row, "emails"),
                    strings(row, "webhook_urls"),
                    row.getString("webhook_secret"),
                    strings(row, "escalation_emails"),
                    delay == null ? null : Duration.ofSeconds(delay)));
        });
    }

    /** Stores the brand's settings, replacing what it had. */
    public Uni<Void> save(NotificationSettings settings) {
        Integer delay = settings.escalationDelay() == null
                ? null
                : (int) settings.escalationDelay().toSeconds();
        return pool.preparedQuery(SAVE)
                .execute(Tuple.tuple(Arrays.asList(
                        settings.brandId(),
                        JsonColumns.text(settings.slackWebhookUrls()),
                        JsonColumns.text(settings.emailRecipients()),
                        JsonColumns.text(settings.webhookUrls()),
                        settings.webhookSecret(),
                        JsonColumns.text(settings.escalationRecipients()),
                        delay)))
                .replaceWithVoid();
    }

    private static List<String> strings(Row row, String column) {
        return JsonColumns.read(row.getString(column), STRINGS, List.of());
    }
}
