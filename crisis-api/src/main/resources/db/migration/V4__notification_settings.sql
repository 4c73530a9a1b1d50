-- Where a brand's alerts are sent: Slack incoming webhooks, email recipients, generic webhooks (signed with the
-- brand's secret, or the global one), and who is chased when nobody acknowledges an alert in time.
CREATE TABLE brand_notification (
    brand_id              varchar(63) PRIMARY KEY REFERENCES brand (id) ON DELETE CASCADE,
    slack_urls            jsonb NOT NULL DEFAULT '[]'::jsonb,
    emails                jsonb NOT NULL DEFAULT '[]'::jsonb,
    webhook_urls          jsonb NOT NULL DEFAULT '[]'::jsonb,
    webhook_secret        text,
    escalation_emails     jsonb NOT NULL DEFAULT '[]'::jsonb,
    escalation_delay_secs integer,
    updated_at            timestamptz NOT NULL
);

-- Acknowledgement (who is on it) is built elsewhere; escalation only needs to know whether it happened.
ALTER TABLE alert ADD COLUMN IF NOT EXISTS acknowledged_at timestamptz;
