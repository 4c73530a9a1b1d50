package io.flarewatch.api.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.api.notify.channel.ChannelSender;
import io.flarewatch.api.notify.channel.Delivery;
import io.flarewatch.api.notify.channel.SendResult;
import io.flarewatch.api.notify.settings.TargetUrlChecker;
import io.flarewatch.events.CrisisAlert;
import io.flarewatch.events.EventJson;
import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;

/**
 * Sends what the outbox holds: every tick it enqueues due escalations, claims due notifications, sends each over its
 * channel and records the outcome, retrying with exponential backoff until the last attempt.
 */
@ApplicationScoped
public class NotificationDispatcher {

    private static final Logger LOG = Logger.getLogger(NotificationDispatcher.class);
    /** The longest wait for one database step; the senders block anyway, so the tick runs on a worker thread. */
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(30);

    private final NotifyConfig config;
    private final OutboxRepository outbox;
    private final EscalationRepository escalations;
    private final NotifyMetrics metrics;
    private final Map<String, ChannelSender> senders;
    private final TargetUrlChecker urls;
    private final Backoff backoff;

    NotificationDispatcher(
            NotifyConfig config,
            OutboxRepository outbox,
            EscalationRepository escalations,
            NotifyMetrics metrics,
            Instance<ChannelSender> senders) {
        this.config = config;
        this.outbox = outbox;
        this.escalations = escalations;
        this.metrics = metrics;
        this.senders = senders.stream().collect(Collectors.toMap(ChannelSender::channel, Function.identity()));
        this.urls = new TargetUrlChecker(config.allowPrivateTargets());
        this.backoff = new Backoff(config.backoffBase(), config.backoffMax());
    }

    @Scheduled(
            identity = "notification-dispatcher",
            every = "${flarewatch.notify.interval}",
            delayed = "${flarewatch.notify.initial-delay}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void tick() {
        if (!config.enabled()) {
            return;
        }
        try {
            escalations.enqueueDue().await().atMost(DATABASE_WAIT);
        } catch (RuntimeException e) {
            LOG.warn("escalations could not be enqueued; the next tick tries again", e);
        }
        try {
            List<OutboxRow> claimed = outbox.claim(config.batchSize(), config.claimTimeout())
                    .await()
                    .atMost(DATABASE_WAIT);
            for (OutboxRow row : claimed) {
                deliver(row);
            }
        } catch (RuntimeException e) {
            LOG.warn("notification dispatch failed; the next tick tries again", e);
        }
    }

    /** Sends one claimed notification and records the outcome. */
    void deliver(OutboxRow row) {
        SendResult result;
        try {
            result = send(row);
        } catch (RuntimeException e) {
            result = SendResult.failed(null, e.getClass().getSimpleName() + ": " + e.getMessage());
        }
        if (result.delivered()) {
            outbox.delivered(row, result).await().atMost(DATABASE_WAIT);
            metrics.sent(row.channel());
            return;
        }
        boolean last = row.attempt() >= config.maxAttempts();
        outbox.failed(row, result, last ? null : backoff.after(row.attempt()))
                .await()
                .atMost(DATABASE_WAIT);
        if (last) {
            metrics.failed(row.channel());
            LOG.warnf(
                    "notification %d (%s) given up after %d attempts: %s",
                    row.id(), row.channel(), row.attempt(), result.error());
        }
    }

    private SendResult send(OutboxRow row) {
        ChannelSender sender = senders.get(row.channel());
        if (sender == null) {
            return SendResult.failed(null, "unknown channel " + row.channel());
        }
        if (row.channel().equals("slack") || row.channel().equals("webhook")) {
            var problem = urls.problem(row.target());
            if (problem.isPresent()) {
                return SendResult.failed(null, "target " + problem.get());
            }
        }
        String secret = row.webhookSecret() != null
                ? row.webhookSecret()
                : config.webhookSecret().orElse(null);
        return sender.send(new Delivery(row.id(), row.target(), message(row), secret));
    }

    private NotificationMessage message(OutboxRow row) {
        try {
            CrisisAlert alert = EventJson.mapper().readValue(row.payload(), CrisisAlert.class);
            String base = config.consoleBaseUrl().replaceAll("/+$", "");
            return new NotificationMessage(
                    NotificationKind.valueOf(row.kind()), row.brandName(), alert, base + "/alerts/" + row.alertId());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("stored notification cannot be read", e);
        }
    }
}
