package io.flarewatch.api.notify.channel;

import io.flarewatch.api.notify.NotificationMessage;

/**
 * One notification to one target, as a sender gets it.
 *
 * @param outboxId      the outbox row's id: the delivery id receivers can deduplicate by
 * @param target        the Slack or webhook URL, or the email address
 * @param message       what to say
 * @param webhookSecret the secret that signs a webhook body (null for other channels)
 */
public record Delivery(long outboxId, String target, NotificationMessage message, String webhookSecret) {}
