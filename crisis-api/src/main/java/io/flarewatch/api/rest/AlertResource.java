package io.flarewatch.api.rest;

import io.flarewatch.api.service.AlertStore;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/** {@code /alerts}: the incidents, newest first, and each one's detail and timeline. */
@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
public class AlertResource {

    static final int MAX_ALERTS = 500;
    private static final Set<String> STATES = Set.of("OPENED", "UPDATED", "RESOLVED");

    private final AlertStore alerts;

    AlertResource(AlertStore alerts) {
        this.alerts = alerts;
    }

    @GET
    public Uni<List<AlertView>> list(@QueryParam("brandId") String brandId, @QueryParam("state") String state,
            @QueryParam("limit") @DefaultValue("50") int limit) {
        if (limit < 1 || limit > MAX_ALERTS) {
            throw ProblemException.invalid(List.of(new FieldError("limit", "must be between 1 and " + MAX_ALERTS)));
        }
        String wantedState = state == null ? null : state.toUpperCase(Locale.ROOT);
        if (wantedState != null && !STATES.contains(wantedState)) {
            throw ProblemException.invalid(List.of(new FieldError("state", "must be opened, updated or resolved")));
        }
        return alerts.newest(brandId, wantedState, limit).map(list -> list.stream().map(AlertView::of).toList());
    }

    @GET
    @Path("/{id}")
    public Uni<AlertView> get(@PathParam("id") String id) {
        return alerts.get(id)
                .onItem().ifNull().failWith(() -> ProblemException.notFound("alert " + id))
                .flatMap(alert -> alerts.timeline(id).map(timeline -> AlertView.of(alert, timeline)));
    }
}
