package io.flarewatch.api.service;

import com.fasterxml.jackson.core.JsonProcessingException;
import io.flarewatch.api.model.StoredMention;
import io.flarewatch.api.repository.MentionRepository;
import io.flarewatch.events.EventJson;
import io.flarewatch.events.Mention;
import io.flarewatch.events.ScoredMention;
import io.quarkus.hibernate.reactive.panache.common.WithSession;
import io.quarkus.hibernate.reactive.panache.common.WithTransaction;
import io.smallrye.mutiny.Uni;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.List;

/** Scored mentions in PostgreSQL, each brand's copy of a mention once, however often Kafka delivers it. */
@ApplicationScoped
public class MentionStore {

    private final MentionRepository mentions;

    MentionStore(MentionRepository mentions) {
        this.mentions = mentions;
    }

    /** Stores a scored mention unless this brand's copy is stored already; true when it was new. */
    @WithTransaction
    public Uni<Boolean> store(ScoredMention scored) {
        requireComplete(scored);
        return mentions.exists(scored.brandId(), scored.mention().mentionId()).flatMap(exists -> {
            if (exists) {
                return Uni.createFrom().item(false);
            }
            return mentions.persist(toRow(scored)).replaceWith(true);
        });
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
        try {
            row.sentiment = EventJson.mapper().writeValueAsString(scored.sentiment());
            row.matchedWords = EventJson.mapper().writeValueAsString(
                    scored.matchedWords() == null ? List.of() : scored.matchedWords());
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("scored mention cannot be written as JSON", e);
        }
        return row;
    }

    private static void requireComplete(ScoredMention scored) {
        if (scored.brandId() == null || scored.mention() == null || scored.mention().mentionId() == null
                || scored.mention().author() == null || scored.mention().text() == null
                || scored.mention().publishedAt() == null || scored.sentiment() == null || scored.sentiment().label() == null) {
            throw new IllegalArgumentException("scored mention without brand, mention id, author, text, time or sentiment");
        }
    }
}
