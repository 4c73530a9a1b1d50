package io.flarewatch.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** A scored mention of one brand, as stored. */
@Entity
@Table(name = "mention")
public class StoredMention {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "event_id")
    public String eventId;

    @Column(name = "brand_id")
    public String brandId;

    @Column(name = "mention_id")
    public String mentionId;

    /** The mention id of the first mention of this one's story (a repost, quote or copy), null for that first one. */
    @Column(name = "cluster_id")
    public String clusterId;

    public String source;

    @Column(name = "source_id")
    public String sourceId;

    public String url;

    @Column(name = "author_id")
    public String authorId;

    @Column(name = "author_name")
    public String authorName;

    public long followers;
    public String text;
    public String language;

    @Column(name = "published_at")
    public Instant publishedAt;

    @Column(name = "received_at")
    public Instant receivedAt;

    public String label;
    public double score;
    /** The sentiment with its explanation, as JSON. */
    @ColumnTransformer(read = "cast(sentiment as text)", write = JsonColumns.WRITE)
    public String sentiment;
    /** The words that matched the brand's query, as a JSON array. */
    @Column(name = "matched_words")
    @ColumnTransformer(read = "cast(matched_words as text)", write = JsonColumns.WRITE)
    public String matchedWords;
}
