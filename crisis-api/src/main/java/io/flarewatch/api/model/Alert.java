package io.flarewatch.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import org.hibernate.annotations.ColumnTransformer;

/** One incident of one brand, as its latest event describes it. */
@Entity
@Table(name = "alert")
public class Alert {

    @Id
    @Column(name = "alert_id")
    public String alertId;
    @Column(name = "brand_id")
    public String brandId;
    public String state;
    public String severity;
    public String reason;
    @Column(name = "window_start")
    public Instant windowStart;
    @Column(name = "window_end")
    public Instant windowEnd;
    @Column(name = "current_mentions")
    public long currentMentions;
    @Column(name = "expected_mentions")
    public double expectedMentions;
    @Column(name = "current_negative_share")
    public double currentNegativeShare;
    @Column(name = "usual_negative_share")
    public double usualNegativeShare;
    public long reach;
    @Column(name = "distinct_authors")
    public long distinctAuthors;
    /** The posts to answer first, as JSON. */
    @Column(name = "top_mentions")
    @ColumnTransformer(read = "top_mentions #>> '{}'", write = "cast(? as jsonb)")
    public String topMentions;
    /** The commonest complaint categories, as a JSON array. */
    @Column(name = "top_categories")
    @ColumnTransformer(read = "top_categories #>> '{}'", write = "cast(? as jsonb)")
    public String topCategories;
    /** The words behind the negative mentions, as a JSON array. */
    @Column(name = "top_words")
    @ColumnTransformer(read = "top_words #>> '{}'", write = "cast(? as jsonb)")
    public String topWords;
    @Column(name = "opened_at")
    public Instant openedAt;
    @Column(name = "updated_at")
    public Instant updatedAt;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    /** When someone said "I'm on it"; null while nobody has. */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
}
