package io.flarewatch.api.notify;

import io.flarewatch.events.CrisisAlert;

/**
 * Everything a channel needs to say about an alert; the formatters turn it into Slack blocks, email or JSON.
 *
 * @param kind      what changed
 * @param brandName the brand's display name
 * @param alert     the alert as of the event that caused the notification
 * @param alertUrl  the alert in the console
 */
public record NotificationMessage(NotificationKind kind, String brandName, CrisisAlert alert, String alertUrl) {

    /** The one-line headline shared by every channel, e.g. "Kurierex: crisis alert opened (high)". */
    public String headline() {
        String what = switch (kind) {
            case OPENED -> "crisis alert opened";
            case ESCALATED -> "crisis alert escalated";
            case ALL_CLEAR -> "all clear";
            case UNACKNOWLEDGED -> "alert not acknowledged, escalating";
        };
        return brandName + ": " + what + " (" + alert.severity() + ")";
    }

    /** Mentions now versus usual, e.g. "212 mentions vs 14 usual". */
    public String mentionsLine() {
        return alert.currentMentions() + " mentions vs " + Math.round(alert.expectedMentions()) + " usual";
    }

    /** Negative share now versus usual, e.g. "78% negative vs 12% usual". */
    public String negativeLine() {
        return percent(alert.currentNegativeShare()) + " negative vs " + percent(alert.usualNegativeShare()) + " usual";
    }

    /** The reach of the negative authors, e.g. "reach 183,000 followers". */
    public String reachLine() {
        return "reach " + String.format(java.util.Locale.ROOT, "%,d", alert.reach()) + " followers";
    }

    private static String percent(double share) {
        return Math.round(share * 100) + "%";
    }
}
