package io.flarewatch.api.rest;

import io.flarewatch.api.repository.AlertFilter;
import io.flarewatch.api.service.AlertChange;
import io.flarewatch.api.service.AlertChangeAnnouncer;
import io.flarewatch.api.service.AlertChanges;
import io.flarewatch.api.service.AlertStore;
import io.flarewatch.api.service.AlertWorkflowService;
import io.flarewatch.api.service.FieldError;
import io.flarewatch.api.workflow.AlertWorkflow.Action;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestStreamElementType;

/**
 * {@code /alerts}: the incidents, most recently changed first, each one's detail and timeline, the workflow of the
 * people on duty (acknowledge, assign, note, resolve, reopen) and a live stream of changes.
 */
@Path("/alerts")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "alerts", description = "Crisis alerts, their timeline and the people's workflow")
public class AlertResource {

    static final int MAX_ALERTS = 500;
    private static final Set<String> STATES = Set.of("opened", "updated", "resolved");
    private static final Set<String> SEVERITIES = Set.of("low", "medium", "high", "critical");

    private final AlertStore alerts;
    private final AlertWorkflowService workflow;
    private final AlertChanges changes;
    private final AlertChangeAnnouncer announcer;

    AlertResource(
            AlertStore alerts, AlertWorkflowService workflow, AlertChanges changes, AlertChangeAnnouncer announcer) {
        this.alerts = alerts;
        this.workflow = workflow;
        this.changes = changes;
        this.announcer = announcer;
    }

    @GET
    @Operation(
            summary = "List alerts",
            description =
                    "Filters: brandId, state, severity, acknowledged=true|false, "
                            + "since/until (alerts active in that range: opened before until, not resolved before since), limit.")
    public Uni<List<AlertView>> list(
            @QueryParam("brandId") String brandId,
            @QueryParam("state") String state,
            @QueryParam("severity") String severity,
            @QueryParam("acknowledged") String acknowledged,
            @QueryParam("since") String since,
            @QueryParam("until") String until,
            @QueryParam("limit") String limit) {
        String wantedState = QueryParams.oneOf("state", state, STATES);
        AlertFilter filter = new AlertFilter(
                brandId,
                wantedState == null ? null : wantedState.toUpperCase(Locale.ROOT),
                QueryParams.oneOf("severity", severity, SEVERITIES),
                QueryParams.bool("acknowledged", acknowledged),
                QueryParams.instant("since", since),
                QueryParams.instant("until", until),
                QueryParams.integer("limit", limit, 50, 1, MAX_ALERTS));
        QueryParams.requireOrder("since", filter.since(), "until", filter.until());
        return alerts.newest(filter)
                .map(list -> list.stream().map(AlertView::of).toList());
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RestStreamElementType(MediaType.APPLICATION_JSON)
    @Operation(
            summary = "Server-sent events of alert changes",
            description = "One JSON event per change: detector events stored from Kafka and people's actions; "
                    + "optionally only one brand's (brandId).")
    public Multi<AlertChange> stream(@QueryParam("brandId") String brandId) {
        return changes.stream().select().where(change -> brandId == null || brandId.equals(change.brandId()));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One alert with its top mentions, notes and timeline")
    public Uni<AlertView> get(@PathParam("id") String id) {
        return alerts.get(id)
                .onItem()
                .ifNull()
                .failWith(() -> ProblemException.notFound("alert " + id))
                .flatMap(alert -> alerts.timeline(id)
                        .flatMap(events -> alerts.actions(id)
                                .flatMap(actions -> alerts.notified(id)
                                        .map(notified -> AlertView.of(alert, events, actions, notified)))));
    }

    @POST
    @Path("/{id}/acknowledge")
    @Operation(summary = "Acknowledge an alert: {\"by\":\"name\"}; 409 when resolved or acknowledged already")
    public Uni<AlertView> acknowledge(@PathParam("id") String id, AlertActionRequest request) {
        requireValid(AlertActionRequest.problems(request, false, false));
        return act(id, Action.ACKNOWLEDGE, request, null);
    }

    @POST
    @Path("/{id}/assign")
    @Operation(summary = "Assign an alert to a person: {\"assignee\":\"name\",\"by\":\"name\"}; 409 when resolved")
    public Uni<AlertView> assign(@PathParam("id") String id, AlertActionRequest request) {
        requireValid(AlertActionRequest.problems(request, true, false));
        return act(id, Action.ASSIGN, request, null);
    }

    @POST
    @Path("/{id}/notes")
    @Operation(summary = "Add a note to an alert: {\"by\":\"name\",\"text\":\"...\"}")
    public Uni<AlertView> note(@PathParam("id") String id, AlertActionRequest request) {
        requireValid(AlertActionRequest.problems(request, false, true));
        return act(id, Action.NOTE, request, request.text().trim());
    }

    @POST
    @Path("/{id}/resolve")
    @Operation(summary = "Resolve an alert by hand: {\"by\":\"name\",\"note\":\"optional\"}; 409 when resolved already")
    public Uni<AlertView> resolve(@PathParam("id") String id, AlertActionRequest request) {
        requireValid(AlertActionRequest.problems(request, false, false));
        return act(id, Action.RESOLVE, request, request.noteOrText());
    }

    @POST
    @Path("/{id}/reopen")
    @Operation(summary = "Reopen a resolved alert: {\"by\":\"name\",\"note\":\"optional\"}; 409 when not resolved")
    public Uni<AlertView> reopen(@PathParam("id") String id, AlertActionRequest request) {
        requireValid(AlertActionRequest.problems(request, false, false));
        return act(id, Action.REOPEN, request, request.noteOrText());
    }

    private Uni<AlertView> act(String id, Action action, AlertActionRequest request, String text) {
        return workflow.act(
                        id,
                        action,
                        request.by().trim(),
                        request.assignee() == null ? null : request.assignee().trim(),
                        text)
                .invoke(announcer::announce)
                .flatMap(change -> get(id));
    }

    private static void requireValid(List<FieldError> errors) {
        if (!errors.isEmpty()) {
            throw ProblemException.invalid(errors);
        }
    }
}
