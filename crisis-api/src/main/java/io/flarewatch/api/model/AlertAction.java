package io.flarewatch.api.model;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One action of a person on an alert (acknowledged, assigned, note, resolved by hand, reopened). */
@Entity
@Table(name = "alert_action")
public class AlertAction {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;

    @Column(name = "alert_id")
    public String alertId;
    /** One of the kinds of {@code io.flarewatch.api.workflow.AlertWorkflow.Action}, lower case. */
    public String kind;
    /** Who did it. */
    public String actor;
    /** The note, the assignee's name, or null. */
    public String text;

    @Column(name = "occurred_at")
    public Instant occurredAt;
}
