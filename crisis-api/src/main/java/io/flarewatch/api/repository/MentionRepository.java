package io.flarewatch.api.repository;

import io.flarewatch.api.model.StoredMention;
import io.quarkus.hibernate.reactive.panache.PanacheRepositoryBase;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.OffsetDateTime;
import java.util.List;

/** The stored mentions. */
@ApplicationScoped
public class MentionRepository implements PanacheRepositoryBase<StoredMention, Long> {

    /**
     * Many mentions in one statement: one array parameter per column, unnested in the order given (so ids follow
     * it); the jsonb columns arrive as text and are cast element by element, as {@code JsonColumns} does for one.
     * A mention this brand has stored already is skipped, which makes a redelivered batch change nothing.
     */
    private static final String INSERT_NEW = "INSERT INTO mention (event_id, brand_id, mention_id, source, source_id, "
            + "url, author_id, author_name, followers, text, language, published_at, received_at, label, score, "
            + "sentiment, matched_words, cluster_id) "
            + "SELECT event_id, brand_id, mention_id, source, source_id, url, author_id, author_name, followers, text, "
            + "language, published_at, received_at, label, score, cast(sentiment as jsonb), "
            + "cast(matched_words as jsonb), cluster_id "
            + "FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], "
            + "$8::text[], $9::bigint[], $10::text[], $11::text[], $12::timestamptz[], $13::timestamptz[], "
            + "$14::text[], "
            + "$15::float8[], $16::text[], $17::text[], $18::text[]) WITH ORDINALITY AS m(event_id, brand_id, "
            + "mention_id, source, source_id, url, author_id, author_name, followers, text, language, published_at, "
            + "received_at, label, score, sentiment, matched_words, cluster_id, position) "
            + "ORDER BY position ON CONFLICT (brand_id, mention_id) DO NOTHING";

    private final Pool pool;

    MentionRepository(Pool pool) {
        this.pool = pool;
    }

    /** Stores the mentions that are new, in one statement; returns how many were new. */
    public Uni<Integer> insertNew(List<StoredMention> mentions) {
        int n = mentions.size();
        String[][] texts = new String[14][n];
        Long[] followers = new Long[n];
        OffsetDateTime[] published = new OffsetDateTime[n];
        OffsetDateTime[] received = new OffsetDateTime[n];
        Double[] scores = new Double[n];
        for (int i = 0; i < n; i++) {
            StoredMention m = mentions.get(i);
            String[] row = {
                m.eventId,
                m.brandId,
                m.mentionId,
                m.source,
                m.sourceId,
                m.url,
                m.authorId,
                m.authorName,
                m.text,
                m.language,
                m.label,
                m.sentiment,
                m.matchedWords,
                m.clusterId
            };
            for (int c = 0; c < row.length; c++) {
                texts[c][i] = row[c];
            }
            followers[i] = m.followers;
            published[i] = MentionRows.utc(m.publishedAt);
            received[i] = MentionRows.utc(m.receivedAt);
            scores[i] = m.score;
        }
        Tuple args = Tuple.tuple(List.of(
                texts[0], texts[1], texts[2], texts[3], texts[4], texts[5], texts[6], texts[7], followers, texts[8],
                texts[9], published, received, texts[10], scores, texts[11], texts[12], texts[13]));
        return pool.preparedQuery(INSERT_NEW).execute(args).map(result -> result.rowCount());
    }

    /** A brand's newest mentions, optionally of one sentiment label. */
    public Uni<List<StoredMention>> newest(String brandId, String label, int limit) {
        Sort newestFirst = Sort.descending("publishedAt").and("id", Sort.Direction.Descending);
        var query = label == null
                ? find("brandId", newestFirst, brandId)
                : find("brandId = ?1 and label = ?2", newestFirst, brandId, label);
        return query.page(Page.ofSize(limit)).list();
    }
}
