package io.flarewatch.api.rest;

import com.fasterxml.jackson.annotation.JsonInclude;
import io.flarewatch.api.service.SourceState;
import io.flarewatch.events.SourceConfig;
import io.flarewatch.events.SourceHealth;
import java.time.Instant;

/**
 * One source as the API shows it: its health figures, whether it went silent, and (for one source) its settings.
 *
 * @param sourceId          the source's id, e.g. {@code rss:onet-biznes} or {@code api:twitter}
 * @param connector         {@code rss}, {@code mastodon}, {@code bluesky}, {@code api} or {@code import}
 * @param status            {@code ok}, {@code backoff}, {@code disabled}, or {@code pending} before its first report
 * @param silent            delivered nothing for longer than {@code flarewatch.sources.silent-after}
 * @param lastSuccessAt     when it last delivered or was read without error
 * @param lastErrorAt       when it last failed
 * @param lastError         why it last failed
 * @param mentionsPerMinute mentions accepted from it per minute over the last five minutes
 * @param lagSeconds        median seconds from a mention's publication to its receipt over the last five minutes
 * @param nextAttemptAt     when a source in backoff is tried again
 * @param updatedAt         when its health was last reported
 * @param config            its settings ({@code GET /sources/{id}} only; none for sources nobody configured)
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record SourceView(
        String sourceId,
        String connector,
        String status,
        boolean silent,
        Instant lastSuccessAt,
        Instant lastErrorAt,
        String lastError,
        double mentionsPerMinute,
        Double lagSeconds,
        Instant nextAttemptAt,
        Instant updatedAt,
        SourceConfig config) {

    /** The view of a source in a list: health only. */
    static SourceView summary(SourceState state) {
        SourceHealth health = state.health();
        String connector = health != null ? health.connector() : state.config().connector();
        if (health == null) {
            String status = state.config().enabled() ? "pending" : "disabled";
            return new SourceView(
                    state.sourceId(), connector, status, state.silent(), null, null, null, 0, null, null, null, null);
        }
        return new SourceView(
                state.sourceId(),
                connector,
                health.status(),
                state.silent(),
                health.lastSuccessAt(),
                health.lastErrorAt(),
                health.lastError(),
                health.mentionsPerMinute(),
                health.lagSeconds(),
                health.nextAttemptAt(),
                health.updatedAt(),
                null);
    }

    /** The view of one source: health and settings. */
    static SourceView detail(SourceState state) {
        SourceView summary = summary(state);
        return new SourceView(
                summary.sourceId,
                summary.connector,
                summary.status,
                summary.silent,
                summary.lastSuccessAt,
                summary.lastErrorAt,
                summary.lastError,
                summary.mentionsPerMinute,
                summary.lagSeconds,
                summary.nextAttemptAt,
                summary.updatedAt,
                state.config());
    }
}
