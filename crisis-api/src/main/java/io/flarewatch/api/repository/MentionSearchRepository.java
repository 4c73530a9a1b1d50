package io.flarewatch.api.repository;

import io.flarewatch.api.model.StoredMention;
import io.smallrye.mutiny.Uni;
import io.vertx.mutiny.sqlclient.Pool;
import io.vertx.mutiny.sqlclient.Row;
import io.vertx.mutiny.sqlclient.Tuple;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;

/**
 * The mention search in native SQL (the category filter is a jsonb operator): newest first by
 * (published_at, id), continued after a {@link MentionCursor} with a keyset condition, so that a page costs the
 * same however deep it is and rows stored meanwhile neither repeat nor disappear.
 */
@ApplicationScoped
public class MentionSearchRepository {

    private final Pool pool;

    MentionSearchRepository(Pool pool) {
        this.pool = pool;
    }

    /** Up to {@code filter.limit()} mentions that pass the filter, newest first. */
    public Uni<List<StoredMention>> search(MentionFilter filter) {
        List<String> where = new ArrayList<>();
        Tuple args = Tuple.tuple();
        condition(where, args, "brand_id = $", filter.brandId());
        condition(where, args, "published_at >= $", MentionRows.utc(filter.from()));
        condition(where, args, "published_at < $", MentionRows.utc(filter.to()));
        condition(where, args, "label = $", filter.label());
        condition(where, args, "sentiment -> 'categories' ? $", filter.category());
        condition(where, args, "language = $", filter.language());
        condition(where, args, "source = $", filter.source());
        condition(where, args, "text ILIKE $", filter.text() == null ? null : "%" + escapeLike(filter.text()) + "%");
        if (filter.after() != null) {
            args.addValue(MentionRows.utc(filter.after().publishedAt()));
            args.addValue(filter.after().id());
            where.add("(published_at, id) < ($" + (args.size() - 1) + ", $" + args.size() + ")");
        }
        args.addValue(filter.limit());
        String sql = "SELECT " + MentionRows.COLUMNS + " FROM mention"
                + (where.isEmpty() ? "" : " WHERE " + String.join(" AND ", where))
                + " ORDER BY published_at DESC, id DESC LIMIT $" + args.size();
        return pool.preparedQuery(sql).execute(args).map(rows -> {
            List<StoredMention> out = new ArrayList<>();
            for (Row row : rows) {
                out.add(MentionRows.toMention(row));
            }
            return out;
        });
    }

    private static void condition(List<String> where, Tuple args, String sql, Object value) {
        if (value != null) {
            args.addValue(value);
            where.add(sql + args.size());
        }
    }

    /** The text with LIKE's wildcards and its escape character escaped, so it matches only itself. */
    static String escapeLike(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
