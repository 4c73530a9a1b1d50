package io.flarewatch.api.notify.channel;

import jakarta.enterprise.context.ApplicationScoped;
import java.util.Map;

/**
 * Posts Block Kit messages to Slack incoming webhooks. Slack's incoming webhooks take no idempotency key, so a
 * retry after a crash between Slack's answer and the outbox update can show a message twice.
 */
@ApplicationScoped
public class SlackSender implements ChannelSender {

    private final HttpPoster http;
    private final SlackFormatter formatter = new SlackFormatter();

    SlackSender(HttpPoster http) {
        this.http = http;
    }

    @Override
    public String channel() {
        return "slack";
    }

    @Override
    public SendResult send(Delivery delivery) {
        return http.postJson(delivery.target(), formatter.format(delivery.message()), Map.of());
    }
}
