package io.flarewatch.api.notify.channel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Posts the alert as signed JSON to generic webhooks: {@code X-Flarewatch-Timestamp} (epoch seconds of the attempt),
 * {@code X-Flarewatch-Signature: sha256=<hex HMAC-SHA256 of "<timestamp>.<raw body>">} (a receiver recomputes it and
 * refuses a timestamp older than a few minutes, so a captured request cannot be replayed later) and {@code X-Flarewatch-Delivery} (the
 * outbox id, the same on every retry, so that a receiver can drop a repeat).
 */
@ApplicationScoped
public class WebhookSender implements ChannelSender {

    /** The signature header. */
    public static final String SIGNATURE = "X-Flarewatch-Signature";
    /** The timestamp header. */
    public static final String TIMESTAMP = "X-Flarewatch-Timestamp";
    /** The delivery id header. */
    public static final String DELIVERY = "X-Flarewatch-Delivery";

    private final HttpPoster http;
    private final WebhookFormatter formatter = new WebhookFormatter();
    private final Clock clock = Clock.systemUTC();

    WebhookSender(HttpPoster http) {
        this.http = http;
    }

    @Override
    public String channel() {
        return "webhook";
    }

    @Override
    public SendResult send(Delivery delivery) {
        if (delivery.webhookSecret() == null || delivery.webhookSecret().isEmpty()) {
            return SendResult.failed(null, "no webhook secret configured for the brand or globally");
        }
        String body = formatter.format(delivery.message(), delivery.outboxId());
        long timestamp = clock.instant().getEpochSecond();
        return http.postJson(
                delivery.target(),
                body,
                Map.of(
                        SIGNATURE, HmacSigner.webhookSignature(delivery.webhookSecret(), timestamp, body),
                        TIMESTAMP, String.valueOf(timestamp),
                        DELIVERY, String.valueOf(delivery.outboxId())));
    }
}
