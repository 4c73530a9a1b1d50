-- Brands as configured by the PR team.
CREATE TABLE brand (
    id           varchar(63) PRIMARY KEY,
    name         varchar(200) NOT NULL,
    query        text NOT NULL,
    languages    varchar(100) NOT NULL DEFAULT '',
    sensitivity  varchar(20) NOT NULL DEFAULT 'balanced',
    mute_hours   varchar(20),
    created_at   timestamptz NOT NULL,
    updated_at   timestamptz NOT NULL
);

-- One row per mention and brand: a redelivered scored mention is not stored twice.
CREATE TABLE mention (
    id            bigserial PRIMARY KEY,
    event_id      varchar(64) NOT NULL,
    brand_id      varchar(63) NOT NULL,
    mention_id    varchar(300) NOT NULL,
    source        varchar(40) NOT NULL,
    source_id     varchar(200) NOT NULL,
    url           text,
    author_id     varchar(200),
    author_name   varchar(200),
    followers     bigint NOT NULL DEFAULT 0,
    text          text NOT NULL,
    language      varchar(10) NOT NULL,
    published_at  timestamptz NOT NULL,
    received_at   timestamptz,
    label         varchar(10) NOT NULL,
    score         double precision NOT NULL,
    sentiment     text NOT NULL,
    matched_words text NOT NULL,
    CONSTRAINT mention_once_per_brand UNIQUE (brand_id, mention_id)
);
CREATE INDEX mention_by_brand_time ON mention (brand_id, published_at DESC);

-- One row per incident, kept up to date by its events.
CREATE TABLE alert (
    alert_id               varchar(64) PRIMARY KEY,
    brand_id               varchar(63) NOT NULL,
    state                  varchar(10) NOT NULL,
    severity               varchar(10) NOT NULL,
    reason                 text NOT NULL,
    window_start           timestamptz,
    window_end             timestamptz,
    current_mentions       bigint NOT NULL,
    expected_mentions      double precision NOT NULL,
    current_negative_share double precision NOT NULL,
    usual_negative_share   double precision NOT NULL,
    reach                  bigint NOT NULL,
    distinct_authors       bigint NOT NULL,
    top_mentions           text NOT NULL,
    top_categories         text NOT NULL,
    opened_at              timestamptz NOT NULL,
    updated_at             timestamptz NOT NULL,
    resolved_at            timestamptz
);
CREATE INDEX alert_by_brand_time ON alert (brand_id, updated_at DESC);

-- Every change of every alert, by its event id: the timeline, and the guard against redelivery.
CREATE TABLE alert_event (
    event_id     varchar(64) PRIMARY KEY,
    alert_id     varchar(64) NOT NULL REFERENCES alert (alert_id),
    state        varchar(10) NOT NULL,
    severity     varchar(10) NOT NULL,
    reason       text NOT NULL,
    occurred_at  timestamptz NOT NULL
);
CREATE INDEX alert_event_by_alert ON alert_event (alert_id, occurred_at);
