package io.flarewatch.api.repository;

import io.flarewatch.api.model.StoredMention;
import io.vertx.mutiny.sqlclient.Row;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/** The columns of a mention for native SQL, and a row of them back as a {@link StoredMention}. */
final class MentionRows {

    /** The select list; the jsonb columns come back as text. */
    static final String COLUMNS = "id, event_id, brand_id, mention_id, source, source_id, url, author_id, author_name, "
            + "followers, text, language, published_at, received_at, label, score, sentiment::text AS sentiment, "
            + "matched_words::text AS matched_words, cluster_id";

    private MentionRows() {}

    static StoredMention toMention(Row row) {
        StoredMention m = new StoredMention();
        m.id = row.getLong("id");
        m.eventId = row.getString("event_id");
        m.brandId = row.getString("brand_id");
        m.mentionId = row.getString("mention_id");
        m.clusterId = row.getString("cluster_id");
        m.source = row.getString("source");
        m.sourceId = row.getString("source_id");
        m.url = row.getString("url");
        m.authorId = row.getString("author_id");
        m.authorName = row.getString("author_name");
        m.followers = row.getLong("followers");
        m.text = row.getString("text");
        m.language = row.getString("language");
        m.publishedAt = instant(row.getOffsetDateTime("published_at"));
        m.receivedAt = instant(row.getOffsetDateTime("received_at"));
        m.label = row.getString("label");
        m.score = row.getDouble("score");
        m.sentiment = row.getString("sentiment");
        m.matchedWords = row.getString("matched_words");
        return m;
    }

    static Instant instant(OffsetDateTime value) {
        return value == null ? null : value.toInstant();
    }

    static OffsetDateTime utc(Instant value) {
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }
}
