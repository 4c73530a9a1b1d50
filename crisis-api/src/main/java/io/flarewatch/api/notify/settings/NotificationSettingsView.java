package io.flarewatch.api.notify.settings;

import java.util.List;

/**
 * A brand's notification settings as the API shows them; the webhook secret itself is never shown.
 *
 * @param brandId              the brand
 * @param slackWebhookUrls     Slack incoming-webhook URLs
 * @param emailRecipients      email addresses
 * @param webhookUrls          generic webhook URLs
 * @param webhookSecretSet     whether the brand has its own webhook secret
 * @param escalationRecipients email addresses to chase
 * @param escalationDelay      ISO-8601 duration, or null
 */
public record NotificationSettingsView(
        String brandId,
        List<String> slackWebhookUrls,
        List<String> emailRecipients,
        List<String> webhookUrls,
        boolean webhookSecretSet,
        List<String> escalationRecipients,
        String escalationDelay) {

    /** The view of stored settings. */
    public static NotificationSettingsView of(NotificationSettings s) {
        return new NotificationSettingsView(
                s.brandId(),
                s.slackWebhookUrls(),
                s.emailRecipients(),
                s.webhookUrls(),
                s.webhookSecret() != null,
                s.escalationRecipients(),
                s.escalationDelay() == null ? null : s.escalationDelay().toString());
    }
}
