package io.flarewatch.api.repository;

import io.flarewatch.api.model.StoredMention;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

/** Mentions seen from the author's side: one author's mentions, and a brand's most valuable fans. */
@ApplicationScoped
public class AuthorRepository {

    /** The most mentions of one author read for {@code GET /authors/...}. */
    public static final int MAX_AUTHOR_MENTIONS = 1000;

    private static final String AMBASSADORS = """
            SELECT source, author_id, max(author_name) AS name, max(followers) AS followers,
                   count(*) FILTER (WHERE label = 'positive') AS positive,
                   count(*) FILTER (WHERE label = 'negative') AS negative,
                   max(published_at) FILTER (WHERE label = 'positive') AS last_positive,
                   count(*) FILTER (WHERE label = 'positive') * ln(max(followers) + 1) AS score
            FROM mention WHERE brand_id = $1 AND published_at >= $2 AND author_id IS NOT NULL
            GROUP BY source, author_id
            HAVING count(*) FILTER (WHERE label = 'positive') >= $3
            ORDER BY score DESC, positive DESC, source, author_id
            LIMIT $4""";

    /**
     * An author who speaks well of a brand.
     *
     * @param source       where they write
     * @param authorId     their id there
     * @param name         their display name
     * @param followers    the most followers seen with their mentions
     * @param positive     positive mentions of the brand in the range
     * @param negative     negative mentions of the brand in the range
     * @param lastPositive their latest positive mention
     * @param score        positive × ln(followers + 1)
     */
    public record Ambassador(
            String source,
            String authorId,
            String name,
            long followers,
            long positive,
            long negative,
            Instant lastPositive,
            double score) {}

    private final Pool pool;

    AuthorRepository(Pool pool) {
        this.pool = pool;
    }

    /** The author's newest mentions of every brand, newest first, at most {@link #MAX_AUTHOR_MENTIONS}. */
    public Uni<List<StoredMention>> mentionsOf(String source, String authorId) {
        return pool.preparedQuery(
                        "SELECT " + MentionRows.COLUMNS + " FROM mention WHERE source = $1 AND author_id = $2 "
                                + "ORDER BY published_at DESC, id DESC LIMIT $3")
                .execute(Tuple.of(source, authorId, MAX_AUTHOR_MENTIONS))
                .map(rows -> {
                    List<StoredMention> out = new ArrayList<>();
                    for (Row row : rows) {
                        out.add(MentionRows.toMention(row));
                    }
                    return out;
                });
    }

    /** Authors with at least {@code minPositive} positive mentions of the brand since {@code since}, best first. */
    public Uni<List<Ambassador>> ambassadors(String brandId, Instant since, int minPositive, int limit) {
        return pool.preparedQuery(AMBASSADORS)
                .execute(Tuple.of(brandId, MentionRows.utc(since), minPositive, limit))
                .map(rows -> {
                    List<Ambassador> out = new ArrayList<>();
                    for (Row row : rows) {
                        out.add(new Ambassador(
                                row.getString("source"),
                                row.getString("author_id"),
                                row.getString("name"),
                                row.getLong("followers"),
                                row.getLong("positive"),
                                row.getLong("negative"),
                                MentionRows.instant(row.getOffsetDateTime("last_positive")),
                                row.getDouble("score")));
                    }
                    return out;
                });
    }
}
