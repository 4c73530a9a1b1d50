package io.flarewatch.api.notify.channel;

import io.flarewatch.api.notify.NotifyConfig;
import io.quarkus.mailer.reactive.ReactiveMailer;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/** Sends the escalation email to a brand's escalation recipients when nobody acknowledged an alert in time. */
@ApplicationScoped
public class EscalationSender implements ChannelSender {

    private final ReactiveMailer mailer;
    private final Duration timeout;
    private final EmailFormatter formatter = new EmailFormatter();

    EscalationSender(ReactiveMailer mailer, NotifyConfig config) {
        this.mailer = mailer;
        this.timeout = config.httpTimeout();
    }

    @Override
    public String channel() {
        return "escalation";
    }

    @Override
    public SendResult send(Delivery delivery) {
        return EmailSender.sendMail(mailer, timeout, formatter.format(delivery.message()), delivery);
    }
}
