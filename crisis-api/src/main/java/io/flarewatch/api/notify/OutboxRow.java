package io.flarewatch.api.notify;

/**
 * A notification the dispatcher has claimed.
 *
 * @param id            the outbox id (the delivery id)
 * @param alertId       the alert
 * @param kind          what changed
 * @param channel       slack, email, webhook or escalation
 * @param target        URL or email address
 * @param payload       the alert event as JSON
 * @param attempt       the number of this attempt, 1 for the first
 * @param interrupted   whether an earlier claim of it never finished (a crash during sending)
 * @param brandName     the brand's name, or its id when the brand is gone
 * @param webhookSecret the brand's webhook secret, or null
 */
public record OutboxRow(
        long id,
        String alertId,
        String kind,
        String channel,
        String target,
        String payload,
        int attempt,
        boolean interrupted,
        String brandName,
        String webhookSecret) {}
