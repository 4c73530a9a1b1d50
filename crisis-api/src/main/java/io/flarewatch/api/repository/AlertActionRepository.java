package io.flarewatch.api.repository;

import io.flarewatch.api.model.AlertAction;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** What people did with the alerts. */
@ApplicationScoped
public class AlertActionRepository implements PanacheRepositoryBase<AlertAction, Long> {

    /** An alert's actions, oldest first. */
    public Uni<List<AlertAction>> ofAlert(String alertId) {
        return list("alertId", Sort.ascending("occurredAt").and("id"), alertId);
    }
}
