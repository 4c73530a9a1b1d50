package io.flarewatch.api.messaging;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.vertx.core.Context;
import io.vertx.core.Vertx;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.util.concurrent.Executor;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;
import org.jboss.logging.Logger;

/**
 * Writes a consumed record again, with growing pauses, for as long as the database is unavailable (see
 * {@link DatabaseFailures}), so that a database outage delays the records instead of dead-lettering them. The
 * consumer waits meanwhile: it takes no further record and commits no offset past the one being written.
 */
@ApplicationScoped
public class DatabaseRetry {

    private static final Logger LOG = Logger.getLogger(DatabaseRetry.class);
    /** The first pause: a dropped connection is usually replaced at once. */
    static final Duration FIRST_PAUSE = Duration.ofMillis(200);
    /** The longest pause: a restarted database is found within seconds, and one attempt costs only a connect. */
    static final Duration LONGEST_PAUSE = Duration.ofSeconds(5);

    private final MeterRegistry metrics;

    DatabaseRetry(MeterRegistry metrics) {
        this.metrics = metrics;
    }

    /**
     * The write, run again after each transient failure until it succeeds; a failure that is the record's own ends
     * it. Each attempt runs on the caller's Vert.x context, where Hibernate Reactive needs it.
     */
    public <T> Uni<T> untilStored(String topic, String what, Supplier<Uni<T>> write) {
        AtomicInteger attempts = new AtomicInteger();
        Executor caller = onCallersContext();
        return Uni.createFrom()
                .deferred(() -> {
                    attempts.incrementAndGet();
                    return write.get();
                })
                .runSubscriptionOn(caller)
                .onFailure(DatabaseFailures::isTransient)
                .invoke(failure -> waiting(topic, what, attempts, failure))
                .onFailure(DatabaseFailures::isTransient)
                .retry()
                .withBackOff(FIRST_PAUSE, LONGEST_PAUSE)
                .indefinitely()
                .invoke(() -> {
                    if (attempts.get() > 1) {
                        LOG.infof(
                                "%s from %s stored after %d attempts: the database answers again",
                                what, topic, attempts.get());
                    }
                });
    }

    private void waiting(String topic, String what, AtomicInteger attempts, Throwable failure) {
        metrics.counter("database.retries", "topic", topic).increment();
        LOG.warnf(
                "the database is unavailable (%s: %s); %s from %s will be written again, attempt %d failed; "
                        + "nothing is dead-lettered and no offset is committed meanwhile",
                failure.getClass().getSimpleName(), failure.getMessage(), what, topic, attempts.get());
    }

    private static Executor onCallersContext() {
        Context context = Vertx.currentContext();
        if (context == null) {
            return Runnable::run;
        }
        return command -> context.runOnContext(ignored -> command.run());
    }
}
