package io.flarewatch.api.repository;

import io.flarewatch.api.model.AlertNotified;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The delivered notifications of the alerts (written by the notification dispatcher). */
@ApplicationScoped
public class AlertNotifiedRepository implements PanacheRepositoryBase<AlertNotified, Long> {

    /** An alert's delivered notifications, oldest first. */
    public Uni<List<AlertNotified>> ofAlert(String alertId) {
        return list("alertId", Sort.ascending("notifiedAt").and("outboxId"), alertId);
    }
}
