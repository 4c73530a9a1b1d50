package io.flarewatch.api.notify;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;
import java.util.Optional;

/** The notification settings that are not per brand: how the outbox is sent. */
@ConfigMapping(prefix = "flarewatch.notify")
public interface NotifyConfig {

    /** Whether the dispatcher sends at all; when false, notifications wait in the outbox. */
    @WithDefault("true")
    boolean enabled();

    /** How often the dispatcher looks for due notifications (a Quarkus scheduler period such as {@code 1s}). */
    @WithDefault("1s")
    String interval();

    /** How long after start the dispatcher first runs (e.g. {@code 1h} to hold everything in the outbox). */
    @WithDefault("2s")
    String initialDelay();

    /** How many due notifications one run of the dispatcher claims. */
    @WithDefault("20")
    int batchSize();

    /** Attempts before a notification is given up and marked failed. */
    @WithDefault("8")
    int maxAttempts();

    /** The wait after the first failed attempt; it doubles after each further failure. */
    @WithDefault("PT2S")
    Duration backoffBase();

    /** The longest wait between two attempts. */
    @WithDefault("PT10M")
    Duration backoffMax();

    /** A notification claimed longer ago than this without an outcome was interrupted (a crash) and is retried. */
    @WithDefault("PT2M")
    Duration claimTimeout();

    /** Connect and response timeout of Slack and webhook requests, and the longest wait for the SMTP server. */
    @WithDefault("PT10S")
    Duration httpTimeout();

    /** Whether Slack and webhook URLs may point at loopback, private or link-local addresses (tests, labs). */
    @WithDefault("false")
    boolean allowPrivateTargets();

    /** The console's base URL; notifications link to {@code <base>/alerts/<id>}. */
    @WithDefault("http://localhost:8080")
    String consoleBaseUrl();

    /** The secret that signs webhook bodies of brands without a secret of their own. */
    Optional<String> webhookSecret();
}
