package io.flarewatch.api.repository;

import io.flarewatch.api.model.StoredMention;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** The stored mentions. */
@ApplicationScoped
public class MentionRepository implements PanacheRepositoryBase<StoredMention, Long> {

    /** Whether this mention of this brand is stored already. */
    public Uni<Boolean> exists(String brandId, String mentionId) {
        return count("brandId = ?1 and mentionId = ?2", brandId, mentionId).map(count -> count > 0);
    }

    /** A brand's newest mentions, optionally of one sentiment label. */
    public Uni<List<StoredMention>> newest(String brandId, String label, int limit) {
        Sort newestFirst = Sort.descending("publishedAt").and("id", Sort.Direction.Descending);
        var query = label == null ? find("brandId", newestFirst, brandId)
                : find("brandId = ?1 and label = ?2", newestFirst, brandId, label);
        return query.page(Page.ofSize(limit)).list();
    }
}
