package io.flarewatch.api.rest;

import io.flarewatch.api.repository.StatsRepository.ResponseFigures;
import io.flarewatch.api.service.StatsService;
import io.flarewatch.api.stats.Buckets;
import io.flarewatch.api.stats.Buckets.Bucket;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /brands/{id}/stats}: a brand's mention velocity and sentiment mix over time, and how fast alerts were handled. */
@Path("/brands/{id}/stats")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "stats", description = "Per brand: mention velocity and sentiment mix, response times")
public class StatsResource {

    static final Duration DEFAULT_RESPONSE_RANGE = Duration.ofDays(30);
    private static final Set<String> INTERVALS = Set.of("minute", "hour");

    private final StatsService stats;

    StatsResource(StatsService stats) {
        this.stats = stats;
    }

    /**
     * A brand's velocity series.
     *
     * @param brandId  the brand
     * @param interval {@code minute} or {@code hour}
     * @param from     the first bucket's start (truncated to the interval)
     * @param to       the end (exclusive)
     * @param buckets  one per interval, oldest first, zeros where nothing was published
     */
    public record Velocity(String brandId, String interval, Instant from, Instant to, List<Bucket> buckets) {}

    /**
     * A brand's response figures; durations in seconds, null when no alert was acknowledged or resolved.
     *
     * @param brandId           the brand
     * @param from              alerts opened at or after this
     * @param to                and before this
     * @param alerts            alerts opened in the range
     * @param acknowledged      of them, acknowledged
     * @param resolved          of them, resolved
     * @param timeToAcknowledge from opening to acknowledgement
     * @param timeToResolve     from opening to resolution (by hand or by the detector)
     * @param alertsPerWeek     alerts divided by the range's length in weeks
     */
    public record ResponseStats(
            String brandId,
            Instant from,
            Instant to,
            long alerts,
            long acknowledged,
            long resolved,
            Durations timeToAcknowledge,
            Durations timeToResolve,
            double alertsPerWeek) {}

    /**
     * A distribution of durations.
     *
     * @param medianSeconds the median (interpolated)
     * @param p90Seconds    the 90th percentile (interpolated)
     */
    public record Durations(Double medianSeconds, Double p90Seconds) {}

    @GET
    @Path("/velocity")
    @Operation(
            summary = "Mentions and their sentiment per minute or hour",
            description = "interval=minute|hour (default minute); from/to ISO-8601, default the last hour (minute) "
                    + "or the last 48 hours (hour); at most " + Buckets.MAX_BUCKETS + " buckets. Buckets are UTC.")
    public Uni<Velocity> velocity(
            @PathParam("id") String brandId,
            @QueryParam("interval") String interval,
            @QueryParam("from") String from,
            @QueryParam("to") String to) {
        String wanted = QueryParams.oneOf("interval", interval, INTERVALS);
        String chosen = wanted == null ? "minute" : wanted;
        ChronoUnit unit = Buckets.unit(chosen);
        Instant end = orNow(QueryParams.instant("to", to));
        Instant given = QueryParams.instant("from", from);
        Instant start = (given != null
                        ? given
                        : end.minus(unit == ChronoUnit.HOURS ? Duration.ofHours(48) : Duration.ofHours(1)))
                .truncatedTo(unit);
        QueryParams.requireOrder("from", start, "to", end);
        if (Buckets.count(start, end, unit) > Buckets.MAX_BUCKETS) {
            throw QueryParams.invalid(
                    "from",
                    "the range holds more than " + Buckets.MAX_BUCKETS + " " + chosen
                            + "s; narrow it or use a longer interval");
        }
        return stats.velocity(brandId, unit, start, end)
                .map(buckets -> new Velocity(brandId, chosen, start, end, buckets));
    }

    @GET
    @Path("/response")
    @Operation(
            summary = "Time to acknowledge and to resolve (median, p90) and alerts per week",
            description = "Over alerts opened in [from, to); default the last 30 days.")
    public Uni<ResponseStats> response(
            @PathParam("id") String brandId, @QueryParam("from") String from, @QueryParam("to") String to) {
        Instant end = orNow(QueryParams.instant("to", to));
        Instant given = QueryParams.instant("from", from);
        Instant start = given != null ? given : end.minus(DEFAULT_RESPONSE_RANGE);
        QueryParams.requireOrder("from", start, "to", end);
        double weeks = Duration.between(start, end).toMillis()
                / (double) Duration.ofDays(7).toMillis();
        return stats.response(brandId, start, end).map(f -> toStats(brandId, start, end, f, weeks));
    }

    private static ResponseStats toStats(String brandId, Instant from, Instant to, ResponseFigures f, double weeks) {
        return new ResponseStats(
                brandId,
                from,
                to,
                f.alerts(),
                f.acknowledged(),
                f.resolved(),
                new Durations(f.ackMedian(), f.ackP90()),
                new Durations(f.resolveMedian(), f.resolveP90()),
                f.alerts() / weeks);
    }

    private static Instant orNow(Instant given) {
        return given != null ? given : Instant.now();
    }
}
