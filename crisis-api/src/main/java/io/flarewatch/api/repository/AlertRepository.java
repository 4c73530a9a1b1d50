package io.flarewatch.api.repository;

import io.flarewatch.api.model.Alert;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/** The alerts, one row per incident. */
@ApplicationScoped
public class AlertRepository implements PanacheRepositoryBase<Alert, String> {

    /** The most recently changed alerts that pass the filter. */
    public Uni<List<Alert>> newest(AlertFilter filter) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (filter.brandId() != null) {
            conditions.add("brandId = :brandId");
            parameters = parameters.and("brandId", filter.brandId());
        }
        if (filter.state() != null) {
            conditions.add("state = :state");
            parameters = parameters.and("state", filter.state());
        }
        if (filter.severity() != null) {
            conditions.add("severity = :severity");
            parameters = parameters.and("severity", filter.severity());
        }
        if (filter.acknowledged() != null) {
            conditions.add(filter.acknowledged() ? "acknowledgedAt is not null" : "acknowledgedAt is null");
        }
        if (filter.since() != null) {
            conditions.add("(resolvedAt is null or resolvedAt >= :since)");
            parameters = parameters.and("since", filter.since());
        }
        if (filter.until() != null) {
            conditions.add("openedAt < :until");
            parameters = parameters.and("until", filter.until());
        }
        Sort newestFirst = Sort.descending("updatedAt").and("alertId");
        var query = conditions.isEmpty()
                ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.page(Page.ofSize(filter.limit())).list();
    }
}
