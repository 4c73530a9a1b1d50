package io.flarewatch.api.rest;

import io.flarewatch.api.notify.settings.NotificationSettingsRequest;
import io.flarewatch.api.notify.settings.NotificationSettingsView;
import io.flarewatch.api.service.NotificationService;
import io.smallrye.mutiny.Uni;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** {@code /brands/{id}/notifications}: where a brand's alerts are sent. */
@Tag(name = "notifications", description = "Where alerts go and every delivery attempt")
@Path("/brands/{id}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    private final NotificationService notifications;

    NotificationSettingsResource(NotificationService notifications) {
        this.notifications = notifications;
    }

    /** The brand's settings (empty lists when it has none); 404 for an unknown brand. */
    @GET
    public Uni<NotificationSettingsView> get(@PathParam("id") String id) {
        return notifications.of(id).map(NotificationSettingsView::of);
    }

    /** Replaces the brand's settings; 400 naming each bad field, 404 for an unknown brand. */
    @PUT
    public Uni<NotificationSettingsView> put(@PathParam("id") String id, NotificationSettingsRequest request) {
        return notifications.replace(id, request).map(NotificationSettingsView::of);
    }
}
