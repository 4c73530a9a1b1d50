package io.flarewatch.api.notify.settings;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.flarewatch.api.service.FieldError;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Each bad field of a settings request is named. */
class NotificationSettingsValidatorTest {

    private final NotificationSettingsValidator validator = new NotificationSettingsValidator(
            new TargetUrlChecker(
                    false, host -> new java.net.InetAddress[] {java.net.InetAddress.getByName("52.1.2.3")}),
            false);

    @Test
    void aCompleteRequestIsValid() {
        var request = new NotificationSettingsRequest(
                List.of("https://hooks.slack.com/services/T/B/X"),
                List.of("pr@kurierex.pl"),
                List.of("https://crm.example/hooks/flarewatch"),
                "0123456789abcdef",
                List.of("boss@kurierex.pl"),
                "PT15M");
        assertEquals(List.of(), validator.problems(request));
        assertEquals(
                Duration.ofMinutes(15), validator.settings("kurierex", request).escalationDelay());
    }

    @Test
    void everyBadFieldIsNamed() {
        var request = new NotificationSettingsRequest(
                List.of("ftp://x.example/"),
                List.of("not-an-email"),
                List.of("https://crm.example/hook"),
                "short",
                List.of("boss@kurierex.pl", "@"),
                "15 minutes");
        List<String> fields =
                validator.problems(request).stream().map(FieldError::field).toList();
        assertEquals(
                List.of(
                        "slackWebhookUrls[0]",
                        "emailRecipients[0]",
                        "webhookSecret",
                        "escalationRecipients[1]",
                        "escalationDelay"),
                fields);
    }

    @Test
    void webhooksNeedASecretAndEscalationNeedsADelay() {
        var request = new NotificationSettingsRequest(
                null, null, List.of("https://crm.example/hook"), null, List.of("boss@kurierex.pl"), null);
        List<String> fields =
                validator.problems(request).stream().map(FieldError::field).toList();
        assertEquals(List.of("webhookSecret", "escalationDelay"), fields);
        var withGlobalSecret = new NotificationSettingsValidator(new TargetUrlChecker(true), true);
        assertEquals(
                List.of("escalationDelay"),
                withGlobalSecret.problems(request).stream()
                        .map(FieldError::field)
                        .toList());
    }
}
