package io.flarewatch.api.notify.settings;

import java.util.List;

/**
 * The body of {@code PUT /brands/{id}/notifications}: replaces every setting; a missing list means none.
 *
 * @param slackWebhookUrls     Slack incoming-webhook URLs
 * @param emailRecipients      email addresses
 * @param webhookUrls          generic webhook URLs
 * @param webhookSecret        HMAC secret for the webhook bodies (at least 16 characters); omit to use the global one
 * @param escalationRecipients email addresses to chase
 * @param escalationDelay      ISO-8601 duration such as {@code PT15M}; required with escalation recipients
 */
public record NotificationSettingsRequest(
        List<String> slackWebhookUrls,
        List<String> emailRecipients,
        List<String> webhookUrls,
        String webhookSecret,
        List<String> escalationRecipients,
        String escalationDelay) {}
