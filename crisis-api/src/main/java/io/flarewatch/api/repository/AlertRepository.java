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

    /** The newest alerts, optionally of one brand and in one state. */
    public Uni<List<Alert>> newest(String brandId, String state, int limit) {
        List<String> conditions = new ArrayList<>();
        Parameters parameters = new Parameters();
        if (brandId != null) {
            conditions.add("brandId = :brandId");
            parameters = parameters.and("brandId", brandId);
        }
        if (state != null) {
            conditions.add("state = :state");
            parameters = parameters.and("state", state);
        }
        Sort newestFirst = Sort.descending("updatedAt");
        var query = conditions.isEmpty() ? findAll(newestFirst)
                : find(String.join(" and ", conditions), newestFirst, parameters);
        return query.page(Page.ofSize(limit)).list();
    }
}
