package io.flarewatch.api.rest;

import io.flarewatch.api.notify.NotifyConfig;
import io.flarewatch.api.notify.settings.NotificationSettings;
import io.flarewatch.api.notify.settings.NotificationSettingsRepository;
import io.flarewatch.api.notify.settings.NotificationSettingsRequest;
import io.flarewatch.api.notify.settings.NotificationSettingsValidator;
import io.flarewatch.api.notify.settings.NotificationSettingsView;
import io.flarewatch.api.notify.settings.TargetUrlChecker;
import io.flarewatch.api.service.FieldError;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.time.Duration;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/**
 * {@code /brands/{id}/notifications}: where a brand's alerts are sent. Blocking methods, so they run on a worker
 * thread (the URL check resolves host names).
 */
@Tag(name = "notifications", description = "Where alerts go and every delivery attempt")
@Path("/brands/{id}/notifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
public class NotificationSettingsResource {

    /** The longest wait for the database: these methods block on a worker thread, for the URL check. */
    private static final Duration DATABASE_WAIT = Duration.ofSeconds(30);

    private final NotificationSettingsRepository store;
    private final NotificationSettingsValidator validator;

    NotificationSettingsResource(NotificationSettingsRepository store, NotifyConfig config) {
        this.store = store;
        this.validator = new NotificationSettingsValidator(new TargetUrlChecker(config.allowPrivateTargets()),
                config.webhookSecret().isPresent());
    }

    /** The brand's settings (empty lists when it has none); 404 for an unknown brand. */
    @GET
    public NotificationSettingsView get(@PathParam("id") String id) {
        requireBrand(id);
        return NotificationSettingsView.of(store.find(id).await().atMost(DATABASE_WAIT).orElse(NotificationSettings.none(id)));
    }

    /** Replaces the brand's settings; 400 naming each bad field, 404 for an unknown brand. */
    @PUT
    public NotificationSettingsView put(@PathParam("id") String id, NotificationSettingsRequest request) {
        requireBrand(id);
        if (request == null) {
            throw ProblemException.invalid(List.of(new FieldError("body", "is required")));
        }
        List<FieldError> problems = validator.problems(request);
        if (!problems.isEmpty()) {
            throw ProblemException.invalid(problems);
        }
        NotificationSettings settings = validator.settings(id, request);
        store.save(settings).await().atMost(DATABASE_WAIT);
        return NotificationSettingsView.of(settings);
    }

    private void requireBrand(String id) {
        if (!store.brandExists(id).await().atMost(DATABASE_WAIT)) {
            throw ProblemException.notFound("brand " + id);
        }
    }
}
