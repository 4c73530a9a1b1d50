package io.flarewatch.api.notify.channel;

import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/** Sends the escalation email to a brand's escalation recipients when nobody acknowledged an alert in time. */
@ApplicationScoped
public class EscalationSender implements ChannelSender {

    private final Mailer mailer;
    private final EmailFormatter formatter = new EmailFormatter();

    EscalationSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public String channel() {
        return "escalation";
    }

    @Override
    public SendResult send(Delivery delivery) {
        return EmailSender.sendMail(mailer, formatter.format(delivery.message()), delivery);
    }
}
