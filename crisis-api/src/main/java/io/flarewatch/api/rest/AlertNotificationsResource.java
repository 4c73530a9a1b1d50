package io.flarewatch.api.rest;

import io.flarewatch.api.notify.NotificationRepository;
import io.flarewatch.api.service.NotificationService;
import io.smallrye.mutiny.Uni;
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

    private final NotificationService notifications;

    AlertNotificationsResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The notifications, oldest first, each with its attempts; 404 for an unknown alert. */
    @GET
    public Uni<List<NotificationRepository.Notification>> list(@PathParam("id") String id) {
        return notifications.ofAlert(id);
    }
}
