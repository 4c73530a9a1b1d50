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
    @ColumnTransformer(read = "cast(top_mentions as text)", write = JsonColumns.WRITE)
    public String topMentions;
    /** The commonest complaint categories, as a JSON array. */
    @Column(name = "top_categories")
    @ColumnTransformer(read = "cast(top_categories as text)", write = JsonColumns.WRITE)
    public String topCategories;
    /** The words behind the negative mentions, as a JSON array. */
    @Column(name = "top_words")
    @ColumnTransformer(read = "cast(top_words as text)", write = JsonColumns.WRITE)
    public String topWords;

    @Column(name = "opened_at")
    public Instant openedAt;

    @Column(name = "updated_at")
    public Instant updatedAt;

    @Column(name = "resolved_at")
    public Instant resolvedAt;
    /** When a person first said "I'm on it", or null. */
    @Column(name = "acknowledged_at")
    public Instant acknowledgedAt;
    /** Who acknowledged it, or null. */
    @Column(name = "acknowledged_by")
    public String acknowledgedBy;
    /** The person it is assigned to, or null. */
    public String assignee;
    /** Who resolved it by hand; null when the detector resolved it or it is not resolved. */
    @Column(name = "resolved_by")
    public String resolvedBy;
}
