package io.flarewatch.api.notify.channel;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Clock;
import java.util.Map;

/**
 * Posts the alert as signed JSON to generic webhooks: {@code X-Flarewatch-Signature: sha256=<hex HMAC of the raw
 * body>}, {@code X-Flarewatch-Timestamp} (epoch seconds of the attempt) and {@code X-Flarewatch-Delivery} (the
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
        return http.postJson(delivery.target(), body, Map.of(
                SIGNATURE, HmacSigner.signatureHeader(delivery.webhookSecret(), body),
                TIMESTAMP, String.valueOf(clock.instant().getEpochSecond()),
                DELIVERY, String.valueOf(delivery.outboxId())));
    }
}
