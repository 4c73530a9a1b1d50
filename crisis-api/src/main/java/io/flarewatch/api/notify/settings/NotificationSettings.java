package io.flarewatch.api.notify.settings;

import java.time.Duration;
import java.util.List;

/**
 * Where one brand's alerts go.
 *
 * @param brandId              the brand
 * @param slackWebhookUrls     Slack incoming-webhook URLs
 * @param emailRecipients      email addresses
 * @param webhookUrls          generic webhook URLs
 * @param webhookSecret        the brand's HMAC secret for webhook bodies; null to use the global one
 * @param escalationRecipients email addresses chased when nobody acknowledges an alert in time
 * @param escalationDelay      how long an opened alert may stay unacknowledged; null for no escalation
 */
public record NotificationSettings(
        String brandId,
        List<String> slackWebhookUrls,
        List<String> emailRecipients,
        List<String> webhookUrls,
        String webhookSecret,
        List<String> escalationRecipients,
        Duration escalationDelay) {

    /** A brand that has configured nothing yet. */
    public static NotificationSettings none(String brandId) {
        return new NotificationSettings(brandId, List.of(), List.of(), List.of(), null, List.of(), null);
    }
}
