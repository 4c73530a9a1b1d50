package io.flarewatch.api.notify.settings;

import io.flarewatch.api.service.FieldError;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/** Checks a settings request field by field and turns it into settings; every problem names its field. */
public final class NotificationSettingsValidator {

    static final int MAX_TARGETS = 20;
    static final int MIN_SECRET_LENGTH = 16;
    static final Duration MAX_ESCALATION_DELAY = Duration.ofDays(7);
    private static final Pattern EMAIL = Pattern.compile("[^@\\s<>,;\"]+@[^@\\s<>,;\"]+\\.[^@\\s<>,;\"]+");

    private final TargetUrlChecker urls;
    private final boolean globalSecret;

    /** A validator with the URL checker to use and whether a global webhook secret is configured. */
    public NotificationSettingsValidator(TargetUrlChecker urls, boolean globalSecret) {
        this.urls = urls;
        this.globalSecret = globalSecret;
    }

    /** The problems of {@code request}, in field order; empty when it is valid. */
    public List<FieldError> problems(NotificationSettingsRequest request) {
        List<FieldError> errors = new ArrayList<>();
        checkUrls("slackWebhookUrls", request.slackWebhookUrls(), errors);
        checkEmails("emailRecipients", request.emailRecipients(), errors);
        checkUrls("webhookUrls", request.webhookUrls(), errors);
        String secret = request.webhookSecret();
        if (secret != null && secret.length() < MIN_SECRET_LENGTH) {
            errors.add(new FieldError("webhookSecret", "must be at least " + MIN_SECRET_LENGTH + " characters"));
        }
        if (secret == null && !globalSecret && !list(request.webhookUrls()).isEmpty()) {
            errors.add(
                    new FieldError("webhookSecret", "is required for webhook URLs (no global secret is configured)"));
        }
        checkEmails("escalationRecipients", request.escalationRecipients(), errors);
        Duration delay = null;
        if (request.escalationDelay() != null) {
            try {
                delay = Duration.parse(request.escalationDelay());
                if (delay.isNegative() || delay.isZero() || delay.compareTo(MAX_ESCALATION_DELAY) > 0) {
                    errors.add(new FieldError("escalationDelay", "must be more than zero and at most 7 days"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError("escalationDelay", "must be an ISO-8601 duration such as PT15M"));
            }
        }
        if (delay == null
                && request.escalationDelay() == null
                && !list(request.escalationRecipients()).isEmpty()) {
            errors.add(new FieldError("escalationDelay", "is required with escalation recipients"));
        }
        return errors;
    }

    /** The settings a valid request describes. */
    public NotificationSettings settings(String brandId, NotificationSettingsRequest request) {
        return new NotificationSettings(
                brandId,
                trimmed(request.slackWebhookUrls()),
                trimmed(request.emailRecipients()),
                trimmed(request.webhookUrls()),
                request.webhookSecret(),
                trimmed(request.escalationRecipients()),
                request.escalationDelay() == null ? null : Duration.parse(request.escalationDelay()));
    }

    private void checkUrls(String field, List<String> values, List<FieldError> errors) {
        List<String> all = list(values);
        if (all.size() > MAX_TARGETS) {
            errors.add(new FieldError(field, "must have at most " + MAX_TARGETS + " entries"));
        }
        for (int i = 0; i < all.size(); i++) {
            String url = all.get(i) == null ? null : all.get(i).trim();
            String problem = url == null || url.isEmpty()
                    ? "must not be empty"
                    : urls.problem(url).orElse(null);
            if (problem != null) {
                errors.add(new FieldError(field + "[" + i + "]", problem));
            }
        }
    }

    private static void checkEmails(String field, List<String> values, List<FieldError> errors) {
        List<String> all = list(values);
        if (all.size() > MAX_TARGETS) {
            errors.add(new FieldError(field, "must have at most " + MAX_TARGETS + " entries"));
        }
        for (int i = 0; i < all.size(); i++) {
            String email = all.get(i) == null ? "" : all.get(i).trim();
            if (!EMAIL.matcher(email).matches()) {
                errors.add(new FieldError(field + "[" + i + "]", "must be an email address"));
            }
        }
    }

    private static List<String> list(List<String> values) {
        return values == null ? List.of() : values;
    }

    private static List<String> trimmed(List<String> values) {
        return list(values).stream().map(String::trim).distinct().toList();
    }
}
