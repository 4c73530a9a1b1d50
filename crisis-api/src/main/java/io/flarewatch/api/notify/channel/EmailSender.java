package io.flarewatch.api.notify.channel;

import io.flarewatch.api.notify.NotifyConfig;
import io.quarkus.mailer.Mail;
import io.quarkus.mailer.reactive.ReactiveMailer;
import io.smallrye.mutiny.TimeoutException;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;

/**
 * Sends alerts by email through Quarkus Mailer (SMTP). The Message-ID is derived from the outbox id, so a message
 * sent again after a crash carries the same Message-ID and mail systems and readers can drop the repeat. The wait for
 * the SMTP server is bounded by the HTTP timeout, so a hanging server cannot stall the dispatcher.
 */
@ApplicationScoped
public class EmailSender implements ChannelSender {

    private final ReactiveMailer mailer;
    private final Duration timeout;
    private final EmailFormatter formatter = new EmailFormatter();

    EmailSender(ReactiveMailer mailer, NotifyConfig config) {
        this.mailer = mailer;
        this.timeout = config.httpTimeout();
    }

    @Override
    public String channel() {
        return "email";
    }

    @Override
    public SendResult send(Delivery delivery) {
        return sendMail(mailer, timeout, formatter.format(delivery.message()), delivery);
    }

    /** The Message-ID of a delivery: stable across retries of the same outbox row. */
    public static String messageId(long outboxId) {
        return "<notification-" + outboxId + "@flarewatch>";
    }

    static SendResult sendMail(ReactiveMailer mailer, Duration timeout, EmailContent content, Delivery delivery) {
        Mail mail = Mail.withHtml(delivery.target(), content.subject(), content.html())
                .setText(content.text())
                .addHeader("Message-ID", messageId(delivery.outboxId()));
        try {
            mailer.send(mail).await().atMost(timeout);
            return SendResult.ok(null);
        } catch (TimeoutException e) {
            return SendResult.failed(null, "SMTP timeout after " + timeout.toMillis() + " ms");
        } catch (RuntimeException e) {
            return SendResult.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
    }
}
