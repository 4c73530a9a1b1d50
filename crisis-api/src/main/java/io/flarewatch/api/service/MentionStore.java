package io.flarewatch.api.service;

import io.flarewatch.api.model.JsonColumns;
import io.flarewatch.api.model.StoredMention;
import io.flarewatch.api.repository.MentionRepository;
import io.flarewatch.events.Mention;
import io.flarewatch.events.ScoredMention;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;
import java.util.Optional;

/** Scored mentions in PostgreSQL, each brand's copy of a mention once, however often Kafka delivers it. */
@ApplicationScoped
public class MentionStore {

    private final MentionRepository mentions;

    MentionStore(MentionRepository mentions) {
        this.mentions = mentions;
    }

    /**
     * Stores the scored mentions that this brand has not stored yet, in one statement (a redelivered batch stores
     * nothing); returns how many were new. Check each with {@link #problem} first: one mention the table refuses
     * fails the whole statement.
     */
    public Uni<Integer> storeNew(List<ScoredMention> scored) {
        scored.forEach(m -> problem(m).ifPresent(p -> {
            throw new IllegalArgumentException(p);
        }));
        if (scored.isEmpty()) {
            return Uni.createFrom().item(0);
        }
        return mentions.insertNew(scored.stream().map(MentionStore::toRow).toList());
    }

    /** Why the mention cannot be stored, or empty when it can. */
    public static Optional<String> problem(ScoredMention scored) {
        Mention m = scored.mention();
        if (scored.brandId() == null
                || m == null
                || m.mentionId() == null
                || m.source() == null
                || m.sourceId() == null
                || m.author() == null
                || m.text() == null
                || m.publishedAt() == null
                || scored.language() == null
                || scored.sentiment() == null
                || scored.sentiment().label() == null) {
            return Optional.of(
                    "scored mention without brand, mention id, source, author, text, time, language " + "or sentiment");
        }
        return Optional.empty();
    }

    /** A brand's newest mentions. */
    @WithSession
    public Uni<List<StoredMention>> newest(String brandId, String label, int limit) {
        return mentions.newest(brandId, label, limit);
    }

    private static StoredMention toRow(ScoredMention scored) {
        Mention m = scored.mention();
        StoredMention row = new StoredMention();
        row.eventId = scored.eventId();
        row.brandId = scored.brandId();
        row.mentionId = m.mentionId();
        row.clusterId = m.clusterId();
        row.source = m.source();
        row.sourceId = m.sourceId();
        row.url = m.url();
        row.authorId = m.author().id();
        row.authorName = m.author().name();
        row.followers = m.author().followers();
        row.text = m.text();
        row.language = scored.language();
        row.publishedAt = m.publishedAt();
        row.receivedAt = m.receivedAt();
        row.label = scored.sentiment().label();
        row.score = scored.sentiment().score();
        row.sentiment = JsonColumns.text(scored.sentiment());
        row.matchedWords = JsonColumns.text(scored.matchedWords() == null ? List.of() : scored.matchedWords());
        return row;
    }
}
