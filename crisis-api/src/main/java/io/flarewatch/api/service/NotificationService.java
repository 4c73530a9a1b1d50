package io.flarewatch.api.service;

import io.flarewatch.api.notify.NotificationRepository;
import io.flarewatch.api.notify.NotificationRepository.Notification;
import io.flarewatch.api.notify.NotifyConfig;
import io.flarewatch.api.notify.settings.NotificationSettings;
import io.flarewatch.api.notify.settings.NotificationSettingsRepository;
import io.flarewatch.api.notify.settings.NotificationSettingsRequest;
import io.flarewatch.api.notify.settings.NotificationSettingsValidator;
import io.flarewatch.api.notify.settings.TargetUrlChecker;
import io.smallrye.mutiny.Uni;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Where a brand's alerts go, and what was sent for an alert with every delivery attempt. */
@ApplicationScoped
public class NotificationService {

    private final NotificationSettingsRepository settings;
    private final NotificationRepository notifications;
    private final NotificationSettingsValidator validator;

    NotificationService(
            NotificationSettingsRepository settings, NotificationRepository notifications, NotifyConfig config) {
        this.settings = settings;
        this.notifications = notifications;
        this.validator = new NotificationSettingsValidator(
                new TargetUrlChecker(config.allowPrivateTargets()),
                config.webhookSecret().isPresent());
    }

    /** The brand's settings (nothing configured when it has none stored); refused for an unknown brand. */
    public Uni<NotificationSettings> of(String brandId) {
        return requireBrand(brandId)
                .chain(() -> settings.find(brandId))
                .map(found -> found.orElse(NotificationSettings.none(brandId)));
    }

    /** Replaces the brand's settings; refused naming each bad field, or for an unknown brand. */
    public Uni<NotificationSettings> replace(String brandId, NotificationSettingsRequest request) {
        return requireBrand(brandId).chain(() -> validated(brandId, request)).call(settings::save);
    }

    /** The alert's notifications with every attempt, oldest first; refused for an unknown alert. */
    public Uni<List<Notification>> ofAlert(String alertId) {
        return notifications
                .of(alertId)
                .map(found -> found.orElseThrow(() -> DomainException.notFound("alert " + alertId)));
    }

    /** Validated on a worker thread: checking a URL resolves its host name, which blocks. */
    private Uni<NotificationSettings> validated(String brandId, NotificationSettingsRequest request) {
        if (request == null) {
            return Uni.createFrom().failure(DomainException.invalid(List.of(new FieldError("body", "is required"))));
        }
        return Uni.createFrom()
                .item(() -> {
                    List<FieldError> problems = validator.problems(request);
                    if (!problems.isEmpty()) {
                        throw DomainException.invalid(problems);
                    }
                    return validator.settings(brandId, request);
                })
                .runSubscriptionOn(Infrastructure.getDefaultWorkerPool());
    }

    private Uni<Void> requireBrand(String brandId) {
        return settings.brandExists(brandId)
                .invoke(exists -> {
                    if (!exists) {
                        throw DomainException.notFound("brand " + brandId);
                    }
                })
                .replaceWithVoid();
    }
}
