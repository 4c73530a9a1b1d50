package io.flarewatch.api.service;

import io.flarewatch.api.model.StoredMention;
import io.flarewatch.api.repository.MentionFilter;
import io.flarewatch.api.repository.MentionSearchRepository;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Searches the stored mentions, newest first, a page at a time (the keyset paging is the repository's). */
@ApplicationScoped
public class MentionSearchService {

    private final MentionSearchRepository search;

    MentionSearchService(MentionSearchRepository search) {
        this.search = search;
    }

    /** Up to {@code filter.limit()} mentions that pass the filter, newest first. */
    public Uni<List<StoredMention>> search(MentionFilter filter) {
        return search.search(filter);
    }
}
