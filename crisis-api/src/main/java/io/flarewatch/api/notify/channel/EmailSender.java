package io.flarewatch.api.notify.channel;

import io.quarkus.mailer.Mail;
import io.quarkus.mailer.Mailer;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Sends alerts by email through Quarkus Mailer (SMTP). The Message-ID is derived from the outbox id, so a message
 * sent again after a crash carries the same Message-ID and mail systems and readers can drop the repeat.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final Mailer mailer;
    private final EmailFormatter formatter = new EmailFormatter();

    EmailSender(Mailer mailer) {
        this.mailer = mailer;
    }

    @Override
    public String channel() {
        return "email";
    }

    @Override
    public SendResult send(Delivery delivery) {
        return sendMail(mailer, formatter.format(delivery.message()), delivery);
    }

    /** The Message-ID of a delivery: stable across retries of the same outbox row. */
    public static String messageId(long outboxId) {
        return "<notification-" + outboxId + "@flarewatch>";
    }

    static SendResult sendMail(Mailer mailer, EmailContent content, Delivery delivery) {
        Mail mail = Mail.withHtml(delivery.target(), content.subject(), content.html()).setText(content.text())
                .addHeader("Message-ID", messageId(delivery.outboxId()));
        try {
            mailer.send(mail);
            return SendResult.ok(null);
        } catch (RuntimeException e) {
            return SendResult.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
