-- The people's side of an alert: who acknowledged it and when, who it is assigned to, who resolved it by hand.
-- acknowledged_at is added with IF NOT EXISTS because the notification work adds the same column the same way.
ALTER TABLE alert ADD COLUMN IF NOT EXISTS acknowledged_at timestamptz;
ALTER TABLE alert ADD COLUMN IF NOT EXISTS acknowledged_by varchar(200);
ALTER TABLE alert ADD COLUMN IF NOT EXISTS assignee varchar(200);
-- Set when a person resolved the alert (null when the detector did, or when it is not resolved).
ALTER TABLE alert ADD COLUMN IF NOT EXISTS resolved_by varchar(200);

-- Every action of a person on an alert (acknowledged, assigned, note, resolved by hand, reopened), for the timeline.
CREATE TABLE alert_action (
    id           bigserial PRIMARY KEY,
    alert_id     varchar(64) NOT NULL REFERENCES alert (alert_id),
    kind         varchar(20) NOT NULL,
    actor        varchar(200) NOT NULL,
    text         text,
    occurred_at  timestamptz NOT NULL
);
CREATE INDEX alert_action_by_alert ON alert_action (alert_id, occurred_at);
CREATE INDEX alert_by_opened ON alert (brand_id, opened_at);
