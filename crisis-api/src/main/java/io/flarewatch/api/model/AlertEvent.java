package io.flarewatch.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One change of an alert: an entry of its timeline. */
@Entity
@Table(name = "alert_event")
public class AlertEvent {

    @Id
    @Column(name = "event_id")
    public String eventId;

    @Column(name = "alert_id")
    public String alertId;

    public String state;
    public String severity;
    public String reason;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
