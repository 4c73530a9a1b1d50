-- API keys for crisis-api. Only a SHA-256 hash of each key is kept: the keys are 256-bit random strings (or, for
-- the bootstrap key, at least 32 characters of configuration), so a stolen table cannot be brute-forced back into
-- keys and a slow password hash would add nothing but latency on every request.
CREATE TABLE api_key (
    id            varchar(36) PRIMARY KEY,
    name          varchar(100) NOT NULL,
    role          varchar(20) NOT NULL CHECK (role IN ('viewer', 'responder', 'admin')),
    key_hash      char(64) NOT NULL,
    bootstrap     boolean NOT NULL DEFAULT false,
    created_at    timestamptz NOT NULL,
    last_used_at  timestamptz,
    revoked_at    timestamptz,
    CONSTRAINT api_key_hash_unique UNIQUE (key_hash)
);
