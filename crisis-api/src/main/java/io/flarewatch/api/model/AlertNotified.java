package io.flarewatch.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A notification about an alert that reached its channel: the "notified" entries of the alert's timeline. */
@Entity
@Table(name = "alert_notified")
public class AlertNotified {

    /** The outbox row that was delivered. */
    @Id
    @Column(name = "outbox_id")
    public Long outboxId;

    @Column(name = "alert_id")
    public String alertId;
    /** What was told: opened, escalated, all clear or escalation. */
    public String kind;
    /** slack, email, webhook or escalation. */
    public String channel;

    @Column(name = "notified_at")
    public Instant notifiedAt;
}
