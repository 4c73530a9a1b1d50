package io.flarewatch.api.rest;

import io.flarewatch.api.notify.NotificationLog;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /alerts/{id}/notifications}: every notification of an alert and every attempt to deliver it. */
@Tag(name = "notifications", description = "Where alerts go and every delivery attempt")
@Path("/alerts/{id}/notifications")
@Produces(MediaType.APPLICATION_JSON)
public class AlertNotificationsResource {

    private final NotificationLog log;

    AlertNotificationsResource(NotificationLog log) {
        this.log = log;
    }

    /** The notifications, oldest first, each with its attempts; 404 for an unknown alert. */
    @GET
    public List<NotificationLog.Notification> list(@PathParam("id") String id) {
        return log.of(id).orElseThrow(() -> ProblemException.notFound("alert " + id));
    }
}
