package io.flarewatch.api.repository;

import io.flarewatch.api.stats.Buckets.Bucket;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.LinkedHashMap;
import java.util.Map;

/** The per-brand figures counted in PostgreSQL: mentions per time bucket, and how fast alerts were handled. */
@ApplicationScoped
public class StatsRepository {

    private static final String VELOCITY = """
            SELECT date_trunc($2, published_at AT TIME ZONE 'UTC') AS bucket, count(*) AS mentions,
                   count(*) FILTER (WHERE label = 'negative') AS negative,
                   count(*) FILTER (WHERE label = 'neutral') AS neutral,
                   count(*) FILTER (WHERE label = 'positive') AS positive
            FROM mention WHERE brand_id = $1 AND published_at >= $3 AND published_at < $4
            GROUP BY 1 ORDER BY 1""";
    private static final String RESPONSE = """
            SELECT count(*) AS alerts, count(acknowledged_at) AS acknowledged, count(resolved_at) AS resolved,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - opened_at)) AS ack_median,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM acknowledged_at - opened_at)) AS ack_p90,
                   percentile_cont(0.5) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - opened_at)) AS resolve_median,
                   percentile_cont(0.9) WITHIN GROUP (ORDER BY extract(epoch FROM resolved_at - opened_at)) AS resolve_p90
            FROM alert WHERE brand_id = $1 AND opened_at >= $2 AND opened_at < $3""";

    /**
     * How a brand's alerts opened in a range were handled; times in seconds from opening, null when none.
     *
     * @param alerts          alerts opened in the range
     * @param acknowledged    of them, acknowledged
     * @param resolved        of them, resolved (by hand or by the detector)
     * @param ackMedian       median time to acknowledge
     * @param ackP90          90th percentile of the time to acknowledge
     * @param resolveMedian   median time to resolve
     * @param resolveP90      90th percentile of the time to resolve
     */
    public record ResponseFigures(
            long alerts,
            long acknowledged,
            long resolved,
            Double ackMedian,
            Double ackP90,
            Double resolveMedian,
            Double resolveP90) {}

    private final Pool pool;

    StatsRepository(Pool pool) {
        this.pool = pool;
    }

    /** A brand's mentions in [from, to) counted per bucket of {@code unit} (minutes or hours, UTC); empty ones absent. */
    public Uni<Map<Instant, Bucket>> velocity(String brandId, ChronoUnit unit, Instant from, Instant to) {
        String field = unit == ChronoUnit.HOURS ? "hour" : "minute";
        return pool.preparedQuery(VELOCITY)
                .execute(Tuple.of(brandId, field, MentionRows.utc(from), MentionRows.utc(to)))
                .map(rows -> {
                    Map<Instant, Bucket> out = new LinkedHashMap<>();
                    for (Row row : rows) {
                        Instant start = row.getLocalDateTime("bucket").toInstant(ZoneOffset.UTC);
                        out.put(
                                start,
                                new Bucket(
                                        start,
                                        row.getLong("mentions"),
                                        row.getLong("negative"),
                                        row.getLong("neutral"),
                                        row.getLong("positive")));
                    }
                    return out;
                });
    }

    /** The response figures of a brand's alerts opened in [from, to). */
    public Uni<ResponseFigures> response(String brandId, Instant from, Instant to) {
        return pool.preparedQuery(RESPONSE)
                .execute(Tuple.of(brandId, MentionRows.utc(from), MentionRows.utc(to)))
                .map(rows -> {
                    Row row = rows.iterator().next();
                    return new ResponseFigures(
                            row.getLong("alerts"),
                            row.getLong("acknowledged"),
                            row.getLong("resolved"),
                            row.getDouble("ack_median"),
                            row.getDouble("ack_p90"),
                            row.getDouble("resolve_median"),
                            row.getDouble("resolve_p90"));
                });
    }
}
