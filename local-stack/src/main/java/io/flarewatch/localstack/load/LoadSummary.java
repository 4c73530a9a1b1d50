package io.flarewatch.localstack.load;

import java.util.Locale;

/**
 * The figures of one load run; {@link #line()} is the summary's last line, the one scripts read.
 *
 * @param sent           mentions ingest-service acknowledged (202)
 * @param stored         of those, mentions found in PostgreSQL (by their source ids)
 * @param duplicates     rows in PostgreSQL beyond one per brand and source id (a mention stored twice)
 * @param mentionsPerS   mentions stored per second, from the first send to the last one seen stored
 * @param p50StoredMs    median time from receipt at ingest to the row being seen in PostgreSQL
 * @param p99StoredMs    99th percentile of the same
 * @param p99AlertMs     99th percentile from a storm's first mention to its alert in PostgreSQL; -1 when none
 * @param kafkaRawPerS   records/s of a plain producer to consumer round trip on the same broker, same record size
 */
public record LoadSummary(
        long sent,
        long stored,
        long duplicates,
        double mentionsPerS,
        long p50StoredMs,
        long p99StoredMs,
        long p99AlertMs,
        double kafkaRawPerS) {

    /** Mentions acknowledged but never stored. */
    public long lost() {
        return Math.max(0, sent - stored);
    }

    /** End-to-end mentions/s as a share of what the broker alone does; 0 when the broker figure is missing. */
    public double ratio() {
        return kafkaRawPerS > 0 ? mentionsPerS / kafkaRawPerS : 0;
    }

    /** {@code sent=.. stored=.. lost=.. duplicates=.. mentions_per_s=.. ... ratio=..}, always in this order. */
    public String line() {
        return String.format(
                Locale.ROOT,
                "sent=%d stored=%d lost=%d duplicates=%d mentions_per_s=%.1f "
                        + "p50_stored_ms=%d p99_stored_ms=%d p99_alert_ms=%d kafka_raw_per_s=%.1f ratio=%.4f",
                sent,
                stored,
                lost(),
                duplicates,
                mentionsPerS,
                p50StoredMs,
                p99StoredMs,
                p99AlertMs,
                kafkaRawPerS,
                ratio());
    }
}
