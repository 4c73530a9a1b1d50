-- One row per notification to send: written in the transaction that stores the alert event, so a stored event
-- always has its notifications and a redelivered one (same event id) never gets a second row.
CREATE TABLE notification_outbox (
    id              bigserial PRIMARY KEY,
    event_id        varchar(80) NOT NULL,
    alert_id        varchar(64) NOT NULL,
    brand_id        varchar(63) NOT NULL,
    kind            varchar(20) NOT NULL,
    channel         varchar(12) NOT NULL,
    target          text NOT NULL,
    payload         jsonb NOT NULL,
    status          varchar(10) NOT NULL DEFAULT 'pending',
    attempts        integer NOT NULL DEFAULT 0,
    next_attempt_at timestamptz NOT NULL,
    claimed_at      timestamptz,
    sent_at         timestamptz,
    created_at      timestamptz NOT NULL,
    CONSTRAINT notification_once UNIQUE (event_id, channel, target)
);
CREATE INDEX notification_outbox_due ON notification_outbox (next_attempt_at) WHERE status IN ('pending', 'sending');
CREATE INDEX notification_outbox_by_alert ON notification_outbox (alert_id, created_at);

-- Every delivery attempt, successful or not, with the HTTP status or the error.
CREATE TABLE notification_attempt (
    id           bigserial PRIMARY KEY,
    outbox_id    bigint NOT NULL REFERENCES notification_outbox (id),
    alert_id     varchar(64) NOT NULL,
    attempt      integer NOT NULL,
    attempted_at timestamptz NOT NULL,
    outcome      varchar(12) NOT NULL,
    http_status  integer,
    error        text
);
CREATE INDEX notification_attempt_by_alert ON notification_attempt (alert_id, attempted_at);

-- NOTIFIED entries of an alert's timeline: one per delivered notification.
CREATE TABLE alert_notified (
    outbox_id   bigint PRIMARY KEY REFERENCES notification_outbox (id),
    alert_id    varchar(64) NOT NULL,
    kind        varchar(20) NOT NULL,
    channel     varchar(12) NOT NULL,
    notified_at timestamptz NOT NULL
);
CREATE INDEX alert_notified_by_alert ON alert_notified (alert_id, notified_at);

-- An alert escalated once: the marker that keeps the escalation from being sent again.
CREATE TABLE alert_escalation (
    alert_id     varchar(64) PRIMARY KEY,
    escalated_at timestamptz NOT NULL
);
