package io.flarewatch.api.repository;

import io.flarewatch.api.model.AlertEvent;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The alerts' timelines. */
@ApplicationScoped
public class AlertEventRepository implements PanacheRepositoryBase<AlertEvent, String> {

    /** An alert's events, oldest first. */
    public Uni<List<AlertEvent>> timeline(String alertId) {
        return list("alertId", Sort.ascending("occurredAt"), alertId);
    }
}
