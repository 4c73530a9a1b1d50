package io.flarewatch.ingest.service;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.Set;

/** Counters of what ingest-service took in, dropped and rejected; tag values come from bounded sets only. */
@ApplicationScoped
public class IngestMetrics {

    /** Sources reported by name on metrics; any other source is reported as {@code other}. */
    static final Set<String> KNOWN_SOURCES = Set.of(
            "twitter",
            "x",
            "facebook",
            "instagram",
            "tiktok",
            "youtube",
            "linkedin",
            "reddit",
            "wykop",
            "forum",
            "news",
            "blog",
            "review",
            "app-store",
            "google-play",
            "demo");

    private final MeterRegistry registry;

    IngestMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    void ingested(String source) {
        registry.counter("mentions.ingested", "source", sourceTag(source)).increment();
    }

    void deduplicated(String source) {
        registry.counter("mentions.deduplicated", "source", sourceTag(source)).increment();
    }

    void rejected(RejectionReason reason) {
        registry.counter("mentions.rejected", "reason", reason.tag()).increment();
    }

    static String sourceTag(String source) {
        return KNOWN_SOURCES.contains(source) ? source : "other";
    }

    /** Why a mention was not taken in. */
    enum RejectionReason {
        INVALID_JSON("invalid_json"),
        INVALID_FIELD("invalid_field"),
        KAFKA_UNAVAILABLE("kafka_unavailable");

        private final String tag;

        RejectionReason(String tag) {
            this.tag = tag;
        }

        String tag() {
            return tag;
        }
    }
}
